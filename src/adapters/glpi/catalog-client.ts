/**
 * The GLPI catalog's calls (ticket categories, new tickets) over the legacy client, loaded with the
 * catalog part on first use. Answers are validated as in client.ts.
 */
import * as z from 'zod/mini';
import { parseOrThrow } from '../../core/validate.js';
import type { GlpiClient } from './client.js';

const text = z.optional(z.nullable(z.string()));
export const CategorySchema = z.object({ id: z.number(), name: z.string(), completename: text, comment: text });
export type Category = z.infer<typeof CategorySchema>;
/** `{"id": 457, "message": ""}` (as in vendor-schemas.ts, kept here so the catalog shares no chunk with the client). */
const CreatedSchema = z.object({ id: z.number() });

/** The categories offered in the helpdesk for requests (not incidents only). */
export const listCategories = (client: GlpiClient, signal?: AbortSignal) =>
  client.get('ITILCategory', z.array(CategorySchema), signal, { 'searchText[is_helpdeskvisible]': 1, 'searchText[is_request]': 1, range: '0-199' });

export const getCategory = (client: GlpiClient, id: string, signal?: AbortSignal) => client.get(`ITILCategory/${encodeURIComponent(id)}`, CategorySchema, signal);

export const createTicket = async (client: GlpiClient, input: object, signal?: AbortSignal) =>
  parseOrThrow(CreatedSchema, (await client.call('POST', 'Ticket', { body: { input }, signal, idempotent: false })).data, 'GLPI new ticket').id;
