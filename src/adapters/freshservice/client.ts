/**
 * The Freshservice API v2 calls the adapter makes for one requester (solution articles, tickets
 * and their conversations, public notes, status changes, CSAT), each answer validated against
 * vendor-schemas.ts. No mapping here: see mappers.ts. The service catalog's calls load with it, on
 * first use: see catalog-client.ts.
 */
import * as z from 'zod/mini';
import { AdapterError } from '../../core/adapter.js';
import { createHttpClient, type HttpClientOptions } from '../../core/http.js';
import { parseOrThrow } from '../../core/validate.js';
import { ArticleSchema, ConversationSchema, ConversationsSchema, RequesterSchema, SearchSchema, TicketEnvelopeSchema, TicketsSchema, type FreshserviceConversation, type FreshserviceRequester } from './vendor-schemas.js';

export interface FreshserviceClientOptions
  extends Pick<HttpClientOptions, 'fetch' | 'headers' | 'getToken' | 'credentials' | 'timeoutMs' | 'retries'> {
  /** `acme` for https://acme.freshservice.com: where links point, and the API when no `baseUrl` is given. */
  domain?: string;
  /** The proxy in front of Freshservice that holds the API key (paths `/api/v2/…` are appended). */
  baseUrl?: string;
  /** The signed-in person's email: sent as `user_email` / `email` so Freshservice answers as that requester. */
  requesterEmail?: string;
  /** The signed-in person's requester id; looked up by `requesterEmail` when left out. */
  requesterId?: number;
  /** Employee Support Mode: the workspace of tickets and catalog (default: Freshservice's primary one). */
  workspaceId?: number;
}

type Query = Record<string, string | number | undefined>;
/** Conversations come 100 to a page at most; a ticket with more than this many pages is cut short. */
const MAX_PAGES = 10;

export function createFreshserviceClient(options: FreshserviceClientOptions) {
  const portal = (options.domain ? `https://${options.domain}.freshservice.com` : (options.baseUrl ?? '')).replace(/\/+$/, '');
  const http = createHttpClient({ ...options, baseUrl: `${(options.baseUrl ?? portal).replace(/\/+$/, '')}/api/v2` });
  const { requesterEmail, requesterId } = options;
  let requester: Promise<FreshserviceRequester> | undefined;

  const read = async <T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, query?: Query) =>
    parseOrThrow(schema, (await http.get(path, { signal, query })).data, `Freshservice ${path.replace(/\d+/g, '{id}')}`);
  const ticketPath = (id: string) => `tickets/${encodeURIComponent(id)}`;

  const lookUp = async (signal?: AbortSignal) => {
    if (requesterId) return (await read(`requesters/${requesterId}`, z.object({ requester: RequesterSchema }), signal)).requester;
    if (!requesterEmail) throw new AdapterError('unauthorized', 'Freshservice: no requester given (requesterEmail or requesterId).');
    const [found] = (await read('requesters', z.object({ requesters: z.array(RequesterSchema) }), signal, { email: requesterEmail })).requesters;
    if (!found) throw new AdapterError('forbidden', 'Freshservice knows no requester with this email.');
    return found;
  };

  const me = (signal?: AbortSignal) =>
    (requester ??= lookUp(signal).catch((error: unknown) => {
      requester = undefined;
      throw error;
    }));

  return {
    http,
    read,
    portal,
    requesterEmail,
    workspaceId: options.workspaceId,
    /** The signed-in requester, asked once per page. */
    me,
    /** The requester's id, without a request when it was given. */
    meId: async (signal?: AbortSignal) => requesterId ?? (await me(signal)).id,
    searchArticles: (text: string, limit: number, signal?: AbortSignal) =>
      read('solutions/articles/search', SearchSchema, signal, { search_term: text, user_email: requesterEmail, per_page: Math.min(limit, 100) }),
    article: async (id: string, signal?: AbortSignal) =>
      (await read(`solutions/articles/${encodeURIComponent(id)}`, z.object({ article: ArticleSchema }), signal)).article,
    /** One page (30 tickets) of the filter API; `query` without its quotes. */
    tickets: (query: string, page: number, signal?: AbortSignal) => read('tickets/filter', TicketsSchema, signal, { query: `"${query}"`, page }),
    ticket: async (id: string, signal?: AbortSignal) => (await read(ticketPath(id), TicketEnvelopeSchema, signal)).ticket,
    /** Every page of the ticket's conversations, following the `link: <…>; rel="next"` header. */
    async conversations(id: string, signal?: AbortSignal) {
      const all: FreshserviceConversation[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data, headers } = await http.get(`${ticketPath(id)}/conversations`, { signal, query: { page, per_page: 100 } });
        all.push(...parseOrThrow(ConversationsSchema, data, 'Freshservice conversations').conversations);
        if (!/rel="?next/.test(headers.get('link') ?? '')) break;
      }
      return all;
    },
    /** A public note that shows as coming from the requester; not safe to repeat. */
    addNote: async (id: string, body: string, userId: number, signal?: AbortSignal) =>
      parseOrThrow(
        z.object({ conversation: ConversationSchema }),
        (await http.post(`${ticketPath(id)}/notes`, { body, private: false, incoming: true, user_id: userId }, { signal, idempotent: false })).data,
        'Freshservice new note',
      ).conversation,
    /** Setting the same status twice changes nothing, so it is safe to retry. */
    setStatus: (id: string, status: number, signal?: AbortSignal) => http.put(ticketPath(id), { status }, { signal, responseType: 'none' }),
    /** Whether the requester answered Freshservice's own survey; 404 when nobody did. */
    csatResponse: (id: string, signal?: AbortSignal) =>
      read(`${ticketPath(id)}/csat_response`, z.object({ csat_response: z.nullable(z.object({ id: z.number() })) }), signal).then(
        (found) => !!found.csat_response,
        (error: unknown) => {
          if (error instanceof AdapterError && error.kind === 'not-found') return false;
          throw error;
        },
      ),
  };
}

export type FreshserviceClient = ReturnType<typeof createFreshserviceClient>;
