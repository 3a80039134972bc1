/**
 * ServiceNow as an sx-kit backend: the Knowledge Management API for articles, the Table API for the
 * person's incidents and requested items (journal comments, task SLAs), and the Service Catalog API
 * for items and `order_now`. Every vendor payload is checked with zod/mini before mapping.
 * ServiceNow's surveys are not reachable through these APIs, so satisfaction is off.
 */
import * as z from 'zod/mini';
import {
  AdapterError,
  capabilities,
  type CatalogQuery,
  type SearchQuery,
  type ServiceAdapter,
  type TicketQuery,
  type WriteOptions,
} from '../../core/adapter.js';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../../core/http.js';
import { htmlToText } from '../../core/html-text.js';
import type {
  Article,
  CatalogRequest,
  PersonMatch,
  Priority,
  SearchHit,
  SearchResults,
  Sla,
  Ticket,
  TicketEvent,
  TicketList,
  TicketState,
  TicketSummary,
} from '../../core/schemas.js';
import { findMatchRanges, queryTerms } from '../../core/search-query.js';
import { parseOrThrow } from '../../core/validate.js';
import type { serviceNowCatalog } from './catalog.js';
import { oncePerKey } from '../../core/once-per-key.js';

export interface ServiceNowAdapterOptions
  extends Pick<HttpClientOptions, 'fetch' | 'headers' | 'getToken' | 'credentials' | 'timeoutMs' | 'retries'> {
  /** `https://acme.service-now.com`, a proxy, or `''` on the instance itself. */
  instanceUrl: string;
  /** Session CSRF token sent as `X-UserToken` (default: `window.g_ck` when the page has it). */
  userToken?: string;
  /** Ticket tables and the field naming the person (default incident → caller_id, sc_req_item → opened_by). */
  ticketTables?: Readonly<Record<string, string>>;
  /** Right-hand side of the caller condition (default `javascript:gs.getUserID()`). */
  callerFilter?: string;
  /** Knowledge base sys_ids to search (default: every base the person can read). */
  kbIds?: readonly string[];
  /** ISO 639-1 language of articles (default: the person's session language). */
  language?: string;
  /** State values written to confirm (default `7`, Closed) and reopen (default `2`, In Progress) an incident. */
  states?: { confirm?: string; reopen?: string };
  /**
   * Name of a hidden single-line catalog variable that receives each request's idempotency key, so
   * a re-sent order is found instead of placed twice. Default `sx_request_key`.
   */
  correlationVariable?: string;
}

const DATE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;
const str = z.string();
const date = str.check(z.regex(DATE));
const optionalText = z.optional(z.nullable(str));
/** A field read with `sysparm_display_value=all`. */
const field = (value: z.ZodMiniType<string>) => z.object({ value, display_value: optionalText });
const text = field(str);
const maybe = z.optional(text);
const maybeDate = z.optional(field(z.union([date, z.literal('')])));
const key = field(str.check(z.minLength(1)));

// Loose: the caller field is named by configuration and read by name.
const RecordSchema = z.looseObject({
  sys_id: key,
  number: key,
  short_description: text,
  description: maybe,
  state: text,
  priority: maybe,
  hold_reason: maybe,
  assigned_to: maybe,
  assignment_group: maybe,
  opened_at: maybeDate,
  sys_created_on: field(date),
  sys_updated_on: field(date),
  resolved_at: maybeDate,
  close_notes: maybe,
});
type Field = { value: string; display_value?: string | null };
type TableRecord = z.infer<typeof RecordSchema>;
type SnRecord = TableRecord & Record<string, Field | undefined>;
const JournalSchema = z.array(z.object({ sys_id: str, value: str, sys_created_on: date, sys_created_by: str }));
type JournalEntry = z.infer<typeof JournalSchema>[number];
const SlaSchema = z.array(z.object({ planned_end_time: date, has_breached: str, stage: str, 'sla.target': z.optional(str) }));
const SearchSchema = z.object({
  meta: z.object({ count: z.number() }),
  articles: z.array(z.object({ id: str, title: str, snippet: optionalText, score: z.optional(z.nullable(z.number())), link: z.optional(str) })),
});
const ArticleSchema = z.object({
  sys_id: str,
  short_description: str,
  content: str,
  language: z.optional(str),
  fields: z.object({ sys_updated_on: z.object({ value: date }), kb_category: z.optional(z.object({ display_value: optionalText })) }),
});
const PeopleSchema = z.array(z.object({ sys_id: str, user_name: z.optional(str), name: str, email: optionalText, department: optionalText }));

