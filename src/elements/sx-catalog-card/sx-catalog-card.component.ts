import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { CatalogItem, CatalogItemSummary } from '../../core/schemas.js';
import { Announcer } from '../shared/announcer.js';
import { headingTag } from '../shared/heading.js';
import { errorKind, renderNotConnected, renderProblem } from '../shared/problem.js';
import { Resource } from '../shared/resource.js';
import { SxElement } from '../shared/sx-element.js';
import { LazyPart, partLoader } from '../shared/lazy-part.js';
import { cardSkeletonBody } from './card-skeleton.js';
import type { AnswerFormats } from './chosen-answers.js';
import { formSkeleton, renderSummary } from './card-views.js';
import type { FieldMessageFormats } from './field-messages.js';
import { costText, deliveryText, type CardTranslate } from './item-text.js';
import type { CatalogCardMessages } from './messages/en.js';
import type { RequestPanel } from './request-panel.js';
import { catalogCardMessages } from './sx-catalog-card.messages.js';
import { catalogCardStyles } from './sx-catalog-card.styles.js';
import './sx-catalog-card.events.js';

// The request form loads on intent or when first opened, once for every card on the page.
const requestPanel = partLoader(() => import('./request-panel.js'));
const INTENT = ['pointerover', 'touchstart', 'focusin'] as const;

function hasVariables(item: CatalogItem | CatalogItemSummary | undefined): item is CatalogItem {
  return !!item && Array.isArray((item as CatalogItem).variables);
}

type ShownItem = CatalogItem | CatalogItemSummary | undefined;

/**
 * @summary A service from the catalog in plain words, with a request form generated from its
 * variables: validated as people type, kept as a draft, and sent exactly once through the outbox.
 *
 * @event sx-request-submit - A request was delivered (`receipt`), or saved to be sent later
 *   (`queued: true`). Detail: `{ itemId, idempotencyKey, receipt?, queued }`.
 * @event sx-error - Loading the item or sending the request failed. Detail: `{ kind, message, operation }`.
 *
 * @csspart card - The card around everything.
 * @csspart icon - The item's icon.
 * @csspart badge - The "needs manager approval" badge.
 * @csspart request-button - The button that opens the request form.
 * @csspart details - The full description, once expanded.
 * @csspart form - The request form.
 * @csspart field - One field of the form (label, control, help and error).
 * @csspart submit - The form's submit button.
 * @csspart confirmation - What is shown once the request is received.
 * @csspart error - A problem message (loading or sending failed).
 *
 * @cssproperty --sx-catalog-card-icon-size - Size of the icon (default 2.5rem).
 * @cssproperty --sx-color-accent - Buttons, icon tile and focus colour.
 * @cssproperty --sx-color-warning - The approval badge.
 */
export class SxCatalogCard extends SxElement<CatalogCardMessages> {
  static override styles = catalogCardStyles;

  /** Id of the catalog item to show. */
  @property({ attribute: 'item-id', reflect: true }) itemId = '';

  /**
   * The item itself, when the page already has it (as <sx-catalog> does): a full item skips the
   * fetch; a summary is shown at once and the variables are fetched when the form opens.
   */
  @property({ attribute: false }) item?: CatalogItem | CatalogItemSummary;

  /** `compact`: one line of facts, no details toggle. `full`: everything, details expandable. */
  @property({ reflect: true }) variant: 'compact' | 'full' = 'full';

  /** Whether the request form is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  private detailsOpen = false;
  private readonly announcer = new Announcer(this);

  private readonly itemResource = new Resource(this, {
    operation: 'load-catalog-item',
    args: () =>
      [this.itemId || this.item?.id || '', this.service.connection, this.item, this.open && !!this.item && !hasVariables(this.item)] as const,
    load: async ([itemId, connection, given, needsVariables], signal): Promise<ShownItem> => {
      if (hasVariables(given) && given.id === itemId) return given;
      if (given && given.id === itemId && !needsVariables) return given;
      if (!connection || !itemId || !connection.has('catalog')) return given;
      return connection.adapter.getCatalogItem!(itemId, signal);
    },
  });

  /** The request form and all it needs, loaded when it first opens. */
  private readonly requestPart = new LazyPart(this, requestPanel);
  private panel?: RequestPanel;

  constructor() {
    super(catalogCardMessages);
    for (const type of INTENT) this.addEventListener(type, this.onIntent, { passive: true });
  }

