/**
 * GLPI 11's high-level API (`api.php/v2`, OAuth2 bearer from the host's `getToken`), loaded only by
 * adapters made with `api: 'v2'`. Its payloads are checked here and handed on in the legacy shapes
 * of vendor-schemas.ts, so one set of mappers serves both APIs. Knowledge routes need HL API 2.2.
 */
import * as z from 'zod/mini';
import { createHttpClient, type HttpResponse } from '../../core/http.js';
import { parseOrThrow } from '../../core/validate.js';
import type { GlpiApi, GlpiClientOptions } from './client.js';
import type { Followup } from './vendor-schemas.js';

const id = z.number();
const text = z.optional(z.nullable(z.string()));
const named = z.optional(z.nullable(z.object({ id: z.optional(z.nullable(id)), name: text })));
const ArticleSchema = z.object({ id, name: z.string(), content: text, date_mod: z.string() });
const TicketSchema = z.object({
  id,
  name: z.string(),
  content: text,
  status: z.object({ id, name: text }),
  priority: z.optional(z.nullable(id)),
  date: text,
  date_creation: text,
  date_mod: z.string(),
});
const TimelineSchema = z.array(z.object({ id, content: text, is_private: z.optional(z.boolean()), user: named, date_creation: text }));

export function createGlpiV2Client(options: GlpiClientOptions): GlpiApi {
  const http = createHttpClient({ ...options, baseUrl: `${options.baseUrl.replace(/\/+$/, '')}/api.php/v2` });
  const read = async <T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, query?: Record<string, string | number>) => {
    const response: HttpResponse<unknown> = await http.get(path, { signal, query });
    return [parseOrThrow(schema, response.data ?? [], `GLPI ${path.replace(/\/\d+/g, '/{id}')}`), response] as const;
  };
  const ticketPath = (ticketId: string) => `Assistance/Ticket/${encodeURIComponent(ticketId)}`;
  const timeline = async (ticketId: string, type: string, signal?: AbortSignal): Promise<Followup[]> =>
    (await read(`${ticketPath(ticketId)}/Timeline/${type}`, TimelineSchema, signal))[0].map((item) => ({
      ...item,
      is_private: Number(item.is_private ?? 0),
      users_id: item.user?.id ?? undefined,
      _keys_names: { users_id: item.user?.name ?? undefined },
    }));
  const ticket = (found: z.infer<typeof TicketSchema>) => ({ ...found, status: found.status.id, status_name: found.status.name ?? undefined, date: found.date ?? found.date_creation, priority: found.priority ?? undefined });
  const article = ({ content, ...found }: z.infer<typeof ArticleSchema>) => ({ ...found, answer: content });
  const total = (response: HttpResponse<unknown>, length: number) => Number(response.headers.get('Content-Range')?.split('/')[1] ?? length);
  let user: Promise<number> | undefined;

  return {
    me: (signal) =>
      (user ??= read('session', z.object({ user_id: id }), signal).then(
        ([session]) => session.user_id,
        (error: unknown) => {
          user = undefined;
          throw error;
        },
      )),
    async searchKnowledge(query, limit, signal) {
      // RSQL: `,` is OR; `*` is the wildcard of `=ilike=`; quotes keep spaces and operators literal.
      const value = `"*${query.replace(/["\\*]/g, '')}*"`;
      const [items, response] = await read('Knowledgebase/Article', z.array(ArticleSchema), signal, { filter: `name=ilike=${value},content=ilike=${value}`, limit });
      return { items: items.map(article), total: total(response, items.length) };
    },
    knowledgeItem: async (articleId, signal) => article((await read(`Knowledgebase/Article/${encodeURIComponent(articleId)}`, ArticleSchema, signal))[0]),
    async tickets(limit, signal) {
      const [tickets, response] = await read('Assistance/Ticket', z.array(TicketSchema), signal, { sort: 'date_mod:desc', limit });
      return { tickets: tickets.map(ticket), total: total(response, tickets.length) };
    },
    ticket: async (ticketId, signal) => ticket((await read(ticketPath(ticketId), TicketSchema, signal))[0]),
    followups: (ticketId, signal) => timeline(ticketId, 'Followup', signal),
    solutions: (ticketId, signal) => timeline(ticketId, 'Solution', signal),
    async addFollowup(ticketId, input, signal) {
      const response = await http.post(`${ticketPath(ticketId)}/Timeline/Followup`, { content: input.content, is_private: false }, { signal, idempotent: false });
      return parseOrThrow(z.object({ id }), response.data, 'GLPI new followup').id;
    },
  };
}
