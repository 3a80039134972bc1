/**
 * The generic REST adapter: a thin client of our own contract (`openapi.yaml` beside this file),
 * whose bodies are already the canonical model, so there is nothing to map. Core validates every
 * result (`withValidation`); this file only builds requests.
 */
import {
  AdapterError,
  CAPABILITY_METHODS,
  capabilities as capabilitySet,
  type Capability,
  type CatalogQuery,
  type SearchQuery,
  type ServiceAdapter,
  type TicketQuery,
  type WriteOptions,
} from '../../core/adapter.js';
import { createHttpClient, type HttpClientOptions } from '../../core/http.js';
import type {
  Article,
  ArticleFeedback,
  CatalogItem,
  CatalogList,
  CatalogRequest,
  PersonMatch,
  RequestReceipt,
  SatisfactionReceipt,
  SatisfactionResponse,
  SearchResults,
  SurveyState,
  SurveySubject,
  Ticket,
  TicketEvent,
  TicketList,
} from '../../core/schemas.js';
import type { InsightRecord, Insights, InsightsQuery } from '../../core/insights-schemas.js';

export interface RestAdapterOptions
  extends Pick<HttpClientOptions, 'baseUrl' | 'fetch' | 'headers' | 'getToken' | 'credentials' | 'timeoutMs' | 'retries'> {
  /**
   * What the service implements (default: everything but `watch` and the optional `insights`).
   * Methods of the others are absent, so elements hide those parts.
   */
  capabilities?: readonly Capability[];
}

export const DEFAULT_CAPABILITIES: readonly Capability[] = [
  'search',
  'articles',
  'article-feedback',
  'tickets',
  'comments',
  'reopen',
  'confirm',
  'sla',
  'catalog',
  'requests',
  'people',
  'satisfaction',
  'satisfaction-topics',
  'survey-state',
];

const segment = encodeURIComponent;

export function createRestAdapter(options: RestAdapterOptions): ServiceAdapter {
  const http = createHttpClient(options);
  const enabled = options.capabilities ?? DEFAULT_CAPABILITIES;
  // Last ticket copy and its ETag, so polling a ticket that did not change costs a 304.
  const cache = new Map<string, { etag: string; ticket: Ticket }>();

  const get = async <T>(path: string, query?: Record<string, string | number | undefined>, signal?: AbortSignal) =>
    (await http.get<T>(path, { query, signal })).data;
  const write = async <T>(path: string, body: unknown, { idempotencyKey, signal }: WriteOptions) =>
    (await http.post<T>(path, body, { idempotencyKey, signal })).data;
  const remember = (ticket: Ticket, etag: string | null) => {
    if (etag) cache.set(ticket.id, { etag, ticket });
    else cache.delete(ticket.id);
    return ticket;
  };

  const methods: Partial<ServiceAdapter> = {
    searchKnowledge: (query: SearchQuery, signal?: AbortSignal) =>
      get<SearchResults>(
        'articles/search',
        { q: query.text, limit: query.limit, sources: query.sources.join(','), context: query.context, locale: query.locale },
        signal,
      ),
    getArticle: (id: string, signal?: AbortSignal) => get<Article>(`articles/${segment(id)}`, undefined, signal),
    sendArticleFeedback: async (feedback: ArticleFeedback, writeOptions: WriteOptions) => {
      await http.post(`articles/${segment(feedback.articleId)}/feedback`, feedback, { ...writeOptions, responseType: 'none' });
    },
    listTickets: (query: TicketQuery, signal?: AbortSignal) =>
      get<TicketList>('tickets', { filter: query.filter, q: query.text, limit: query.limit }, signal),
    getTicket: async (id: string, signal?: AbortSignal) => {
      const cached = cache.get(id);
      try {
        const response = await http.get<Ticket>(`tickets/${segment(id)}`, {
          signal,
          headers: cached ? { 'If-None-Match': cached.etag } : undefined,
        });
        return remember(response.data, response.headers.get('ETag'));
      } catch (error) {
        if (cached && error instanceof AdapterError && error.status === 304) return structuredClone(cached.ticket);
        throw error;
      }
    },
    addComment: (ticketId: string, text: string, writeOptions: WriteOptions) =>
      write<TicketEvent>(`tickets/${segment(ticketId)}/comments`, { text }, writeOptions),
    reopenTicket: (ticketId: string, reason: string, writeOptions: WriteOptions) =>
      write<Ticket>(`tickets/${segment(ticketId)}/reopen`, { reason }, writeOptions),
    confirmResolution: (ticketId: string, writeOptions: WriteOptions) =>
      write<Ticket>(`tickets/${segment(ticketId)}/confirm`, undefined, writeOptions),
    listCatalog: (query: CatalogQuery, signal?: AbortSignal) =>
      get<CatalogList>('catalog', { category: query.category, q: query.text }, signal),
    getCatalogItem: (id: string, signal?: AbortSignal) => get<CatalogItem>(`catalog/${segment(id)}`, undefined, signal),
    submitRequest: (request: CatalogRequest, writeOptions: WriteOptions) =>
      write<RequestReceipt>('requests', request, writeOptions),
    searchPeople: (text: string, signal?: AbortSignal) => get<PersonMatch[]>('people', { q: text }, signal),
    submitSatisfaction: (response: SatisfactionResponse, writeOptions: WriteOptions) =>
      write<SatisfactionReceipt>('satisfaction', response, writeOptions),
    getSurveyState: (subject: SurveySubject, signal?: AbortSignal) =>
      get<SurveyState>('satisfaction/state', { subjectType: subject.type, subjectId: subject.id }, signal),
    recordEvents: async (records: readonly InsightRecord[], signal?: AbortSignal) => {
      await http.post('insights/events', { records }, { signal, responseType: 'none' });
    },
    getInsights: ({ from, to, service, topic, backend }: InsightsQuery, signal?: AbortSignal) =>
      get<Insights>('insights', { from, to, service, topic, backend }, signal),
  };

  // A capability is declared only when asked for and implemented here (no push: `watch` is off).
  const declared = enabled.filter((capability) => CAPABILITY_METHODS[capability].every((name) => methods[name]));
  const adapter: Record<string, unknown> = {
    name: 'rest',
    id: `rest:${new URL(options.baseUrl, typeof location === 'undefined' ? undefined : location.href).href}`,
    capabilities: capabilitySet(...declared),
  };
  for (const capability of declared) {
    for (const name of CAPABILITY_METHODS[capability]) adapter[name] = methods[name];
  }
  return adapter as unknown as ServiceAdapter;
}
