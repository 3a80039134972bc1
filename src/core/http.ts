/**
 * The fetch wrapper every remote adapter uses (DESIGN section 2): URL and query building, auth
 * headers from the host, a timeout per attempt, the caller's abort, and retries with backoff for
 * requests that are safe to repeat. Every failure becomes an AdapterError, except a caller's abort,
 * whose reason is rethrown untouched so controllers can tell "cancelled" from "failed".
 */
import { AdapterError, toAdapterError } from './adapter.js';
import type { AdapterErrorKind } from './adapter.js';
import { backoffDelay, parseRetryAfter, sleep } from './backoff.js';
import type { BackoffOptions } from './backoff.js';

type HeaderRecord = Record<string, string>;
type MaybePromise<T> = T | Promise<T>;

export interface HttpClientOptions {
  /** Absolute, or relative to the page ("/api"). Request paths are appended to it. */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Extra headers, or a function asked before every attempt (e.g. a CSRF token). */
  headers?: HeaderRecord | (() => MaybePromise<HeaderRecord>);
  /** Asked before every attempt; a token is sent as `Authorization: Bearer`, undefined sends none. */
  getToken?: () => MaybePromise<string | undefined>;
  /** Default 'same-origin', so session cookies of the intranet's own origin are sent. */
  credentials?: RequestCredentials;
  /** Per attempt, reading the body included. Default 15000. */
  timeoutMs?: number;
  /** Extra attempts for idempotent requests. Default 2. */
  retries?: number;
  backoff?: BackoffOptions;
}

export interface RequestOptions {
  /** Appended to the URL; undefined values are skipped. */
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  /** Applied last, so they override every other header. */
  headers?: HeaderRecord;
  signal?: AbortSignal;
  /** Sent as `Idempotency-Key`; makes a POST or PATCH safe to retry. */
  idempotencyKey?: string;
  /** Overrides the default: GET, HEAD, PUT, DELETE and OPTIONS are idempotent. */
  idempotent?: boolean;
  /** Default 'json'; an empty body, a 204 and a HEAD give `data: undefined`. */
  responseType?: 'json' | 'text' | 'none';
}

export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

type Bodiless = <T = unknown>(path: string, options?: RequestOptions) => Promise<HttpResponse<T>>;
type WithBody = <T = unknown>(path: string, body?: unknown, options?: RequestOptions) => Promise<HttpResponse<T>>;

export interface HttpClient {
  request<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<HttpResponse<T>>;
  get: Bodiless;
  delete: Bodiless;
  post: WithBody;
  put: WithBody;
  patch: WithBody;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
/** A longer Retry-After fails at once, so the outbox can schedule the write instead of a page waiting. */
const MAX_RETRY_AFTER_SECONDS = 60;

const STATUS_KINDS: Record<number, AdapterErrorKind> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  410: 'not-found',
  408: 'timeout',
  409: 'conflict',
  412: 'conflict',
  429: 'rate-limited',
};

/**
 * The AdapterError for a failed response. 5xx is `server`. Any other status (400, 405, 415, 422,
 * an unfollowed 3xx) means the backend refused the request as the adapter built it: an integration
 * fault that repeating will not fix, so it is `invalid-response` (not transient), with `status`
 * kept for adapters that map a vendor's validation errors more precisely.
 */
export function errorFromResponse(response: Response, bodyText = '', label = labelOf(response)): AdapterError {
  const { status } = response;
  const kind = STATUS_KINDS[status] ?? (status >= 500 ? 'server' : 'invalid-response');
  const retryAfter = status === 429 || status === 503 ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
  const detail = bodyText.trim().slice(0, 200);
  const message = `${label}: HTTP ${status} ${response.statusText}`.trim() + (detail ? ` (${detail})` : '');
  return new AdapterError(kind, message, { status, retryAfter });
}

function labelOf(response: Response): string {
  return response.url ? new URL(response.url).pathname : 'request';
}