const INCIDENT_STATES: Record<string, TicketState> = { 1: 'new', 2: 'in-progress', 3: 'in-progress', 6: 'resolved', 7: 'closed', 8: 'cancelled' };
const ITEM_STATES: Record<string, TicketState> = { '-5': 'new', 1: 'new', 2: 'in-progress', 3: 'closed', 4: 'cancelled', 7: 'cancelled' };
const PRIORITIES: Priority['level'][] = ['critical', 'high', 'moderate', 'low', 'planning'];
const FILTERS = { open: 'active=true^state!=6', resolved: 'active=false^ORstate=6', all: '' };
const DEDUPE_WINDOW_MS = 10 * 60_000;
const TICKET_FIELDS =
  'sys_id,number,short_description,description,state,priority,hold_reason,assigned_to,assignment_group,opened_at,sys_created_on,sys_updated_on,resolved_at,close_notes';

/** ServiceNow's UTC "YYYY-MM-DD HH:mm:ss" as ISO 8601. */
export const isoDate = (value: string) => `${value.replace(' ', 'T')}Z`;
/** Text safe inside an encoded query (`^` separates conditions). */
const queryText = (value: string) => value.replace(/[\^\n]/g, ' ').trim();
const enc = encodeURIComponent;
/**
 * For reads a requester's role may lack (task_sla, sys_user): without access there is no SLA to
 * show and agents show by user name, instead of the whole ticket failing.
 */
const unlessForbidden = (error: unknown) => {
  if (!(error instanceof AdapterError && error.kind === 'forbidden')) throw error;
};

/** The canonical state of a record of `table`, with ServiceNow's label. */
export function ticketState(table: string, record: Pick<SnRecord, 'state' | 'hold_reason' | 'assigned_to'>): [TicketState, string] {
  const { value, display_value: label } = record.state;
  const incident = table === 'incident';
  let state = (incident ? INCIDENT_STATES : ITEM_STATES)[value] ?? 'in-progress';
  // On Hold / Awaiting Caller: the desk waits for the requester.
  if (incident && value === '3' && record.hold_reason?.value === '1') state = 'waiting-on-you';
  if (state === 'new' && record.assigned_to?.value) state = 'assigned';
  return [state, label || value];
}

/** What the lazily loaded catalog part shares with the adapter. */
export interface ServiceNowContext {
  root: string;
  http: HttpClient;
  get<T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, query?: Record<string, string | number | undefined>): Promise<{ result: T; total: number }>;
  table(name: string, query: string, signal?: AbortSignal): Promise<{ result: TableRecord[] }>;
  summary(name: string, record: TableRecord): TicketSummary;
  once<T>(idempotencyKey: string, write: () => Promise<T>): Promise<T>;
  queryText(value: string): string;
  /** Right-hand side of the condition that selects the signed-in person. */
  caller: string;
  requestTable: string;
  correlationVariable: string;
}

