/**
 * The GLPI adapter's catalog part (ticket categories a requester may pick, each with GLPI's
 * helpdesk form, and new tickets), loaded on first use so that pages without a catalog never
 * fetch it. Legacy API only: the high-level API has no route to submit a form.
 */
import type { CatalogQuery, WriteOptions } from '../../core/adapter.js';
import type { CatalogList, CatalogRequest, RequestReceipt } from '../../core/schemas.js';
import * as api from './catalog-client.js';
import { catalogItem, catalogItemWithForm, isSameRequest, ticketInput } from './catalog-mappers.js';
import type { GlpiClient } from './client.js';
import { toTicketSummary } from './mappers.js';

export interface GlpiCatalogOptions {
  client: GlpiClient;
  once<T>(idempotencyKey: string, write: () => Promise<T>): Promise<T>;
  offset?: string;
}

export function glpiCatalog({ client, once, offset }: GlpiCatalogOptions) {
  return {
    async listCatalog(query: CatalogQuery, signal?: AbortSignal): Promise<CatalogList> {
      const needle = query.text?.trim().toLowerCase();
      const items = (await api.listCategories(client, signal)).map(catalogItem).filter((item) => !needle || item.name.toLowerCase().includes(needle));
      return { items, categories: [], total: items.length };
    },

    getCatalogItem: async (id: string, signal?: AbortSignal) => catalogItemWithForm(await api.getCategory(client, id, signal)),

    submitRequest: (request: CatalogRequest, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, async (): Promise<RequestReceipt> => {
        const input = ticketInput(request.itemId, request.values);
        const now = Date.now();
        const earlier = (await client.tickets(25, signal)).tickets.find((ticket) => isSameRequest(ticket, input, now, offset));
        const ticket = await client.ticket(String(earlier?.id ?? (await api.createTicket(client, input, signal))), signal);
        const summary = toTicketSummary(ticket, client.root, offset);
        return { ticketId: summary.id, number: summary.number, url: summary.url, state: summary.state };
      }),
  };
}
