/**
 * The Freshservice adapter's catalog part (service items with their custom fields, categories,
 * placing a service request), loaded by the adapter on first use so that pages without a catalog
 * never fetch it.
 */
import { AdapterError, type CatalogQuery, type WriteOptions } from '../../core/adapter.js';
import type { CatalogItem, CatalogList, CatalogRequest, RequestReceipt, TicketSummary } from '../../core/schemas.js';
import * as api from './catalog-client.js';
import { catalogItem, catalogItemDetail, isOffered, isSameRequest, placeRequestBody } from './catalog-mappers.js';
import type { FreshserviceClient } from './client.js';
import type { FreshserviceTicket } from './vendor-schemas.js';

/** What the adapter lends its catalog: its client, its write guard, the ticket mapping and the account's currency. */
export interface FreshserviceCatalogOptions {
  client: FreshserviceClient;
  once<T>(idempotencyKey: string, write: () => Promise<T>): Promise<T>;
  summary(ticket: FreshserviceTicket): TicketSummary;
  currency?: string;
}

export function freshserviceCatalog({ client, once, summary, currency }: FreshserviceCatalogOptions) {
  const { portal } = client;
  const offeredItem = async (displayId: string, signal?: AbortSignal) => {
    const item = await api.getItem(client, displayId, signal);
    if (!isOffered(item)) throw new AdapterError('not-found', 'Freshservice service item is not published.');
    return item;
  };

  return {
    async listCatalog(query: CatalogQuery, signal?: AbortSignal): Promise<CatalogList> {
      const text = query.text?.trim();
      // Without text, only items every requester may see: group restrictions are checked by Freshservice's search alone.
      const [found, categories] = await Promise.all([
        text ? api.searchItems(client, text, signal) : api.listItems(client, query.category, signal),
        api.listCategories(client, signal),
      ]);
      const items = found
        .filter((item) => isOffered(item, !text))
        .map((item) => catalogItem(item, portal, currency))
        .filter((item) => !query.category || item.categories.includes(query.category));
      return { items, categories: categories.map(({ id, name }) => ({ id: String(id), name })), total: items.length };
    },

    getCatalogItem: async (displayId: string, signal?: AbortSignal): Promise<CatalogItem> => catalogItemDetail(await offeredItem(displayId, signal), portal, currency),

    submitRequest: (request: CatalogRequest, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, async (): Promise<RequestReceipt> => {
        const [item, me] = await Promise.all([offeredItem(request.itemId, signal), client.me(signal)]);
        const now = Date.now();
        const created =
          (await api.recentServiceRequests(client, me.id, signal)).find((candidate) => isSameRequest(candidate, item, now)) ??
          (await api.placeRequest(client, request.itemId, placeRequestBody(item, request.values, client.requesterEmail ?? me.primary_email ?? ''), signal));
        const { id: ticketId, number, url, state } = summary(created);
        return { ticketId, number, url, state };
      }),
  };
}
