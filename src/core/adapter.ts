/**
 * The contract between elements and backends (DESIGN section 4). Elements call these methods
 * only through the validated handle from `withValidation`; adapters map vendor payloads onto the
 * canonical model. A method whose capability the backend lacks is absent, and `capabilities`
 * says so, so elements can hide that part instead of failing.
 */
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
  SearchSource,
  SurveyState,
  SurveySubject,
  Ticket,
  TicketEvent,
  TicketList,
} from './schemas.js';
import type { InsightRecord, Insights, InsightsQuery } from './insights-schemas.js';

export const CAPABILITIES = [
  'search',
  'articles',
  'article-feedback',
  'tickets',
  'comments',
  'reopen',
  'confirm',
  'watch',
  'sla',
  'catalog',
  'requests',
  'people',
  'satisfaction',
  'satisfaction-topics',
  'survey-state',
  'insights',
] as const;
export type Capability = (typeof CAPABILITIES)[number];
export type Capabilities = Readonly<Record<Capability, boolean>>;

/** Which method each capability promises; the contract suite checks the two agree. */
export const CAPABILITY_METHODS: Readonly<Record<Capability, readonly (keyof ServiceAdapter)[]>> = {
  search: ['searchKnowledge'],
  articles: ['getArticle'],
  'article-feedback': ['sendArticleFeedback'],
  tickets: ['listTickets', 'getTicket'],
  comments: ['addComment'],
  reopen: ['reopenTicket'],
  confirm: ['confirmResolution'],
  watch: ['watchTicket'],
  sla: [],
  catalog: ['listCatalog', 'getCatalogItem'],
  requests: ['submitRequest'],
  people: ['searchPeople'],
  satisfaction: ['submitSatisfaction'],
  // Answers about a topic (an experience pulse), not only about a ticket; many desks rate tickets only.
  'satisfaction-topics': [],
  'survey-state': ['getSurveyState'],
  // The kit's own records and their aggregates (<sx-insights>); vendor adapters leave it out.
  insights: ['recordEvents', 'getInsights'],
};

export const ERROR_KINDS = [
  'network',
  'timeout',
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'conflict',
  'invalid-response',
  'server',
] as const;
export type AdapterErrorKind = (typeof ERROR_KINDS)[number];

/** Kinds worth retrying automatically: the same request may succeed later. */
const TRANSIENT: ReadonlySet<AdapterErrorKind> = new Set(['network', 'timeout', 'rate-limited', 'server']);

export interface ValidationIssue {
  path: string;
  message: string;
}

export interface AdapterErrorOptions {
  status?: number;
  /** Seconds the backend asked us to wait (Retry-After). */
  retryAfter?: number;
  issues?: readonly ValidationIssue[];
  cause?: unknown;
}

export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly kind: AdapterErrorKind;
  readonly status?: number;
  readonly retryAfter?: number;
  readonly issues: readonly ValidationIssue[];

  constructor(kind: AdapterErrorKind, message: string, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.retryAfter = options.retryAfter;
    this.issues = options.issues ?? [];
  }

  get transient(): boolean {
    return TRANSIENT.has(this.kind);
  }
}

export function isAdapterError(value: unknown): value is AdapterError {
  return value instanceof AdapterError;
}

export function isAbortError(value: unknown): boolean {
  return value instanceof DOMException && value.name === 'AbortError';
}

/** Chromium, Firefox and Safari's messages for a failed fetch or module load. */
const NETWORK_FAILURE = /fetch|network|load failed|import/i;

/** Any failure as an AdapterError (aborts excepted: callers rethrow those untouched). */
export function toAdapterError(error: unknown): AdapterError {
  if (error instanceof AdapterError) return error;
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new AdapterError('timeout', 'The request took too long.', { cause: error });
  }
  // fetch() and import() reject with a TypeError when the network fails; any other TypeError is
  // code tripping over an answer it did not expect (an empty body, a missing field).
  if (error instanceof TypeError) {
    return NETWORK_FAILURE.test(error.message)
      ? new AdapterError('network', 'The service could not be reached.', { cause: error })
      : new AdapterError('invalid-response', `The answer could not be read: ${error.message}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AdapterError('server', message, { cause: error });
}

export interface SearchQuery {
  text: string;
  limit: number;
  sources: readonly SearchSource[];
  /** Page context ("vpn", "onboarding") used to suggest articles before anything is typed. */
  context?: string;
  locale?: string;
}

export interface TicketQuery {
  filter: 'open' | 'resolved' | 'all';
  /** Matches the number or words of the title. */
  text?: string;
  limit?: number;
}

export interface CatalogQuery {
  category?: string;
  text?: string;
}

/** Options of every write: the key makes a repeated send of the same write a no-op. */
export interface WriteOptions {
  idempotencyKey: string;
  signal?: AbortSignal;
}

export interface ServiceAdapter {
  /** Short name of the backend kind ("memory", "servicenow"). */
  readonly name: string;
  /**
   * Stable identity of this backend instance (kind plus location). Queued writes belong to it, so
   * a write queued for one backend is never delivered to another.
   */
  readonly id: string;
  readonly capabilities: Capabilities;

  searchKnowledge?(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults>;
  getArticle?(id: string, signal?: AbortSignal): Promise<Article>;
  sendArticleFeedback?(feedback: ArticleFeedback, options: WriteOptions): Promise<void>;

  listTickets?(query: TicketQuery, signal?: AbortSignal): Promise<TicketList>;
  getTicket?(id: string, signal?: AbortSignal): Promise<Ticket>;
  addComment?(ticketId: string, text: string, options: WriteOptions): Promise<TicketEvent>;
  reopenTicket?(ticketId: string, reason: string, options: WriteOptions): Promise<Ticket>;
  confirmResolution?(ticketId: string, options: WriteOptions): Promise<Ticket>;
  /** Push updates; calls `onChange` with the whole ticket until `signal` aborts. */
  watchTicket?(ticketId: string, onChange: (ticket: Ticket) => void, signal: AbortSignal): void;

  listCatalog?(query: CatalogQuery, signal?: AbortSignal): Promise<CatalogList>;
  getCatalogItem?(id: string, signal?: AbortSignal): Promise<CatalogItem>;
  submitRequest?(request: CatalogRequest, options: WriteOptions): Promise<RequestReceipt>;
  searchPeople?(text: string, signal?: AbortSignal): Promise<PersonMatch[]>;

  submitSatisfaction?(response: SatisfactionResponse, options: WriteOptions): Promise<SatisfactionReceipt>;
  getSurveyState?(subject: SurveySubject, signal?: AbortSignal): Promise<SurveyState>;

  /** Stores emitted records (deduplicated by id); analytics, so not queued in the outbox. */
  recordEvents?(records: readonly InsightRecord[], signal?: AbortSignal): Promise<void>;
  /** The figures of <sx-insights> for a period [from, to) and optional filters. */
  getInsights?(query: InsightsQuery, signal?: AbortSignal): Promise<Insights>;
}

/** Capabilities object from a list, every other capability false. */
export function capabilities(...enabled: Capability[]): Capabilities {
  const result = {} as Record<Capability, boolean>;
  for (const capability of CAPABILITIES) result[capability] = enabled.includes(capability);
  return result;
}
