/**
 * Pure mapping of JSM request types and their fields to catalog items and variables, and of a
 * filled-in form back to `requestFieldValues` in Jira's formats.
 */
import type { CatalogItemSummary, CatalogVariable, RequestReceipt, VariableValue } from '../../core/schemas.js';
import { withinDedupeWindow } from '../../core/once-per-key.js';
import type { JsmField, JsmRequestType } from './catalog-schemas.js';
import { fieldValue, instant, ticketSummary, type JsmRules } from './mappers.js';
import type { JsmRequest } from './vendor-schemas.js';

/** A field a customer fills in, with the variable type it becomes. */
export interface CustomerField {
  field: JsmField;
  kind: CatalogVariable['type'];
}

const SIMPLE_TYPES: Readonly<Record<string, CatalogVariable['type']>> = { string: 'text', number: 'number', date: 'date', user: 'user' };

/** `portal` is the service desk's customer portal URL, where each type's own form lives. */
export const catalogItem = (type: JsmRequestType, portal: string): CatalogItemSummary => ({
  id: type.id,
  name: type.name,
  shortDescription: type.description ?? '',
  categories: type.groupIds ?? [],
  // No icon: JSM serves request type icons from /secure/viewavatar, behind its own sign-in.
  // Approvals live in the workflow, which customers cannot see.
  approvalRequired: false,
  url: `${portal}/create/${encodeURIComponent(type.id)}`,
});

/** The visible fields of a request type whose type we can offer; the others are left out. */
export const customerFields = (fields: readonly JsmField[]): CustomerField[] =>
  fields.flatMap((field) => {
    const { type = 'string', system, custom = '' } = field.jiraSchema ?? {};
    const kind: CatalogVariable['type'] | undefined = field.validValues?.length
      ? type === 'array' ? 'multiselect' : 'select'
      : system === 'description' || custom.endsWith(':textarea') ? 'textarea' : SIMPLE_TYPES[type];
    return field.visible === false || !kind ? [] : [{ field, kind }];
  });

export const catalogVariable = ({ field, kind }: CustomerField): CatalogVariable => {
  const defaults = field.defaultValues?.map(({ value }) => value) ?? [];
  return {
    name: field.fieldId,
    label: field.name,
    type: kind,
    required: field.required,
    options: field.validValues?.length ? field.validValues : undefined,
    help: field.description || undefined,
    default: kind === 'multiselect' ? defaults : defaults[0],
  };
};

const toJira = (kind: CatalogVariable['type'], value: VariableValue) =>
  kind === 'multiselect'
    ? [value].flat().map((id) => ({ id: String(id) }))
    : kind === 'select'
      ? { id: String(value) }
      : kind === 'user'
        ? { accountId: String(value) }
        : kind === 'number'
          ? Number(value)
          : value;

/** The form's values as `requestFieldValues`; empty answers and unknown names are not sent. */
export function requestFieldValues(fields: readonly CustomerField[], values: Readonly<Record<string, VariableValue>>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const { field, kind } of fields) {
    const value = values[field.fieldId];
    if (value !== undefined && value !== '') result[field.fieldId] = toJira(kind, value);
  }
  return result;
}

/**
 * No idempotency key in JSM: a request of the same type with the same summary and description,
 * created within minutes, is the one an earlier attempt made.
 */
export const isSameRequest = (candidate: JsmRequest, typeId: string, sent: Record<string, unknown>, now: number) =>
  candidate.requestTypeId === typeId &&
  fieldValue(candidate, 'summary') === sent.summary &&
  (fieldValue(candidate, 'description') ?? '') === (sent.description ?? '') &&
  withinDedupeWindow(instant(candidate.createdDate), now);

export function requestReceipt(created: JsmRequest, rules: JsmRules): RequestReceipt {
  const ticket = ticketSummary(created, rules);
  return { ticketId: ticket.id, number: ticket.number, url: ticket.url, state: ticket.state };
}
