import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isAbortError } from '../../core/adapter.js';
import { preloadSanitizer } from '../../core/backend-html.js';
import type { SearchHit, SearchSource } from '../../core/schemas.js';
import {
  DEFAULT_SYNONYMS,
  expandQuery,
  queryTerms,
  suggestSpelling,
  synonymVocabulary,
  type SynonymMap,
} from '../../core/search-query.js';
import { errorKind, renderNotConnected } from '../shared/problem.js';
import { SxElement } from '../shared/sx-element.js';
import { base } from '../../styles/shared.styles.js';
import { ArticleReader } from './article-reader.js';
import { renderArticleView } from './article-view.js';
import { comboboxKey } from './combobox-keys.js';
import { forgetRecent, groupHits, loadRecent, parseSources, rememberSearch } from './search-helpers.js';
import { renderListOptions } from './search-listbox.js';
import { renderEscalate, renderPanel, renderSuggested } from './search-panels.js';
import type { ArticleView, SearchOption, SearchStatus, Translate } from './search-view.js';
import { messages } from './sx-search.messages.js';
import { styles } from './sx-search.styles.js';
import './sx-search.events.js';

/** Remote backends get a pause between keystrokes; the embedded one answers within a frame. */
const REMOTE_DEBOUNCE_MS = 250;
const LOCAL_ADAPTERS = new Set(['memory']);

/** One letter of an alphabet finds everything and nothing; one CJK character is already a word. */
function searchable(text: string): boolean {
  return text.length > 1 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
}

/**
 * @summary Self-service knowledge search that deflects: typeahead in the person's own words,
 * articles read inside the widget, "Was this helpful?", and a way to the service desk carrying
 * what was typed.
 *
 * @event sx-search - Every completed search: `{ query, expandedQuery, resultCount, sources, suggestion }`.
 * @event sx-article-open - An article was opened: `{ articleId, title, query, position }`.
 * @event sx-article-feedback - Feedback was stored for delivery: `{ articleId, helpful, comment, query }`.
 * @event sx-escalate - Cancelable. The person asked the service desk: `{ query, articlesSeen }`.
 *   Unless canceled, the browser follows `escalate-href` (with `q` set to the query).
 * @event sx-deflect - An article solved it: rated helpful, or read and left without asking for help.
 * @event sx-catalog-open - Cancelable. A catalog item was chosen; unless canceled, its URL opens.
 * @event sx-error - A search or article failed: `{ kind, message, operation }`.
 *
 * @csspart input - The search box.
 * @csspart listbox - The list of results.
 * @csspart option - One result.
 * @csspart mark - A matched word in a result.
 * @csspart article - The article view.
 * @csspart feedback - "Was this helpful?" and the comment form.
 * @csspart escalate - The "Ask the service desk" link or button.
 * @csspart dialog - The dialog around the article when `open-mode="dialog"`.
 * @csspart error - The problem message of a failed search.
 */
export class SxSearch extends SxElement<typeof messages.en> {
  static override styles = [base, styles];

  /** Hint text in the empty search box. */
  @property() placeholder?: string;
  /** Most results to show. */
  @property({ type: Number }) limit = 8;
  /** What to search, space separated: `articles`, `catalog`. */
  @property() sources = 'articles';
  /** The page's topic ("vpn", "onboarding"): suggested articles shown before anything is typed. */
  @property() context?: string;
  /** Where "Ask the service desk" leads; the query is added as the `q` parameter. */
  @property({ attribute: 'escalate-href' }) escalateHref?: string;
  /** `inline`: the article expands under the search box; `dialog`: it opens in a modal dialog. */
  @property({ attribute: 'open-mode' }) openMode: 'inline' | 'dialog' = 'inline';
  /** Do not read or remember recent searches in this browser. */
  @property({ type: Boolean, attribute: 'no-recent' }) noRecent = false;
  /** Milliseconds to wait after a keystroke before searching; by default 0 for the embedded backend, 250 otherwise. */
  @property({ type: Number }) debounce?: number;
  /** Lay-language synonyms applied before searching; `null` turns expansion off. */
  @property({ attribute: false }) synonyms: SynonymMap | null = DEFAULT_SYNONYMS;

  @state() private query = '';
  @state() private status: SearchStatus = 'idle';
  @state() private hits: SearchHit[] = [];
  @state() private total = 0;
  @state() private suggestion?: string;
  @state() private error?: unknown;
  @state() private expanded = false;
  @state() private active = -1;
  @state() private offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  @state() private recent: string[] = [];
  @state() private suggested: SearchHit[] = [];
  @state() private announcement = '';

