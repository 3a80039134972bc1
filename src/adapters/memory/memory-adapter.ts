/**
 * The embedded backend: every capability, realistic seed data, state kept in IndexedDB, and knobs
 * for latency and faults so that demos and tests can show every state without a server.
 */
import {
  AdapterError,
  CAPABILITIES,
  capabilities,
  type AdapterErrorKind,
  type CatalogQuery,
  type SearchQuery,
  type ServiceAdapter,
  type TicketQuery,
  type WriteOptions,
} from '../../core/adapter.js';
import { sleep } from '../../core/backoff.js';
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
  TicketState,
  TicketSummary,
} from '../../core/schemas.js';
import type { InsightRecord, Insights, InsightsQuery } from '../../core/insights-schemas.js';
import { normalise } from '../../core/search-query.js';
import { DEFAULT_STATE_LABELS, isOpenState } from '../../core/ticket-states.js';
import type { InsightsStore } from './insights-store.js';
import { PhrasingLearning, type PhrasingScore } from './learned-phrasings.js';
import { SearchIndex } from './search-index.js';
import { openStore, type KeyValueStore } from './store.js';

export interface MemoryData {
  articles: Article[];
  catalog: CatalogItem[];
  categories: { id: string; name: string }[];
  tickets: Ticket[];
  people: PersonMatch[];
}

export type MemoryOperation = Exclude<
  keyof ServiceAdapter,
  'name' | 'id' | 'capabilities' | 'watchTicket'
>;

/** A fault to inject: an error kind, or `malformed` for a payload that fails validation. */
export interface MemoryFault {
  kind: AdapterErrorKind | 'malformed';
  /** Only this operation fails; all operations when omitted. */
  operation?: MemoryOperation;
  /** Fail this many times, then succeed (default: until the fault is removed). */
  times?: number;
  /** For `rate-limited`: seconds to ask the caller to wait. */
  retryAfter?: number;
}

export interface MemoryAdapterOptions extends Partial<MemoryData> {
  /** Simulated round-trip time in milliseconds (a number, or a [min, max] range). */
  latency?: number | [number, number];
  faults?: MemoryFault[];
  /** IndexedDB database name; distinct names give independent backends. */
  dbName?: string;
  /** Keep state across reloads (default true). */
  persist?: boolean;
  /** The clock, for seed times and new events. */
  now?: () => Date;
  /** Who rates articles here: one person's votes on a phrasing count once (default: the seeded requester). */
  person?: string;
  /** Seed months of insights records for the demo (default true). */
  seedInsights?: boolean;
}

export interface AgentUpdate {
  state?: TicketState;
  stateLabel?: string;
  comment?: string;
  agent?: string;
  waitingFor?: string;
}

const SEED_VERSION = 1;
const REQUESTER = { name: 'Sam Rivera', isAgent: false };
const FOLLOW_UP =
  'Every answer is read by the Larkspur IT Help team. A team lead calls back on every low score within 2 working days.';

export class MemoryAdapter implements ServiceAdapter {
  readonly name = 'memory';
  readonly id: string;
  /** The embedded backend implements the whole contract. */
  readonly capabilities = capabilities(...CAPABILITIES);

  latency: number | [number, number];
  faults: MemoryFault[];
  private readonly options: MemoryAdapterOptions;
  private readonly now: () => Date;
  private data?: MemoryData;
  private store?: KeyValueStore;
  private tickets = new Map<string, Ticket>();
  private readonly index = new SearchIndex();
  private readonly learning: PhrasingLearning;
  private readonly watchers = new Map<string, Set<(ticket: Ticket) => void>>();
  private ready?: Promise<void>;
  private insightsStore?: Promise<InsightsStore>;

  constructor(options: MemoryAdapterOptions = {}) {
    this.options = options;
    this.id = `memory:${options.dbName ?? 'sx-kit-memory'}`;
    this.latency = options.latency ?? 0;
    this.faults = [...(options.faults ?? [])];
    this.now = options.now ?? (() => new Date());
    this.learning = new PhrasingLearning(this.index, this.now);
  }

  /** Replaces the injected faults (demo switches, tests). */
  setFaults(faults: MemoryFault[]) {
    this.faults = [...faults];
  }

