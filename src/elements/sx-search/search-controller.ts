/**
 * The search flow of <sx-search>, apart from rendering: what is typed, the pause before asking a
 * remote backend, the search itself (stale answers dropped), "did you mean", results grouped for
 * the listbox, recent searches, the words the widget learns from titles, the articles suggested
 * for the page, and the way to the service desk. The element renders what this holds.
 */
import type { ReactiveController } from 'lit';
import type { Capability } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { Params } from '../../core/i18n/index.js';
import type { SearchHit, SearchSource } from '../../core/schemas.js';
import type { SynonymMap } from '../../core/search-query.js';
import { Announcer } from '../shared/announcer.js';
import { OnlineStatus } from '../shared/online-status.js';
import { errorKind } from '../shared/problem.js';
import { Resource, type ResourceHost } from '../shared/resource.js';
import type { SxElement } from '../shared/sx-element.js';
import { RecentSearches } from './recent-searches.js';
import type { SearchAnswer } from './query-tools.js';
import { parseSources } from './search-helpers.js';
import type { SearchMessageKey, SearchOption, SearchStatus } from './search-view.js';
import { loadOnce } from '../../core/load-once.js';
import { isLearnableQuery } from '../../core/search-privacy.js';
import type { SxArticleFeedbackDetail } from './sx-search.events.js';

/** Remote backends get a pause between keystrokes; the embedded one answers within a frame. */
export const REMOTE_DEBOUNCE_MS = 250;
const LOCAL_ADAPTERS = new Set(['memory']);
/** At most this many articles are suggested for the page's topic. */
const SUGGESTED_MAX = 5;

/** One letter of an alphabet finds everything and nothing; one CJK character is already a word. */
export function searchable(text: string): boolean {
  return text.length > 1 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
}

/** Expansion, the synonym map and "did you mean" load with the first search, not the first paint. */
type QueryTools = typeof import('./query-tools.js');
export const loadQueryTools = loadOnce(() => import('./query-tools.js'));

export type { SearchAnswer } from './query-tools.js';

/** What the controller reads from its element (the element passes itself). */
export interface SearchHost extends ResourceHost, Partial<Pick<HTMLElement, 'addEventListener' | 'removeEventListener'>> {
  readonly limit: number;
  readonly sources: string;
  readonly context?: string;
  readonly noRecent: boolean;
  readonly debounce?: number;
  /** Unset: the built-in lay-language map. */
  readonly synonyms?: SynonymMap | null;
  emit: SxElement['emit'];
}

/** The element's backend (its `ServiceController`). */
export interface SearchBackend {
  readonly connection: ServiceConnection | undefined;
  has(capability: Capability): boolean;
}

/** The element's language (its `LocalizeController`). */
export interface SearchLanguage {
  readonly locale: string;
  t(key: SearchMessageKey, params?: Params): string;
}

/** What the article reader tells the controller when the person asks the service desk. */
export interface EscalationWitness {
  readonly articlesSeen: string[];
  escalating(): void;
}

interface SearchRequest {
  connection: ServiceConnection;
  typed: string;
  sources: SearchSource[];
  limit: number;
  locale: string;
}

export class SearchController implements ReactiveController {
  readonly announcer: Announcer;
  /** The searches remembered for this backend (empty with `no-recent`). */
  recent: string[] = [];
  /** The latest finished search still on screen; cleared when the box no longer holds a query. */
  answer?: SearchAnswer;
  /** The last query that was searched for ('' when none). */
  lastSearched = '';
  private text = '';
  private offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  private blockedOffline = false;
  /** What the screen showed when the last search settled: a new search keeps results visible. */
  private settled: SearchStatus = 'idle';
  private timer?: ReturnType<typeof setTimeout>;
  private readonly recentSearches = new RecentSearches();
  private recentScope?: string;
  private vocabulary?: InstanceType<QueryTools['Vocabulary']>;
  private witness?: EscalationWitness;
  private readonly results: Resource<[SearchRequest], SearchAnswer>;
  private readonly suggestions: Resource<[ServiceConnection, string], SearchHit[]>;