  @query('input') private input?: HTMLInputElement;
  @query('dialog') private dialog?: HTMLDialogElement;

  private timer?: ReturnType<typeof setTimeout>;
  private searchController?: AbortController;
  private sequence = 0;
  private lastSearched = '';
  private focusAfterRender?: string;
  private readonly vocabulary = new Set<string>();
  private vocabularyOf?: SynonymMap | null;
  private contextLoadedFor?: string;
  private recentScope?: string;

  private readonly reader = new ArticleReader(this, {
    connection: () => this.service.connection,
    lastSearched: () => this.lastSearched,
    typed: () => this.query.trim(),
    t: (key, params) => this.t(key, params),
    announce: (text) => (this.announcement = text),
    focusAfterRender: (selector) => (this.focusAfterRender = selector),
  });

  constructor() {
    super(messages);
  }

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('online', this.onOnline);
    addEventListener('offline', this.onOffline);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    removeEventListener('offline', this.onOffline);
    clearTimeout(this.timer);
    this.searchController?.abort();
  }

  /** Runs a search now (skipping the debounce), as if `text` had been typed. */
  search(text: string): Promise<void> {
    this.query = text;
    this.expanded = true;
    return this.runSearch();
  }

  /** Forgets the recent searches this browser remembered for this backend. */
  clearRecent(): void {
    forgetRecent(this.scope);
    this.recent = [];
  }

  override focus(options?: FocusOptions) {
    this.input?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const connection = this.service.connection;
    if (connection && this.scope !== this.recentScope) {
      this.recentScope = this.scope;
      this.recent = this.noRecent ? [] : loadRecent(this.scope);
    }
    if (changed.has('noRecent') && this.noRecent) this.recent = [];
    const contextKey = connection ? `${connection.adapter.id}|${this.context ?? ''}` : undefined;
    if (contextKey !== this.contextLoadedFor) {
      this.contextLoadedFor = contextKey;
      void this.loadSuggested();
    }
  }

  protected override updated() {
    if (this.reader.view && this.openMode === 'dialog' && this.dialog && !this.dialog.open) this.dialog.showModal();
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
    if (this.active >= 0) this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  private get scope(): string {
    return this.service.connection?.adapter.id ?? 'none';
  }

  private get sourceList(): SearchSource[] {
    return parseSources(this.sources).filter((source) => source !== 'catalog' || this.service.has('catalog'));
  }

  private get isLocal(): boolean {
    return LOCAL_ADAPTERS.has(this.service.connection?.adapter.name ?? '');
  }

  private readonly t: Translate = (key, params) => this.localize.t(key, params);

  private readonly onOnline = () => {
    this.offline = false;
    if (this.status === 'offline') void this.runSearch();
  };

  private readonly onOffline = () => {
    this.offline = true;
  };

  private get options(): SearchOption[] {
    if (!this.query.trim()) return this.recent.map((text, index) => ({ kind: 'recent', text, index }));
    if (!searchable(this.query.trim())) return [];
    if (this.status !== 'results' && this.status !== 'loading') return [];
    return groupHits(this.hits).flatMap((group) => group.hits.map(({ hit, index }) => ({ kind: 'hit' as const, hit, index })));
  }

  private async loadSuggested() {
    const connection = this.service.connection;
    const context = this.context?.trim();
    if (!connection || !context || !connection.has('search')) {
      this.suggested = [];
      return;
    }
    try {
      const results = await connection.adapter.searchKnowledge!({
        text: '',
        context: expandQuery(context, this.synonyms).text || context,
        limit: Math.min(this.limit, 5),
        sources: ['articles'],
        locale: this.localize.locale,
      });
      this.suggested = results.hits;
      this.learn(results.hits);
    } catch {
      // Suggestions are a bonus: the search box works without them.
      this.suggested = [];
    }
  }

  private learn(hits: readonly SearchHit[]) {
    if (this.vocabularyOf !== this.synonyms) {
      this.vocabulary.clear();
      for (const word of synonymVocabulary(this.synonyms ?? {})) this.vocabulary.add(word);
      this.vocabularyOf = this.synonyms;
    }
    for (const hit of hits) for (const word of queryTerms(hit.title)) if (word.length > 2) this.vocabulary.add(word);
  }

  private scheduleSearch() {
    clearTimeout(this.timer);
    const text = this.query.trim();
    if (!searchable(text)) {
      this.sequence++;
      this.searchController?.abort();
      this.status = 'idle';
      this.hits = [];
      this.total = 0;
      this.announcement = '';
      return;
    }
    const wait = this.debounce ?? (this.isLocal ? 0 : REMOTE_DEBOUNCE_MS);
    if (wait > 0) this.timer = setTimeout(() => void this.runSearch(), wait);
    else void this.runSearch();
  }

  private async runSearch(): Promise<void> {
    clearTimeout(this.timer);
    const connection = this.service.connection;
    const typed = this.query.trim();
    if (!connection || !connection.has('search') || !searchable(typed)) return;
    this.searchController?.abort();
    const sequence = ++this.sequence;
    if (this.offline && !this.isLocal) {
      this.status = 'offline';
      this.announcement = this.t('search.offline.title');
      return;
    }
    const controller = (this.searchController = new AbortController());
    const expanded = expandQuery(typed, this.synonyms);
    const sources = this.sourceList;
    if (this.status !== 'results') this.status = 'loading';
    try {
      const results = await connection.adapter.searchKnowledge!(
        { text: expanded.text || typed, limit: this.limit, sources, locale: this.localize.locale },
        controller.signal,
      );
      // A slower answer to an older query never replaces a newer one.
      if (sequence !== this.sequence) return;
      this.learn(results.hits);
      this.hits = results.hits;
      this.total = results.total;
      this.suggestion = results.hits.length
        ? undefined
        : (results.suggestion ?? suggestSpelling(typed, this.vocabulary));
      if (this.suggestion && this.suggestion.toLowerCase() === typed.toLowerCase()) this.suggestion = undefined;
      this.status = results.hits.length ? 'results' : 'empty';
      this.error = undefined;
      this.active = -1;
      this.lastSearched = typed;
      this.announcement = results.hits.length
        ? this.t('search.results', { count: results.total })
        : this.t('search.empty.title', { query: typed });
      this.emit('sx-search', {
        query: typed,
        expandedQuery: expanded.text,
        resultCount: results.total,
        sources,
        ...(this.suggestion ? { suggestion: this.suggestion } : {}),
      });
    } catch (error) {
      if (sequence !== this.sequence || isAbortError(error)) return;
      this.status = 'error';
      this.error = error;
      this.hits = [];
      this.announcement = this.t(`error.${errorKind(error)}.title`);
      this.emit('sx-error', { kind: errorKind(error), message: String((error as Error)?.message ?? error), operation: 'search' });
    }
  }

  private onInput(event: InputEvent) {
    this.query = (event.target as HTMLInputElement).value;
    this.active = -1;
    this.expanded = true;
    this.scheduleSearch();
  }

  private onKeyDown(event: KeyboardEvent) {
    const { preventDefault, expanded, active, then } = comboboxKey(event, {
      query: this.query,
      status: this.status,
      expanded: this.expanded,
      active: this.active,
      options: this.options,
    });
    if (preventDefault) event.preventDefault();
    if (expanded !== undefined) this.expanded = expanded;
    if (active !== undefined) this.active = active;
    switch (then?.do) {
      case 'search':
        void this.runSearch();
        return;
      case 'submit':
        this.remember(this.query);
        void this.runSearch();
        return;
      case 'clear':
        this.clear();
        return;
      case 'choose':
        this.choose(then.option);
        return;
    }
  }

  private clear() {
    this.query = '';
    this.active = -1;
    this.suggestion = undefined;
    this.scheduleSearch();
    this.input?.focus();
  }

  private onFocusOut(event: FocusEvent) {
    const next = event.relatedTarget as Node | null;
    if (next && (this.renderRoot.contains(next) || this.contains(next))) return;
    this.expanded = false;
    this.active = -1;
  }

  private remember(text: string) {
    if (!this.noRecent) this.recent = rememberSearch(this.scope, text);
  }

  private choose(option: SearchOption) {
    if (option.kind === 'recent') {
      this.query = option.text;
      this.active = -1;
      this.expanded = true;
      void this.runSearch();
      return;
    }
    this.openHit(option.hit, option.index + 1);
  }

  private openHit(hit: SearchHit, position: number) {
    const query = this.query.trim();
    if (query) this.remember(query);
    this.expanded = false;
    this.active = -1;
    if (hit.kind === 'catalog-item') {
      const event = this.emit('sx-catalog-open', { itemId: hit.id, url: hit.url, query }, { cancelable: true });
      if (!event.defaultPrevented && hit.url) location.assign(hit.url);
      return;
    }
    if (!this.service.has('articles')) {
      if (hit.url) window.open(hit.url, '_blank', 'noopener');
      return;
    }
    this.reader.open(hit, query, position);
  }

  private closeArticle() {
    if (this.dialog?.open) this.dialog.close();
    this.reader.close();
    this.input?.focus();
  }

  private onFeedbackSubmit(event: SubmitEvent) {
    event.preventDefault();
    const comment = (this.renderRoot.querySelector('#feedback-comment') as HTMLTextAreaElement | null)?.value.trim();
    void this.reader.sendFeedback(false, comment || undefined);
  }

  private onEscalate(event: Event) {
    const query = this.query.trim() || this.lastSearched;
    this.reader.escalating();
    if (query) this.remember(query);
    const escalation = this.emit('sx-escalate', { query, articlesSeen: this.reader.articlesSeen }, { cancelable: true });
    if (escalation.defaultPrevented) event.preventDefault();
  }

  protected override render() {
    const connection = this.service.connection;
    if (!connection) return renderNotConnected(this.t);
    if (!connection.has('search')) return html`<p class="problem notice" role="note">${this.t('config.unsupported')}</p>`;
    const options = this.options;
    const popupOpen = this.expanded && (options.length > 0 || (this.query.trim() !== '' && this.status !== 'idle'));
    const listboxShown = popupOpen && options.length > 0;
    const activeId = this.active >= 0 && listboxShown ? `option-${this.active}` : undefined;
    return html`
      <div class="field" @focusout=${this.onFocusOut}>
        <input
          part="input"
          id="input"
          type="search"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-label=${this.t('search.label')}
          aria-describedby="hint"
          aria-autocomplete="list"
          aria-expanded=${listboxShown ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${ifDefined(activeId)}
          aria-busy=${this.status === 'loading' ? 'true' : 'false'}
          placeholder=${this.placeholder ?? this.t('search.placeholder')}
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @focus=${() => {
            // Someone about to search will likely open an article: fetch the sanitiser now.
            void preloadSanitizer();
            if (!this.query && this.recent.length) this.expanded = true;
          }}
          @click=${() => (this.expanded = true)}
        />
        ${this.query
          ? html`<button type="button" class="clear" tabindex="-1" aria-label=${this.t('search.clear')} @click=${this.clear}>
              <span aria-hidden="true">✕</span>
            </button>`
          : nothing}
        <span id="hint" class="visually-hidden">${this.t('search.hint')}</span>
        <div class="popup" ?hidden=${!popupOpen}>
          <ul
            part="listbox"
            id="listbox"
            role="listbox"
            aria-label=${this.query.trim() ? this.t('search.results', { count: this.total }) : this.t('search.group.recent')}
            ?hidden=${!listboxShown}
            @mousedown=${(event: Event) => event.preventDefault()}
          >
            ${listboxShown
              ? renderListOptions({
                  query: this.query.trim(),
                  hits: this.hits,
                  options,
                  active: this.active,
                  t: this.t,
                  choose: (option) => this.choose(option),
                })
              : nothing}
          </ul>
          ${popupOpen
            ? renderPanel({
                status: this.status,
                query: this.query.trim(),
                hasOptions: options.length > 0,
                suggestion: this.suggestion,
                error: this.error,
                t: this.t,
                escalate: this.renderEscalate,
                retry: () => void this.runSearch(),
                searchFor: (text) => void this.search(text),
              })
            : nothing}
        </div>
      </div>
      <div role="status" class="visually-hidden">${this.announcement}</div>
      ${this.reader.view
        ? this.renderArticleView(this.reader.view)
        : !this.query.trim()
          ? renderSuggested(this.suggested, this.t, (hit) => this.openHit(hit, 0))
          : nothing}
    `;
  }

  private readonly renderEscalate = () =>
    renderEscalate({
      href: this.escalateHref,
      query: this.query.trim() || this.lastSearched,
      t: this.t,
      onEscalate: (event) => this.onEscalate(event),
    });

  private renderArticleView(view: ArticleView) {
    return renderArticleView({
      view,
      openMode: this.openMode,
      t: this.t,
      formatDate: (value) => this.localize.date(value, { dateStyle: 'medium' }),
      feedback: this.service.has('article-feedback'),
      escalate: this.renderEscalate,
      close: () => this.closeArticle(),
      dialogClosed: () => this.reader.view && this.closeArticle(),
      retry: () => void this.reader.load(),
      rate: (helpful) => void this.reader.sendFeedback(helpful),
      askComment: () => this.reader.askComment(view),
      submitComment: (event) => this.onFeedbackSubmit(event),
    });
  }
}