  /** Forgets every change and restores the seed data. */
  async reset(): Promise<void> {
    await this.load();
    await this.store?.clear();
    this.learning.forget();
    await this.seedTickets();
    await (await this.insightsStore)?.reset();
    for (const [id, ticket] of this.tickets) this.notify(id, ticket);
  }

  /** Acts as the service desk: changes a ticket's state and/or adds an agent comment. */
  async agentUpdate(ticketId: string, update: AgentUpdate): Promise<Ticket> {
    await this.load();
    const ticket = this.requireTicket(ticketId);
    const agent = { name: update.agent ?? ticket.assignee?.name ?? 'Service Desk', isAgent: true };
    const at = this.now().toISOString();
    if (update.state && update.state !== ticket.state) {
      ticket.state = update.state;
      ticket.stateLabel = update.stateLabel ?? DEFAULT_STATE_LABELS[update.state];
      ticket.events.push(this.event(ticket, update.state === 'resolved' ? 'resolution' : 'state-change', at, agent, undefined, update.state));
      ticket.permissions = permissionsFor(update.state);
      if (ticket.sla) ticket.sla = { ...ticket.sla, paused: update.state === 'waiting-on-you' };
      ticket.waitingFor = update.state === 'waiting-on-you' ? update.waitingFor : undefined;
    }
    if (update.comment) ticket.events.push(this.event(ticket, 'comment', at, agent, update.comment));
    ticket.updatedAt = at;
    await this.saveTicket(ticket);
    return structuredClone(ticket);
  }