  constructor(
    private readonly host: SearchHost,
    private readonly backend: SearchBackend,
    private readonly language: SearchLanguage,
  ) {
    host.addController(this);
    this.announcer = new Announcer(host);
    new OnlineStatus(host, { online: () => this.onOnline(), offline: () => (this.offline = true) });
    this.results = new Resource(host, {
      operation: 'search',
      manual: true,
      args: () => {
        const request = this.request();
        return request ? [request] : undefined;
      },
      load: ([request], signal) => this.ask(request, signal),
      isEmpty: (answer) => answer.hits.length === 0,
      onValue: (answer) => this.show(answer),
      onError: (error) => {
        this.answer = undefined;
        this.settled = 'error';
        this.announcer.announce(this.t(`error.${errorKind(error)}.title`));
      },
    });
    this.suggestions = new Resource(host, {
      operation: 'search',
      args: () => {
        const connection = this.connection;
        const context = host.context?.trim();
        return connection && context && connection.has('search') ? [connection, context] : undefined;
      },
      load: ([connection, context], signal) => this.suggestFor(connection, context, signal),
    });
  }

  hostConnected(): void {
    this.host.addEventListener?.('sx-article-feedback', this.onFeedback);
  }

  hostDisconnected(): void {
    this.host.removeEventListener?.('sx-article-feedback', this.onFeedback);
    clearTimeout(this.timer);
  }

  hostUpdate(): void {
    if (this.connection && this.scope !== this.recentScope) {
      this.recentScope = this.scope;
      this.recent = this.host.noRecent ? [] : this.recentSearches.list(this.scope);
    }
    if (this.host.noRecent && this.recent.length) this.recent = [];
  }

  get connection(): ServiceConnection | undefined {
    return this.backend.connection;
  }

  readonly t = (key: SearchMessageKey, params?: Params): string => this.language.t(key, params);

  /** The text in the box, untrimmed. */
  get query(): string {
    return this.text;
  }

  /** The query as searched: trimmed. */
  get typed(): string {
    return this.text.trim();
  }

  get status(): SearchStatus {
    if (!searchable(this.typed)) return 'idle';
    if (this.blockedOffline) return 'offline';
    switch (this.results.status) {
      case 'pending':
        return this.settled === 'results' ? 'results' : 'loading';
      case 'ready':
        return 'results';
      default:
        return this.results.status;
    }
  }

  get error(): unknown {
    return this.results.error;
  }

  get hits(): readonly SearchHit[] {
    return this.answer?.hits ?? [];
  }

  get total(): number {
    return this.answer?.total ?? 0;
  }

  get suggestion(): string | undefined {
    return this.answer?.suggestion;
  }

  /** The listbox: recent searches while nothing is typed, else the results as grouped. */
  get options(): readonly SearchOption[] {
    if (!this.typed) return this.recent.map((text, index) => ({ kind: 'recent', text, index }));
    const status = this.status;
    return status === 'results' || status === 'loading' ? (this.answer?.options ?? []) : [];
  }

  /** Articles suggested for the page's `context`, shown before anything is typed. */
  get suggested(): readonly SearchHit[] {
    return this.suggestions.status === 'ready' ? (this.suggestions.value ?? []) : [];
  }

  /** How many suggested articles are on their way (0 when none): their skeleton holds the place. */
  get suggestedComing(): number {
    return this.suggestions.loading ? Math.min(this.host.limit, SUGGESTED_MAX) : 0;
  }

  /** The box changed: search after the pause (none for the embedded backend). */
  input(text: string): void {
    this.text = text;
    clearTimeout(this.timer);
    if (!searchable(this.typed)) {
      this.reset();
      return;
    }
    const wait = this.host.debounce ?? (this.isLocal ? 0 : REMOTE_DEBOUNCE_MS);
    if (wait > 0) this.timer = setTimeout(() => void this.searchNow(), wait);
    else void this.searchNow();
  }

  /** Searches for `text` now, as if it had been typed; resolves when that search has settled. */
  searchFor(text: string): Promise<void> {
    this.text = text;
    return this.searchNow();
  }

  /** Searches for what is in the box now, skipping the pause (Enter, retry, back online). */
  searchNow(): Promise<void> {
    clearTimeout(this.timer);
    const request = this.request();
    if (!request) return Promise.resolve();
    if (this.offline && !this.isLocal) {
      this.blockedOffline = true;
      this.settled = 'offline';
      this.results.abort();
      this.announcer.announce(this.t('search.offline.title'));
      return Promise.resolve();
    }
    this.blockedOffline = false;
    return this.results.run([request]);
  }

  /** Empties the box. */
  clear(): void {
    this.input('');
  }

  remember(text: string): void {
    if (!this.host.noRecent) this.recent = this.recentSearches.remember(this.scope, text);
    this.host.requestUpdate();
  }

  clearRecent(): void {
    this.recentSearches.forget(this.scope);
    this.recent = [];
    this.host.requestUpdate();
  }

