/**
 * The Service Catalog API's HTTP side (items, variables, `order_now`) and its raw payloads,
 * loaded with the catalog part on first use.
 */
import * as z from 'zod/mini';
import { parseOrThrow } from '../../core/validate.js';
import type { ServiceNowClient } from './client.js';

// Nothing here is imported from the adapter's eager modules as a value: that would make the
// bundler split them into a shared chunk and grow what every ServiceNow page loads.
const str = z.string();
const optionalText = z.optional(z.nullable(str));

export const CatalogItemSchema = z.object({
  sys_id: str,
  name: str,
  short_description: optionalText,
  description: optionalText,
  category: z.optional(z.nullable(z.object({ sys_id: str, title: str }))),
  show_price: z.optional(z.boolean()),
  price: optionalText,
  price_currency: optionalText,
});
export type ServiceNowCatalogItem = z.infer<typeof CatalogItemSchema>;

export const CatalogItemDetailSchema = z.extend(CatalogItemSchema, {
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
export type ServiceNowCatalogItemDetail = z.infer<typeof CatalogItemDetailSchema>;
export type ServiceNowVariable = ServiceNowCatalogItemDetail['variables'][number];

const OrderSchema = z.object({ result: z.object({ request_id: str }) });

/** ServiceNow's UTC "YYYY-MM-DD HH:mm:ss" of a time in milliseconds. */
const serviceNowDate = (time: number) => new Date(time).toISOString().slice(0, 19).replace('T', ' ');

export function catalogClient({ get, http, table, queryText }: ServiceNowClient) {
  const itemPath = (id: string) => `sn_sc/servicecatalog/items/${encodeURIComponent(id)}`;
  return {
    items: async (text: string | undefined, category: string | undefined, signal?: AbortSignal) =>
      (await get('sn_sc/servicecatalog/items', z.array(CatalogItemSchema), signal, { sysparm_text: text, sysparm_category: category, sysparm_limit: 100 })).result,
    item: async (id: string, signal?: AbortSignal) => (await get(itemPath(id), CatalogItemDetailSchema, signal)).result,
    /** Places the order; answers the sys_id of the new sc_request. */
    async orderNow(itemId: string, variables: Record<string, string>, signal?: AbortSignal) {
      const response = await http.post(`${itemPath(itemId)}/order_now`, { sysparm_quantity: 1, variables }, { signal });
      return parseOrThrow(OrderSchema, response.data, 'ServiceNow order').result.request_id;
    },
    /**
     * An earlier order of this item: the one whose hidden `marker` variable holds `key`, or without a
     * marker the caller's order of it placed since `since` (ms).
     */
    earlierOrder: async (requestTable: string, itemId: string, marker: string | undefined, key: string, caller: string, since: number, signal?: AbortSignal) =>
      (await table(requestTable, `cat_item=${queryText(itemId)}^${marker ? `variables.${marker}=${queryText(key)}` : `opened_by=${caller}^sys_created_on>=${serviceNowDate(since)}`}`, signal)).result[0],
    requestedItem: async (requestTable: string, requestId: string, signal?: AbortSignal) => (await table(requestTable, `request=${queryText(requestId)}`, signal)).result[0],
  };
}