  /**
   * The request form is not part of the page's first load (it is the card's heaviest part): it is
   * fetched when someone reaches for the card (pointer over it, a touch, focus inside), so Request
   * usually opens without a wait; opening it before that loads it then.
   */
  private readonly onIntent = () => {
    for (const type of INTENT) this.removeEventListener(type, this.onIntent);
    void this.requestPart.load();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('itemId') && changed.get('itemId') !== undefined) this.panel?.reset();
  }

  private get connection(): ServiceConnection | undefined {
    return this.service.connection;
  }

  private get loadedItem(): CatalogItem | undefined {
    const value = this.itemResource.value;
    return hasVariables(value) ? value : undefined;
  }

  private t: CardTranslate = (key, params) => this.localize.t(key, params);

  private readonly formats: FieldMessageFormats = {
    number: (value) => this.localize.number(value),
    day: (days) => {
      const today = new Date();
      return this.localize.date(new Date(today.getFullYear(), today.getMonth(), today.getDate() + Math.trunc(days)), { dateStyle: 'long' });
    },
    list: (items) => this.localize.list(items),
  };

  /** How the confirmation words the person's answers, in the current language. */
  private answerFormats(): Omit<AnswerFormats, 'personName'> {
    return {
      day: (isoDay) => {
        const [year, month, day] = isoDay.split('-').map(Number);
        return this.localize.date(new Date(year!, month! - 1, day!), { dateStyle: 'long' });
      },
      number: this.formats.number,
      list: this.formats.list,
      yes: this.t('answer.yes'),
      no: this.t('answer.no'),
    };
  }

  /** The form's panel, made once its module has loaded. */
  private requestPanel(): RequestPanel | undefined {
    const part = this.requestPart.get();
    if (part && !this.panel) {
      this.panel = new part.RequestPanel({
        element: this,
        t: this.t,
        formats: this.formats,
        answerFormats: () => this.answerFormats(),
        item: () => this.loadedItem,
        itemId: () => this.itemId,
        connection: () => this.connection,
        lookupPeople: () => this.service.has('people'),
        deliveryText: (item) => deliveryText(this.t, item),
        announce: (message) => this.announcer.announce(message),
        reopen: () => (this.open = true),
        closeForm: () => void this.closeForm(),
      });
    }
    return this.panel;
  }

  /**
   * Opens the request form and moves focus to its first field (once the item's variables are loaded).
   * `describe`: the person's own words (what they searched for before asking the desk), put into the
   * item's first free-text field unless they already wrote something there.
   */
  async openForm(options: { describe?: string } = {}): Promise<void> {
    this.open = true;
    const loadingForm = this.requestPart.ready().catch(() => undefined);
    await this.updateComplete;
    await this.whenItemSettled();
    await loadingForm;
    const item = this.loadedItem;
    if (options.describe?.trim() && item) this.requestPanel()?.describe(item, options.describe.trim());
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('form [data-field]')?.focus();
  }

  private async whenItemSettled() {
    while (this.itemResource.loading) {
      await new Promise((resolve) => setTimeout(resolve, 16));
      await this.updateComplete;
    }
  }

  private async closeForm() {
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.request')?.focus();
  }

  private toggleDetails = () => {
    this.detailsOpen = !this.detailsOpen;
    this.requestUpdate();
  };

  protected override render() {
    const t = this.t;
    const status = this.announcer.render();
    if (!this.connection && !this.item) return html`${renderNotConnected(t, this.headingLevel)}${status}`;
    if (this.connection && !this.connection.has('catalog') && !this.item) {
      return html`<div class="problem notice" part="error" role="note"><p>${t('config.unsupported')}</p></div>${status}`;
    }
    const shown = this.itemResource.value ?? (this.item?.id === (this.itemId || this.item?.id) ? this.item : undefined);
    if (!shown) {
      if (this.itemResource.status === 'error') return html`${this.renderLoadProblem()}${status}`;
      return html`<div part="card" class="card skeleton-card" aria-busy="true">
          <span class="visually-hidden">${t('card.loading')}</span>
          ${cardSkeletonBody(this.variant === 'full')}
        </div>
        ${status}`;
    }
    const summary = renderSummary(t, {
      item: shown,
      delivery: deliveryText(t, shown),
      cost: costText(t, (value) => this.localize.money(value), shown.cost),
      description: this.variant === 'full' && hasVariables(shown) ? shown.description : undefined,
      detailsOpen: this.detailsOpen,
      open: this.open,
      canRequest: this.service.has('requests'),
      headingLevel: this.headingLevel,
      onToggleDetails: this.toggleDetails,
      onRequest: () => void this.openForm(),
    });
    return html`<article part="card" class="card" aria-labelledby="name" aria-busy=${this.itemResource.loading ? 'true' : 'false'}>
        ${summary} ${this.open ? this.renderRequest() : nothing}
      </article>
      ${status}`;
  }

  private renderLoadProblem() {
    const error = this.itemResource.error;
    if (errorKind(error) === 'not-found') {
      const h = headingTag(this.headingLevel);
      return staticHtml`<div class="problem" part="error" role="alert">
        <${h}>${this.t('card.notFound.title')}</${h}>
        <p>${this.t('card.notFound.body')}</p>
      </div>`;
    }
    return renderProblem(this.t, error, () => void this.itemResource.retry(), this.headingLevel);
  }

  private renderRequest() {
    const item = this.loadedItem;
    if (!item) return this.itemResource.status === 'error' ? this.renderLoadProblem() : formSkeleton;
    return this.requestPanel()?.render(item) ?? formSkeleton;
  }
}
