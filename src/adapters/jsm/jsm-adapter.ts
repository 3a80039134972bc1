/**
 * Jira Service Management as an sx-kit backend, through `/rest/servicedeskapi` as a customer sees
 * it: knowledge base search, the person's requests with public comments, status history and
 * customer transitions, CSAT feedback, and request types with their fields as the catalog. The
 * calls live in client.ts (every vendor payload checked with zod/mini), the mapping in mappers.ts;
 * this factory composes them and adds the deduplication JSM lacks. The catalog (catalog.ts and its
 * catalog-* modules) loads on first use.
 * Customers cannot read SLAs (agent-only) or priorities, and the knowledge base hands out an
 * iframe URL instead of an article body, so the `sla` and `articles` capabilities are off: hits
 * link out to the article instead.
 */
import {
  AdapterError,
  capabilities,
  type CatalogQuery,
  type SearchQuery,
  type ServiceAdapter,
  type TicketQuery,
  type WriteOptions,
} from '../../core/adapter.js';
import type {
  CatalogRequest,
  SatisfactionReceipt,
  SatisfactionResponse,
  SearchResults,
  SurveyState,
  SurveySubject,
  Ticket,
  TicketEvent,
  TicketList,
  TicketState,
} from '../../core/schemas.js';
import { isClosedState } from '../../core/ticket-states.js';
import { oncePerKey, withinDedupeWindow } from '../../core/once-per-key.js';
import * as api from './client.js';
import { commentEvent, feedbackBody, instant, jsmRating, jsmTicket, searchResults, ticketSummary, type JsmRules } from './mappers.js';
import { loadOnce } from '../../core/load-once.js';

export interface JsmAdapterOptions extends api.JsmClientOptions {
  /**
   * `https://acme.atlassian.net`, a same-origin proxy (`/jira`), or
   * `https://api.atlassian.com/ex/jira/{cloudId}` for OAuth 2.0 (3LO) tokens.
   */
  siteUrl: string;
  /** Scopes knowledge, requests and the catalog to one service desk; the catalog needs it. */
  serviceDeskId?: string | number;
  /** Status names, exactly as JSM writes them, mapped to a state ahead of the built-in rules. */
  statusMap?: Readonly<Record<string, TicketState>>;
  /** Name of the customer transition that confirms a resolution. */
  confirmTransition?: RegExp;
  /** Name of the customer transition that reopens a request. */
  reopenTransition?: RegExp;
}

const FILTERS = { open: 'OPEN_REQUESTS', resolved: 'CLOSED_REQUESTS', all: 'ALL_REQUESTS' } as const;

