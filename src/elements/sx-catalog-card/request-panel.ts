/**
 * The request form of a card and everything it needs (zod form schema, fields, person lookup,
 * draft, delivery through the outbox, confirmation): loaded when the form first opens, so the
 * card's summary paints without it.
 */
import { html, nothing } from 'lit';
import type { ServiceConnection } from '../../core/connection.js';
import type { CatalogItem, CatalogRequest, CatalogVariable } from '../../core/schemas.js';
import type { SxElement } from '../shared/sx-element.js';
import { renderConfirmation, renderSubmitState, type CardTranslate } from './card-views.js';
import { chosenAnswers, type AnswerFormats, type ChosenAnswer } from './chosen-answers.js';
import { fieldErrorText, type FieldMessageFormats } from './field-messages.js';
import { renderField } from './form-fields.js';
import { visibleVariables, type FieldErrorCode } from '../../core/request-form-schema.js';
import type { CatalogCardMessages } from './messages/en.js';
import { PersonLookupController } from './person-lookup.js';
import { RequestDelivery, type Phase } from './request-delivery.js';
import { RequestForm } from './request-form.js';

const PHASE_SAID: Partial<Record<Phase, 'submit.sending' | 'submit.retrying' | 'submit.offline'>> = {
  sending: 'submit.sending',
  retrying: 'submit.retrying',
  offline: 'submit.offline',
};

/** What the panel needs from its card. */
export interface RequestPanelHost {
  element: SxElement<CatalogCardMessages>;
  t: CardTranslate;
  formats: FieldMessageFormats;
  answerFormats(): Omit<AnswerFormats, 'personName'>;
  item(): CatalogItem | undefined;
  itemId(): string;
  connection(): ServiceConnection | undefined;
  lookupPeople(): boolean;
  deliveryText(item: CatalogItem): string | undefined;
  announce(message: string): void;
  /** A request of this item's draft is still on its way after a reload: open the form. */
  reopen(): void;
  closeForm(): void;
}

export class RequestPanel {
  private readonly form: RequestForm;
  private readonly people: PersonLookupController;
  private readonly delivery: RequestDelivery;
  /** The delivered request's answers as the person chose them, for the confirmation. */
  private answers: ChosenAnswer[] = [];
  /** The values sent by this page (after a reload the form's restored draft holds them). */
  private sentValues?: CatalogRequest['values'];

  constructor(private readonly host: RequestPanelHost) {
    const { element, t } = host;
    this.form = new RequestForm(element, {
      item: () => host.item(),
      scope: () => this.scope,
      lookupPeople: () => host.lookupPeople(),
      said: (variable, code) => host.announce(`${variable.label}: ${this.errorText(variable, code)}`),
    });
    this.people = new PersonLookupController(element, {
      adapter: () => host.connection()?.adapter,
      typed: (variable, text) => {
        this.form.setPersonName(variable.name, text);
        this.form.setValue(variable, '');
      },
      picked: (variable, person) => {
        this.form.setPersonName(variable.name, person.name);
        this.form.setValue(variable, person.id);
        this.form.validateOne(variable.name, false);
      },
      found: (count, query) => host.announce(t('form.person.results', { count, query })),
      chosen: (person) => host.announce(t('form.person.selected', { name: person.name })),
      failed: (kind) => host.announce(t(`error.${kind}.title`)),
    });
    this.delivery = new RequestDelivery(element, {
      connection: () => host.connection(),
      rekeyed: () => this.form.save(),
      resumed: () => host.reopen(),
      submitted: (entry, receipt) => {
        const itemId = entry.kind === 'request' ? entry.payload.itemId : host.itemId();
        if (!receipt) {
          element.emit('sx-request-submit', { itemId, idempotencyKey: entry.key, queued: true });
          return;
        }
        // Worded before the draft (which holds the picked people's names) is cleared.
        // The delivered entry may no longer hold the values (delivered text is dropped from storage).
        this.answers = this.chosenAnswers(this.sentValues ?? this.form.values);
        this.form.delivered(itemId);
        element.emit('sx-request-submit', { itemId, idempotencyKey: entry.key, receipt, queued: false });
        host.announce(t('submit.done.title', { number: receipt.number }));
        element.requestUpdate();
        void element.updateComplete.then(() => element.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus());
      },
      failed: (problem) => {
        element.reportError('submit-request', problem);
        host.announce(`${t(`error.${problem.kind}.title`)}. ${t('submit.failed')}`);
      },
      said: (phase) => {
        const key = PHASE_SAID[phase];
        if (key) host.announce(t(key));
      },
    });
  }

  private get scope(): string {
    return this.host.connection()?.adapter.id ?? 'none';
  }

  private chosenAnswers(values: CatalogRequest['values']): ChosenAnswer[] {
    const variables = this.host.item()?.variables ?? [];
    return chosenAnswers(variables, values, { ...this.host.answerFormats(), personName: (name) => this.form.personName(name) });
  }

