/**
 * TOPdesk as an sx-kit backend: the Knowledge Base API for articles, and the Incident Management API
 * for the signed-in person's incidents, their progress trail, actions (comments) and the caller's
 * feedback rating. The HTTP calls and vendor schemas are in client.ts, the mapping in mappers.ts;
 * this file composes them. Reopening, confirming and the catalog are operator-only or not in the
 * public API, so they are off.
 */
import { AdapterError, capabilities, type SearchQuery, type ServiceAdapter, type TicketQuery, type WriteOptions } from '../../core/adapter.js';
import { oncePerKey, withinDedupeWindow } from '../../core/once-per-key.js';
import type { SatisfactionResponse, SurveySubject, TicketEvent, TicketList } from '../../core/schemas.js';
import { queryTerms } from '../../core/search-query.js';
import { createTopdeskClient, type TopdeskClientOptions } from './client.js';
import { toArticle, toFeedback, toSearchResults, toTicket, toTicketEvent, toTicketSummary, toTrailComments, type StatusMap } from './mappers.js';

export interface TopdeskAdapterOptions extends TopdeskClientOptions {
  /** Processing status names (lower case) → state, on top of TOPdesk's standard statuses. */
  statuses?: StatusMap;
}


export function createTopdeskAdapter(options: TopdeskAdapterOptions): ServiceAdapter {
  const client = createTopdeskClient(options);
  const { root } = client;
  const { statuses } = options;
  // The vendor takes no idempotency key for these writes.
  const once = oncePerKey();

  /** Adds an action visible to the caller, unless the person's same action is already there. */
  const comment = async (id: string, text: string, signal?: AbortSignal): Promise<TicketEvent> => {
    const self = await client.me(signal);
    const mine = async () =>
      toTrailComments(await client.trail(id, signal)).findLast(
        (entry) => entry.text?.trim() === text.trim() && entry.personId === self && withinDedupeWindow(entry.at, Date.now()),
      );
    let entry = await mine();
    if (!entry) {
      await client.patchIncident(id, { action: text, actionInvisibleForCaller: false }, false, signal);
      entry = await mine();
    }
    if (!entry) throw new AdapterError('invalid-response', 'TOPdesk did not show the new action.');
    return toTicketEvent(entry);
  };

  return {
    name: 'topdesk',
    id: `topdesk:${root}`,
    capabilities: capabilities('search', 'articles', 'tickets', 'comments', 'sla', 'satisfaction', 'survey-state'),

    async searchKnowledge(query: SearchQuery, signal?: AbortSignal) {
      const terms = queryTerms(query.text.trim() || query.context?.trim() || '');
      if (!terms.length || !query.sources.includes('articles')) return { query: query.text, hits: [], total: 0 };
      const items = await client.knowledgeItems();
      signal?.throwIfAborted();
      return toSearchResults(query.text, terms, items, root, query.limit);
    },

    getArticle: async (id: string, signal?: AbortSignal) => toArticle(await client.knowledgeItem(id, signal), root),

    async listTickets(query: TicketQuery, signal?: AbortSignal): Promise<TicketList> {
      const found = await client.incidents(await client.me(signal), query.filter, query.limit ?? 50, signal);
      const needle = query.text?.trim().toLowerCase();
      const now = Date.now();
      const tickets = found.map((incident) => toTicketSummary(incident, root, now, statuses)).filter((ticket) => !needle || `${ticket.number} ${ticket.title}`.toLowerCase().includes(needle));
      return { tickets, total: tickets.length };
    },

    async getTicket(id: string, signal?: AbortSignal) {
      const [incident, trail] = await Promise.all([client.incident(id, signal), client.trail(id, signal)]);
      return toTicket(incident, trail, root, Date.now(), statuses);
    },

    addComment: (id: string, text: string, { idempotencyKey, signal }: WriteOptions) => once(idempotencyKey, () => comment(id, text, signal)),

    async submitSatisfaction(response: SatisfactionResponse, { signal }: WriteOptions) {
      // The rating replaces the incident's earlier one, so sending it again is harmless.
      await client.patchIncident(response.subject.id, toFeedback(response), true, signal);
      return { id: response.id };
    },

    async getSurveyState(subject: SurveySubject, signal?: AbortSignal) {
      return { answered: subject.type === 'ticket' && (await client.incident(subject.id, signal)).feedbackRating != null, optedOut: false };
    },
  };
}
