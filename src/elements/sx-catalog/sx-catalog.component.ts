import { html } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import type { CoreMessages, Translate } from '../../core/i18n/index.js';
import type { CatalogItemSummary, CatalogList } from '../../core/schemas.js';
import { Announcer } from '../shared/announcer.js';
import { headingTag } from '../shared/heading.js';
import { renderNotConnected, renderProblem } from '../shared/problem.js';
import { Resource } from '../shared/resource.js';
import { SxElement } from '../shared/sx-element.js';
import { cardSkeletonBody } from '../sx-catalog-card/card-skeleton.js';
import { iconPath } from '../sx-catalog-card/icons.js';
import { costText, deliveryText } from '../sx-catalog-card/item-text.js';
import '../sx-catalog-card/sx-catalog-card.js';
import type { SxCatalogCard } from '../sx-catalog-card/sx-catalog-card.component.js';
import { filterCatalog, nextIndex } from './filter.js';
import type { CatalogMessages } from './messages/en.js';
import { catalogMessages } from './sx-catalog.messages.js';
import { catalogStyles } from './sx-catalog.styles.js';

type Category = CatalogList['categories'][number];
type CatalogTranslate = Translate<(keyof CatalogMessages | keyof CoreMessages) & string>;

/** Skeleton cards while the catalog loads, each shaped like a loaded card (card-skeleton.ts). */
const SKELETON_CARDS = 6;

/**
 * @summary The service catalog as a grid or list of cards, filtered by category and by typed
 * words, with arrow-key navigation; a card's Request button opens its request form in place.
 *
 * @event sx-request-submit - Bubbles from the request form (see <sx-catalog-card>).
 * @event sx-error - Loading the catalog failed. Detail: `{ kind, message, operation: 'load-catalog' }`.
 *
 * @csspart filters - The filter bar.
 * @csspart filter-input - The text filter.
 * @csspart category-select - The category filter.
 * @csspart list - The list of cards.
 * @csspart card - One card.
 * @csspart icon - A card's icon.
 * @csspart badge - A card's "needs manager approval" badge.
 * @csspart request-button - A card's Request button.
 * @csspart back - The button back to the list from an open request form.
 * @csspart error - A problem message.
 *
 * @cssproperty --sx-catalog-min-card-width - Narrowest card in the grid (default 16rem).
 */
export class SxCatalog extends SxElement<CatalogMessages> {
  static override styles = catalogStyles;

  /** `grid` (cards side by side) or `list` (one card a row). */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';

  /** The category shown first (an id from the catalog's categories); empty for all. */
  @property({ reflect: true }) category = '';

  /** The text filter. */
  @property() filter = '';

  /** Items the page already has: shown without asking the backend. */
  @property({ attribute: false }) items?: CatalogItemSummary[];

  /** Category names for `items`; with neither, the filter lists the ids found in the items. */
  @property({ attribute: false }) categories?: Category[];

  @state() private activeIndex = 0;
  @state() private selected?: CatalogItemSummary;

  private textCache = new Map<string, string>();
  private textLocale = '';

  private readonly announcer = new Announcer(this);

  /** Only without given items: pre-fetched items render in the first update. */
  private readonly catalog = new Resource(this, {
    operation: 'load-catalog',
    args: () => {
      const connection = this.service.connection;
      return !this.items && connection?.has('catalog') ? ([connection] as const) : undefined;
    },
    load: ([connection], signal) => connection.adapter.listCatalog!({}, signal),
  });

  constructor() {
    super(catalogMessages);
  }

  private t: CatalogTranslate = (key, params) => this.localize.t(key, params);

  protected override willUpdate(): void {
    // Said when the list or its filters change, not on every render.
    const sentence = this.list ? this.t('catalog.count', { count: this.visibleItems.length }) : this.t('catalog.loading');
    if (sentence !== this.announcer.text) this.announcer.announce(sentence);
  }

  private get list(): CatalogList | undefined {
    if (this.items) return { items: this.items, categories: this.categories ?? [], total: this.items.length };
    return this.catalog.value;
  }

  private get visibleItems(): CatalogItemSummary[] {
    return filterCatalog(this.list?.items ?? [], { category: this.category, text: this.filter });
  }

  /**
   * The delivery and cost line. Plural rules and number formats are the slow part of a card, and a
   * catalog has few distinct delivery times and prices: each line is formatted once per language.
   */
  private factsOf(item: CatalogItemSummary): string {
    const cost = item.cost;
    const key = `${item.deliveryTime?.days}|${cost ? `${cost.amount}|${cost.currency}|${cost.recurrence}` : ''}`;
    let facts = this.textCache.get(key);
    if (facts === undefined) {
      const parts = [deliveryText(this.t, item), costText(this.t, (value) => this.localize.money(value), cost)];
      this.textCache.set(key, (facts = parts.filter(Boolean).join(' · ')));
    }
    return facts;
  }

  private onFilterInput(event: Event) {
    this.filter = (event.target as HTMLInputElement).value;
    this.activeIndex = 0;
  }

  private onCategoryChange(event: Event) {
    this.category = (event.target as HTMLSelectElement).value;
    this.activeIndex = 0;
  }

  private clearFilters = () => {
    this.filter = '';
    this.category = '';
    this.activeIndex = 0;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#filter')?.focus());
  };

  private onListKeydown(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (!target.matches('.request')) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.cards .request')];
    const index = buttons.indexOf(target as HTMLButtonElement);
    const next = nextIndex(event.key, index, buttons.length, this.columns(buttons), this.localize.dir === 'rtl');
    if (next === undefined || index < 0) return;
    event.preventDefault();
    this.activeIndex = next;
    buttons[next]!.focus();
  }

