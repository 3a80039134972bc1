/**
 * One field of the request form per variable type, each with its label, help and error tied to
 * the control (`aria-describedby`, `aria-invalid`). Render functions over a small view-model: the
 * element decides what a field holds, these decide how it looks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CatalogVariable, PersonMatch } from '../../core/schemas.js';
import { dateLimits, type FieldValue } from '../../core/request-form-schema.js';
import type { PersonLookup } from './person-lookup.js';

export interface PersonFieldView {
  lookup: PersonLookup;
  /** The name as typed or picked (the value itself is the person's id). */
  typed: string;
  placeholder: string;
  onInput(text: string): void;
  onKeydown(event: KeyboardEvent): void;
  onPick(person: PersonMatch): void;
}

export interface FieldView {
  variable: CatalogVariable;
  value: FieldValue | undefined;
  /** The problem in words, when the field is invalid. */
  error?: string;
  /** "required", for screen readers (sighted people see the asterisk). */
  requiredText: string;
  onValue(value: FieldValue): void;
  onFocusOut(event: FocusEvent): void;
  /** Set for a person field when the backend can look people up. */
  person?: PersonFieldView;
}

/** Ids inside the shadow root, from variable names that may hold any character. */
function fieldId(name: string): string {
  return `f-${name.replace(/[^\w-]/g, '_')}`;
}