  /** Another item: the form starts over. */
  reset(): void {
    this.answers = [];
    this.sentValues = undefined;
    this.delivery.reset();
    this.form.reset();
    this.people.clear();
  }

  /** The first time an item's form is shown: its draft, and the request of that draft if one is on its way. */
  prepare(item: CatalogItem): void {
    if (this.form.isPreparedFor(item)) return;
    this.reset();
    const draft = this.form.prepare(item);
    if (draft) void this.delivery.resume(draft.key, () => this.form.draft?.key === draft.key);
  }

  /** Puts the person's words into the item's first free-text field, unless something is written there. */
  describe(item: CatalogItem, text: string): void {
    this.prepare(item);
    const field = visibleVariables(item.variables, this.form.values).find((variable) => variable.type === 'textarea');
    if (!field || String(this.form.values[field.name] ?? '').trim()) return;
    this.form.setValue(field, field.max ? text.slice(0, field.max) : text);
  }

  private errorText(variable: CatalogVariable, code: FieldErrorCode): string {
    return fieldErrorText(this.host.t, this.host.formats, variable, code);
  }

  private onFieldFocusOut(name: string, event: FocusEvent) {
    const container = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && container.contains(event.relatedTarget)) return;
    this.people.close(name);
    this.form.left(name);
  }

  private onSubmit = async (event: Event) => {
    event.preventDefault();
    const item = this.host.item();
    const connection = this.host.connection();
    // A press that lands after delivery but before the confirmation renders is not a new request.
    if (!item || !connection || this.delivery.phase === 'done') return;
    if (this.delivery.underWay) {
      this.delivery.hurry();
      return;
    }
    const { element, t } = this.host;
    const { result, invalid } = this.form.validateAll(item);
    if (invalid.length || !result.ok) {
      element.requestUpdate();
      await element.updateComplete;
      this.focusField(invalid[0]!.name);
      this.host.announce(t('form.errorSummary', { count: invalid.length, fields: this.host.formats.list(invalid.map((v) => v.label)) }));
      return;
    }
    this.form.save();
    this.sentValues = result.values;
    const display = Object.fromEntries(this.chosenAnswers(result.values).map((answer) => [answer.name, answer.text]));
    await this.delivery.send({ itemId: item.id, values: result.values, display }, this.form.draft!);
  };

  private retryFailed = () => {
    this.delivery.reset();
    this.host.element.renderRoot.querySelector<HTMLFormElement>('form')?.requestSubmit();
  };

  private startAnother = async () => {
    const item = this.host.item();
    this.form.forget();
    if (item) this.prepare(item);
    this.host.element.requestUpdate();
    await this.host.element.updateComplete;
    this.host.element.renderRoot.querySelector<HTMLElement>('form [data-field]')?.focus();
  };

  private focusField(name: string) {
    this.host.element.renderRoot.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`)?.focus();
  }

  render(item: CatalogItem) {
    this.prepare(item);
    const { t } = this.host;
    const { phase, receipt } = this.delivery;
    if (phase === 'done' && receipt) return renderConfirmation(t, receipt, this.host.deliveryText(item), this.answers, this.startAnother, this.host.element.headingLevel);
    const busy = phase === 'sending';
    const visible = visibleVariables(item.variables, this.form.values);
    return html`<form part="form" class="form" novalidate aria-label=${t('form.title', { name: item.name })} @submit=${this.onSubmit}>
      ${this.form.draftRestored ? html`<p class="note">${t('form.draftRestored')}</p>` : nothing}
      ${visible.some((variable) => variable.required) ? html`<p class="hint">${t('form.requiredHint')}</p>` : nothing}
      ${visible.length ? visible.map((variable) => this.renderField(variable)) : html`<p>${t('form.noFields')}</p>`}
      ${renderSubmitState(t, phase, this.delivery.failure, () => this.delivery.hurry(), this.retryFailed, this.host.element.headingLevel)}
      <div class="actions">
        <button part="submit" type="submit" class="primary" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? t('form.sending') : t('form.submit')}
        </button>
        <button type="button" @click=${() => this.host.closeForm()}>${t('form.cancel')}</button>
      </div>
    </form>`;
  }

  private renderField(variable: CatalogVariable) {
    const { t } = this.host;
    const code = this.form.errors[variable.name];
    const name = variable.name;
    return renderField({
      variable,
      value: this.form.values[name],
      error: code ? this.errorText(variable, code) : undefined,
      requiredText: t('form.required'),
      onValue: (value) => this.form.setValue(variable, value),
      onFocusOut: (event) => this.onFieldFocusOut(name, event),
      person:
        variable.type === 'user' && this.host.lookupPeople()
          ? {
              lookup: this.people.lookupFor(name),
              typed: this.form.personName(name),
              placeholder: t('form.person.placeholder'),
              onInput: (text) => this.people.input(variable, text),
              onKeydown: (event) => this.people.keydown(variable, event),
              onPick: (person) => this.people.pick(variable, person),
            }
          : undefined,
    });
  }
}

export { requestFormStyles as styles } from './request-form.styles.js';
