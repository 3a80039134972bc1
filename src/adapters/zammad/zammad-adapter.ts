/**
 * Zammad as an sx-kit backend, through what a customer may call in REST API v1: knowledge base
 * search and answers; their tickets with public articles; a reply as a web article; closing a
 * solved (`pending close`) ticket and reopening it, within the group's follow-up rule. The HTTP
 * calls and vendor schemas are in client.ts, the mapping in mappers.ts; this file composes them.
 * Zammad has no service catalog, no satisfaction store and no SLA a customer sees, so those
 * capabilities are off (a rating still reaches the page's analytics records).
 */
import { AdapterError, capabilities, type SearchQuery, type ServiceAdapter, type TicketQuery, type WriteOptions } from '../../core/adapter.js';
import { oncePerKey } from '../../core/once-per-key.js';
import type { Ticket, TicketEvent, TicketList } from '../../core/schemas.js';
import { queryTerms } from '../../core/search-query.js';
import { isClosedState, isOpenState } from '../../core/ticket-states.js';
import { createZammadClient, type ZammadClientOptions } from './client.js';
import { ownArticle, pickTranslation, toArticle, toArticleEvent, toSearchResults, toTicket, toTicketSummary, type FollowUpRules, type StateMap } from './mappers.js';

export interface ZammadAdapterOptions extends ZammadClientOptions {
  /** Where people open tickets and answers in Zammad, when `baseUrl` is an API proxy (default: `baseUrl`). */
  portalUrl?: string;
  /** State names (lower case) → stage, for a desk's own states on top of Zammad's seeded ones. */
  states?: StateMap;
  /** Each group's follow-up setting (customers cannot read groups); unnamed groups: Zammad's default, `yes`. */
  followUp?: FollowUpRules;
}

const FILTERS = { open: isOpenState, resolved: isClosedState, all: () => true };

export function createZammadAdapter(options: ZammadAdapterOptions): ServiceAdapter {
  const client = createZammadClient(options);
  const { root } = client;
  const portal = options.portalUrl?.replace(/\/+$/, '') ?? root;
  const { states, followUp } = options;
  // The vendor takes no idempotency key for these writes.
  const once = oncePerKey();

  const getTicket = async (ticketId: string, signal?: AbortSignal): Promise<Ticket> => {
    const [ticket, articles] = await Promise.all([client.ticket(ticketId, signal), client.articles(ticketId, signal)]);
    return toTicket(ticket, articles, portal, Date.now(), states, followUp);
  };
  const mine = async (ticketId: string, text: string, signal?: AbortSignal) =>
    ownArticle(await client.articles(ticketId, signal), text, await client.me(signal), Date.now());

  /** Zammad refuses a follow-up on a closed ticket that the group forbids with 422: the customer may not, so it is not retried. */
  const refusalAsForbidden = (error: unknown) => {
    throw error instanceof AdapterError && error.status === 422 ? new AdapterError('forbidden', error.message, { status: 422, cause: error }) : error;
  };

  /** Adds a web article unless the user's same article is already there (a write re-sent after a lost answer). */
  const comment = async (ticketId: string, text: string, signal?: AbortSignal): Promise<TicketEvent> => {
    const event = (await mine(ticketId, text, signal)) ?? toArticleEvent(await client.addArticle(ticketId, text, signal).catch(refusalAsForbidden));
    if (!event) throw new AdapterError('invalid-response', 'Zammad answered the new article as one the customer may not see.');
    return event;
  };

  /** Sets the state (with an article), as a customer may. */
  const changeState = async (ticketId: string, state: string, article: string | undefined, signal?: AbortSignal) => {
    await client.updateTicket(ticketId, state, article, signal).catch(refusalAsForbidden);
    return getTicket(ticketId, signal);
  };

  return {
    name: 'zammad',
    id: `zammad:${root}`,
    capabilities: capabilities('search', 'articles', 'tickets', 'comments', 'reopen', 'confirm'),

    async searchKnowledge(query: SearchQuery, signal?: AbortSignal) {
      const text = query.text.trim() || query.context?.trim() || '';
      if (!text || !query.sources.includes('articles')) return { query: query.text, hits: [], total: 0 };
      const { details } = await client.search(text, query.limit, signal);
      return toSearchResults(query.text, queryTerms(text), details, portal, query.limit);
    },

    async getArticle(id: string, signal?: AbortSignal) {
      const [answerId = '', translationId] = id.split(':');
      // Zammad's own search asks for a translation's content by the translation id; when the two differ, ask again.
      let { assets } = await client.answer(answerId, translationId, signal);
      const { content_id } = pickTranslation(assets, id);
      if (!assets.KnowledgeBaseAnswerTranslationContent?.[content_id]) ({ assets } = await client.answer(answerId, content_id, signal));
      return toArticle(assets, id, portal, options.locale);
    },

    async listTickets(query: TicketQuery, signal?: AbortSignal): Promise<TicketList> {
      const now = Date.now();
      const needle = query.text?.trim().toLowerCase();
      const tickets = (await client.tickets(signal))
        .map((ticket) => toTicketSummary(ticket, portal, now, states, followUp))
        .filter((ticket) => FILTERS[query.filter](ticket.state) && (!needle || `${ticket.number} ${ticket.title}`.toLowerCase().includes(needle)))
        .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
      return { tickets: tickets.slice(0, query.limit), total: tickets.length };
    },

    getTicket,

    addComment: (ticketId: string, text: string, { idempotencyKey, signal }: WriteOptions) => once(idempotencyKey, () => comment(ticketId, text, signal)),

    reopenTicket: (ticketId: string, reason: string, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, async () => {
        const ticket = await getTicket(ticketId, signal);
        // Already reopened with this reason (an answer lost on the way): nothing to send again.
        if (isOpenState(ticket.state) && (await mine(ticketId, reason, signal))) return ticket;
        return changeState(ticketId, 'open', reason, signal);
      }),

    // Closing twice is closing once.
    confirmResolution: (ticketId: string, { signal }: WriteOptions) => changeState(ticketId, 'closed', undefined, signal),
  };
}