  /** The article reader, once loaded, so escalation can name the articles seen. */
  attachWitness(witness: EscalationWitness): void {
    this.witness = witness;
  }

  /** The query "Ask the service desk" carries: what is typed, else what was last searched. */
  get escalationQuery(): string {
    return this.typed || this.lastSearched;
  }

  /** The person asks the service desk; returns the cancelable `sx-escalate` event. */
  escalate(): CustomEvent<SxEventMap['sx-escalate']> {
    const query = this.escalationQuery;
    this.witness?.escalating();
    if (query) this.remember(query);
    return this.host.emit('sx-escalate', { query, articlesSeen: this.witness?.articlesSeen ?? [] }, { cancelable: true });
  }

  private get scope(): string {
    return this.connection?.adapter.id ?? 'none';
  }

  private get isLocal(): boolean {
    return LOCAL_ADAPTERS.has(this.connection?.adapter.name ?? '');
  }

  private request(): SearchRequest | undefined {
    const connection = this.connection;
    const typed = this.typed;
    if (!connection || !connection.has('search') || !searchable(typed)) return undefined;
    return {
      connection,
      typed,
      sources: parseSources(this.host.sources).filter((source) => source !== 'catalog' || this.backend.has('catalog')),
      limit: this.host.limit,
      locale: this.language.locale,
    };
  }

  private async ask(request: SearchRequest, signal: AbortSignal): Promise<SearchAnswer> {
    const tools = await loadQueryTools();
    const { connection, typed, sources, limit, locale } = request;
    const synonyms = await tools.synonymsFor(this.host.synonyms, locale);
    const expandedQuery = tools.expandedText(typed, synonyms);
    const results = await connection.adapter.searchKnowledge!({ text: expandedQuery || typed, limit, sources, locale }, signal);
    return tools.toAnswer({ typed, expandedQuery, sources }, results, this.learn(tools, synonyms, results.hits));
  }

  private show(answer: SearchAnswer): void {
    this.answer = answer;
    this.settled = answer.hits.length ? 'results' : 'empty';
    this.lastSearched = answer.typed;
    this.announcer.announce(
      answer.hits.length ? this.t('search.results', { count: answer.total }) : this.t('search.empty.title', { query: answer.typed }),
    );
    this.host.emit('sx-search', {
      query: answer.typed,
      expandedQuery: answer.expandedQuery,
      resultCount: answer.total,
      sources: answer.sources,
      ...(answer.suggestion ? { suggestion: answer.suggestion } : {}),
    });
  }

  /** Nothing searchable in the box: no results, nothing said, a search under way dropped. */
  private reset(): void {
    this.blockedOffline = false;
    this.answer = undefined;
    this.settled = 'idle';
    this.announcer.clear();
    void this.results.run(undefined);
  }

  private async suggestFor(connection: ServiceConnection, context: string, signal: AbortSignal): Promise<SearchHit[]> {
    try {
      const tools = await loadQueryTools();
      const synonyms = await tools.synonymsFor(this.host.synonyms, this.language.locale);
      const results = await connection.adapter.searchKnowledge!(
        {
          text: '',
          context: tools.expandedText(context, synonyms) || context,
          limit: Math.min(this.host.limit, SUGGESTED_MAX),
          sources: ['articles'],
          locale: this.language.locale,
        },
        signal,
      );
      this.learn(tools, synonyms, results.hits);
      return results.hits;
    } catch (error) {
      if (signal.aborted) throw error;
      // Suggestions are a bonus: the search box works without them, so a failure is not reported.
      return [];
    }
  }

  /** Title words the backend returned become "did you mean" vocabulary, beside the synonyms' words. */
  private learn(tools: QueryTools, synonyms: SynonymMap | null, hits: readonly SearchHit[]): ReadonlySet<string> {
    this.vocabulary ??= new tools.Vocabulary();
    return this.vocabulary.learn(synonyms, hits);
  }

  /**
   * A helpful vote after a search teaches the article the reader's words (a backend that learns
   * does so from the feedback's `query`); the record tells authors which words found what.
   */
  private readonly onFeedback = (event: Event) => {
    const { articleId, helpful, query } = (event as CustomEvent<SxArticleFeedbackDetail>).detail;
    if (helpful && isLearnableQuery(query)) this.host.emit('sx-phrasing-learned', { articleId, phrasing: query.trim() });
  };

  private onOnline(): void {
    this.offline = false;
    if (this.status === 'offline') void this.searchNow();
  }
}
