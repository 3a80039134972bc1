import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../../core/safe-url.js';
import type { SearchHit } from '../../core/schemas.js';
import type { SynonymMap } from '../../core/search-query.js';
import { renderNotConnected } from '../shared/problem.js';
import { SxElement } from '../shared/sx-element.js';
import { base } from '../../styles/shared.styles.js';
import { renderArticleFrame, renderArticleSkeleton } from './article-frame.js';
import type { ArticleReader } from './article-reader.js';
import { comboboxKey } from './combobox-keys.js';
import { loadQueryTools, SearchController, type SearchAnswer } from './search-controller.js';
import { renderListOptions } from './search-listbox.js';
import { renderEscalate, renderPanel, renderSuggested } from './search-panels.js';
import type { SearchOption } from './search-view.js';
import { messages } from './sx-search.messages.js';
import { styles } from './sx-search.styles.js';
import './sx-search.events.js';
import { LazyPart, partLoader } from '../shared/lazy-part.js';

// The article view loads when first needed, once for every search box on the page.
const articleParts = partLoader(() => import('./article-parts.js'));

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';



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
 * @event sx-phrasing-learned - A reader found an article helpful after searching with these words: `{ articleId, phrasing }`.
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
  /**
   * Lay-language synonyms applied before searching; unset means the built-in map (`DEFAULT_SYNONYMS`,
   * loaded with the first search), `null` turns expansion off.
   */
  @property({ attribute: false }) synonyms?: SynonymMap | null;


  @state() private expanded = false;
  @state() private active = -1;
  /** An article was chosen and its view's code is still loading: its skeleton holds the place. */
  @state() private articleRequested?: { hit: SearchHit; query: string; position: number };

  @query('input') private input?: HTMLInputElement;
  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly searcher = new SearchController(this, this.service, this.localize);
  /** The article view, its reader and styles: one chunk, fetched when the first article opens. */
  private readonly articleParts = new LazyPart(this, articleParts);
  private reader?: ArticleReader;
  private answerShown?: SearchAnswer;

  constructor() {
    super(messages);
    this.addEventListener('keydown', (event) => this.keepTabInDialog(event));
  }

  /** Runs a search now (skipping the debounce), as if `text` had been typed. */
  search(text: string): Promise<void> {
    this.expanded = true;
    return this.searcher.searchFor(text);
  }

  /** Forgets the recent searches this browser remembered for this backend. */
  clearRecent(): void {
    this.searcher.clearRecent();
  }

  /** Moves focus to the search box. */
  override focus(options?: FocusOptions) {
    this.input?.focus(options);
  }

  protected override willUpdate(_changed: PropertyValues<this>) {
    // New results: no option is active until the person moves to one.
    if (this.searcher.answer !== this.answerShown) {
      this.answerShown = this.searcher.answer;
      this.active = -1;
    }
  }

  protected override updated() {
    const articleShown = this.reader?.view || this.articleRequested;
    if (articleShown && this.openMode === 'dialog' && this.dialog && !this.dialog.open) this.dialog.showModal();
    if (this.active >= 0) this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  private get t() {
    return this.searcher.t;
  }

  /** The popup shows recent searches or options, or, for a typed query, a skeleton or a panel. */
  private get popupOpen() {
    const { typed, status, options } = this.searcher;
    return this.expanded && (options.length > 0 || (typed !== '' && status !== 'idle'));
  }

  private onInput(event: InputEvent) {
    this.active = -1;
    this.expanded = true;
    this.searcher.input((event.target as HTMLInputElement).value);
  }

  private onKeyDown(event: KeyboardEvent) {
    const { preventDefault, expanded, active, then } = comboboxKey(event, {
      query: this.searcher.query,
      status: this.searcher.status,
      expanded: this.popupOpen,
      active: this.active,
      options: this.searcher.options,
    });
    if (preventDefault) event.preventDefault();
    if (expanded !== undefined) this.expanded = expanded;
    if (active !== undefined) this.active = active;
    switch (then?.do) {
      case 'search':
        void this.searcher.searchNow();
        return;
      case 'submit':
        this.searcher.remember(this.searcher.query);
        void this.searcher.searchNow();
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
    this.active = -1;
    this.searcher.clear();
    this.input?.focus();
  }

  private onFocusOut(event: FocusEvent) {
    const next = event.relatedTarget as Node | null;
    if (next && (this.renderRoot.contains(next) || this.contains(next))) return;
    this.expanded = false;
    this.active = -1;
  }

  private choose(option: SearchOption) {
    if (option.kind === 'recent') {
      this.active = -1;
      this.expanded = true;
      void this.searcher.searchFor(option.text);
      return;
    }
    this.openHit(option.hit, option.index + 1);
  }

  private openHit(hit: SearchHit, position: number) {
    const query = this.searcher.typed;
    if (query) this.searcher.remember(query);
    this.expanded = false;
    this.active = -1;
    if (hit.kind === 'catalog-item') {
      const url = safeUrl(hit.url);
      const event = this.emit('sx-catalog-open', { itemId: hit.id, url, query }, { cancelable: true });
      if (!event.defaultPrevented && url) location.assign(url);
      return;
    }
    if (!this.service.has('articles')) {
      const url = safeUrl(hit.url);
      if (url) window.open(url, '_blank', 'noopener');
      return;
    }
    void this.openArticle(hit, query, position);
  }

  private async openArticle(hit: SearchHit, query: string, position: number) {
    if (this.reader) {
      this.reader.open(hit, query, position);
      return;
    }
    const request = (this.articleRequested = { hit, query, position });
    try {
      const parts = await this.articleParts.ready();
      this.reader ??= new parts.ArticleReader(this, this.searcher);
    } catch (error) {
      if (this.articleRequested === request) this.articleRequested = undefined;
      this.reportError('load-article', error);
      return;
    }
    // Closed while the code loaded: nothing to open.
    if (this.articleRequested !== request) return;
    this.articleRequested = undefined;
    this.reader.open(hit, query, position);
  }

  /**
   * The APG modal dialog wraps Tab at its ends; a native modal <dialog> lets focus leave it for the
   * browser's toolbar, from where the next Tab lands on the page behind (issue 16).
   */
  private keepTabInDialog(event: KeyboardEvent) {
    const dialog = this.dialog;
    if (event.key !== 'Tab' || !dialog?.open) return;
    const tabbable = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => element.checkVisibility());
    const first = tabbable[0];
    const last = tabbable.at(-1);
    const active = this.shadowRoot?.activeElement ?? null;
    if (!first || !last) return;
    if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    } else if (event.shiftKey && (active === first || !tabbable.includes(active as HTMLElement))) {
      event.preventDefault();
      last.focus();
    }
  }

  private closeArticle() {
    if (this.dialog?.open) this.dialog.close();
    this.articleRequested = undefined;
    this.reader?.close();
    this.input?.focus();
  }

  private onFeedbackSubmit(event: SubmitEvent) {
    event.preventDefault();
    const comment = (this.renderRoot.querySelector('#feedback-comment') as HTMLTextAreaElement | null)?.value.trim();
    void this.reader?.sendFeedback(false, comment || undefined);
  }

  private onEscalate(event: Event) {
    if (this.searcher.escalate().defaultPrevented) event.preventDefault();
  }

  protected override render() {
    const connection = this.service.connection;
    if (!connection) return renderNotConnected(this.t, this.headingLevel);
    if (!connection.has('search')) return html`<p class="problem notice" role="note">${this.t('config.unsupported')}</p>`;
    const searcher = this.searcher;
    const typed = searcher.typed;
    const status = searcher.status;
    const options = searcher.options;
    const popupOpen = this.popupOpen;
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
          aria-busy=${status === 'loading' ? 'true' : 'false'}
          placeholder=${this.placeholder ?? this.t('search.placeholder')}
          .value=${searcher.query}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @focus=${() => {
            // Someone about to search will likely open an article: fetch what searching and reading need now.
            void loadQueryTools().catch(() => undefined);
            void this.articleParts
              .load()
              .then((parts) => parts?.preloadSanitizer())
              .catch(() => undefined);
            if (!searcher.query && searcher.recent.length) this.expanded = true;
          }}
          @click=${() => (this.expanded = true)}
        />
        ${searcher.query
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
            aria-label=${typed ? this.t('search.results', { count: options.length }) : this.t('search.group.recent')}
            ?hidden=${!listboxShown}
            @mousedown=${(event: Event) => event.preventDefault()}
          >
            ${listboxShown
              ? renderListOptions({
                  query: typed,
                  groups: searcher.answer?.groups ?? [],
                  options,
                  active: this.active,
                  t: this.t,
                  choose: (option) => this.choose(option),
                })
              : nothing}
          </ul>
          ${popupOpen
            ? renderPanel({
                status,
                query: typed,
                hasOptions: options.length > 0,
                suggestion: searcher.suggestion,
                error: searcher.error,
                t: this.t,
                headingLevel: this.headingLevel,
                escalate: this.renderEscalate,
                retry: () => void searcher.searchNow(),
                searchFor: (text) => void this.search(text),
              })
            : nothing}
        </div>
      </div>
      ${searcher.announcer.render()} ${this.renderArticle()}
    `;
  }

  private renderArticle() {
    const view = this.reader?.view;
    if (!view && !this.articleRequested) {
      return this.searcher.typed
        ? nothing
        : renderSuggested(this.searcher.suggested, this.t, (hit) => this.openHit(hit, 0), this.headingLevel, this.searcher.suggestedComing);
    }
    const content =
      view && this.articleParts.module
        ? this.articleParts.module.renderArticleView({
            view,
            openMode: this.openMode,
            t: this.t,
            headingLevel: this.headingLevel,
            formatDate: (value) => this.localize.date(value, { dateStyle: 'medium' }),
            feedback: this.service.has('article-feedback'),
            escalate: this.renderEscalate,
            close: () => this.closeArticle(),
            retry: () => this.reader?.retry(),
            rate: (helpful) => void this.reader?.sendFeedback(helpful),
            askComment: () => this.reader?.askComment(),
            submitComment: (event) => this.onFeedbackSubmit(event),
          })
        : renderArticleSkeleton(this.t);
    return renderArticleFrame(this.openMode, content, () => {
      if (this.reader?.view || this.articleRequested) this.closeArticle();
    });
  }

  private readonly renderEscalate = () =>
    renderEscalate({
      href: this.escalateHref,
      query: this.searcher.escalationQuery,
      t: this.t,
      onEscalate: (event) => this.onEscalate(event),
    });
}
