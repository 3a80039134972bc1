/**
 * The JSM `servicedeskapi` calls the adapter makes as a customer, each answer validated against
 * its vendor schema before anyone maps it. No mapping here: see mappers.ts. The catalog's calls
 * load with it, on first use: see catalog-client.ts.
 */
import type * as z from 'zod/mini';
import { AdapterError } from '../../core/adapter.js';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../../core/http.js';
import { parseOrThrow } from '../../core/validate.js';
import {
  ArticleSchema,
  CommentSchema,
  FeedbackSchema,
  NamedSchema,
  page,
  RequestSchema,
  StatusSchema,
} from './vendor-schemas.js';

export interface JsmClientOptions
  extends Pick<HttpClientOptions, 'fetch' | 'headers' | 'getToken' | 'credentials' | 'timeoutMs' | 'retries'> {
  siteUrl: string;
  serviceDeskId?: string | number;
}

export interface JsmClient {
  http: HttpClient;
  /** The site without a trailing slash. */
  root: string;
  /** The service desk that scopes knowledge, requests and the catalog, if any. */
  desk?: string;
}

type Query = Record<string, string | number | boolean | undefined>;

/** Experimental methods (knowledge base, feedback) are refused with 412 without this header. */
const EXPERIMENTAL = { 'X-ExperimentalApi': 'opt-in' };
const encode = encodeURIComponent;

export function createJsmClient(options: JsmClientOptions): JsmClient {
  const root = options.siteUrl.replace(/\/+$/, '');
  const desk = options.serviceDeskId === undefined ? undefined : String(options.serviceDeskId);
  return { http: createHttpClient({ ...options, baseUrl: `${root}/rest/servicedeskapi` }), root, desk };
}

/** One answer, validated against `schema`. */
export const get = async <T>(client: JsmClient, path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, query?: Query, headers?: Record<string, string>) =>
  parseOrThrow(schema, (await client.http.get(path, { signal, query, headers })).data, `JSM ${path}`);
/** The `values` of one page: big enough for what a customer sees of a request or a desk. */
export const list = async <T>(client: JsmClient, path: string, item: z.ZodMiniType<T>, signal?: AbortSignal, query?: Query, headers?: Record<string, string>) =>
  (await get(client, path, page(item), signal, query, headers)).values;
const requestPath = (key: string, sub = '') => `request/${encode(key)}${sub}`;
export const deskPath = (client: JsmClient) => `servicedesk/${encode(client.desk ?? '')}`;

/** The person's own requests (in the service desk, if one is set). */
export const listRequests = (client: JsmClient, query: Query, signal?: AbortSignal) =>
  get(client, 'request', page(RequestSchema), signal, { requestOwnership: 'OWNED_REQUESTS', serviceDeskId: client.desk, ...query });

export const getRequest = (client: JsmClient, key: string, signal?: AbortSignal) =>
  get(client, requestPath(key), RequestSchema, signal, { expand: 'participant,action' });

/** Public comments only: customers never see internal ones. */
export const getComments = (client: JsmClient, key: string, signal?: AbortSignal) =>
  list(client, requestPath(key, '/comment'), CommentSchema, signal, { public: true, internal: false, limit: 100 });

/** Status history, newest first. */
export const getStatusHistory = (client: JsmClient, key: string, signal?: AbortSignal) =>
  list(client, requestPath(key, '/status'), StatusSchema, signal, { limit: 100 });

/** The transitions a customer may perform on the request now. */
export const getTransitions = (client: JsmClient, key: string, signal?: AbortSignal) =>
  list(client, requestPath(key, '/transition'), NamedSchema, signal);

export const postComment = async (client: JsmClient, key: string, body: string, signal?: AbortSignal) =>
  parseOrThrow(CommentSchema, (await client.http.post(requestPath(key, '/comment'), { body, public: true }, { signal })).data, 'JSM new comment');

export const postTransition = (client: JsmClient, key: string, id: string, reason?: string, signal?: AbortSignal) =>
  client.http.post(requestPath(key, '/transition'), { id, ...(reason ? { additionalComment: { body: reason } } : {}) }, { signal });

/** The stored CSAT feedback, or undefined when there is none. */
export async function getFeedback(client: JsmClient, key: string, signal?: AbortSignal) {
  try {
    const { data } = await client.http.get(requestPath(key, '/feedback'), { signal, headers: EXPERIMENTAL });
    return parseOrThrow(FeedbackSchema, data ?? {}, 'JSM feedback');
  } catch (error) {
    // 404 is also JSM's answer for a request without feedback.
    if (error instanceof AdapterError && error.kind === 'not-found') return undefined;
    throw error;
  }
}

export const postFeedback = (client: JsmClient, key: string, body: unknown, signal?: AbortSignal) =>
  client.http.post(requestPath(key, '/feedback'), body, { signal, headers: EXPERIMENTAL });

/** Knowledge base articles with `@@@hl@@@` highlighting, from the desk's knowledge base or all. */
export const searchArticles = (client: JsmClient, text: string, limit?: number, signal?: AbortSignal) =>
  list(
    client,
    client.desk === undefined ? 'knowledgebase/article' : `${deskPath(client)}/knowledgebase/article`,
    ArticleSchema,
    signal,
    { query: text, highlight: true, limit },
    EXPERIMENTAL,
  );
