/**
 * Pure mapping of Freshservice service items and their custom fields to catalog items and
 * variables, and of a filled-in form back to a `place_request` body.
 */
import { withinDedupeWindow } from '../../core/once-per-key.js';
import type { CatalogItem, CatalogItemSummary, CatalogVariable, VariableType, VariableValue } from '../../core/schemas.js';
import type { FreshserviceField, FreshserviceItem } from './catalog-schemas.js';
import type { FreshserviceTicket } from './vendor-schemas.js';

/** Field types a requester fills in; static rich text (a paragraph shown on the form) and unknown types are left out. */
const FIELD_TYPES: Record<string, VariableType> = {
  custom_text: 'text',
  custom_paragraph: 'textarea',
  custom_checkbox: 'checkbox',
  custom_number: 'number',
  custom_decimal: 'number',
  custom_date: 'date',
  custom_dropdown: 'select',
  custom_multi_select_dropdown: 'multiselect',
  custom_url: 'text',
};
const shown = (flag: boolean | string | null | undefined) => flag !== false && flag !== 'false';

type Values = Readonly<Record<string, VariableValue>>;

/** Published and not deleted; `toAll`: also visible to every requester (not restricted to some groups). */
export const isOffered = (item: FreshserviceItem, toAll = false) => item.visibility === 2 && !item.deleted && (!toAll || item.group_visibility !== 2);

/** The item's fields a requester sees and may edit, in the form's order. */
export const requesterFields = (item: FreshserviceItem): FreshserviceField[] =>
  (item.custom_fields ?? [])
    .filter((field) => !field.deleted && field.visible_in_portal !== false && shown(field.field_options?.displayed_to_requester) && shown(field.field_options?.requester_can_edit) && FIELD_TYPES[field.field_type])
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));

/** `currency` (ISO 4217) is the account's: Freshservice sends the cost as a bare number. */
export function catalogItem(item: FreshserviceItem, portal: string, currency?: string): CatalogItemSummary {
  const amount = Number(item.cost);
  return {
    id: String(item.display_id),
    name: item.name,
    shortDescription: item.short_description ?? '',
    icon: item.icon_url ?? undefined,
    categories: item.category_id == null ? [] : [String(item.category_id)],
    deliveryTime: item.delivery_time && item.delivery_time_visibility !== false ? { days: Math.ceil(item.delivery_time / 24) } : undefined,
    cost: currency && amount > 0 && item.cost_visibility !== false ? { amount, currency, recurrence: 'once' } : undefined,
    // Approvals are set up in Freshservice workflows, which the item does not tell.
    approvalRequired: false,
    url: `${portal}/support/catalog/items/${item.display_id}`,
  };
}

export const catalogVariable = (field: FreshserviceField): CatalogVariable => ({
  name: field.name,
  label: field.label,
  type: FIELD_TYPES[field.field_type]!,
  required: !!field.required,
  options: field.choices?.length ? field.choices.map(([label = '', value = label]) => ({ value, label })) : undefined,
  pattern: field.field_type === 'custom_url' ? 'https?://\\S+' : undefined,
  help: field.description || field.field_options?.placeholder || undefined,
});

export function catalogItemDetail(item: FreshserviceItem, portal: string, currency?: string): CatalogItem {
  return { ...catalogItem(item, portal, currency), description: item.description ?? undefined, variables: requesterFields(item).map(catalogVariable) };
}

/** The body of `POST /service_catalog/items/{display_id}/place_request` for `email`'s request: one of the item (our form has no quantity). */
export function placeRequestBody(item: FreshserviceItem, values: Values, email: string) {
  const answered = requesterFields(item).filter((field) => values[field.name] !== undefined);
  return {
    email,
    quantity: 1,
    custom_fields: Object.fromEntries(answered.map((field) => [field.name, values[field.name]])),
  };
}

/**
 * Whether `candidate` is the request an earlier attempt placed: a service request for this item
 * made within minutes. Freshservice's default subject ("Request for {{requested_for}}: {{item.name}}")
 * names the item; a template that leaves the name out turns this check off.
 */
export const isSameRequest = (candidate: FreshserviceTicket, item: FreshserviceItem, now: number) =>
  candidate.type === 'Service Request' && candidate.subject.includes(item.name) && withinDedupeWindow(candidate.created_at, now);
