/**
 * The ServiceNow adapter's catalog part (Service Catalog API: items, variables, `order_now`),
 * loaded by the adapter on first use so that pages without a catalog never fetch it.
 */
import * as z from 'zod/mini';
import { AdapterError, type CatalogQuery, type WriteOptions } from '../../core/adapter.js';
import type { CatalogItem, CatalogItemSummary, CatalogList, CatalogRequest, CatalogVariable, RequestReceipt, VariableType } from '../../core/schemas.js';
import { parseOrThrow } from '../../core/validate.js';
import type { ServiceNowContext } from './servicenow-adapter.js';

const str = z.string();
const optionalText = z.optional(z.nullable(str));
const CatalogItemSchema = z.object({
  sys_id: str,
  name: str,
  short_description: optionalText,
  description: optionalText,
  category: z.optional(z.nullable(z.object({ sys_id: str, title: str }))),
  show_price: z.optional(z.boolean()),
  price: optionalText,
  price_currency: optionalText,
});
const ItemSchema = z.extend(CatalogItemSchema, {
  variables: z.array(
    z.object({
      id: z.optional(str),
      name: str,
      label: str,
      type: z.number(),
      mandatory: z.optional(z.union([z.boolean(), str])),
      choices: z.optional(z.array(z.object({ label: str, value: str }))),
      help_text: optionalText,
      reference: optionalText,
    }),
  ),
});

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

/** How long an order of the same item counts as the same order, for items without a key variable. */
const DEDUPE_WINDOW_MS = 10 * 60_000;

export function serviceNowCatalog({ root, http, get, table, summary, once, queryText, caller, requestTable, correlationVariable }: ServiceNowContext) {
  const itemSummary = (item: z.infer<typeof CatalogItemSchema>): CatalogItemSummary => {
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
  };
  const getItem = async (id: string, signal?: AbortSignal) => (await get(`sn_sc/servicecatalog/items/${encodeURIComponent(id)}`, ItemSchema, signal)).result;

  return {
    async listCatalog(query: CatalogQuery, signal?: AbortSignal): Promise<CatalogList> {
      const { result } = await get('sn_sc/servicecatalog/items', z.array(CatalogItemSchema), signal, {
        sysparm_text: query.text?.trim() || undefined,
        sysparm_category: query.category,
        sysparm_limit: 100,
      });
      const categories = new Map(result.flatMap((item) => (item.category ? [[item.category.sys_id, item.category.title] as const] : [])));
      return { items: result.map(itemSummary), categories: [...categories].map(([id, name]) => ({ id, name })), total: result.length };
    },

    async getCatalogItem(id: string, signal?: AbortSignal): Promise<CatalogItem> {
      const item = await getItem(id, signal);
      const variables = item.variables.flatMap((variable): CatalogVariable[] => {
        const type = VARIABLE_TYPES[variable.type];
        if (!type || variable.name === correlationVariable || (type === 'user' && variable.reference !== 'sys_user')) return [];
        return [
          {
            name: variable.name,
            label: variable.label || variable.name,
            type,
            required: String(variable.mandatory) === 'true',
            options: variable.choices?.length ? variable.choices.map(({ label, value }) => ({ value, label })) : undefined,
            help: variable.help_text || undefined,
          },
        ];
      });
      return { ...itemSummary(item), description: item.description ?? undefined, variables };
    },

    submitRequest: (request: CatalogRequest, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, async (): Promise<RequestReceipt> => {
        const item = await getItem(request.itemId, signal);
        const marker = item.variables.find((variable) => variable.name === correlationVariable)?.id;
        const since = new Date(Date.now() - DEDUPE_WINDOW_MS).toISOString().slice(0, 19).replace('T', ' ');
        // ServiceNow takes no idempotency key: look for this order before placing it. The key rides in
        // a hidden variable when the item has one; otherwise the person's order of the same item in
        // the last ten minutes counts as this one.
        const previous = `cat_item=${queryText(item.sys_id)}^${marker ? `variables.${marker}=${queryText(idempotencyKey)}` : `opened_by=${caller}^sys_created_on>=${since}`}`;
        let record = (await table(requestTable, previous, signal)).result[0];
        if (!record) {
          const variables: Record<string, string> = marker ? { [correlationVariable]: idempotencyKey } : {};
          for (const [name, value] of Object.entries(request.values)) variables[name] = Array.isArray(value) ? value.join(',') : String(value);
          const response = await http.post(`sn_sc/servicecatalog/items/${encodeURIComponent(item.sys_id)}/order_now`, { sysparm_quantity: 1, variables }, { signal });
          const order = parseOrThrow(z.object({ result: z.object({ request_id: str }) }), response.data, 'ServiceNow order').result;
          record = (await table(requestTable, `request=${queryText(order.request_id)}`, signal)).result[0];
          if (!record) throw new AdapterError('invalid-response', 'ServiceNow created a request without a requested item.');
        }
        const ticket = summary(requestTable, record);
        return { ticketId: ticket.id, number: ticket.number, url: ticket.url, state: ticket.state };
      }),
  };
}