interface ControlAttributes {
  id: string;
  invalid: string;
  describedBy: string | undefined;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

export function renderField(view: FieldView): TemplateResult {
  const { variable, value, error } = view;
  const id = fieldId(variable.name);
  const helpId = variable.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const control: ControlAttributes = {
    id,
    invalid: error ? 'true' : 'false',
    describedBy: [helpId, errorId].filter(Boolean).join(' ') || undefined,
  };
  const required = variable.required
    ? html`<span class="required" aria-hidden="true">*</span><span class="visually-hidden">${view.requiredText}</span>`
    : nothing;
  const help = variable.help ? html`<p class="help" id=${helpId!}>${variable.help}</p>` : nothing;
  const message = error ? html`<p class="error" id=${errorId!}>${error}</p>` : nothing;

  if (variable.type === 'multiselect') {
    const chosen = Array.isArray(value) ? value : [];
    const options = variable.options ?? [];
    return html`<fieldset part="field" class="field group" aria-describedby=${ifDefined(control.describedBy)} @focusout=${view.onFocusOut}>
      <legend>${variable.label} ${required}</legend>
      ${help}
      ${options.map(
        (option, index) => html`<label class="choice">
          <input
            type="checkbox"
            data-field=${ifDefined(index === 0 ? variable.name : undefined)}
            .checked=${live(chosen.includes(option.value))}
            aria-invalid=${control.invalid}
            @change=${(event: Event) => {
              const checked = (event.target as HTMLInputElement).checked;
              const next = checked ? [...chosen, option.value] : chosen.filter((entry) => entry !== option.value);
              view.onValue(options.map((o) => o.value).filter((v) => next.includes(v)));
            }}
          />
          ${option.label}
        </label>`,
      )}
      ${message}
    </fieldset>`;
  }

  if (variable.type === 'checkbox') {
    return html`<div part="field" class="field check" @focusout=${view.onFocusOut}>
      <label class="choice">
        <input
          id=${id}
          type="checkbox"
          data-field=${variable.name}
          .checked=${live(value === true)}
          aria-required=${variable.required ? 'true' : 'false'}
          aria-invalid=${control.invalid}
          aria-describedby=${ifDefined(control.describedBy)}
          @change=${(event: Event) => view.onValue((event.target as HTMLInputElement).checked)}
        />
        ${variable.label} ${required}
      </label>
      ${help} ${message}
    </div>`;
  }

  const text = typeof value === 'string' ? value : '';
  return html`<div part="field" class="field" @focusout=${view.onFocusOut}>
    <label for=${id}>${variable.label} ${required}</label> ${help} ${renderControl(view, text, control)} ${message}
  </div>`;
}

function renderControl(view: FieldView, text: string, control: ControlAttributes): TemplateResult {
  const { variable } = view;
  switch (variable.type) {
    case 'textarea':
      return html`<textarea
        id=${control.id}
        data-field=${variable.name}
        rows="4"
        .value=${live(text)}
        aria-required=${variable.required ? 'true' : 'false'}
        aria-invalid=${control.invalid}
        aria-describedby=${ifDefined(control.describedBy)}
        @input=${(event: Event) => view.onValue(valueOf(event))}
      ></textarea>`;
    case 'select':
      return html`<select
        id=${control.id}
        data-field=${variable.name}
        aria-required=${variable.required ? 'true' : 'false'}
        aria-invalid=${control.invalid}
        aria-describedby=${ifDefined(control.describedBy)}
        @change=${(event: Event) => view.onValue(valueOf(event))}
      >
        ${variable.required && text ? nothing : html`<option value="" ?selected=${!text}></option>`}
        ${(variable.options ?? []).map((option) => html`<option value=${option.value} ?selected=${option.value === text}>${option.label}</option>`)}
      </select>`;
    case 'user':
      return view.person ? renderPersonControl(view, view.person, control) : renderInput(view, 'text', text, control);
    default:
      return renderInput(view, variable.type, text, control);
  }
}

function renderInput(view: FieldView, type: string, text: string, control: ControlAttributes) {
  const { variable } = view;
  const numeric = variable.type === 'number';
  const date = variable.type === 'date';
  const autocomplete = variable.type === 'email' ? 'email' : variable.type === 'user' ? 'name' : 'off';
  return html`<input
    id=${control.id}
    type=${type}
    data-field=${variable.name}
    .value=${live(text)}
    inputmode=${ifDefined(numeric ? 'decimal' : undefined)}
    min=${ifDefined(numeric ? variable.min : date ? dateLimits(variable).earliest : undefined)}
    max=${ifDefined(numeric ? variable.max : date ? dateLimits(variable).latest : undefined)}
    autocomplete=${autocomplete}
    aria-required=${variable.required ? 'true' : 'false'}
    aria-invalid=${control.invalid}
    aria-describedby=${ifDefined(control.describedBy)}
    @input=${(event: Event) => view.onValue(valueOf(event))}
  />`;
}

function renderPersonControl(view: FieldView, person: PersonFieldView, control: ControlAttributes) {
  const { variable } = view;
  const { lookup } = person;
  const { id } = control;
  const listId = `${id}-list`;
  const active = lookup.open && lookup.active >= 0 ? `${id}-option-${lookup.active}` : undefined;
  return html`<div class="combo">
    <input
      id=${id}
      type="text"
      role="combobox"
      data-field=${variable.name}
      autocomplete="off"
      placeholder=${person.placeholder}
      aria-autocomplete="list"
      aria-expanded=${lookup.open ? 'true' : 'false'}
      aria-controls=${listId}
      aria-activedescendant=${ifDefined(active)}
      aria-required=${variable.required ? 'true' : 'false'}
      aria-invalid=${control.invalid}
      aria-describedby=${ifDefined(control.describedBy)}
      .value=${live(person.typed)}
      @input=${(event: Event) => person.onInput(valueOf(event))}
      @keydown=${person.onKeydown}
    />
    <ul id=${listId} role="listbox" class="options" aria-label=${variable.label} ?hidden=${!lookup.open || !lookup.matches.length}>
      ${lookup.matches.map(
        (match, index) => html`<li
          id=${`${id}-option-${index}`}
          role="option"
          class="option"
          aria-selected=${ifDefined(index === lookup.active ? 'true' : undefined)}
          @mousedown=${(event: Event) => event.preventDefault()}
          @click=${() => person.onPick(match)}
        >
          <span>${match.name}</span>${match.department ? html` <span class="muted">${match.department}</span>` : nothing}
        </li>`,
      )}
    </ul>
  </div>`;
}
