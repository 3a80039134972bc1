import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { isAbortError, toAdapterError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { CatalogItem, CatalogItemSummary, CatalogVariable } from '../../core/schemas.js';
import { errorKind, renderNotConnected, renderProblem } from '../shared/problem.js';
import { SxElement } from '../shared/sx-element.js';
import { cardSkeletonBody } from './card-skeleton.js';
import { formSkeleton, renderConfirmation, renderSubmitState, renderSummary, type Translate } from './card-views.js';
import { renderField } from './form-fields.js';
import { fieldErrorText, type FieldMessageFormats } from './field-messages.js';
import { visibleVariables, type FieldErrorCode } from './form-schema.js';
import { costText, deliveryText } from './item-text.js';
import type { CatalogCardMessages } from './messages/en.js';
import { PersonLookupController } from './person-lookup.js';
import { RequestDeliveryController, type Phase } from './request-delivery.js';
import { RequestForm } from './request-form.js';
import { catalogCardMessages } from './sx-catalog-card.messages.js';
import { catalogCardStyles } from './sx-catalog-card.styles.js';
import './sx-catalog-card.events.js';

function hasVariables(item: CatalogItem | CatalogItemSummary | undefined): item is CatalogItem {
  return !!item && Array.isArray((item as CatalogItem).variables);
}

const PHASE_SAID: Partial<Record<Phase, 'submit.sending' | 'submit.retrying' | 'submit.offline'>> = {
  sending: 'submit.sending',
  retrying: 'submit.retrying',
  offline: 'submit.offline',
};

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
  private announcement = '';

  private readonly itemTask = new Task(this, {
    task: async ([itemId, connection, given, needsVariables], { signal }): Promise<CatalogItem | CatalogItemSummary | undefined> => {
      if (hasVariables(given) && given.id === itemId) return given;
      if (given && given.id === itemId && !needsVariables) return given;
      if (!connection || !itemId || !connection.has('catalog')) return given;
      try {
        return await connection.adapter.getCatalogItem!(itemId, signal);
      } catch (error) {
        if (!isAbortError(error)) {
          const problem = toAdapterError(error);
          this.emit('sx-error', { kind: problem.kind, message: problem.message, operation: 'load-catalog-item' });
        }
        throw error;
      }
    },
    args: () =>
      [this.itemId || this.item?.id || '', this.service.connection, this.item, this.open && !!this.item && !hasVariables(this.item)] as const,
  });

  private readonly form = new RequestForm(this, {
    item: () => this.loadedItem,
    scope: () => this.scope,
    lookupPeople: () => this.lookupPeople,
    said: (variable, code) => this.announce(`${variable.label}: ${this.errorText(variable, code)}`),
  });

  private readonly people = new PersonLookupController(this, {
    adapter: () => this.connection?.adapter,
    typed: (variable, text) => {
      this.form.setPersonName(variable.name, text);
      this.form.setValue(variable, '');
    },
    picked: (variable, person) => {
      this.form.setPersonName(variable.name, person.name);
      this.form.setValue(variable, person.id);
      this.form.validateOne(variable.name, false);
    },
    found: (count, query) => this.announce(this.t('form.person.results', { count, query })),
    chosen: (person) => this.announce(this.t('form.person.selected', { name: person.name })),
    failed: (problem) => {
      this.emit('sx-error', { kind: problem.kind, message: problem.message, operation: 'search-people' });
      this.announce(this.t(`error.${problem.kind}.title`));
    },
  });

  private readonly delivery = new RequestDeliveryController(this, {
    connection: () => this.connection,
    rekeyed: () => this.form.save(),
    resumed: () => {
      this.open = true;
    },
    submitted: (entry, receipt) => {
      const itemId = entry.kind === 'request' ? entry.payload.itemId : this.itemId;
      if (!receipt) {
        this.emit('sx-request-submit', { itemId, idempotencyKey: entry.key, queued: true });
        return;
      }
      this.form.delivered(itemId);
      this.emit('sx-request-submit', { itemId, idempotencyKey: entry.key, receipt, queued: false });
      this.announce(this.t('submit.done.title', { number: receipt.number }));
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus());
    },
    failed: (problem) => {
      this.emit('sx-error', { kind: problem.kind, message: problem.message, operation: 'submit-request' });
      this.announce(`${this.t(`error.${problem.kind}.title`)}. ${this.t('submit.failed')}`);
    },
    said: (phase) => {
      const key = PHASE_SAID[phase];
      if (key) this.announce(this.t(key));
    },
  });

  constructor() {
    super(catalogCardMessages);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('itemId') && changed.get('itemId') !== undefined) this.resetForm();
  }

  private get connection(): ServiceConnection | undefined {
    return this.service.connection;
  }

  private get scope(): string {
    return this.connection?.adapter.id ?? 'none';
  }

  private get loadedItem(): CatalogItem | undefined {
    const value = this.itemTask.value;
    return hasVariables(value) ? value : undefined;
  }

  private t: Translate = (key, params) => this.localize.t(key, params);

  private announce(message: string) {
    // The same sentence twice must still be spoken: clear first, then set on the next frame.
    this.announcement = '';
    this.requestUpdate();
    requestAnimationFrame(() => {
      this.announcement = message;
      this.requestUpdate();
    });
  }

  private resetForm() {
    this.delivery.reset();
    this.form.reset();
    this.people.clear();
  }

  /** The first time an item's form is shown: its draft, and the request of that draft if one is on its way. */
  private prepareForm(item: CatalogItem) {
    if (this.form.isPreparedFor(item)) return;
    this.resetForm();
    const draft = this.form.prepare(item);
    if (draft) void this.delivery.resume(draft.key, () => this.form.draft?.key === draft.key);
  }

  private get lookupPeople(): boolean {
    return this.service.has('people');
  }

  private errorText(variable: CatalogVariable, code: FieldErrorCode): string {
    return fieldErrorText(this.t, this.formats, variable, code);
  }

  private readonly formats: FieldMessageFormats = {
    number: (value) => this.localize.number(value),
    day: (days) => {
      const today = new Date();
      return this.localize.date(new Date(today.getFullYear(), today.getMonth(), today.getDate() + Math.trunc(days)), { dateStyle: 'long' });
    },
  };

  private onFieldFocusOut(name: string, event: FocusEvent) {
    const container = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && container.contains(event.relatedTarget)) return;
    this.people.close(name);
    this.form.left(name);
  }

  private async onSubmit(event: Event) {
    event.preventDefault();
    const item = this.loadedItem;
    const connection = this.connection;
    // A press that lands after delivery but before the confirmation renders is not a new request.
    if (!item || !connection || this.delivery.phase === 'done') return;
    if (this.delivery.underWay) {
      this.delivery.hurry();
      return;
    }
    const { result, invalid } = this.form.validateAll(item);
    if (invalid.length || !result.ok) {
      this.requestUpdate();
      await this.updateComplete;
      this.focusField(invalid[0]!.name);
      this.announce(this.t('form.errorSummary', { count: invalid.length, fields: invalid.map((v) => v.label).join(', ') }));
      return;
    }
    this.form.save();
    await this.delivery.send({ itemId: item.id, values: result.values }, this.form.draft!);
  }

  private retryFailed = () => {
    this.delivery.reset();
    this.renderRoot.querySelector<HTMLFormElement>('form')?.requestSubmit();
  };

  private startAnother = async () => {
    const item = this.loadedItem;
    this.form.forget();
    if (item) this.prepareForm(item);
    this.requestUpdate();
    await this.updateComplete;
    this.focusFirstField();
  };

  /** Opens the request form and moves focus to its first field (once the item's variables are loaded). */
  async openForm(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    await this.itemTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
    this.focusFirstField();
  }

  private closeForm = async () => {
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.request')?.focus();
  };

  private focusFirstField() {
    this.renderRoot.querySelector<HTMLElement>('form [data-field]')?.focus();
  }

  private focusField(name: string) {
    this.renderRoot.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`)?.focus();
  }

  private toggleDetails = () => {
    this.detailsOpen = !this.detailsOpen;
    this.requestUpdate();
  };

  protected override render() {
    const t = this.t;
    const status = html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
    if (!this.connection && !this.item) return html`${renderNotConnected(t)}${status}`;
    if (this.connection && !this.connection.has('catalog') && !this.item) {
      return html`<div class="problem notice" part="error" role="note"><p>${t('config.unsupported')}</p></div>${status}`;
    }
    const shown = this.itemTask.value ?? (this.item?.id === (this.itemId || this.item?.id) ? this.item : undefined);
    if (!shown) {
      if (this.itemTask.status === TaskStatus.ERROR) return html`${this.renderLoadProblem()}${status}`;
      return html`<div part="card" class="card skeleton-card" aria-busy="true">
          <span class="visually-hidden">${t('card.loading')}</span>
          ${cardSkeletonBody}
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
      onToggleDetails: this.toggleDetails,
      onRequest: () => void this.openForm(),
    });
    return html`<article part="card" class="card" aria-labelledby="name" aria-busy=${this.itemTask.status === TaskStatus.PENDING ? 'true' : 'false'}>
        ${summary} ${this.open ? this.renderRequest() : nothing}
      </article>
      ${status}`;
  }

  private renderLoadProblem() {
    const error = this.itemTask.error;
    if (errorKind(error) === 'not-found') {
      return html`<div class="problem" part="error" role="alert">
        <h3>${this.t('card.notFound.title')}</h3>
        <p>${this.t('card.notFound.body')}</p>
      </div>`;
    }
    return renderProblem(this.t, error, () => void this.itemTask.run());
  }

  private renderRequest() {
    const item = this.loadedItem;
    if (!item) return this.itemTask.status === TaskStatus.ERROR ? this.renderLoadProblem() : formSkeleton;
    this.prepareForm(item);
    const t = this.t;
    const { phase, receipt } = this.delivery;
    if (phase === 'done' && receipt) return renderConfirmation(t, receipt, deliveryText(t, item), this.startAnother);
    const busy = phase === 'sending';
    const visible = visibleVariables(item.variables, this.form.values);
    return html`<form part="form" class="form" novalidate aria-label=${t('form.title', { name: item.name })} @submit=${this.onSubmit}>
      ${this.form.draftRestored ? html`<p class="note">${t('form.draftRestored')}</p>` : nothing}
      ${visible.some((variable) => variable.required) ? html`<p class="hint">${t('form.requiredHint')}</p>` : nothing}
      ${visible.length ? visible.map((variable) => this.renderField(variable)) : html`<p>${t('form.noFields')}</p>`}
      ${renderSubmitState(t, phase, this.delivery.failure, () => this.delivery.hurry(), this.retryFailed)}
      <div class="actions">
        <button part="submit" type="submit" class="primary" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? t('form.sending') : t('form.submit')}
        </button>
        <button type="button" @click=${this.closeForm}>${t('form.cancel')}</button>
      </div>
    </form>`;
  }

  private renderField(variable: CatalogVariable) {
    const code = this.form.errors[variable.name];
    const name = variable.name;
    return renderField({
      variable,
      value: this.form.values[name],
      error: code ? this.errorText(variable, code) : undefined,
      requiredText: this.t('form.required'),
      onValue: (value) => this.form.setValue(variable, value),
      onFocusOut: (event) => this.onFieldFocusOut(name, event),
      person:
        variable.type === 'user' && this.lookupPeople
          ? {
              lookup: this.people.lookupFor(name),
              typed: this.form.personName(name),
              placeholder: this.t('form.person.placeholder'),
              onInput: (text) => this.people.input(variable, text),
              onKeydown: (event) => this.people.keydown(variable, event),
              onPick: (person) => this.people.pick(variable, person),
            }
          : undefined,
    });
  }
}
