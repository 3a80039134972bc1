/**
 * Pure mapping of Zendesk ticket forms and fields to catalog items and variables, and of a
 * filled-in form back to a `POST /requests` body.
 */
import type { CatalogItemSummary, CatalogVariable, RequestReceipt, VariableType, VariableValue } from '../../core/schemas.js';
import { withinDedupeWindow } from '../../core/once-per-key.js';
import type { ZendeskField, ZendeskForm } from './catalog-schemas.js';
import { ticketSummary } from './mappers.js';
import type { ZendeskRequest } from './vendor-schemas.js';

/** Zendesk field type → variable type; system fields keep their own names. */
const FIELD_TYPES: Record<string, [VariableType, string?]> = {
  subject: ['text', 'subject'],
  description: ['textarea', 'description'],
  priority: ['select', 'priority'],
  tickettype: ['select', 'type'],
  text: ['text'],
  textarea: ['textarea'],
  integer: ['number'],
  decimal: ['number'],
  date: ['date'],
  checkbox: ['checkbox'],
  tagger: ['select'],
  multiselect: ['multiselect'],
  regexp: ['text'],
};

/** What a filled-in form becomes in Zendesk: a subject, a description and custom field values. */
export interface RequestDraft {
  formId: number;
  subject: string;
  description: string;
  customFields: { id: number; value: unknown }[];
}

type Values = Readonly<Record<string, VariableValue>>;

export const variableName = (field: ZendeskField) => FIELD_TYPES[field.type]![1] ?? `custom_${field.id}`;
const label = (field: ZendeskField) => field.title_in_portal || field.title;

/** The form's fields a requester sees, in the form's order, of a type we can offer. */
export const formFields = (form: ZendeskForm, fields: readonly ZendeskField[]): ZendeskField[] =>
  (form.ticket_field_ids ?? [])
    .map((fieldId) => fields.find((field) => field.id === fieldId))
    .filter((field): field is ZendeskField => !!field && field.visible_in_portal !== false && !!FIELD_TYPES[field.type]);

export const catalogItem = (form: ZendeskForm, root: string): CatalogItemSummary => ({
  id: String(form.id),
  name: form.display_name || form.name,
  shortDescription: '',
  categories: [],
  approvalRequired: false,
  url: `${root}/hc/requests/new?ticket_form_id=${form.id}`,
});

export const catalogVariable = (field: ZendeskField): CatalogVariable => {
  const options = field.custom_field_options ?? field.system_field_options;
  return {
    name: variableName(field),
    label: label(field),
    type: FIELD_TYPES[field.type]![0],
    required: Boolean(field.required_in_portal),
    options: options?.map(({ name, value }) => ({ value, label: name })),
    pattern: field.regexp_for_validation ?? undefined,
    help: field.description ?? undefined,
  };
};

/**
 * The form's values for Zendesk. Without a description, the custom answers are written out as
 * one ("Device: laptop"), so the agent reads them in the first comment.
 */
export function requestDraft(form: ZendeskForm, fields: readonly ZendeskField[], values: Values): RequestDraft {
  const custom = fields.filter((field) => !FIELD_TYPES[field.type]![1] && values[variableName(field)] !== undefined);
  return {
    formId: form.id,
    subject: String(values.subject ?? (form.display_name || form.name)),
    description: String(values.description ?? custom.map((field) => `${label(field)}: ${String(values[variableName(field)])}`).join('\n')),
    customFields: custom.map((field) => ({ id: field.id, value: values[variableName(field)] })),
  };
}

/**
 * Whether `candidate` is the request an earlier attempt made: by the idempotency key in the
 * correlation field when there is one, else by form, subject and description within minutes.
 */
export const isSameRequest = (candidate: ZendeskRequest, draft: RequestDraft, now: number, correlation?: { fieldId: number; key: string }) =>
  correlation
    ? candidate.custom_fields?.some((field) => field.id === correlation.fieldId && field.value === correlation.key)
    : candidate.ticket_form_id === draft.formId &&
      candidate.subject === draft.subject &&
      (candidate.description ?? '').trim() === draft.description.trim() &&
      withinDedupeWindow(candidate.created_at, now);

export function createRequestBody(draft: RequestDraft, values: Values, correlation?: { fieldId: number; key: string }) {
  const customFields = correlation ? [...draft.customFields, { id: correlation.fieldId, value: correlation.key }] : draft.customFields;
  return {
    request: {
      subject: draft.subject,
      comment: { body: draft.description || draft.subject },
      ticket_form_id: draft.formId,
      custom_fields: customFields,
      priority: values.priority,
      type: values.type,
    },
  };
}

export function requestReceipt(created: ZendeskRequest, root: string): RequestReceipt {
  const ticket = ticketSummary(created, root);
  return { ticketId: ticket.id, number: ticket.number, url: ticket.url, state: ticket.state };
}
