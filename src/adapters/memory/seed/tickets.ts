/**
 * Turns the seed's ticket drafts (seed.json) into canonical tickets. Drafts give every time in
 * hours relative to now, so SLA targets look realistic whenever the demo runs.
 */
import type { Person, Priority, Sla, Ticket, TicketEvent, TicketState } from '../../../core/schemas.js';
import { DEFAULT_STATE_LABELS, isOpenState } from '../../../core/ticket-states.js';

/** ServiceNow-like priority labels, shared with the benchmark data generator. */
export const PRIORITIES: Record<Priority['level'], Priority> = {
  critical: { level: 'critical', label: 'P1 - Critical' },
  high: { level: 'high', label: 'P2 - High' },
  moderate: { level: 'moderate', label: 'P3 - Moderate' },
  low: { level: 'low', label: 'P4 - Low' },
  planning: { level: 'planning', label: 'P5 - Planning' },
};

/** A closed ticket may still be reopened this long after its last event. */
const RECENTLY_CLOSED_HOURS = 7 * 24;
const HOUR_MS = 3_600_000;

export interface EventDraft {
  hoursAgo: number;
  type: TicketEvent['type'];
  author?: Person;
  text?: string;
  state?: TicketState;
}

export interface TicketDraft {
  number: string;
  title: string;
  description: string;
  state: TicketState;
  /** The vendor's own label; the core default when omitted. */
  stateLabel?: string;
  priority: Priority['level'];
  assignee?: { name?: string; group: string };
  /** `dueInHours` is negative when the target has passed. */
  sla?: { kind: Sla['kind']; dueInHours: number; breached?: boolean; paused?: boolean };
  nextUpdateInHours?: number;
  waitingFor?: string;
  events: EventDraft[];
}

export function ticketsFromDrafts(drafts: readonly TicketDraft[], now: Date): Ticket[] {
  const t0 = now.getTime();
  const at = (hoursFromNow: number) => new Date(Math.round((t0 + hoursFromNow * HOUR_MS) / 1000) * 1000).toISOString();
  return drafts.map((draft) => ticketFromDraft(draft, at));
}

function ticketFromDraft(draft: TicketDraft, at: (hoursFromNow: number) => string): Ticket {
  const history = [...draft.events].sort((x, y) => y.hoursAgo - x.hoursAgo);
  const events = history.map((e, i): TicketEvent => {
    const event: TicketEvent = { id: `e${i + 1}`, type: e.type, at: at(-e.hoursAgo) };
    if (e.author) event.author = e.author;
    if (e.text) event.text = e.text;
    if (e.state) event.state = e.state;
    return event;
  });
  const first = history[0];
  const last = history[history.length - 1];
  const open = isOpenState(draft.state);
  const ticket: Ticket = {
    id: draft.number,
    number: draft.number,
    title: draft.title,
    description: draft.description,
    state: draft.state,
    stateLabel: draft.stateLabel ?? DEFAULT_STATE_LABELS[draft.state],
    priority: PRIORITIES[draft.priority],
    createdAt: at(-(first?.hoursAgo ?? 0)),
    updatedAt: at(-(last?.hoursAgo ?? 0)),
    permissions: {
      comment: open,
      confirm: draft.state === 'resolved',
      reopen:
        draft.state === 'resolved' ||
        (draft.state === 'closed' && (last?.hoursAgo ?? Infinity) <= RECENTLY_CLOSED_HOURS),
    },
    url: `https://help.larkspur.example/tickets/${draft.number}`,
    events,
  };
  if (draft.assignee) ticket.assignee = draft.assignee;
  if (draft.sla) {
    ticket.sla = {
      kind: draft.sla.kind,
      dueAt: at(draft.sla.dueInHours),
      breached: draft.sla.breached ?? false,
      paused: draft.sla.paused ?? false,
    };
  }
  if (open && draft.nextUpdateInHours !== undefined) ticket.nextUpdateBy = at(draft.nextUpdateInHours);
  if (draft.waitingFor) ticket.waitingFor = draft.waitingFor;
  return ticket;
}