export function createJsmAdapter(options: JsmAdapterOptions): ServiceAdapter {
  const client = api.createJsmClient(options);
  const { root, desk } = client;
  const rules: JsmRules = {
    statusMap: options.statusMap,
    confirm: options.confirmTransition ?? /resolve|done|close|confirm/i,
    reopen: options.reopenTransition ?? /reopen|back to|still/i,
  };
  // The vendor takes no idempotency key for these writes.
  const once = oncePerKey();

  const getTicket = async (key: string, signal?: AbortSignal): Promise<Ticket> => {
    const [request, comments, history, transitions] = await Promise.all([
      api.getRequest(client, key, signal),
      api.getComments(client, key, signal),
      api.getStatusHistory(client, key, signal),
      api.getTransitions(client, key, signal),
    ]);
    return jsmTicket(request, comments, history, transitions, rules);
  };

  /** Posts a public comment unless the same text arrived from this person's side a moment ago. */
  const comment = async (key: string, body: string, signal?: AbortSignal): Promise<TicketEvent> => {
    const now = Date.now();
    const earlier = (await api.getComments(client, key, signal)).findLast(
      (candidate) => candidate.body.trim() === body.trim() && withinDedupeWindow(instant(candidate.created), now),
    );
    return commentEvent(earlier ?? (await api.postComment(client, key, body, signal)));
  };

  /**
   * Performs the customer transition whose name matches; when none is offered, a ticket already
   * in the wanted state (a replay after success) is fine, anything else is a conflict.
   */
  const transition = async (key: string, pattern: RegExp, reached: (state: TicketState) => boolean, signal?: AbortSignal, reason?: string) => {
    const match = (await api.getTransitions(client, key, signal)).find((candidate) => pattern.test(candidate.name));
    if (match) await api.postTransition(client, key, match.id, reason, signal);
    const ticket = await getTicket(key, signal);
    if (!match && !reached(ticket.state)) throw new AdapterError('conflict', `No JSM transition ${pattern} on ${key}`);
    return ticket;
  };

  const adapter: ServiceAdapter = {
    name: 'jsm',
    id: `jsm:${root}`,
    capabilities: capabilities(
      'search',
      'tickets',
      'comments',
      'reopen',
      'confirm',
      'satisfaction',
      'survey-state',
      ...(desk === undefined ? [] : (['catalog', 'requests'] as const)),
    ),

    async searchKnowledge(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults> {
      const text = query.text.trim() || query.context?.trim() || '';
      if (!text || !query.sources.includes('articles')) return { query: query.text, hits: [], total: 0 };
      return searchResults(query.text, await api.searchArticles(client, text, query.limit, signal), query.limit);
    },

    async listTickets(query: TicketQuery, signal?: AbortSignal): Promise<TicketList> {
      const { values } = await api.listRequests(
        client,
        { requestStatus: FILTERS[query.filter], searchTerm: query.text?.trim() || undefined, expand: 'action', limit: query.limit },
        signal,
      );
      // The list does not ask for transitions (one call per request): only a ticket knows reopen/confirm.
      const tickets = values.map((request) => ticketSummary(request, rules));
      // A status map may call an open JSM status "resolved": the open list must not show it.
      const shown = query.filter === 'open' ? tickets.filter((ticket) => !isClosedState(ticket.state)) : tickets;
      return { tickets: shown, total: shown.length };
    },

    getTicket,

    addComment: (ticketId: string, body: string, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, () => comment(ticketId, body, signal)),

    reopenTicket: (ticketId: string, reason: string, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, () => transition(ticketId, rules.reopen, (state) => !isClosedState(state), signal, reason)),

    confirmResolution: (ticketId: string, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, () => transition(ticketId, rules.confirm, (state) => state === 'closed', signal)),

    submitSatisfaction: (response: SatisfactionResponse, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, async (): Promise<SatisfactionReceipt> => {
        const rating = jsmRating(response);
        const key = response.subject.id;
        // A replay finds its rating stored and sends nothing.
        if ((await api.getFeedback(client, key, signal))?.rating !== rating) {
          await api.postFeedback(client, key, feedbackBody(rating, response.comment), signal);
        }
        return { id: response.id };
      }),

    async getSurveyState(subject: SurveySubject, signal?: AbortSignal): Promise<SurveyState> {
      const stored = subject.type === 'ticket' ? await api.getFeedback(client, subject.id, signal) : undefined;
      return { answered: stored?.rating !== undefined, optedOut: false };
    },
  };
  if (desk === undefined) return adapter;

  // The catalog loads on first use: pages that only search or show tickets never fetch it.
  const catalog = loadOnce(() => import('./catalog.js').then((module) => module.jsmCatalog({ client: { ...client, desk }, rules, once })));

  return {
    ...adapter,
    listCatalog: async (query: CatalogQuery, signal?: AbortSignal) => (await catalog()).listCatalog(query, signal),
    getCatalogItem: async (typeId: string, signal?: AbortSignal) => (await catalog()).getCatalogItem(typeId, signal),
    submitRequest: async (request: CatalogRequest, write: WriteOptions) => (await catalog()).submitRequest(request, write),
  };
}
