/**
 * The last ticket and list this tab saw, so that going offline shows them (marked stale) instead
 * of an error. Kept in sessionStorage (this tab only, gone when it closes); only canonical ticket
 * data is stored, never tokens or anything from the adapter's configuration.
 */
import type { Ticket, TicketSummary } from '../../core/schemas.js';
import { JsonStore } from '../../core/storage.js';

const PREFIX = 'sx-ticket-status:';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A stored ticket another version wrote in another shape is treated as absent. */
export function asStoredTicket(value: unknown): Ticket | undefined {
  return isRecord(value) && typeof value.id === 'string' && Array.isArray(value.events) ? (value as unknown as Ticket) : undefined;
}

export function asStoredList(value: unknown): TicketSummary[] | undefined {
  return Array.isArray(value) && value.every((item) => isRecord(item) && typeof item.id === 'string') ? (value as TicketSummary[]) : undefined;
}

const tickets = new JsonStore<Ticket>(PREFIX, { area: 'session', parse: asStoredTicket });
const lists = new JsonStore<TicketSummary[]>(PREFIX, { area: 'session', parse: asStoredList });

export function rememberTicket(scope: string, ticket: Ticket): void {
  tickets.set(`${scope}|ticket|${ticket.id}`, ticket);
}

export function lastKnownTicket(scope: string, id: string): Ticket | undefined {
  return tickets.get(`${scope}|ticket|${id}`);
}

export function rememberList(scope: string, query: string, list: TicketSummary[]): void {
  lists.set(`${scope}|list|${query}`, list);
}

export function lastKnownList(scope: string, query: string): TicketSummary[] | undefined {
  return lists.get(`${scope}|list|${query}`);
}
