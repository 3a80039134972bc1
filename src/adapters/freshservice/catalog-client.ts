/**
 * The service catalog's calls (items, categories, search as the requester, placing a request, the
 * requester's recent service requests), loaded with the catalog part on first use. Answers are
 * validated as in client.ts.
 */
import * as z from 'zod/mini';
import { parseOrThrow } from '../../core/validate.js';
import type { FreshserviceClient } from './client.js';
import { CategorySchema, ItemSchema } from './catalog-schemas.js';
import { TicketSchema, TicketsSchema } from './vendor-schemas.js';

const items = z.object({ service_items: z.array(ItemSchema) });

export const listItems = async (client: FreshserviceClient, categoryId: string | undefined, signal?: AbortSignal) =>
  (await client.read('service_catalog/items', items, signal, { category_id: categoryId, workspace_id: client.workspaceId, per_page: 100 })).service_items;

/** Published items the requester (`user_email`) may request. */
export const searchItems = async (client: FreshserviceClient, text: string, signal?: AbortSignal) =>
  (await client.read('service_catalog/items/search', items, signal, { search_term: text, user_email: client.requesterEmail, workspace_id: client.workspaceId, per_page: 100 })).service_items;

export const listCategories = async (client: FreshserviceClient, signal?: AbortSignal) =>
  (await client.read('service_catalog/categories', z.object({ service_categories: z.array(CategorySchema) }), signal, { workspace_id: client.workspaceId })).service_categories;

export const getItem = async (client: FreshserviceClient, displayId: string, signal?: AbortSignal) =>
  (await client.read(`service_catalog/items/${encodeURIComponent(displayId)}`, z.object({ service_item: ItemSchema }), signal)).service_item;

/** The requester's service requests, newest first (Freshservice lists the last 30 days by default). */
export const recentServiceRequests = async (client: FreshserviceClient, requesterId: number, signal?: AbortSignal) =>
  (await client.read('tickets', TicketsSchema, signal, { requester_id: requesterId, type: 'Service Request', order_type: 'desc', per_page: 30 })).tickets;

export const placeRequest = async (client: FreshserviceClient, displayId: string, body: unknown, signal?: AbortSignal) =>
  parseOrThrow(
    z.object({ service_request: TicketSchema }),
    (await client.http.post(`service_catalog/items/${encodeURIComponent(displayId)}/place_request`, body, { signal, idempotent: false })).data,
    'Freshservice new service request',
  ).service_request;
