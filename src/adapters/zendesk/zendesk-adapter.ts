/**
 * Zendesk as an sx-kit backend, through the APIs an end user may call: Help Center search,
 * articles and votes; the Requests API (a requester's view of tickets); CSAT on tickets; ticket
 * forms and fields as the catalog. The calls live in client.ts (every vendor payload checked with
 * zod/mini), the mapping in mappers.ts; this factory composes them and adds the deduplication
 * Zendesk lacks. The catalog (catalog.ts and its catalog-* modules) loads on first use. Zendesk
 * shows no SLA to requesters, has no "confirm" step (solved tickets close on their own) and no
 * person lookup for end users, so those capabilities are off.
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
  Article,
  ArticleFeedback,
  CatalogRequest,
  SatisfactionReceipt,
  SatisfactionResponse,
  SearchResults,
  Ticket,
  TicketEvent,
  TicketList,
} from '../../core/schemas.js';
import { oncePerKey } from '../../core/once-per-key.js';
import * as api from './client.js';
import { goodOrBad, ownComment, satisfactionBody, searchResults, ticketSummary, zendeskArticle, zendeskTicket } from './mappers.js';
import { loadOnce } from '../../core/load-once.js';

export interface ZendeskAdapterOptions extends api.ZendeskClientOptions {
  /** `acme` for https://acme.zendesk.com; or give `baseUrl` (a proxy, a host-mapped brand). */
  subdomain?: string;
  baseUrl?: string;
  /** Help Center locale for articles and votes (default `en-us`). */
  locale?: string;
  /**
   * A custom ticket field (text) that receives each request's idempotency key, so a request
   * re-sent after a lost answer is found instead of created twice. Without it, a recent request
   * with the same form, subject and description counts as the same request.
   */
  correlationFieldId?: number;
}

const FILTERS = { open: 'new,open,pending,hold', resolved: 'solved,closed', all: undefined };

export function createZendeskAdapter(options: ZendeskAdapterOptions): ServiceAdapter {
  const client = api.createZendeskClient(options);
  const { root } = client;
  // The vendor takes no idempotency key for these writes.
  const once = oncePerKey();

  const getTicket = async (ticketId: string, signal?: AbortSignal): Promise<Ticket> => {
    const [request, comments] = await Promise.all([api.getRequest(client, ticketId, signal), api.getComments(client, ticketId, signal)]);
    return zendeskTicket(request, comments, root);
  };

  /** Posts a public comment (which also reopens a solved request) unless it is already there. */
  const comment = async (ticketId: string, text: string, signal?: AbortSignal): Promise<TicketEvent> => {
    if (!ownComment(await api.getComments(client, ticketId, signal), text, Date.now())) {
      await api.putComment(client, ticketId, text, signal);
    }
    const event = ownComment(await api.getComments(client, ticketId, signal), text, Date.now());
    if (!event) throw new AdapterError('invalid-response', 'Zendesk did not show the new comment.');
    return event;
  };

  // The catalog loads on first use: pages that only search or show tickets never fetch it.
  const catalog = loadOnce(() =>
    import('./catalog.js').then((module) => module.zendeskCatalog({ client, once, correlationFieldId: options.correlationFieldId })),
  );

  return {
    name: 'zendesk',
    id: `zendesk:${root}`,
    capabilities: capabilities('search', 'articles', 'article-feedback', 'tickets', 'comments', 'reopen', 'catalog', 'requests', 'satisfaction'),

    async searchKnowledge(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults> {
      const text = query.text.trim() || query.context?.trim() || '';
      if (!text || !query.sources.includes('articles')) return { query: query.text, hits: [], total: 0 };
      const { results, count } = await api.searchArticles(client, text, query.locale, query.limit, signal);
      return searchResults(query.text, results, count, query.limit);
    },

    getArticle: async (articleId: string, signal?: AbortSignal): Promise<Article> =>
      zendeskArticle(await api.getArticle(client, articleId, signal)),

    async sendArticleFeedback(feedback: ArticleFeedback, { signal }: WriteOptions): Promise<void> {
      // Votes carry no text.
      await api.voteArticle(client, feedback.articleId, feedback.helpful, signal);
    },

    async listTickets(query: TicketQuery, signal?: AbortSignal): Promise<TicketList> {
      const wanted = FILTERS[query.filter];
      const { requests, count } = await api.listRequests(client, { status: wanted, per_page: query.limit }, signal);
      const needle = query.text?.trim().toLowerCase();
      const tickets = requests
        .filter((request) => !wanted || wanted.includes(request.status))
        .map((request) => ticketSummary(request, root))
        .filter((ticket) => !needle || `${ticket.number} ${ticket.title}`.toLowerCase().includes(needle));
      const complete = !needle && tickets.length === requests.length;
      return { tickets, total: complete ? (count ?? tickets.length) : tickets.length };
    },

    getTicket,

    addComment: (ticketId: string, text: string, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, () => comment(ticketId, text, signal)),

    async reopenTicket(ticketId: string, reason: string, { idempotencyKey, signal }: WriteOptions): Promise<Ticket> {
      await once(idempotencyKey, () => comment(ticketId, reason, signal));
      return getTicket(ticketId, signal);
    },

    listCatalog: async (query: CatalogQuery, signal?: AbortSignal) => (await catalog()).listCatalog(query, signal),
    getCatalogItem: async (formId: string, signal?: AbortSignal) => (await catalog()).getCatalogItem(formId, signal),
    submitRequest: async (request: CatalogRequest, write: WriteOptions) => (await catalog()).submitRequest(request, write),

    async submitSatisfaction(response: SatisfactionResponse, { signal }: WriteOptions): Promise<SatisfactionReceipt> {
      if (response.subject.type !== 'ticket') {
        throw new AdapterError('invalid-response', 'Zendesk stores satisfaction only for tickets.');
      }
      const score = goodOrBad(response);
      // Zendesk stores only good or bad: a neutral answer is not turned into either.
      if (score) await api.postSatisfaction(client, response.subject.id, satisfactionBody(score, response.comment), signal);
      return { id: response.id };
    },
  };
}
