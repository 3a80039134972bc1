/**
 * Pure mapping of GLPI ticket categories to catalog items, and of a filled-in form back to a new
 * ticket (`POST Ticket`). GLPI 11's Forms have no submit route in either API, so categories are
 * the catalog a requester can use through the API.
 */
import { htmlToText } from '../../core/html-text.js';
import { withinDedupeWindow } from '../../core/once-per-key.js';
import type { CatalogItem, CatalogItemSummary, VariableValue } from '../../core/schemas.js';
import { followupHtml, isoDate } from './mappers.js';
import type { Category } from './catalog-client.js';
import type { GlpiTicket } from './vendor-schemas.js';

/** GLPI's urgency scale, as its helpdesk form offers it. */
const URGENCIES = ['Very low', 'Low', 'Medium', 'High', 'Very high'];

export const catalogItem = (category: Category): CatalogItemSummary => ({
  id: String(category.id),
  name: category.name,
  shortDescription: htmlToText(category.comment ?? ''),
  // `completename` is "Hardware > Laptop": its parents are the item's categories.
  categories: (category.completename ?? '').split(' > ').slice(0, -1),
  approvalRequired: false,
});

export const catalogItemWithForm = (category: Category): CatalogItem => ({
  ...catalogItem(category),
  variables: [
    { name: 'name', label: 'Title', type: 'text', required: true },
    { name: 'content', label: 'Description', type: 'textarea', required: true },
    { name: 'urgency', label: 'Urgency', type: 'select', default: '3', options: URGENCIES.map((label, index) => ({ value: String(index + 1), label })) },
  ],
});

/** The `input` of `POST Ticket`: a request (type 2) in the category. */
export const ticketInput = (categoryId: string, values: Readonly<Record<string, VariableValue>>) => ({
  name: String(values.name ?? ''),
  content: followupHtml(String(values.content ?? values.name ?? '')),
  type: 2,
  itilcategories_id: Number(categoryId),
  urgency: Number(values.urgency ?? 3),
});

/** Whether `ticket` is the one an earlier attempt made: same title and category, opened minutes ago. */
export const isSameRequest = (ticket: GlpiTicket, input: ReturnType<typeof ticketInput>, now: number, offset?: string) =>
  ticket.name === input.name && Number(ticket.itilcategories_id) === input.itilcategories_id && withinDedupeWindow(isoDate(ticket.date ?? ticket.date_mod, offset), now);
