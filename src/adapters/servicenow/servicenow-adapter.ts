/**
 * ServiceNow as an sx-kit backend: the Knowledge Management API for articles, the Table API for the
 * person's incidents and requested items (journal comments, task SLAs), and the Service Catalog API
 * for items and `order_now`. The HTTP calls and vendor schemas are in client.ts, the mapping in
 * mappers.ts; this file composes them. ServiceNow's surveys are not reachable through these APIs,
 * so satisfaction is off.
 */
import { AdapterError, capabilities, type SearchQuery, type ServiceAdapter, type TicketQuery, type WriteOptions } from '../../core/adapter.js';
import { oncePerKey, withinDedupeWindow } from '../../core/once-per-key.js';
import type { CatalogRequest, Ticket, TicketEvent, TicketList } from '../../core/schemas.js';
import { createServiceNowClient, queryText, type ServiceNowClientOptions } from './client.js';
import { agentUserNames, isoDate, ticketState, toArticle, toCommentEvent, toPersonMatch, toSearchResults, toTicket, toTicketSummary } from './mappers.js';
import { loadOnce } from '../../core/load-once.js';

export interface ServiceNowAdapterOptions extends ServiceNowClientOptions {
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


/**
 * For reads a requester's role may lack (task_sla, sys_user): without access there is no SLA to
 * show and agents show by user name, instead of the whole ticket failing.
 */
const unlessForbidden = (error: unknown): undefined => {
  if (!(error instanceof AdapterError && error.kind === 'forbidden')) throw error;
};

export function createServiceNowAdapter(options: ServiceNowAdapterOptions): ServiceAdapter {
  const client = createServiceNowClient(options);
  const { root } = client;
  const tables = Object.entries(options.ticketTables ?? { incident: 'caller_id', sc_req_item: 'opened_by' });
  const caller = options.callerFilter ?? 'javascript:gs.getUserID()';
  const { confirm = '7', reopen = '2' } = options.states ?? {};
  // The vendor takes no idempotency key for these writes.
  const once = oncePerKey();

  const getTicket = async (id: string, signal?: AbortSignal): Promise<Ticket> => {
    const found = await client.findTicket(tables, id, signal);
    const [journal, slas] = await Promise.all([client.journal(found.sysId, signal), client.taskSlas(found.sysId, signal).catch(unlessForbidden)]);
    const agents = agentUserNames(journal, found.requester);
    const people = agents.length ? await client.users(`user_nameIN${agents}`, signal).catch(unlessForbidden) : undefined;
    return toTicket(found, root, journal, people, slas);
  };

  /** Adds a public comment unless the person's same comment is already there (a re-sent write). */
  const comment = async (id: string, body: string, signal?: AbortSignal): Promise<TicketEvent> => {
    const { table, sysId, requester, requesterName } = await client.findTicket(tables, id, signal);
    const mine = async () =>
      (await client.journal(sysId, signal)).findLast(
        (entry) =>
          entry.value.trim() === body.trim() &&
          (!requester || entry.sys_created_by === requester) &&
          withinDedupeWindow(isoDate(entry.sys_created_on), Date.now()),
      );
    let entry = await mine();
    if (!entry) {
      await client.patch(table, sysId, { comments: body }, signal);
      entry = await mine();
    }
    if (!entry) throw new AdapterError('invalid-response', 'ServiceNow did not show the new comment.');
    return toCommentEvent(entry, requesterName || entry.sys_created_by, false);
  };

  /** Writes `body` to a resolved incident; a replay finds it no longer resolved and does nothing. */
  const fromResolved = async (id: string, body: Record<string, string>, signal?: AbortSignal) => {
    const { table, record, sysId } = await client.findTicket(tables, id, signal);
    if (ticketState(table, record)[0] === 'resolved') await client.patch(table, sysId, body, signal);
    return getTicket(id, signal);
  };

  // The catalog loads on first use: pages that only search or show tickets never fetch it.
  const catalog = loadOnce(() =>
    import('./catalog.js').then((module) =>
      module.serviceNowCatalog({ client, summary: (table, record) => toTicketSummary(table, record, root), once, caller, correlationVariable: options.correlationVariable ?? 'sx_request_key' }),
    ));

  return {
    name: 'servicenow',
    id: `servicenow:${root}`,
    capabilities: capabilities('search', 'articles', 'tickets', 'comments', 'reopen', 'confirm', 'sla', 'catalog', 'requests', 'people'),

    async searchKnowledge(query: SearchQuery, signal?: AbortSignal) {
      const words = query.text.trim() || query.context?.trim() || '';
      if (!words || !query.sources.includes('articles')) return { query: query.text, hits: [], total: 0 };
      const found = await client.searchArticles({ query: words, limit: query.limit, language: query.locale?.slice(0, 2) ?? options.language, kb: options.kbIds?.join(',') }, signal);
      return toSearchResults(query.text, words, found, root);
    },

    getArticle: async (id: string, signal?: AbortSignal) => toArticle(await client.article(id, signal), root),

    async listTickets(query: TicketQuery, signal?: AbortSignal): Promise<TicketList> {
      const limit = query.limit ?? 50;
      const lists = await Promise.all(
        tables.map(async ([table, callerField]) => {
          const { result, total } = await client.tickets(table, callerField, caller, query.filter, query.text, limit, signal);
          return { tickets: result.map((record) => toTicketSummary(table, record, root)), total: Number.isFinite(total) ? total : result.length };
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

    listCatalog: async (query, signal) => (await catalog()).listCatalog(query, signal),
    getCatalogItem: async (id, signal) => (await catalog()).getCatalogItem(id, signal),
    submitRequest: async (request: CatalogRequest, write: WriteOptions) => (await catalog()).submitRequest(request, write),

    async searchPeople(name: string, signal?: AbortSignal) {
      const words = queryText(name);
      return words ? (await client.users(`active=true^nameLIKE${words}^ORemailSTARTSWITH${words}`, signal)).map(toPersonMatch) : [];
    },
  };
}