  /** Cards in the first row: how far ArrowUp and ArrowDown move. */
  private columns(buttons: HTMLElement[]): number {
    if (this.layout === 'list' || buttons.length < 2) return 1;
    const cards = buttons.map((button) => button.closest('li')!);
    const top = cards[0]!.offsetTop;
    const inRow = cards.findIndex((card) => card.offsetTop !== top);
    return inRow < 0 ? cards.length : inRow;
  }

  private async select(item: CatalogItemSummary, index: number) {
    this.activeIndex = index;
    this.selected = item;
    await this.updateComplete;
    const card = this.renderRoot.querySelector<SxCatalogCard>('sx-catalog-card');
    await card?.openForm();
  }

  private back = async () => {
    const id = this.selected?.id;
    this.selected = undefined;
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`.request[data-id="${CSS.escape(id ?? '')}"]`);
    (button ?? this.renderRoot.querySelector<HTMLElement>('#filter'))?.focus();
  };

  protected override render() {
    const t = this.t;
    const connection = this.service.connection;
    if (!connection && !this.items) return renderNotConnected(t, this.headingLevel);
    if (connection && !connection.has('catalog') && !this.items) {
      return html`<div class="problem notice" part="error" role="note"><p>${t('config.unsupported')}</p></div>`;
    }
    if (this.selected) {
      return html`<button type="button" part="back" class="back" @click=${this.back}>
          <span aria-hidden="true" class="arrow">←</span> ${t('catalog.back')}
        </button>
        <sx-catalog-card .item=${this.selected} item-id=${this.selected.id} variant="full" heading-level=${this.headingLevel}></sx-catalog-card>`;
    }
    const list = this.list;
    if (this.catalog.status === 'error' && !list) {
      return renderProblem(t, this.catalog.error, () => void this.catalog.retry(), this.headingLevel);
    }
    const items = this.visibleItems;
    const loading = !list;
    return html`${this.renderFilters(list)}
      <p id="nav-hint" class="visually-hidden">${t('catalog.navHint')}</p>
      ${loading
        ? this.renderSkeleton()
        : items.length
          ? this.renderCards(items)
          : staticHtml`<div class="problem notice empty" role="note">
              <${headingTag(this.headingLevel)}>${t('catalog.empty.title')}</${headingTag(this.headingLevel)}>
              <p>${t('catalog.empty.body')}</p>
              <button type="button" @click=${this.clearFilters}>${t('catalog.clear')}</button>
            </div>`}
      ${this.announcer.render()}`;
  }

  private renderFilters(list: CatalogList | undefined) {
    const t = this.t;
    const categories = list?.categories.length
      ? list.categories
      : [...new Set((list?.items ?? []).flatMap((item) => item.categories))].map((id) => ({ id, name: id }));
    return html`<div part="filters" class="filters">
      <div class="control">
        <label for="filter">${t('catalog.filter.label')}</label>
        <input id="filter" part="filter-input" type="search" autocomplete="off" .value=${this.filter} @input=${this.onFilterInput} />
      </div>
      <div class="control">
        <label for="category">${t('catalog.category.label')}</label>
        <select id="category" part="category-select" @change=${this.onCategoryChange}>
          <option value="" ?selected=${!this.category}>${t('catalog.category.all')}</option>
          ${categories.map((category) => html`<option value=${category.id} ?selected=${category.id === this.category}>${category.name}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private renderSkeleton() {
    return html`<ul part="list" class="cards" aria-busy="true" aria-label=${this.t('catalog.list.label')}>
      ${Array.from(
        { length: SKELETON_CARDS },
        () => html`<li class="card skeleton-card">${cardSkeletonBody()}</li>`,
      )}
    </ul>`;
  }

  private onListClick(event: Event) {
    const button = (event.target as Element).closest<HTMLElement>('.request');
    const items = this.visibleItems;
    const index = items.findIndex((item) => item.id === button?.dataset.id);
    if (index >= 0) void this.select(items[index]!, index);
  }

  private renderCards(items: CatalogItemSummary[]) {
    const t = this.t;
    const active = Math.min(this.activeIndex, items.length - 1);
    const approval = t('card.approval');
    // The locale changes before its catalog has loaded: the catalog's own wording is part of the key.
    const wording = `${this.localize.locale}|${approval}|${t('card.cost.once')}`;
    if (this.textLocale !== wording) {
      this.textLocale = wording;
      this.textCache = new Map();
    }
    const request = t('card.request');
    const h = headingTag(this.headingLevel);
    // 500 of these render at once: one flat template per card with no whitespace nodes between
    // tags, text set as properties (no marker comments), one listener on the list for every
    // Request button, the icon a single path, the facts one cached string.
    return html`<ul part="list" class="cards" aria-label=${t('catalog.list.label')} @keydown=${this.onListKeydown} @click=${this.onListClick}>
      ${items.map(
        (item, index) =>
          staticHtml`<li part="card" class="card"><div class="head"><span class="icon-tile"><svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${iconPath(item.icon)}></path></svg></span><div class="title"><${h} class="name" .textContent=${item.name}></${h}><span part="badge" class="badge" ?hidden=${!item.approvalRequired} .textContent=${approval}></span></div></div><p class="summary" .textContent=${item.shortDescription}></p><p class="facts" .textContent=${this.factsOf(item)}></p><button type="button" part="request-button" class="primary request" data-id=${item.id} tabindex=${index === active ? '0' : '-1'} aria-describedby="nav-hint">${request}<span class="visually-hidden" .textContent=${` ${item.name}`}></span></button></li>`,
      )}
    </ul>`;
  }
}