export function createServiceNowAdapter(options: ServiceNowAdapterOptions): ServiceAdapter {
  const root = options.instanceUrl.replace(/\/+$/, '');
  const tables = Object.entries(options.ticketTables ?? { incident: 'caller_id', sc_req_item: 'opened_by' });
  const caller = options.callerFilter ?? 'javascript:gs.getUserID()';
  const { confirm = '7', reopen = '2' } = options.states ?? {};
  const correlationVariable = options.correlationVariable ?? 'sx_request_key';
  const http = createHttpClient({
    ...options,
    baseUrl: `${root}/api`,
    headers: async () => {
      const token = options.userToken ?? (globalThis as { g_ck?: string }).g_ck;
      return { ...(typeof options.headers === 'function' ? await options.headers() : options.headers), ...(token && { 'X-UserToken': token }) };
    },
  });
  // The vendor takes no idempotency key for these writes.
  const once = oncePerKey();

  /** `result` of a GET, checked, and the X-Total-Count that came with it. */
  const get = async <T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, query?: Record<string, string | number | undefined>) => {
    const response = await http.get(path, { signal, query });
    const total = Number(response.headers.get('X-Total-Count') ?? NaN);
    return { ...parseOrThrow(z.object({ result: schema }), response.data, `ServiceNow ${path}`), total };
  };
  const table = (name: string, query: string, signal?: AbortSignal, limit = 1, fields = TICKET_FIELDS) =>
    get(`now/table/${name}`, z.array(RecordSchema), signal, { sysparm_query: query, sysparm_display_value: 'all', sysparm_fields: fields, sysparm_limit: limit });
  const user = (query: string, signal?: AbortSignal) =>
    get('now/table/sys_user', PeopleSchema, signal, { sysparm_query: query, sysparm_fields: 'sys_id,user_name,name,email,department', sysparm_display_value: 'true', sysparm_limit: 20 });

  const summary = (name: string, record: TableRecord): TicketSummary => {
    const [state, stateLabel] = ticketState(name, record);
    const level = PRIORITIES[Number(record.priority?.value) - 1];
    const resolved = name === 'incident' && state === 'resolved';
    const assignee = record.assigned_to?.display_value || undefined;
    const group = record.assignment_group?.display_value || undefined;
    const id = record.sys_id.value;
    return {
      id,
      number: record.number.value,
      title: record.short_description.value || record.number.value,
      description: record.description?.value || undefined,
      state,
      stateLabel,
      priority: level && { level, label: record.priority!.display_value || level },
      createdAt: isoDate(record.opened_at?.value || record.sys_created_on.value),
      updatedAt: isoDate(record.sys_updated_on.value),
      assignee: assignee || group ? { name: assignee, group } : undefined,
      permissions: { comment: state !== 'closed' && state !== 'cancelled', reopen: resolved, confirm: resolved },
      url: `${root}/sp?id=ticket&table=${name}&sys_id=${id}`,
    };
  };

  /** The record with this sys_id or number in the first ticket table that has it. */
  const find = async (id: string, signal?: AbortSignal) => {
    const value = queryText(id);
    for (const [name, callerField] of tables) {
      const record = (await table(name, `sys_id=${value}^ORnumber=${value}`, signal, 1, `${TICKET_FIELDS},${callerField},${callerField}.user_name`)).result[0] as SnRecord | undefined;
      if (record) return { name, record, sysId: record.sys_id.value, requester: record[`${callerField}.user_name`]?.value, requesterName: record[callerField]?.display_value };
    }
    throw new AdapterError('not-found', `ServiceNow has no ticket ${id}.`, { status: 404 });
  };
  /** Public comments only: work notes never reach the requester. */
  const journal = async (sysId: string, signal?: AbortSignal) =>
    (
      await get('now/table/sys_journal_field', JournalSchema, signal, {
        sysparm_query: `element_id=${sysId}^element=comments^ORDERBYDESCsys_created_on`,
        sysparm_fields: 'sys_id,value,sys_created_on,sys_created_by',
        sysparm_limit: 100,
      })
    ).result.reverse();
  const commentEvent = (entry: JournalEntry, name: string, isAgent: boolean): TicketEvent => ({
    id: entry.sys_id,
    type: 'comment',
    at: isoDate(entry.sys_created_on),
    author: { name, isAgent },
    text: entry.value,
  });

  const getTicket = async (id: string, signal?: AbortSignal): Promise<Ticket> => {
    const { name, record, sysId, requester, requesterName } = await find(id, signal);
    const [entries, slas] = await Promise.all([
      journal(sysId, signal),
      get('now/table/task_sla', SlaSchema, signal, { sysparm_query: `task=${sysId}^stage!=cancelled^ORDERBYsla.target`, sysparm_fields: 'planned_end_time,has_breached,stage,sla.target' }).catch(
        unlessForbidden,
      ),
    ]);
    const agents = [...new Set(entries.map((entry) => entry.sys_created_by).filter((userName) => userName !== requester))];
    const people = agents.length
      ? await user(`user_nameIN${agents}`, signal).catch(unlessForbidden)
      : undefined;
    const ticket = summary(name, record);
    const events: TicketEvent[] = [
      { id: `${sysId}-created`, type: 'created', at: ticket.createdAt, author: requesterName ? { name: requesterName, isAgent: false } : undefined },
      ...entries.map((entry) => {
        const isAgent = entry.sys_created_by !== requester;
        const author = isAgent ? people?.result.find((person) => person.user_name === entry.sys_created_by)?.name : requesterName;
        return commentEvent(entry, author || entry.sys_created_by, isAgent);
      }),
    ];
    if (record.resolved_at?.value) {
      events.push({ id: `${sysId}-resolved`, type: 'resolution', at: isoDate(record.resolved_at.value), text: record.close_notes?.value || undefined, state: 'resolved' });
    }
    events.sort((a, b) => a.at.localeCompare(b.at));
    // The running SLA (in progress or paused) if there is one, else the last one that ended.
    const task = slas?.result.find((candidate) => /progress|paused/.test(candidate.stage)) ?? slas?.result.at(-1);
    const sla: Sla | undefined = task && {
      kind: task['sla.target'] === 'response' ? 'response' : 'resolution',
      dueAt: isoDate(task.planned_end_time),
      breached: task.has_breached === 'true',
      paused: task.stage === 'paused',
    };
    return { ...ticket, sla, events };
  };

  const patch = (name: string, sysId: string, body: Record<string, string>, signal?: AbortSignal) =>
    http.patch(`now/table/${name}/${sysId}`, body, { signal, idempotent: false, query: { sysparm_fields: 'sys_id' }, responseType: 'none' });

  /** Adds a public comment unless the person's same comment is already there (a re-sent write). */
  const comment = async (id: string, body: string, signal?: AbortSignal): Promise<TicketEvent> => {
    const { name, sysId, requester, requesterName } = await find(id, signal);
    const mine = async () =>
      (await journal(sysId, signal)).findLast(
        (entry) =>
          entry.value.trim() === body.trim() &&
          (!requester || entry.sys_created_by === requester) &&
          Date.now() - Date.parse(isoDate(entry.sys_created_on)) < DEDUPE_WINDOW_MS,
      );
    let entry = await mine();
    if (!entry) {
      await patch(name, sysId, { comments: body }, signal);
      entry = await mine();
    }
    if (!entry) throw new AdapterError('invalid-response', 'ServiceNow did not show the new comment.');
    return commentEvent(entry, requesterName || entry.sys_created_by, false);
  };

  /** Writes `body` to a resolved incident; a replay finds it no longer resolved and does nothing. */
  const fromResolved = async (id: string, body: Record<string, string>, signal?: AbortSignal) => {
    const { name, record, sysId } = await find(id, signal);
    if (ticketState(name, record)[0] === 'resolved') await patch(name, sysId, body, signal);
    return getTicket(id, signal);
  };

  const context: ServiceNowContext = { root, http, get, table, summary, once, queryText, caller, requestTable: 'sc_req_item', correlationVariable };
  // The catalog loads on first use: pages that only search or show tickets never fetch it.
  let catalogModule: Promise<ReturnType<typeof serviceNowCatalog>> | undefined;
  const catalog = () => (catalogModule ??= import('./catalog.js').then((module) => module.serviceNowCatalog(context)));

  return {
    name: 'servicenow',
    id: `servicenow:${root}`,
    capabilities: capabilities('search', 'articles', 'tickets', 'comments', 'reopen', 'confirm', 'sla', 'catalog', 'requests', 'people'),

    async searchKnowledge(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults> {
      const words = query.text.trim() || query.context?.trim() || '';
      if (!words || !query.sources.includes('articles')) return { query: query.text, hits: [], total: 0 };
      const terms = queryTerms(words);
      const { result } = await get('sn_km_api/knowledge/articles', SearchSchema, signal, {
        query: words,
        limit: query.limit,
        language: query.locale?.slice(0, 2) ?? options.language,
        kb: options.kbIds?.join(','),
      });
      const hits = result.articles.map((article, index): SearchHit => {
        const title = article.title.trim();
        const snippet = htmlToText(article.snippet ?? '');
        return {
          kind: 'article',
          // Search answers "kb_knowledge:<sys_id>"; the article endpoint takes the bare sys_id.
          id: article.id.replace(/^kb_knowledge:/, ''),
          title,
          snippet,
          matches: [...findMatchRanges(title, terms, 'title'), ...findMatchRanges(snippet, terms, 'snippet')],
          url: article.link && `${root}/sp${article.link}`,
          score: article.score ?? 1 / (index + 1),
        };
      });
      return { query: query.text, hits, total: result.meta.count };
    },

    async getArticle(id: string, signal?: AbortSignal): Promise<Article> {
      const { result: article } = await get(`sn_km_api/knowledge/articles/${enc(id)}`, ArticleSchema, signal, { fields: 'sys_updated_on,kb_category' });
      return {
        id: article.sys_id,
        title: article.short_description.trim(),
        body: article.content,
        url: `${root}/sp?id=kb_article&sys_id=${article.sys_id}`,
        category: article.fields.kb_category?.display_value || undefined,
        updatedAt: isoDate(article.fields.sys_updated_on.value),
        locale: article.language,
      };
    },

    async listTickets(query: TicketQuery, signal?: AbortSignal): Promise<TicketList> {
      const limit = query.limit ?? 50;
      const words = query.text && queryText(query.text);
      const lists = await Promise.all(
        tables.map(async ([name, callerField]) => {
          const conditions = [`${callerField}=${caller}`, FILTERS[query.filter], words && `short_descriptionLIKE${words}^ORnumberLIKE${words}`];
          const { result, total } = await table(name, `${conditions.filter(Boolean).join('^')}^ORDERBYDESCsys_updated_on`, signal, limit);
          return { tickets: result.map((record) => summary(name, record)), total: Number.isFinite(total) ? total : result.length };
        }),
      );
      const tickets = lists.flatMap((list) => list.tickets).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { tickets: tickets.slice(0, limit), total: lists.reduce((sum, list) => sum + list.total, 0) };
    },

    getTicket,

    addComment: (id: string, body: string, { idempotencyKey, signal }: WriteOptions) => once(idempotencyKey, () => comment(id, body, signal)),

    reopenTicket: (id: string, reason: string, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, () => fromResolved(id, { state: reopen, comments: reason }, signal)),

    confirmResolution: (id: string, { idempotencyKey, signal }: WriteOptions) => once(idempotencyKey, () => fromResolved(id, { state: confirm }, signal)),

    listCatalog: async (query: CatalogQuery, signal?: AbortSignal) => (await catalog()).listCatalog(query, signal),
    getCatalogItem: async (id: string, signal?: AbortSignal) => (await catalog()).getCatalogItem(id, signal),
    submitRequest: async (request: CatalogRequest, write: WriteOptions) => (await catalog()).submitRequest(request, write),

    async searchPeople(name: string, signal?: AbortSignal): Promise<PersonMatch[]> {
      const words = queryText(name);
      if (!words) return [];
      const { result } = await user(`active=true^nameLIKE${words}^ORemailSTARTSWITH${words}`, signal);
      return result.map((person) => ({ id: person.sys_id, name: person.name, email: person.email || undefined, department: person.department || undefined }));
    },
  };
}
