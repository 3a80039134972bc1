import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { AdapterError, isAbortError, toAdapterError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { OutboxEntry } from '../../core/outbox.js';
import type { CoreMessages } from '../../core/i18n/index.js';
import { backendHtml } from '../../core/backend-html.js';
import type { CatalogItem, CatalogItemSummary, CatalogVariable, PersonMatch, RequestReceipt } from '../../core/schemas.js';
import { errorKind, renderNotConnected, renderProblem } from '../shared/problem.js';
import { SxElement } from '../shared/sx-element.js';
import { clearDraft, loadDraft, saveDraft, type Draft } from './draft.js';
import {
  mergeValues,
  validateRequest,
  visibleVariables,
  type FieldErrorCode,
  type FieldErrors,
  type FieldValue,
  type FormValues,
} from './form-schema.js';
import { cardSkeletonBody } from './card-skeleton.js';
import { renderIcon } from './icons.js';
import { costText, deliveryText } from './item-text.js';
import type { CatalogCardMessages } from './messages/en.js';
import { catalogCardMessages } from './sx-catalog-card.messages.js';
import { catalogCardStyles } from './sx-catalog-card.styles.js';
import './sx-catalog-card.events.js';
import { randomId } from '../../core/random-id.js';

type Phase = 'editing' | 'sending' | 'retrying' | 'offline' | 'failed' | 'done';

interface PersonLookup {
  matches: PersonMatch[];
  open: boolean;
  active: number;
  query: string;
  searching: boolean;
}

const PERSON_SEARCH_DELAY_MS = 200;

/** Ids inside the shadow root, from variable names that may hold any character. */
function fieldId(name: string): string {
  return `f-${name.replace(/[^\w-]/g, '_')}`;
}

function hasVariables(item: CatalogItem | CatalogItemSummary | undefined): item is CatalogItem {
  return !!item && Array.isArray((item as CatalogItem).variables);
}

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
  private values: FormValues = {};
  private errors: FieldErrors = {};
  private readonly touched = new Set<string>();
  private draft?: Draft;
  private draftRestored = false;
  private formFor?: string;
  private readonly people = new Map<string, PersonLookup>();
  private readonly personSearches = new Map<string, { timer?: ReturnType<typeof setTimeout>; abort?: AbortController }>();
  private phase: Phase = 'editing';
  private failure?: AdapterError;
  private receipt?: RequestReceipt;
  private announcement = '';
  private unsubscribe?: () => void;
  private following?: string;
  private emittedQueued?: string;

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

  constructor() {
    super(catalogCardMessages);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing();
    for (const search of this.personSearches.values()) {
      clearTimeout(search.timer);
      search.abort?.abort();
    }
    this.personSearches.clear();
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

  private t = (key: (keyof CatalogCardMessages | keyof CoreMessages) & string, params?: Record<string, string | number>) =>
    this.localize.t(key, params);

  // ------------------------------------------------------------------ form state

  private resetForm() {
    this.stopFollowing();
    this.formFor = undefined;
    this.values = {};
    this.errors = {};
    this.touched.clear();
    this.people.clear();
    this.draft = undefined;
    this.draftRestored = false;
    this.phase = 'editing';
    this.failure = undefined;
    this.receipt = undefined;
  }

  /** Fills the form from the stored draft (or defaults) the first time an item's form is shown. */
  private prepareForm(item: CatalogItem) {
    if (this.formFor === `${this.scope}|${item.id}`) return;
    this.resetForm();
    this.formFor = `${this.scope}|${item.id}`;
    const draft = loadDraft(this.scope, item.id);
    this.draft = draft;
    this.values = mergeValues(item.variables, draft?.values ?? {});
    this.draftRestored = !!draft && Object.keys(draft.values).length > 0;
    if (draft) void this.resumeQueued(draft.key);
  }

  /** After a reload: a request of this draft still in the outbox is shown as sending, not lost. */
  private async resumeQueued(key: string) {
    const outbox = this.connection?.outbox;
    if (!outbox) return;
    const entry = (await outbox.entries({ kind: 'request' })).find((candidate) => candidate.key === key);
    if (!entry || this.draft?.key !== key) return;
    if (entry.status === 'failed') {
      this.phase = 'failed';
      this.failure = new AdapterError(entry.error?.kind ?? 'server', entry.error?.message ?? '');
      this.requestUpdate();
      return;
    }
    this.open = true;
    this.follow(key, entry);
  }

  private saveValues() {
    const item = this.loadedItem;
    if (!item) return;
    this.draft ??= { values: {}, key: randomId(), people: {} };
    this.draft.values = this.values;
    saveDraft(this.scope, item.id, this.draft);
  }

  private setValue(variable: CatalogVariable, value: FieldValue) {
    this.values = { ...this.values, [variable.name]: value };
    this.saveValues();
    const item = this.loadedItem;
    if (item) {
      const visible = new Set(visibleVariables(item.variables, this.values).map((candidate) => candidate.name));
      for (const name of Object.keys(this.errors)) if (!visible.has(name)) delete this.errors[name];
      if (this.touched.has(variable.name) || this.errors[variable.name]) this.validateOne(variable.name, false);
    }
    this.requestUpdate();
  }

  private validateOne(name: string, announce: boolean) {
    const item = this.loadedItem;
    if (!item) return;
    const result = validateRequest(item.variables, this.values);
    const code = (result.ok ? undefined : result.errors[name]) ?? this.personProblem(item, name);
    const before = this.errors[name];
    if (code) this.errors = { ...this.errors, [name]: code };
    else {
      const { [name]: _removed, ...rest } = this.errors;
      this.errors = rest;
    }
    const variable = item.variables.find((candidate) => candidate.name === name);
    if (announce && code && code !== before && variable) {
      this.announce(`${variable.label}: ${this.errorText(variable, code)}`);
    }
    this.requestUpdate();
  }

  /** A name typed into a person field but not picked from the suggestions. */
  private personProblem(item: CatalogItem, name: string): FieldErrorCode | undefined {
    const variable = item.variables.find((candidate) => candidate.name === name);
    if (variable?.type !== 'user' || !this.lookupPeople) return undefined;
    const typed = (this.draft?.people?.[name] ?? '').trim();
    return typed && !this.values[name] ? 'person' : undefined;
  }

  private get lookupPeople(): boolean {
    return this.service.has('people');
  }

  private errorText(variable: CatalogVariable, code: FieldErrorCode): string {
    switch (code) {
      case 'min-length':
      case 'min-items':
        return this.t(`error.${code}`, { count: variable.min ?? 0 });
      case 'max-length':
      case 'max-items':
        return this.t(`error.${code}`, { count: variable.max ?? 0 });
      case 'min':
        return this.t('error.min', { min: this.localize.number(variable.min ?? 0) });
      case 'max':
        return this.t('error.max', { max: this.localize.number(variable.max ?? 0) });
      case 'pattern':
        return variable.help ? this.t('error.pattern-help', { help: variable.help }) : this.t('error.pattern');
      default:
        return this.t(`error.${code}`);
    }
  }

  private announce(message: string) {
    // The same sentence twice must still be spoken: clear first, then set on the next frame.
    this.announcement = '';
    this.requestUpdate();
    requestAnimationFrame(() => {
      this.announcement = message;
      this.requestUpdate();
    });
  }

  private get loadedItem(): CatalogItem | undefined {
    const value = this.itemTask.value;
    return hasVariables(value) ? value : undefined;
  }

  // ------------------------------------------------------------------ submitting

  private async onSubmit(event: Event) {
    event.preventDefault();
    const item = this.loadedItem;
    const connection = this.connection;
    // A press that lands after delivery but before the confirmation renders is not a new request.
    if (!item || !connection || this.phase === 'done') return;
    if (this.phase === 'sending' || this.phase === 'retrying' || this.phase === 'offline') {
      // Pressed again while a send is under way: hurry it along, never a second request.
      void connection.outbox.flush({ force: true });
      return;
    }
    const result = validateRequest(item.variables, this.values);
    const errors: FieldErrors = result.ok ? {} : { ...result.errors };
    const visible = visibleVariables(item.variables, this.values);
    for (const variable of visible) {
      const problem = this.personProblem(item, variable.name);
      if (problem && !errors[variable.name]) errors[variable.name] = problem;
      this.touched.add(variable.name);
    }
    this.errors = errors;
    const invalid = visible.filter((variable) => errors[variable.name]);
    if (invalid.length || !result.ok) {
      this.requestUpdate();
      await this.updateComplete;
      this.focusField(invalid[0]!.name);
      this.announce(this.t('form.errorSummary', { count: invalid.length, fields: invalid.map((v) => v.label).join(', ') }));
      return;
    }

    this.saveValues();
    const draft = this.draft!;
    const payload = { itemId: item.id, values: result.values };
    const outbox = connection.outbox;
    this.phase = navigator.onLine === false ? 'offline' : 'sending';
    this.failure = undefined;
    this.announce(this.phase === 'offline' ? this.t('submit.offline') : this.t('submit.sending'));
    try {
      const existing = (await outbox.entries({ kind: 'request' })).find((entry) => entry.key === draft.key);
      if (existing?.status === 'failed') {
        if (JSON.stringify(existing.payload) === JSON.stringify(payload)) {
          await outbox.retry(draft.key);
        } else {
          // A refused request with other values is a new request: it gets a key of its own.
          await outbox.discard(draft.key);
          draft.key = randomId();
          saveDraft(this.scope, item.id, draft);
          await outbox.enqueue('request', payload, draft.key);
        }
      } else if (existing) {
        void outbox.flush({ force: true });
      } else {
        await outbox.enqueue('request', payload, draft.key);
      }
    } catch (error) {
      this.fail(error);
      return;
    }
    this.follow(draft.key);
  }

  /** Shows what happens to the queued request until it is delivered or refused for good. */
  private follow(key: string, current?: OutboxEntry) {
    const outbox = this.connection?.outbox;
    if (!outbox || this.following === key) return;
    this.stopFollowing();
    this.following = key;
    this.unsubscribe = outbox.subscribe((entry) => {
      if (entry.key === key) this.onEntry(entry);
    });
    if (current) this.onEntry(current);
    outbox.delivered(key).then(
      (entry) => {
        if (this.following === key) this.finish(entry);
      },
      (error: unknown) => {
        if (this.following === key && !isAbortError(error)) this.fail(error);
      },
    );
  }

  private stopFollowing() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.following = undefined;
  }

  private onEntry(entry: OutboxEntry) {
    if (entry.kind !== 'request') return;
    if (entry.status === 'sending' && this.phase === 'editing') this.phase = 'sending';
    if (entry.status !== 'pending' || !entry.error) {
      this.requestUpdate();
      return;
    }
    const offline = entry.error.kind === 'network' || navigator.onLine === false;
    const phase: Phase = offline ? 'offline' : 'retrying';
    if (phase !== this.phase) {
      this.phase = phase;
      this.announce(this.t(offline ? 'submit.offline' : 'submit.retrying'));
    }
    if (this.emittedQueued !== entry.key) {
      this.emittedQueued = entry.key;
      this.emit('sx-request-submit', { itemId: entry.payload.itemId, idempotencyKey: entry.key, queued: true });
    }
    this.requestUpdate();
  }

  private async finish(entry: OutboxEntry) {
    this.stopFollowing();
    const receipt = entry.result as RequestReceipt;
    const itemId = entry.kind === 'request' ? entry.payload.itemId : this.itemId;
    clearDraft(this.scope, itemId);
    this.draft = undefined;
    this.draftRestored = false;
    this.receipt = receipt;
    this.phase = 'done';
    this.emit('sx-request-submit', { itemId, idempotencyKey: entry.key, receipt, queued: false });
    this.announce(`${this.t('submit.done.title', { number: receipt.number })}`);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus();
  }

  private fail(error: unknown) {
    this.stopFollowing();
    const problem = toAdapterError(error);
    this.phase = 'failed';
    this.failure = problem;
    this.emit('sx-error', { kind: problem.kind, message: problem.message, operation: 'submit-request' });
    this.announce(`${this.t(`error.${problem.kind}.title`)}. ${this.t('submit.failed')}`);
    this.requestUpdate();
  }

  private retryFailed = () => {
    this.phase = 'editing';
    this.failure = undefined;
    this.renderRoot.querySelector<HTMLFormElement>('form')?.requestSubmit();
  };

  private startAnother = async () => {
    const item = this.loadedItem;
    this.formFor = undefined;
    if (item) this.prepareForm(item);
    this.requestUpdate();
    await this.updateComplete;
    this.focusFirstField();
  };

  // ------------------------------------------------------------------ opening and focus

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
    const field = this.renderRoot.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
    field?.focus();
  }

  private toggleDetails() {
    this.detailsOpen = !this.detailsOpen;
    this.requestUpdate();
  }

  // ------------------------------------------------------------------ person lookup

  private lookupFor(name: string): PersonLookup {
    let lookup = this.people.get(name);
    if (!lookup) this.people.set(name, (lookup = { matches: [], open: false, active: -1, query: '', searching: false }));
    return lookup;
  }

  private onPersonInput(variable: CatalogVariable, text: string) {
    this.draft ??= { values: {}, key: randomId(), people: {} };
    this.draft.people = { ...this.draft.people, [variable.name]: text };
    this.setValue(variable, '');
    const lookup = this.lookupFor(variable.name);
    lookup.query = text;
    const search = this.personSearches.get(variable.name) ?? {};
    this.personSearches.set(variable.name, search);
    clearTimeout(search.timer);
    search.abort?.abort();
    if (!text.trim()) {
      Object.assign(lookup, { matches: [], open: false, active: -1, searching: false });
      this.requestUpdate();
      return;
    }
    lookup.searching = true;
    search.timer = setTimeout(() => void this.searchPeople(variable, text), PERSON_SEARCH_DELAY_MS);
  }

  private async searchPeople(variable: CatalogVariable, text: string) {
    const adapter = this.connection?.adapter;
    const search = this.personSearches.get(variable.name);
    if (!adapter?.searchPeople || !search) return;
    const abort = (search.abort = new AbortController());
    const lookup = this.lookupFor(variable.name);
    try {
      const matches = await adapter.searchPeople(text, abort.signal);
      if (abort.signal.aborted) return;
      Object.assign(lookup, { matches, open: true, active: -1, searching: false });
      this.announce(this.t('form.person.results', { count: matches.length, query: text }));
    } catch (error) {
      if (isAbortError(error) || abort.signal.aborted) return;
      Object.assign(lookup, { matches: [], open: false, searching: false });
      const problem = toAdapterError(error);
      this.emit('sx-error', { kind: problem.kind, message: problem.message, operation: 'search-people' });
      this.announce(this.t(`error.${problem.kind}.title`));
    }
    this.requestUpdate();
  }

  private pickPerson(variable: CatalogVariable, person: PersonMatch) {
    const lookup = this.lookupFor(variable.name);
    Object.assign(lookup, { open: false, active: -1 });
    this.draft ??= { values: {}, key: randomId(), people: {} };
    this.draft.people = { ...this.draft.people, [variable.name]: person.name };
    this.setValue(variable, person.id);
    this.validateOne(variable.name, false);
    this.announce(this.t('form.person.selected', { name: person.name }));
  }

  private onPersonKeydown(variable: CatalogVariable, event: KeyboardEvent) {
    const lookup = this.lookupFor(variable.name);
    const count = lookup.matches.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!count) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        lookup.open = true;
        lookup.active = lookup.active < 0 && step < 0 ? count - 1 : (lookup.active + step + count) % count;
        break;
      }
      case 'Enter':
        if (lookup.open && lookup.active >= 0) {
          event.preventDefault();
          this.pickPerson(variable, lookup.matches[lookup.active]!);
        }
        return;
      case 'Escape':
        if (lookup.open) {
          event.preventDefault();
          event.stopPropagation();
          lookup.open = false;
          lookup.active = -1;
        }
        break;
      default:
        return;
    }
    this.requestUpdate();
  }

  // ------------------------------------------------------------------ rendering

  private onFieldFocusOut(name: string, event: FocusEvent) {
    const container = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && container.contains(event.relatedTarget)) return;
    const lookup = this.people.get(name);
    if (lookup?.open) {
      lookup.open = false;
      lookup.active = -1;
    }
    this.touched.add(name);
    this.validateOne(name, true);
  }

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
      return html`${this.renderSkeleton()}${status}`;
    }
    return html`<article part="card" class="card" aria-labelledby="name" aria-busy=${this.itemTask.status === TaskStatus.PENDING ? 'true' : 'false'}>
        ${this.renderSummary(shown)} ${this.open ? this.renderRequest() : nothing}
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

  private renderSkeleton() {
    return html`<div part="card" class="card skeleton-card" aria-busy="true">
      <span class="visually-hidden">${this.t('card.loading')}</span>
      ${cardSkeletonBody}
    </div>`;
  }

  private renderSummary(item: CatalogItem | CatalogItemSummary) {
    const t = this.t;
    const delivery = deliveryText(t, item);
    const cost = costText(t, (value) => this.localize.money(value), item.cost);
    const description = hasVariables(item) ? item.description : undefined;
    const canRequest = this.service.has('requests');
    return html`<div class="head">
        <span class="icon-tile">${renderIcon(item.icon)}</span>
        <div class="title">
          <h3 id="name" class="name">${item.name}</h3>
          ${item.approvalRequired ? html`<span part="badge" class="badge">${t('card.approval')}</span>` : nothing}
        </div>
      </div>
      <p class="summary">${item.shortDescription}</p>
      ${delivery || cost
        ? html`<ul class="facts">
            ${delivery ? html`<li class="delivery">${delivery}</li>` : nothing}
            ${cost ? html`<li class="cost">${cost}</li>` : nothing}
          </ul>`
        : nothing}
      ${this.variant === 'full' && description
        ? html`<button type="button" class="link" aria-expanded=${this.detailsOpen ? 'true' : 'false'} aria-controls="details" @click=${this.toggleDetails}>
              ${t(this.detailsOpen ? 'card.details.hide' : 'card.details.show')}
            </button>
            <div id="details" part="details" class="details" ?hidden=${!this.detailsOpen}>${this.detailsOpen ? backendHtml(description) : nothing}</div>`
        : nothing}
      ${this.open
        ? nothing
        : canRequest
          ? html`<div class="actions">
              <button type="button" part="request-button" class="primary request" aria-describedby="name" @click=${() => void this.openForm()}>
                ${t('card.request')}
              </button>
            </div>`
          : item.url
            ? html`<p class="actions"><a href=${item.url} target="_blank" rel="noopener noreferrer">${t('card.openPortal')}</a></p>`
            : html`<p class="hint">${t('card.noRequests')}</p>`}`;
  }

  private renderRequest() {
    const item = this.loadedItem;
    if (!item) {
      if (this.itemTask.status === TaskStatus.ERROR) return this.renderLoadProblem();
      return html`<div class="form-skeleton" aria-hidden="true">
        <span class="skeleton line"></span><span class="skeleton field-line"></span><span class="skeleton line"></span><span class="skeleton field-line"></span>
      </div>`;
    }
    this.prepareForm(item);
    if (this.phase === 'done' && this.receipt) return this.renderConfirmation(item, this.receipt);
    const t = this.t;
    const busy = this.phase === 'sending';
    const visible = visibleVariables(item.variables, this.values);
    return html`<form part="form" class="form" novalidate aria-label=${t('form.title', { name: item.name })} @submit=${this.onSubmit}>
      ${this.draftRestored ? html`<p class="note">${t('form.draftRestored')}</p>` : nothing}
      ${visible.some((variable) => variable.required) ? html`<p class="hint">${t('form.requiredHint')}</p>` : nothing}
      ${visible.length ? visible.map((variable) => this.renderField(variable)) : html`<p>${t('form.noFields')}</p>`}
      ${this.renderSubmitState()}
      <div class="actions">
        <button part="submit" type="submit" class="primary" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? t('form.sending') : t('form.submit')}
        </button>
        <button type="button" @click=${this.closeForm}>${t('form.cancel')}</button>
      </div>
    </form>`;
  }

  private renderSubmitState() {
    const t = this.t;
    switch (this.phase) {
      case 'retrying':
        return html`<div class="notice" part="notice">
          <p>${t('submit.retrying')}</p>
          <button type="button" @click=${() => void this.connection?.outbox.flush({ force: true })}>${t('submit.retryNow')}</button>
        </div>`;
      case 'offline':
        return html`<div class="notice" part="notice"><p>${t('submit.offline')}</p></div>`;
      case 'failed':
        return html`<div class="submit-problem">
          ${renderProblem(t, this.failure, this.retryFailed)}
          <p>${t('submit.failed')}</p>
        </div>`;
      default:
        return nothing;
    }
  }

  private renderConfirmation(item: CatalogItem, receipt: RequestReceipt) {
    const t = this.t;
    const delivery = deliveryText(t, item);
    const statusElement = customElements.get('sx-ticket-status');
    return html`<section part="confirmation" class="confirmation" tabindex="-1" aria-labelledby="done-title">
      <h4 id="done-title">${t('submit.done.title', { number: receipt.number })}</h4>
      <p>${t('submit.done.body')}${delivery ? html` ${delivery}.` : nothing}</p>
      ${statusElement
        ? html`<sx-ticket-status ticket-id=${receipt.ticketId}></sx-ticket-status>`
        : receipt.url
          ? html`<p><a href=${receipt.url} target="_blank" rel="noopener noreferrer">${t('submit.done.link', { number: receipt.number })}</a></p>`
          : nothing}
      <div class="actions"><button type="button" @click=${this.startAnother}>${t('submit.another')}</button></div>
    </section>`;
  }

  private renderField(variable: CatalogVariable): TemplateResult {
    const id = fieldId(variable.name);
    const error = this.errors[variable.name];
    const helpId = variable.help ? `${id}-help` : undefined;
    const errorId = error ? `${id}-error` : undefined;
    const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
    const required = variable.required
      ? html`<span class="required" aria-hidden="true">*</span><span class="visually-hidden">${this.t('form.required')}</span>`
      : nothing;
    const help = variable.help ? html`<p class="help" id=${helpId!}>${variable.help}</p>` : nothing;
    const message = error ? html`<p class="error" id=${errorId!}>${this.errorText(variable, error)}</p>` : nothing;
    const invalid = error ? 'true' : 'false';
    const focusOut = (event: FocusEvent) => this.onFieldFocusOut(variable.name, event);
    const value = this.values[variable.name];

    if (variable.type === 'multiselect') {
      const chosen = Array.isArray(value) ? value : [];
      return html`<fieldset part="field" class="field group" aria-describedby=${ifDefined(describedBy)} @focusout=${focusOut}>
        <legend>${variable.label} ${required}</legend>
        ${help}
        ${(variable.options ?? []).map(
          (option, index) => html`<label class="choice">
            <input
              type="checkbox"
              data-field=${ifDefined(index === 0 ? variable.name : undefined)}
              .checked=${live(chosen.includes(option.value))}
              aria-invalid=${invalid}
              @change=${(event: Event) => {
                const checked = (event.target as HTMLInputElement).checked;
                const next = checked ? [...chosen, option.value] : chosen.filter((entry) => entry !== option.value);
                this.setValue(variable, (variable.options ?? []).map((o) => o.value).filter((v) => next.includes(v)));
              }}
            />
            ${option.label}
          </label>`,
        )}
        ${message}
      </fieldset>`;
    }

    if (variable.type === 'checkbox') {
      return html`<div part="field" class="field check" @focusout=${focusOut}>
        <label class="choice">
          <input
            id=${id}
            type="checkbox"
            data-field=${variable.name}
            .checked=${live(value === true)}
            aria-required=${variable.required ? 'true' : 'false'}
            aria-invalid=${invalid}
            aria-describedby=${ifDefined(describedBy)}
            @change=${(event: Event) => this.setValue(variable, (event.target as HTMLInputElement).checked)}
          />
          ${variable.label} ${required}
        </label>
        ${help} ${message}
      </div>`;
    }

    const label = html`<label for=${id}>${variable.label} ${required}</label>`;
    const text = typeof value === 'string' ? value : '';
    let control: TemplateResult;
    switch (variable.type) {
      case 'textarea':
        control = html`<textarea
          id=${id}
          data-field=${variable.name}
          rows="4"
          .value=${live(text)}
          aria-required=${variable.required ? 'true' : 'false'}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          @input=${(event: Event) => this.setValue(variable, (event.target as HTMLTextAreaElement).value)}
        ></textarea>`;
        break;
      case 'select':
        control = html`<select
          id=${id}
          data-field=${variable.name}
          aria-required=${variable.required ? 'true' : 'false'}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          @change=${(event: Event) => this.setValue(variable, (event.target as HTMLSelectElement).value)}
        >
          ${variable.required && text ? nothing : html`<option value="" ?selected=${!text}></option>`}
          ${(variable.options ?? []).map((option) => html`<option value=${option.value} ?selected=${option.value === text}>${option.label}</option>`)}
        </select>`;
        break;
      case 'user':
        control = this.lookupPeople ? this.renderPersonField(variable, id, invalid, describedBy) : this.renderInput(variable, id, 'text', text, invalid, describedBy);
        break;
      default:
        control = this.renderInput(variable, id, variable.type, text, invalid, describedBy);
    }
    return html`<div part="field" class="field" @focusout=${focusOut}>${label} ${help} ${control} ${message}</div>`;
  }

  private renderInput(variable: CatalogVariable, id: string, type: string, text: string, invalid: string, describedBy: string | undefined) {
    const numeric = variable.type === 'number';
    const autocomplete = variable.type === 'email' ? 'email' : variable.type === 'user' ? 'name' : 'off';
    return html`<input
      id=${id}
      type=${type}
      data-field=${variable.name}
      .value=${live(text)}
      inputmode=${ifDefined(numeric ? 'decimal' : undefined)}
      min=${ifDefined(numeric || variable.type === 'date' ? variable.min : undefined)}
      max=${ifDefined(numeric || variable.type === 'date' ? variable.max : undefined)}
      autocomplete=${autocomplete}
      aria-required=${variable.required ? 'true' : 'false'}
      aria-invalid=${invalid}
      aria-describedby=${ifDefined(describedBy)}
      @input=${(event: Event) => this.setValue(variable, (event.target as HTMLInputElement).value)}
    />`;
  }

  private renderPersonField(variable: CatalogVariable, id: string, invalid: string, describedBy: string | undefined) {
    const lookup = this.lookupFor(variable.name);
    const listId = `${id}-list`;
    const typed = this.draft?.people?.[variable.name] ?? '';
    const active = lookup.open && lookup.active >= 0 ? `${id}-option-${lookup.active}` : undefined;
    return html`<div class="combo">
      <input
        id=${id}
        type="text"
        role="combobox"
        data-field=${variable.name}
        autocomplete="off"
        placeholder=${this.t('form.person.placeholder')}
        aria-autocomplete="list"
        aria-expanded=${lookup.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${ifDefined(active)}
        aria-required=${variable.required ? 'true' : 'false'}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(describedBy)}
        .value=${live(typed)}
        @input=${(event: Event) => this.onPersonInput(variable, (event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => this.onPersonKeydown(variable, event)}
      />
      <ul id=${listId} role="listbox" class="options" aria-label=${variable.label} ?hidden=${!lookup.open || !lookup.matches.length}>
        ${lookup.matches.map(
          (person, index) => html`<li
            id=${`${id}-option-${index}`}
            role="option"
            class="option"
            aria-selected=${index === lookup.active ? 'true' : 'false'}
            @mousedown=${(event: Event) => event.preventDefault()}
            @click=${() => this.pickPerson(variable, person)}
          >
            <span>${person.name}</span>${person.department ? html` <span class="muted">${person.department}</span>` : nothing}
          </li>`,
        )}
      </ul>
    </div>`;
  }
}
