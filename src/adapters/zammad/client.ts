/**
 * Zammad's HTTP side (REST API v1, as a customer): tickets, their articles, new articles and
 * state changes, the signed-in user, knowledge base search and answers. Every answer is checked
 * against vendor-schemas.ts; mapping to the canonical model is mappers.ts's job.
 */
import * as z from 'zod/mini';
import { createHttpClient, type HttpClientOptions, type HttpResponse } from '../../core/http.js';
import { parseOrThrow } from '../../core/validate.js';
import { AnswerAssetsSchema, ArticleSchema, SearchSchema, TicketSchema, UserSchema } from './vendor-schemas.js';

export interface ZammadClientOptions
  extends Pick<HttpClientOptions, 'fetch' | 'headers' | 'getToken' | 'credentials' | 'timeoutMs' | 'retries'> {
  /** `https://desk.example.com`, or a same-origin proxy in front of it (`/zammad`). */
  baseUrl: string;
  /** The knowledge base to search (default 1, the one a Zammad has). */
  knowledgeBaseId?: number;
  /** Knowledge base locale as Zammad writes it (`en-us`, `de-de`); default: every locale. */
  locale?: string;
}

/** `GET /api/v1/tickets` gives at most 100 per page. */
const PAGE_SIZE = 100;
const MAX_PAGES = 5;
const encode = (value: string | number) => encodeURIComponent(value);

export function createZammadClient(options: ZammadClientOptions) {
  const root = options.baseUrl.replace(/\/+$/, '');
  const knowledgeBase = options.knowledgeBaseId ?? 1;
  // A cookie session must echo the CSRF token Zammad hands out in a response header on its writes.
  let csrf: string | undefined;
  const http = createHttpClient({
    ...options,
    baseUrl: `${root}/api/v1`,
    headers: async () => ({
      ...(csrf && { 'X-CSRF-Token': csrf }),
      ...(typeof options.headers === 'function' ? await options.headers() : options.headers),
    }),
  });
  let me: Promise<number> | undefined;

  const checked = <T>(response: HttpResponse<unknown>, schema: z.ZodMiniType<T>, what: string) => {
    csrf = response.headers.get('CSRF-Token') ?? csrf;
    return parseOrThrow(schema, response.data, `Zammad ${what}`);
  };
  const get = async <T>(path: string, schema: z.ZodMiniType<T>, what: string, signal?: AbortSignal, query?: Record<string, string | number | undefined>) =>
    checked(await http.get(path, { signal, query }), schema, what);

  return {
    root,
    /** The signed-in user's id, asked once per page. */
    me: (signal?: AbortSignal) =>
      (me ??= get('users/me', UserSchema, 'user', signal).then(
        (user) => user.id,
        (error: unknown) => {
          me = undefined;
          throw error;
        },
      )),

    /** Every ticket the customer may see (their own, their shared organisation's), oldest first. */
    async tickets(signal?: AbortSignal) {
      const all = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const found = await get('tickets', z.array(TicketSchema), 'tickets', signal, { expand: 'true', page, per_page: PAGE_SIZE });
        all.push(...found);
        if (found.length < PAGE_SIZE) break;
      }
      return all;
    },
    ticket: (ticketId: string, signal?: AbortSignal) => get(`tickets/${encode(ticketId)}`, TicketSchema, 'ticket', signal, { expand: 'true' }),
    /** The articles a customer may read: Zammad leaves out internal ones for them. */
    articles: (ticketId: string, signal?: AbortSignal) => get(`ticket_articles/by_ticket/${encode(ticketId)}`, z.array(ArticleSchema), 'articles', signal),

    /** A public web article from the customer; Zammad forces sender and `internal` for customers anyway. */
    addArticle: async (ticketId: string, body: string, signal?: AbortSignal) =>
      checked(
        await http.post('ticket_articles', { ticket_id: Number(ticketId), body, content_type: 'text/plain', type: 'web', internal: false }, { signal, idempotent: false }),
        ArticleSchema,
        'new article',
      ),
    /** A state change, with an article when one is given; setting the same state again changes nothing. */
    updateTicket: (ticketId: string, state: string, article: string | undefined, signal?: AbortSignal) =>
      http.put(`tickets/${encode(ticketId)}`, { state, article: article && { body: article, content_type: 'text/plain', type: 'web', internal: false } }, {
        signal,
        idempotent: !article,
        responseType: 'none',
      }),

    /** Published answers only for customers and anonymous callers; the URLs are the public /help pages. */
    search: async (query: string, limit: number, signal?: AbortSignal) =>
      checked(
        await http.post(
          'knowledge_bases/search',
          { query, knowledge_base_id: knowledgeBase, locale: options.locale, flavor: 'public', index: 'KnowledgeBase::Answer::Translation', limit, url_type: 'public' },
          // A search changes nothing, so it may be repeated after a failure.
          { signal, idempotent: true },
        ),
        SearchSchema,
        'knowledge base search',
      ),
    /** An answer with the translation contents named by `contentIds`. */
    answer: (answerId: string, contentIds: string | number | undefined, signal?: AbortSignal) =>
      get(`knowledge_bases/${knowledgeBase}/answers/${encode(answerId)}`, AnswerAssetsSchema, 'answer', signal, { include_contents: contentIds }),
  };
}

export type ZammadClient = ReturnType<typeof createZammadClient>;
