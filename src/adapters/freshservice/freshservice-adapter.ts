/**
 * Freshservice as an sx-kit backend, for one requester: solution articles (search and read), the
 * requester's tickets with their public conversations, public notes as comments, reopening and
 * confirming through the ticket status, and the service catalog (items, custom fields, placing a
 * request; catalog.ts, loaded on first use). The HTTP calls are in client.ts (every vendor payload
 * checked with zod/mini), the mapping in mappers.ts; this factory composes them and adds the
 * deduplication Freshservice lacks. Freshservice's CSAT is read-only in its API: `survey-state`
 * tells whether the requester answered Freshservice's own survey, but there is no `satisfaction`.
 * There is no push (core polls) and no people lookup for requesters.
 */
import { AdapterError, capabilities, type CatalogQuery, type SearchQuery, type ServiceAdapter, type TicketQuery, type WriteOptions } from '../../core/adapter.js';
import { loadOnce } from '../../core/load-once.js';
import { oncePerKey } from '../../core/once-per-key.js';
import type { CatalogRequest, SurveySubject, Ticket, TicketEvent, TicketList } from '../../core/schemas.js';
import { queryTerms } from '../../core/search-query.js';
import { createFreshserviceClient, type FreshserviceClientOptions } from './client.js';
import { noteHtml, ownNote, ticketQuery, ticketState, toArticle, toComments, toSearchResults, toTicket, toTicketSummary, type StatusMap } from './mappers.js';
import type { FreshserviceTicket } from './vendor-schemas.js';

export interface FreshserviceAdapterOptions extends FreshserviceClientOptions {
  /** Your account's own status numbers → [state, label], on top of 2 Open, 3 Pending, 4 Resolved, 5 Closed. */
  statuses?: StatusMap;
  /** Status numbers written to reopen (default 2, Open) and to confirm (default 5, Closed) a resolved ticket. */
  states?: { reopen?: number; confirm?: number };
  /** ISO 4217 currency of the account, to show item costs (Freshservice sends bare numbers); without it no cost is shown. */
  currency?: string;
}

/** Tickets per page of the filter API; it takes no `per_page`. */
const PAGE = 30;
const MAX_PAGES = 10;

export function createFreshserviceAdapter(options: FreshserviceAdapterOptions): ServiceAdapter {
  const client = createFreshserviceClient(options);
  const { portal } = client;
  const { statuses } = options;
  const { reopen = 2, confirm = 5 } = options.states ?? {};
  // The vendor takes no idempotency key for these writes.
  const once = oncePerKey();
  const summary = (ticket: FreshserviceTicket) => toTicketSummary(ticket, portal, Date.now(), statuses);

  const getTicket = async (id: string, signal?: AbortSignal): Promise<Ticket> => {
    const [ticket, conversations, me] = await Promise.all([client.ticket(id, signal), client.conversations(id, signal), client.me(signal)]);
    return toTicket(ticket, conversations, me, portal, Date.now(), statuses);
  };

  /** Adds a public note as the requester, unless their same note is already there (a re-sent write). */
  const comment = async (id: string, text: string, signal?: AbortSignal): Promise<TicketEvent> => {
    const me = await client.me(signal);
    const note = ownNote(await client.conversations(id, signal), me, text, Date.now()) ?? (await client.addNote(id, noteHtml(text), me.id, signal));
    const [event] = toComments([note], me);
    if (!event) throw new AdapterError('invalid-response', 'Freshservice did not show the new note.');
    return event;
  };

  /** Writes `status` to a resolved ticket; a replay finds it no longer resolved and does nothing. */
  const fromResolved = async (id: string, status: number, signal?: AbortSignal) => {
    if (ticketState(await client.ticket(id, signal), statuses)[0] === 'resolved') await client.setStatus(id, status, signal);
    return getTicket(id, signal);
  };

  // The catalog loads on first use: pages that only search or show tickets never fetch it.
  const catalog = loadOnce(() => import('./catalog.js').then((module) => module.freshserviceCatalog({ client, once, summary, currency: options.currency })));

  return {
    name: 'freshservice',
    id: `freshservice:${portal}`,
    capabilities: capabilities('search', 'articles', 'tickets', 'comments', 'reopen', 'confirm', 'sla', 'catalog', 'requests', 'survey-state'),

    async searchKnowledge(query: SearchQuery, signal?: AbortSignal) {
      const text = query.text.trim() || query.context?.trim() || '';
      if (!text || !query.sources.includes('articles')) return { query: query.text, hits: [], total: 0 };
      const { articles, meta } = await client.searchArticles(text, query.limit, signal);
      return toSearchResults(query.text, queryTerms(text), articles, portal, meta?.total_items, query.limit);
    },

    getArticle: async (id: string, signal?: AbortSignal) => toArticle(await client.article(id, signal), portal),

    async listTickets(query: TicketQuery, signal?: AbortSignal): Promise<TicketList> {
      const limit = query.limit ?? 50;
      const filter = ticketQuery(await client.meId(signal), query.filter, statuses, client.workspaceId);
      const found: FreshserviceTicket[] = [];
      let total = 0;
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { tickets, total: count } = await client.tickets(filter, page, signal);
        found.push(...tickets);
        total = count ?? found.length;
        if (tickets.length < PAGE || found.length >= Math.min(limit, total)) break;
      }
      const needle = query.text?.trim().toLowerCase();
      const tickets = found
        .map(summary)
        .filter((ticket) => !needle || `${ticket.number} ${ticket.title}`.toLowerCase().includes(needle))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { tickets: tickets.slice(0, limit), total: needle ? tickets.length : Math.max(total, found.length) };
    },

    getTicket,

    addComment: (id: string, text: string, { idempotencyKey, signal }: WriteOptions) => once(idempotencyKey, () => comment(id, text, signal)),

    reopenTicket: (id: string, reason: string, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, async () => {
        await comment(id, reason, signal);
        return fromResolved(id, reopen, signal);
      }),

    confirmResolution: (id: string, { idempotencyKey, signal }: WriteOptions) => once(idempotencyKey, () => fromResolved(id, confirm, signal)),

    listCatalog: async (query: CatalogQuery, signal?: AbortSignal) => (await catalog()).listCatalog(query, signal),
    getCatalogItem: async (id: string, signal?: AbortSignal) => (await catalog()).getCatalogItem(id, signal),
    submitRequest: async (request: CatalogRequest, write: WriteOptions) => (await catalog()).submitRequest(request, write),

    getSurveyState: async (subject: SurveySubject, signal?: AbortSignal) => ({
      answered: subject.type === 'ticket' && (await client.csatResponse(subject.id, signal)),
      optedOut: false,
    }),
  };
}