  async searchKnowledge(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults> {
    await this.begin('searchKnowledge', signal);
    await this.index.prepare(query.locale);
    return this.deliver('searchKnowledge', this.index.search(query));
  }

  async getArticle(id: string, signal?: AbortSignal): Promise<Article> {
    await this.begin('getArticle', signal);
    const article = this.data?.articles.find((candidate) => candidate.id === id);
    if (!article) throw notFound('article', id);
    return this.deliver('getArticle', structuredClone(article));
  }

  async sendArticleFeedback(feedback: ArticleFeedback, options: WriteOptions): Promise<void> {
    await this.begin('sendArticleFeedback', options.signal);
    await this.once(options.idempotencyKey, async () => {
      await this.store?.put('feedback', options.idempotencyKey, feedback);
      await this.learning.vote(feedback, this.options.person ?? REQUESTER.name);
      return null;
    });
  }

  /** The phrasings learned from readers, strongest first: what authors read to see people's words. */
  async learnedPhrasings(articleId?: string): Promise<PhrasingScore[]> {
    await this.load();
    return this.learning.scores(articleId);
  }

  /** Article feedback received so far (for demos and tests). */
  async feedbackReceived(): Promise<ArticleFeedback[]> {
    await this.load();
    return (await this.store?.getAll<ArticleFeedback>('feedback')) ?? [];
  }

  async listTickets(query: TicketQuery, signal?: AbortSignal): Promise<TicketList> {
    await this.begin('listTickets', signal);
    const text = normalise(query.text?.trim() ?? '');
    const matches = [...this.tickets.values()]
      .filter((ticket) => {
        if (query.filter === 'open' && !isOpenState(ticket.state)) return false;
        if (query.filter === 'resolved' && isOpenState(ticket.state)) return false;
        return !text || normalise(`${ticket.number} ${ticket.title}`).includes(text);
      })
      .sort(
        (a, b) =>
          Number(isOpenState(b.state)) - Number(isOpenState(a.state)) ||
          b.updatedAt.localeCompare(a.updatedAt),
      );
    const tickets = matches.slice(0, query.limit ?? matches.length).map(summarise);
    return this.deliver('listTickets', { tickets, total: matches.length });
  }

  async getTicket(id: string, signal?: AbortSignal): Promise<Ticket> {
    await this.begin('getTicket', signal);
    return this.deliver('getTicket', structuredClone(this.requireTicket(id)));
  }

  async addComment(ticketId: string, text: string, options: WriteOptions): Promise<TicketEvent> {
    await this.begin('addComment', options.signal);
    return this.once(options.idempotencyKey, async () => {
      const ticket = this.requireTicket(ticketId);
      if (!ticket.permissions.comment) throw new AdapterError('forbidden', 'Comments are closed on this ticket.');
      const event = this.event(ticket, 'comment', this.now().toISOString(), REQUESTER, text);
      ticket.events.push(event);
      ticket.updatedAt = event.at;
      if (ticket.state === 'waiting-on-you') {
        // A reply answers the desk's question: the clock runs again.
        ticket.state = 'in-progress';
        ticket.stateLabel = DEFAULT_STATE_LABELS['in-progress'];
        ticket.waitingFor = undefined;
        if (ticket.sla) ticket.sla = { ...ticket.sla, paused: false };
        ticket.events.push(this.event(ticket, 'state-change', event.at, undefined, undefined, 'in-progress'));
      }
      await this.saveTicket(ticket);
      return event;
    });
  }

  async reopenTicket(ticketId: string, reason: string, options: WriteOptions): Promise<Ticket> {
    await this.begin('reopenTicket', options.signal);
    return this.once(options.idempotencyKey, async () => {
      const ticket = this.requireTicket(ticketId);
      if (!ticket.permissions.reopen) throw new AdapterError('conflict', 'This ticket can no longer be reopened.');
      const at = this.now().toISOString();
      ticket.events.push(this.event(ticket, 'reopened', at, REQUESTER, reason, 'in-progress'));
      ticket.state = 'in-progress';
      ticket.stateLabel = DEFAULT_STATE_LABELS['in-progress'];
      ticket.permissions = permissionsFor('in-progress');
      ticket.updatedAt = at;
      await this.saveTicket(ticket);
      return structuredClone(ticket);
    });
  }

  async confirmResolution(ticketId: string, options: WriteOptions): Promise<Ticket> {
    await this.begin('confirmResolution', options.signal);
    return this.once(options.idempotencyKey, async () => {
      const ticket = this.requireTicket(ticketId);
      if (!ticket.permissions.confirm) throw new AdapterError('conflict', 'Only a resolved ticket can be confirmed.');
      const at = this.now().toISOString();
      ticket.events.push(this.event(ticket, 'state-change', at, REQUESTER, undefined, 'closed'));
      ticket.state = 'closed';
      ticket.stateLabel = DEFAULT_STATE_LABELS.closed;
      ticket.permissions = permissionsFor('closed');
      ticket.updatedAt = at;
      await this.saveTicket(ticket);
      return structuredClone(ticket);
    });
  }

  watchTicket(ticketId: string, onChange: (ticket: Ticket) => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    let set = this.watchers.get(ticketId);
    if (!set) this.watchers.set(ticketId, (set = new Set()));
    set.add(onChange);
    signal.addEventListener('abort', () => set.delete(onChange), { once: true });
  }

  async listCatalog(query: CatalogQuery, signal?: AbortSignal): Promise<CatalogList> {
    await this.begin('listCatalog', signal);
    const data = this.data as MemoryData;
    const text = normalise(query.text?.trim() ?? '');
    const items = data.catalog
      .filter((item) => !query.category || item.categories.includes(query.category))
      .filter((item) => !text || normalise(`${item.name} ${item.shortDescription}`).includes(text))
      .map(({ description: _description, variables: _variables, ...summary }) => summary);
    return this.deliver('listCatalog', { items, categories: data.categories, total: items.length });
  }

  async getCatalogItem(id: string, signal?: AbortSignal): Promise<CatalogItem> {
    await this.begin('getCatalogItem', signal);
    const item = this.data?.catalog.find((candidate) => candidate.id === id);
    if (!item) throw notFound('catalog item', id);
    return this.deliver('getCatalogItem', structuredClone(item));
  }

  async submitRequest(request: CatalogRequest, options: WriteOptions): Promise<RequestReceipt> {
    await this.begin('submitRequest', options.signal);
    return this.once(options.idempotencyKey, async () => {
      const item = this.data?.catalog.find((candidate) => candidate.id === request.itemId);
      if (!item) throw notFound('catalog item', request.itemId);
      const at = this.now().toISOString();
      const number = `RITM${String(4000 + this.tickets.size + 1).padStart(7, '0')}`;
      const details = item.variables
        .filter((variable) => request.values[variable.name] !== undefined && request.values[variable.name] !== '')
        .map((variable) => `${variable.label}: ${request.display?.[variable.name] ?? formatValue(request.values[variable.name])}`)
        .join('\n');
      const dueAt = item.deliveryTime
        ? new Date(Date.parse(at) + item.deliveryTime.days * 24 * 3600 * 1000).toISOString()
        : undefined;
      const ticket: Ticket = {
        id: number,
        number,
        title: item.name,
        description: details,
        state: 'new',
        stateLabel: DEFAULT_STATE_LABELS.new,
        priority: { level: 'moderate', label: '3 - Moderate' },
        createdAt: at,
        updatedAt: at,
        assignee: { group: 'Service Desk' },
        sla: dueAt ? { kind: 'resolution', dueAt, breached: false, paused: false, estimate: true } : undefined,
        events: [],
        permissions: permissionsFor('new'),
        url: `https://help.larkspur.example/requests/${number}`,
      };
      ticket.events.push(this.event(ticket, 'created', at, REQUESTER, details || undefined));
      await this.saveTicket(ticket);
      return { ticketId: ticket.id, number, url: ticket.url, state: ticket.state };
    });
  }

  async searchPeople(text: string, signal?: AbortSignal): Promise<PersonMatch[]> {
    await this.begin('searchPeople', signal);
    const needle = normalise(text.trim());
    const people = (this.data?.people ?? []).filter(
      (person) => needle && normalise(`${person.name} ${person.email ?? ''}`).includes(needle),
    );
    return this.deliver('searchPeople', people.slice(0, 10));
  }

  async submitSatisfaction(response: SatisfactionResponse, options: WriteOptions): Promise<SatisfactionReceipt> {
    await this.begin('submitSatisfaction', options.signal);
    return this.once(options.idempotencyKey, async () => {
      // One answer per subject: a second answer replaces the first instead of counting twice.
      await this.store?.put('ratings', subjectKey(response.subject), response);
      return { id: response.id, followUp: FOLLOW_UP };
    });
  }

  /** Satisfaction answers stored so far, one per subject (for demos and tests). */
  async ratingsReceived(): Promise<SatisfactionResponse[]> {
    await this.load();
    return (await this.store?.getAll<SatisfactionResponse>('ratings')) ?? [];
  }

  async getSurveyState(subject: SurveySubject, signal?: AbortSignal): Promise<SurveyState> {
    await this.begin('getSurveyState', signal);
    const answer = await this.store?.get<SatisfactionResponse>('ratings', subjectKey(subject));
    return this.deliver('getSurveyState', {
      answered: answer !== undefined,
      optedOut: false,
      lastAskedAt: answer?.submittedAt,
      anonymousAllowed: true,
      followUp: FOLLOW_UP,
    });
  }

  async recordEvents(records: readonly InsightRecord[], signal?: AbortSignal): Promise<void> {
    await this.begin('recordEvents', signal);
    await (await this.insights()).add(records);
  }

  async getInsights(query: InsightsQuery, signal?: AbortSignal): Promise<Insights> {
    await this.begin('getInsights', signal);
    return this.deliver('getInsights', await (await this.insights()).aggregate(query));
  }

  /** The records store loads with the first insights call, not with the backend. */
  private insights(): Promise<InsightsStore> {
    this.insightsStore ??= import('./insights-store.js').then(({ InsightsStore }) =>
      InsightsStore.open({
        dbName: `${this.options.dbName ?? 'sx-kit-memory'}-insights`,
        persist: this.options.persist ?? true,
        now: this.now,
        seed: this.options.seedInsights ?? true,
        lookup: {
          ticket: (id) => this.tickets.get(id),
          article: (id) => this.data?.articles.find((article) => article.id === id),
        },
      }),
    );
    return this.insightsStore;
  }

  private load(): Promise<void> {
    this.ready ??= this.loadOnce().catch((error: unknown) => {
      // The seed is fetched: one that did not arrive (offline, not deployed) is asked for again.
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async loadOnce(): Promise<void> {
    const options = this.options;
    const needsSeed = !options.articles || !options.catalog || !options.tickets || !options.people;
    const seed = needsSeed ? await (await import('./seed/index.js')).loadSeed(this.now()) : undefined;
    this.data = {
      articles: options.articles ?? seed?.articles ?? [],
      catalog: options.catalog ?? seed?.catalog ?? [],
      categories: options.categories ?? seed?.categories ?? [],
      tickets: options.tickets ?? seed?.tickets ?? [],
      people: options.people ?? seed?.people ?? [],
    };
    this.store = await openStore(this.options.dbName ?? 'sx-kit-memory', this.options.persist ?? true);
    await this.learning.load(this.store);
    const [, seeded] = await Promise.all([
      this.index.build(this.data.articles, this.data.catalog, (id) => this.learning.phrasingsOf(id)),
      this.store.get<number>('meta', 'seed-version'),
    ]);
    if (seeded === SEED_VERSION) {
      const stored = await this.store.getAll<Ticket>('tickets');
      this.tickets = new Map(stored.map((ticket) => [ticket.id, ticket]));
    } else {
      await this.seedTickets();
    }
  }

  private async seedTickets() {
    const store = this.store as KeyValueStore;
    const tickets = structuredClone((this.data as MemoryData).tickets);
    this.tickets = new Map(tickets.map((ticket) => [ticket.id, ticket]));
    await store.putMany('tickets', tickets.map((ticket) => [ticket.id, ticket]));
    await store.put('meta', 'seed-version', SEED_VERSION);
  }

  /** Waits for data, simulates the round trip, and fails when a fault says so. */
  private async begin(operation: MemoryOperation, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    await this.load();
    const [min, max] = Array.isArray(this.latency) ? this.latency : [this.latency, this.latency];
    const delay = min + Math.random() * (max - min);
    if (delay > 0) await sleep(delay, signal);
    signal?.throwIfAborted();
    const fault = this.takeFault(operation, false);
    if (fault) {
      const message = `Injected ${fault.kind} fault in ${operation}`;
      throw new AdapterError(fault.kind as AdapterErrorKind, message, {
        retryAfter: fault.kind === 'rate-limited' ? (fault.retryAfter ?? 1) : undefined,
      });
    }
  }

  /** A payload as the backend would send it, or a malformed copy when a fault asks for one. */
  private deliver<T>(operation: MemoryOperation, payload: T): T {
    if (!this.takeFault(operation, true)) return payload;
    return breakPayload(payload) as T;
  }

  private takeFault(operation: MemoryOperation, malformed: boolean): MemoryFault | undefined {
    const fault = this.faults.find(
      (candidate) =>
        (candidate.operation === undefined || candidate.operation === operation) &&
        (candidate.kind === 'malformed') === malformed,
    );
    if (!fault) return undefined;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    }
    return fault;
  }

  /** Runs a write once per idempotency key; a repeat returns the first result. */
  private async once<T>(key: string, write: () => Promise<T>): Promise<T> {
    const store = this.store as KeyValueStore;
    const previous = await store.get<{ result: T }>('writes', key);
    if (previous) return previous.result;
    const result = await write();
    await store.put('writes', key, { result });
    return result;
  }

  private requireTicket(id: string): Ticket {
    const ticket = this.tickets.get(id);
    if (!ticket) throw notFound('ticket', id);
    return ticket;
  }

  private event(
    ticket: Ticket,
    type: TicketEvent['type'],
    at: string,
    author?: TicketEvent['author'],
    text?: string,
    state?: TicketState,
  ): TicketEvent {
    return { id: `${ticket.id}-e${ticket.events.length + 1}`, type, at, author, text, state };
  }

  private async saveTicket(ticket: Ticket) {
    this.tickets.set(ticket.id, ticket);
    await this.store?.put('tickets', ticket.id, ticket);
    this.notify(ticket.id, ticket);
  }

  private notify(id: string, ticket: Ticket) {
    for (const listener of this.watchers.get(id) ?? []) listener(structuredClone(ticket));
  }
}

function permissionsFor(state: TicketState) {
  return {
    comment: state !== 'closed' && state !== 'cancelled',
    reopen: state === 'resolved',
    confirm: state === 'resolved',
  };
}

function summarise({ events: _events, ...summary }: Ticket): TicketSummary {
  return summary;
}

function subjectKey(subject: SurveySubject): string {
  return `${subject.type}:${subject.id}`;
}

function notFound(what: string, id: string): AdapterError {
  return new AdapterError('not-found', `No ${what} with id ${id}`, { status: 404 });
}

function formatValue(value: CatalogRequest['values'][string] | undefined): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value ?? '');
}

/** Drops a required field, the way a misbehaving backend or proxy would. */
function breakPayload(payload: unknown): unknown {
  if (Array.isArray(payload)) return payload.map(breakPayload);
  if (payload && typeof payload === 'object') {
    const broken: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
    for (const field of ['title', 'hits', 'tickets', 'items', 'name', 'answered', 'id']) {
      if (field in broken) {
        delete broken[field];
        break;
      }
    }
    return broken;
  }
  return { unexpected: payload };
}
