/**
 * GLPI's legacy REST API (`apirest.php`, GLPI 9.1 to 11) as the requester's profile sees it: the
 * session (`initSession` with the person's API token, or a session the host already holds), then
 * items and sub-items with `Session-Token` and `App-Token` headers. GLPI's `["ERROR_…", "message"]`
 * bodies become AdapterError kinds; every answer is checked against vendor-schemas.ts. The
 * high-level API (client-v2.ts) offers the same calls where GLPI 11 has them.
 */
import * as z from 'zod/mini';
import { AdapterError, type AdapterErrorKind } from '../../core/adapter.js';
import { createHttpClient, type HttpClientOptions, type HttpResponse, type RequestOptions } from '../../core/http.js';
import { loadOnce } from '../../core/load-once.js';
import { parseOrThrow } from '../../core/validate.js';
import * as schemas from './vendor-schemas.js';
import type { Followup, GlpiTicket, KnowbaseHit, KnowbaseItem, Solution } from './vendor-schemas.js';

type MaybePromise<T> = T | Promise<T>;

export interface GlpiClientOptions
  extends Pick<HttpClientOptions, 'fetch' | 'headers' | 'getToken' | 'credentials' | 'timeoutMs' | 'retries'> {
  /** The GLPI root (`https://glpi.example`), or a proxy in front of it. */
  baseUrl: string;
  /** The API client's App-Token (Setup > General > API), when the API client defines one. */
  appToken?: string;
  /** The person's personal API token ("remote access key"), traded for a session by `initSession`. */
  getUserToken?: () => MaybePromise<string>;
  /** A session token the host already holds (from its own `initSession`); asked before every call. */
  getSessionToken?: () => MaybePromise<string>;
}

/** What the adapter asks of GLPI, whichever API answers. */
export interface GlpiApi {
  /** The signed-in user's id. */
  me(signal?: AbortSignal): Promise<number>;
  searchKnowledge(text: string, limit: number, signal?: AbortSignal): Promise<{ items: KnowbaseHit[]; total: number }>;
  knowledgeItem(id: string, signal?: AbortSignal): Promise<KnowbaseItem>;
  tickets(limit: number, signal?: AbortSignal): Promise<{ tickets: GlpiTicket[]; total: number }>;
  ticket(id: string, signal?: AbortSignal): Promise<GlpiTicket>;
  followups(id: string, signal?: AbortSignal): Promise<Followup[]>;
  solutions(id: string, signal?: AbortSignal): Promise<Solution[]>;
  /** Adds a followup: a comment, or with `add_close` / `add_reopen` an answer to the solution. */
  addFollowup(id: string, input: { content?: string; add_close?: 1; add_reopen?: 1 }, signal?: AbortSignal): Promise<number>;
}

/**
 * The kind of a GLPI error code whose HTTP status says less than the code: a missing right comes as
 * a 401, a missing session or App-Token as a 400. The code is in the message: core/http keeps the
 * start of the body, `["ERROR_…", "message"]`.
 */