function buildUrl(baseUrl: string, path: string, query: RequestOptions['query'] = {}): string {
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(path);
  const joined = absolute || !path ? path || baseUrl : `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  const url = new URL(joined, typeof location === 'undefined' ? undefined : location.href);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.append(name, String(value));
  }
  return url.href;
}

function mergeInto(headers: Headers, extra: HeadersInit | undefined): void {
  new Headers(extra).forEach((value, name) => headers.set(name, value));
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { baseUrl, credentials = 'same-origin', timeoutMs = 15_000, retries = 2, backoff } = options;
  // Looked up per call (not captured) so a page or test that replaces window.fetch later is honoured.
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function buildHeaders(requestOptions: RequestOptions, label: string): Promise<Headers> {
    const headers = new Headers({ Accept: 'application/json' });
    if (requestOptions.body !== undefined) headers.set('Content-Type', 'application/json');
    mergeInto(headers, typeof options.headers === 'function' ? await options.headers() : options.headers);
    const token = await Promise.resolve()
      .then(options.getToken)
      .catch((cause: unknown) => {
        throw new AdapterError('unauthorized', `${label}: getToken failed`, { cause });
      });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (requestOptions.idempotencyKey !== undefined) headers.set('Idempotency-Key', requestOptions.idempotencyKey);
    mergeInto(headers, requestOptions.headers);
    return headers;
  }

  async function readBody(response: Response, method: string, responseType: RequestOptions['responseType'], label: string) {
    const type = responseType ?? 'json';
    if (type === 'none' || response.status === 204 || method === 'HEAD') {
      await response.body?.cancel();
      return undefined;
    }
    // A session that ended is often answered with a redirect to the sign-in page, which fetch
    // follows: HTML where JSON was asked for, after a redirect, means "sign in", not "bad data".
    if (type === 'json' && response.redirected && /html/i.test(response.headers.get('Content-Type') ?? '')) {
      await response.body?.cancel();
      throw new AdapterError('unauthorized', `${label}: redirected to a sign-in page`, { status: response.status });
    }
    const text = await response.text();
    if (type === 'text') return text;
    if (!text) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      throw new AdapterError('invalid-response', `${label}: the body was not JSON`, { status: response.status, cause });
    }
  }

  async function attempt<T>(method: string, url: string, label: string, requestOptions: RequestOptions): Promise<HttpResponse<T>> {
    const { signal: callerSignal, body: payload, responseType } = requestOptions;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
    try {
      const headers = await buildHeaders(requestOptions, label);
      const body = payload === undefined ? undefined : JSON.stringify(payload);
      const response = await fetchImpl(url, { method, headers, body, credentials, signal });
      if (!response.ok) throw errorFromResponse(response, await response.text().catch(() => ''), label);
      const data = (await readBody(response, method, responseType, label)) as T;
      return { status: response.status, headers: response.headers, data };
    } catch (error) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (timeout.aborted && !(error instanceof AdapterError)) {
        throw new AdapterError('timeout', `${label}: no answer within ${timeoutMs} ms`, { cause: error });
      }
      throw toAdapterError(error);
    }
  }

  async function request<T = unknown>(method: string, path: string, requestOptions: RequestOptions = {}): Promise<HttpResponse<T>> {
    method = method.toUpperCase();
    // The query string stays out of messages: it may carry search text or personal data.
    const label = `${method} ${path.split('?')[0]}`;
    const { query, idempotent: explicit, idempotencyKey, signal } = requestOptions;
    const url = buildUrl(baseUrl, path, query);
    const idempotent = explicit ?? (IDEMPOTENT_METHODS.has(method) || idempotencyKey !== undefined);
    const attempts = 1 + (idempotent ? Math.max(0, retries) : 0);
    for (let attemptIndex = 0; ; attemptIndex++) {
      try {
        return await attempt<T>(method, url, label, requestOptions);
      } catch (error) {
        // A timeout is not repeated here: a backend that drips its answer would make the person
        // wait several timeouts for one message. The caller's retry (or the outbox) tries again.
        if (!(error instanceof AdapterError) || !error.transient || error.kind === 'timeout' || attemptIndex + 1 >= attempts) throw error;
        const { retryAfter } = error;
        if (retryAfter !== undefined && retryAfter > MAX_RETRY_AFTER_SECONDS) throw error;
        await sleep(retryAfter !== undefined ? retryAfter * 1000 : backoffDelay(attemptIndex, backoff), signal);
      }
    }
  }

  const withBody = (method: string): WithBody => (path, body, options) => request(method, path, { ...options, body });
  return {
    request,
    get: (path, options) => request('GET', path, options),
    delete: (path, options) => request('DELETE', path, options),
    post: withBody('POST'),
    put: withBody('PUT'),
    patch: withBody('PATCH'),
  };
}
