/**
 * The Zendesk calls the adapter makes as an end user (Help Center, Requests API, CSAT), each answer
 * validated against its vendor schema. No mapping here: see mappers.ts. The catalog's calls (ticket
 * forms and fields, new requests) load with it, on first use: see catalog-client.ts.
 */
import * as z from 'zod/mini';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../../core/http.js';
import { parseOrThrow } from '../../core/validate.js';
import { ArticleSchema, CommentsSchema, RequestEnvelopeSchema, RequestsSchema, SearchSchema } from './vendor-schemas.js';

export interface ZendeskClientOptions
  extends Pick<HttpClientOptions, 'fetch' | 'headers' | 'getToken' | 'credentials' | 'timeoutMs' | 'retries'> {
  subdomain?: string;
  baseUrl?: string;
  locale?: string;
}

export interface ZendeskClient {
  http: HttpClient;
  /** The Zendesk (or Help Center) origin without a trailing slash. */
  root: string;
  locale: string;
}

type Query = Record<string, string | number | undefined>;
const encode = encodeURIComponent;

export function createZendeskClient(options: ZendeskClientOptions): ZendeskClient {
  const root = (options.baseUrl ?? `https://${options.subdomain}.zendesk.com`).replace(/\/+$/, '');
  return { http: createHttpClient({ ...options, baseUrl: `${root}/api/v2` }), root, locale: options.locale ?? 'en-us' };
}

/** One answer, validated against `schema`. */
export const get = async <T>(client: ZendeskClient, path: string, schema: z.ZodMiniType<T>, what: string, signal?: AbortSignal, query?: Query) =>
  parseOrThrow(schema, (await client.http.get(path, { signal, query })).data, `Zendesk ${what}`);
const requestPath = (ticketId: string) => `requests/${encode(ticketId)}`;

/** Help Center search; `<em>` marks the matches in each snippet. */
export const searchArticles = (client: ZendeskClient, text: string, locale: string | undefined, limit: number | undefined, signal?: AbortSignal) =>
  get(client, 'help_center/articles/search', SearchSchema, 'article search', signal, { query: text, locale: locale ?? client.locale, per_page: limit });

export const getArticle = async (client: ZendeskClient, articleId: string, signal?: AbortSignal) =>
  (await get(client, `help_center/${client.locale}/articles/${encode(articleId)}`, z.object({ article: ArticleSchema }), 'article', signal)).article;

/** A vote replaces the person's earlier vote, so repeating it is harmless. */
export const voteArticle = (client: ZendeskClient, articleId: string, helpful: boolean, signal?: AbortSignal) =>
  client.http.post(`help_center/${client.locale}/articles/${encode(articleId)}/${helpful ? 'up' : 'down'}`, undefined, {
    signal,
    idempotent: true,
    responseType: 'none',
  });

/** The requester's own requests, newest first. */
export const listRequests = (client: ZendeskClient, query: Query, signal?: AbortSignal) =>
  get(client, 'requests', RequestsSchema, 'requests', signal, { sort_by: 'created_at', sort_order: 'desc', ...query });

export const getRequest = async (client: ZendeskClient, ticketId: string, signal?: AbortSignal) =>
  (await get(client, requestPath(ticketId), RequestEnvelopeSchema, 'request', signal)).request;

/** Comments oldest first, with their authors (the requester sees public comments only). */
export const getComments = (client: ZendeskClient, ticketId: string, signal?: AbortSignal) =>
  get(client, `${requestPath(ticketId)}/comments`, CommentsSchema, 'comments', signal, { sort_order: 'asc' });

/** A public reply; on a solved request it also reopens it. */
export const putComment = (client: ZendeskClient, ticketId: string, body: string, signal?: AbortSignal) =>
  client.http.put(requestPath(ticketId), { request: { comment: { body } } }, { signal, idempotent: false });

/** One rating per ticket: sending it again updates the same rating. */
export const postSatisfaction = (client: ZendeskClient, ticketId: string, body: unknown, signal?: AbortSignal) =>
  client.http.post(`tickets/${encode(ticketId)}/satisfaction_rating`, body, { signal, idempotent: true, responseType: 'none' });
