/**
 * Ordering and windowing of a ticket's history. Long histories (200+ events) render only the
 * newest page; "show earlier" widens the window.
 */
import type { TicketEvent, TicketSummary } from '../../core/schemas.js';
import { isOpenState } from '../../core/ticket-states.js';

export type TimelineOrder = 'newest' | 'oldest';

/** Events oldest first, or newest first; ties keep the backend's order. */
export function orderEvents(events: readonly TicketEvent[], order: TimelineOrder): TicketEvent[] {
  const sorted = events
    .map((event, index) => ({ event, index, time: Date.parse(event.at) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ event }) => event);
  return order === 'newest' ? sorted.reverse() : sorted;
}

/** The newest `count` of the ordered events, and how many earlier ones are left out. */
export function newestWindow<T>(ordered: readonly T[], order: TimelineOrder, count: number): { shown: T[]; hidden: number } {
  const hidden = Math.max(0, ordered.length - count);
  return { shown: order === 'newest' ? ordered.slice(0, count) : ordered.slice(hidden), hidden };
}

/** Requests waiting on the person first, then other open ones, then the rest; recent first within each. */
export function openFirst<T extends Pick<TicketSummary, 'state' | 'updatedAt'>>(tickets: readonly T[]): T[] {
  const rank = (state: TicketSummary['state']) => (state === 'waiting-on-you' ? 0 : isOpenState(state) ? 1 : 2);
  return [...tickets].sort((a, b) => rank(a.state) - rank(b.state) || b.updatedAt.localeCompare(a.updatedAt));
}