function errorKind(error: AdapterError): AdapterErrorKind | undefined {
  const code = /\["ERROR_(\w+)"/.exec(error.message)?.[1] ?? '';
  return /RIGHT_MISSING|NOT_ALLOWED_IP/.test(code) ? 'forbidden' : /SESSION_TOKEN_MISSING|APP_TOKEN|LOGIN/.test(code) ? 'unauthorized' : undefined;
}

export function createGlpiClient(options: GlpiClientOptions) {
  const root = options.baseUrl.replace(/\/+$/, '');
  const baseUrl = `${root}/apirest.php`;
  const appHeaders = async (): Promise<Record<string, string>> => ({
    ...(typeof options.headers === 'function' ? await options.headers() : options.headers),
    ...(options.appToken ? { 'App-Token': options.appToken } : {}),
  });
  const sessionless = createHttpClient({ ...options, baseUrl, headers: appHeaders });
  let session: Promise<string> | undefined;

  const startSession = async (userToken: string) =>
    parseOrThrow(z.object({ session_token: z.string() }), (await sessionless.get('initSession', { headers: { Authorization: `user_token ${userToken}` } })).data, 'GLPI initSession')
      .session_token;
  /** The session token: the host's, or one made from the person's API token once per page. */
  const sessionToken = async () => {
    if (options.getSessionToken) return options.getSessionToken();
    if (!options.getUserToken) return undefined;
    if (!session) {
      const made = (session = Promise.resolve(options.getUserToken()).then(startSession));
      made.catch(() => session === made && (session = undefined));
    }
    return session;
  };
  const http = createHttpClient({
    ...options,
    baseUrl,
    // Without a token of either kind, a same-origin proxy is expected to add the session.
    headers: async () => {
      const token = await sessionToken();
      return { ...(await appHeaders()), ...(token ? { 'Session-Token': token } : {}) };
    },
  });

  async function call<T>(method: string, path: string, requestOptions: RequestOptions = {}, fresh = false): Promise<HttpResponse<T>> {
    try {
      return await http.request<T>(method, path, requestOptions);
    } catch (error) {
      if (!(error instanceof AdapterError)) throw error;
      // An expired session made from the API token is made again, once.
      if (session && !fresh && error.message.includes('"ERROR_SESSION_TOKEN_INVALID"')) {
        session = undefined;
        return call(method, path, requestOptions, true);
      }
      const kind = errorKind(error);
      throw kind ? new AdapterError(kind, error.message, { status: error.status, cause: error }) : error;
    }
  }
  const get = async <T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, query?: RequestOptions['query']) =>
    parseOrThrow(schema, (await call('GET', path, { signal, query })).data, `GLPI ${path.replace(/\/\d+/g, '/{id}')}`);
  /** `Content-Range: 0-49/200` → 200; without the header (all items fit) the page's length. */
  const total = (response: HttpResponse<unknown>, length: number) => Number(response.headers.get('Content-Range')?.split('/')[1] ?? length);
  const ticketPath = (id: string) => `Ticket/${encodeURIComponent(id)}`;

  return {
    root,
    /** For the catalog part: a validated read and a raw call with GLPI's error kinds. */
    get,
    call,
    // Asked once per page; a failed ask is asked again.
    me: loadOnce(async () => (await get('getFullSession', z.object({ session: z.object({ glpiID: z.number() }) }))).session.glpiID),

    async searchKnowledge(text, limit, signal) {
      // Search options of KnowbaseItem: 1 subject, 2 id, 7 content. GLPI's `contains` matches the
      // value as one phrase, and the kit sends expanded queries ("vpn virtual private network"):
      // each word is its own pair of criteria, all joined with OR (ranked here afterwards).
      const words = [...new Set(text.toLowerCase().split(/\s+/).filter((word) => word.length > 1))].slice(0, 8);
      const query: Record<string, string | number> = { range: `0-${limit - 1}` };
      (words.length ? words : [text]).flatMap((word) => [1, 7].map((field) => ({ field, word }))).forEach(({ field, word }, index) => {
        if (index > 0) query[`criteria[${index}][link]`] = 'OR';
        query[`criteria[${index}][field]`] = field;
        query[`criteria[${index}][searchtype]`] = 'contains';
        query[`criteria[${index}][value]`] = word;
      });
      [1, 2, 7].forEach((field, index) => (query[`forcedisplay[${index}]`] = field));
      const found = await get('search/KnowbaseItem', schemas.KnowbaseSearchSchema, signal, query);
      return { items: (found.data ?? []).map((row) => ({ id: row[2], name: row[1], answer: row[7] })), total: found.totalcount };
    },

    knowledgeItem: (id, signal) => get(`KnowbaseItem/${encodeURIComponent(id)}`, schemas.KnowbaseItemSchema, signal),

    async tickets(limit, signal) {
      const response = await call<unknown>('GET', 'Ticket', { signal, query: { range: `0-${limit - 1}`, sort: 19, order: 'DESC' } });
      const tickets = parseOrThrow(z.array(schemas.TicketSchema), response.data ?? [], 'GLPI Ticket');
      return { tickets, total: total(response, tickets.length) };
    },

    ticket: (id, signal) => get(ticketPath(id), schemas.TicketSchema, signal),
    followups: (id, signal) => get(`${ticketPath(id)}/ITILFollowup`, z.array(schemas.FollowupSchema), signal, { 'add_keys_names[]': 'users_id' }),
    solutions: (id, signal) => get(`${ticketPath(id)}/ITILSolution`, z.array(schemas.SolutionSchema), signal, { 'add_keys_names[]': 'users_id' }),

    async addFollowup(id, input, signal) {
      const body = { input: { itemtype: 'Ticket', items_id: Number(id), is_private: 0, ...input } };
      return parseOrThrow(schemas.CreatedSchema, (await call('POST', 'ITILFollowup', { body, signal, idempotent: false })).data, 'GLPI new followup').id;
    },

    /** Ends the session made from the API token (a host's own session stays the host's to end). */
    async endSession() {
      if (!session) return;
      const ending = session;
      session = undefined;
      await sessionless.get('killSession', { headers: { 'Session-Token': await ending }, responseType: 'none' });
    },
  } satisfies GlpiApi & { root: string } & Record<string, unknown>;
}

export type GlpiClient = ReturnType<typeof createGlpiClient>;
