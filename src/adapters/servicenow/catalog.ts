/**
 * The ServiceNow adapter's catalog part (Service Catalog API: items, variables, `order_now`),
 * loaded by the adapter on first use so that pages without a catalog never fetch it.
 */
import { AdapterError, type CatalogQuery, type WriteOptions } from '../../core/adapter.js';
import type { CatalogItem, CatalogList, CatalogRequest, RequestReceipt, TicketSummary } from '../../core/schemas.js';
import { catalogClient } from './catalog-client.js';
import { toCatalogItem, toCatalogList, toOrderVariables } from './catalog-mappers.js';
import type { ServiceNowClient } from './client.js';
import type { TableRecord } from './vendor-schemas.js';
import { DEDUPE_WINDOW_MS } from '../../core/once-per-key.js';

/** How long an order of the same item counts as the same order, for items without a key variable. */
const REQUEST_TABLE = 'sc_req_item';

/**
 * What the adapter lends its lazily loaded catalog. Passed in rather than imported, so that the
 * catalog chunk imports nothing of the adapter's eager modules.
 */
export interface ServiceNowCatalogOptions {
  client: ServiceNowClient;
  /** `toTicketSummary` of a record of `table`. */
  summary(table: string, record: TableRecord): TicketSummary;
  once<T>(idempotencyKey: string, write: () => Promise<T>): Promise<T>;
  /** Right-hand side of the condition that selects the signed-in person. */
  caller: string;
  correlationVariable: string;
}

export function serviceNowCatalog({ client, summary, once, caller, correlationVariable }: ServiceNowCatalogOptions) {
  const { root } = client;
  const catalog = catalogClient(client);
  return {
    listCatalog: async (query: CatalogQuery, signal?: AbortSignal): Promise<CatalogList> =>
      toCatalogList(await catalog.items(query.text?.trim() || undefined, query.category, signal), root),

    getCatalogItem: async (id: string, signal?: AbortSignal): Promise<CatalogItem> => toCatalogItem(await catalog.item(id, signal), root, correlationVariable),

    submitRequest: (request: CatalogRequest, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, async (): Promise<RequestReceipt> => {
        const item = await catalog.item(request.itemId, signal);
        const marker = item.variables.find((variable) => variable.name === correlationVariable)?.id;
        // ServiceNow takes no idempotency key: look for this order before placing it. The key rides in
        // a hidden variable when the item has one; otherwise the person's order of the same item in
        // the last ten minutes counts as this one.
        let record = await catalog.earlierOrder(REQUEST_TABLE, item.sys_id, marker, idempotencyKey, caller, Date.now() - DEDUPE_WINDOW_MS, signal);
        if (!record) {
          const requestId = await catalog.orderNow(item.sys_id, toOrderVariables(request.values, marker ? { name: correlationVariable, key: idempotencyKey } : undefined), signal);
          record = await catalog.requestedItem(REQUEST_TABLE, requestId, signal);
          if (!record) throw new AdapterError('invalid-response', 'ServiceNow created a request without a requested item.');
        }
        const ticket = summary(REQUEST_TABLE, record);
        return { ticketId: ticket.id, number: ticket.number, url: ticket.url, state: ticket.state };
      }),
  };
}
