/**
 * Facts about the canonical ticket states, in one place for elements, adapters and the demo data:
 * which states count as open, which as finished, and the English label a backend that has no
 * label of its own shows.
 */
import type { TicketState } from './schemas.js';

/** Still being worked on (or waiting for the requester). */
export const OPEN_STATES: ReadonlySet<TicketState> = new Set(['new', 'assigned', 'in-progress', 'waiting-on-you']);

/** Finished, one way or another: resolved, closed or cancelled. */
export const CLOSED_STATES: ReadonlySet<TicketState> = new Set(['resolved', 'closed', 'cancelled']);

export function isOpenState(state: TicketState): boolean {
  return OPEN_STATES.has(state);
}

export function isClosedState(state: TicketState): boolean {
  return CLOSED_STATES.has(state);
}

/**
 * The vendor label used where a backend has none (the embedded demo backend, generated data).
 * Elements never show these to say what a state means: they use their message catalogs.
 */
export const DEFAULT_STATE_LABELS: Readonly<Record<TicketState, string>> = {
  new: 'New',
  assigned: 'Assigned',
  'in-progress': 'In Progress',
  'waiting-on-you': 'Awaiting your reply',
  resolved: 'Resolved',
  closed: 'Closed',
  cancelled: 'Cancelled',
};
