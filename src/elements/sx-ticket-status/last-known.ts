/**
 * The last ticket and list this tab saw, so that going offline shows them (marked stale) instead
 * of an error. Kept in memory and sessionStorage (this tab only, gone when it closes); only
 * canonical ticket data is stored, never tokens or anything from the adapter's configuration.
 */
import type { Ticket, TicketSummary } from '../../core/schemas.js';

const memory = new Map<string, unknown>();
const PREFIX = 'sx-ticket-status:';

function write(key: string, value: unknown): void {
  memory.set(key, value);
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or blocked (private mode): memory still serves this page.
  }
}

function read<T>(key: string): T | undefined {
  if (memory.has(key)) return memory.get(key) as T;
  try {
    const stored = sessionStorage.getItem(PREFIX + key);
    return stored ? (JSON.parse(stored) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function rememberTicket(scope: string, ticket: Ticket): void {
  write(`${scope}|ticket|${ticket.id}`, ticket);
}

export function lastKnownTicket(scope: string, id: string): Ticket | undefined {
  return read<Ticket>(`${scope}|ticket|${id}`);
}

export function rememberList(scope: string, query: string, tickets: TicketSummary[]): void {
  write(`${scope}|list|${query}`, tickets);
}

export function lastKnownList(scope: string, query: string): TicketSummary[] | undefined {
  return read<TicketSummary[]>(`${scope}|list|${query}`);
}
