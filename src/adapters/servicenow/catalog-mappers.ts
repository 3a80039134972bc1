/**
 * Pure mapping of Service Catalog payloads to the canonical catalog model, and of a canonical
 * request to the variables `order_now` takes.
 */
import type { CatalogItem, CatalogItemSummary, CatalogList, CatalogRequest, CatalogVariable, VariableType } from '../../core/schemas.js';
import type { ServiceNowCatalogItem, ServiceNowCatalogItemDetail, ServiceNowVariable } from './catalog-client.js';

/** ServiceNow variable type codes → ours; 8 (reference) only for sys_user, other types are not inputs. */
export const VARIABLE_TYPES: Readonly<Record<number, VariableType>> = {
  2: 'textarea',
  3: 'select',
  5: 'select',
  6: 'text',
  7: 'checkbox',
  8: 'user',
  9: 'date',
  16: 'text',
  21: 'multiselect',
};

export function toCatalogItemSummary(item: ServiceNowCatalogItem, root: string): CatalogItemSummary {
  const amount = Number(item.price?.replace(/[^\d.]/g, ''));
  return {
    id: item.sys_id,
    name: item.name,
    shortDescription: item.short_description ?? '',
    categories: item.category ? [item.category.title] : [],
    cost: item.show_price && amount > 0 && item.price_currency ? { amount, currency: item.price_currency, recurrence: 'once' } : undefined,
    approvalRequired: false,
    url: `${root}/sp?id=sc_cat_item&sys_id=${item.sys_id}`,
  };
}

export function toCatalogList(items: readonly ServiceNowCatalogItem[], root: string): CatalogList {
  const categories = new Map(items.flatMap((item) => (item.category ? [[item.category.sys_id, item.category.title] as const] : [])));
  return { items: items.map((item) => toCatalogItemSummary(item, root)), categories: [...categories].map(([id, name]) => ({ id, name })), total: items.length };
}

/** A variable a person can fill in, or undefined (labels, containers, non-person references, the hidden key). */
export function toCatalogVariable(variable: ServiceNowVariable, correlationVariable: string): CatalogVariable | undefined {
  const type = VARIABLE_TYPES[variable.type];
  if (!type || variable.name === correlationVariable || (type === 'user' && variable.reference !== 'sys_user')) return undefined;
  return {
    name: variable.name,
    label: variable.label || variable.name,
    type,
    required: String(variable.mandatory) === 'true',
    options: variable.choices?.length ? variable.choices.map(({ label, value }) => ({ value, label })) : undefined,
    help: variable.help_text || undefined,
  };
}

export function toCatalogItem(item: ServiceNowCatalogItemDetail, root: string, correlationVariable: string): CatalogItem {
  const variables = item.variables.flatMap((variable) => toCatalogVariable(variable, correlationVariable) ?? []);
  return { ...toCatalogItemSummary(item, root), description: item.description ?? undefined, variables };
}

/** `order_now` variables: every value as a string (lists comma-separated), the key in `marker` if given. */
export function toOrderVariables(values: CatalogRequest['values'], marker?: { name: string; key: string }): Record<string, string> {
  const variables: Record<string, string> = marker ? { [marker.name]: marker.key } : {};
  for (const [name, value] of Object.entries(values)) variables[name] = Array.isArray(value) ? value.join(',') : String(value);
  return variables;
}
