/**
 * Pure mapping of GLPI payloads (checked against vendor-schemas.ts) to the canonical model. No
 * requests, no clock: callers pass `now`. Ratings map in survey.ts, categories in catalog-mappers.ts.
 */
import { htmlToText } from '../../core/html-text.js';
import { withinDedupeWindow } from '../../core/once-per-key.js';
import type { Article, Priority, SearchResults, Ticket, TicketEvent, TicketState, TicketSummary } from '../../core/schemas.js';
import { findMatchRanges } from '../../core/search-query.js';
import type { Followup, GlpiTicket, KnowbaseHit, KnowbaseItem, Solution } from './vendor-schemas.js';

/** GLPI's ticket statuses (CommonITILObject constants) with its English labels. */
const STATUSES: Record<number, [TicketState, string]> = {
  1: ['new', 'New'],
  2: ['assigned', 'Processing (assigned)'],
  3: ['in-progress', 'Processing (planned)'],
  4: ['waiting-on-you', 'Pending'],
  5: ['resolved', 'Solved'],
  6: ['closed', 'Closed'],
};
export const SOLVED = 5;
export const CLOSED = 6;
const PRIORITIES: (Priority | undefined)[] = [
  undefined,
  { level: 'planning', label: 'Very low' },
  { level: 'low', label: 'Low' },
  { level: 'moderate', label: 'Medium' },
  { level: 'high', label: 'High' },
  { level: 'critical', label: 'Very high' },
  { level: 'critical', label: 'Major' },
];

/**
 * A GLPI date as ISO 8601. The legacy API writes `2026-11-02 09:00:00` in the session's time zone
 * without saying which, so the offset is the adapter's option; ISO dates (high-level API) pass.
 */
export const isoDate = (value: string, offset = '+00:00') => (/T.*([zZ]|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value.replace(' ', 'T')}${offset}`);

/** Rich text as GLPI 10 may return it, HTML-escaped (`&#60;p&#62;`), as HTML; HTML passes. */
export const richText = (value?: string | null) => (!value || value.includes('<') ? (value ?? '') : htmlToText(value));

/** The canonical state of a GLPI status number, with GLPI's label (or its localised name). */
export function ticketState(status: number, name?: string): [TicketState, string] {
  const [state, label] = STATUSES[status] ?? ['in-progress', String(status)];
  return [state, name || label];
}

export function toTicketSummary(ticket: GlpiTicket, root: string, offset?: string): TicketSummary {
  const [state, stateLabel] = ticketState(ticket.status, ticket.status_name);
  const solved = ticket.status === SOLVED;
  return {
    id: String(ticket.id),
    number: `#${ticket.id}`,
    title: ticket.name || `#${ticket.id}`,
    description: htmlToText(richText(ticket.content)) || undefined,
    state,
    stateLabel,
    priority: PRIORITIES[ticket.priority ?? 0],
    createdAt: isoDate(ticket.date ?? ticket.date_mod, offset),
    updatedAt: isoDate(ticket.date_mod, offset),
    // Approving or refusing the proposed solution is the requester's part while a ticket is solved.
    permissions: { comment: ticket.status !== CLOSED, reopen: solved, confirm: solved },
    url: `${root}/front/ticket.form.php?id=${ticket.id}`,
  };
}

/** A followup or solution as an event, with the id of its author to tell one's own apart. */
export type TimelineEvent = TicketEvent & { userId?: number };

const event = (item: Followup, type: TicketEvent['type'], me: number | undefined, offset?: string): TimelineEvent => {
  const name = item._keys_names?.users_id;
  return {
    id: `${type === 'resolution' ? 'solution' : 'followup'}-${item.id}`,
    type,
    at: isoDate(item.date_creation ?? item.date ?? '', offset),
    // GLPI does not mark agents on a followup: anyone but the signed-in requester counts as the desk.
    author: name ? { name, isAgent: item.users_id !== me } : undefined,
    // A line break is a word break, which textContent alone would lose.
    text: htmlToText(richText(item.content).replace(/<br\s*\/?>/gi, ' ')),
    userId: item.users_id,
  };
};

/** Public followups only: a private one never reaches the page, whoever may read it in GLPI. */
export const publicFollowups = (followups: readonly Followup[], me?: number, offset?: string) =>
  followups.filter((item) => !item.is_private).map((item) => event(item, 'comment', me, offset));

export const toTicketEvent = ({ userId: _, ...rest }: TimelineEvent): TicketEvent => rest;

export function toTicket(ticket: GlpiTicket, followups: readonly Followup[], solutions: readonly Solution[], root: string, me?: number, offset?: string): Ticket {
  const summary = toTicketSummary(ticket, root, offset);
  const events = [
    { id: `${ticket.id}-created`, type: 'created' as const, at: summary.createdAt },
    ...publicFollowups(followups, me, offset).map(toTicketEvent),
    ...solutions.map((solution) => toTicketEvent(event(solution, 'resolution', me, offset))),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  // A solved ticket whose last solution is no longer waiting (approved or refused) has nothing to approve.
  const waiting = solutions.at(-1)?.status;
  if (waiting && waiting !== 2) summary.permissions = { ...summary.permissions, confirm: false, reopen: false };
  return { ...summary, events };
}

/** The requester's own recent followup with this text, if GLPI already shows one. */
export const ownFollowup = (followups: readonly Followup[], text: string, me: number, now: number, offset?: string) =>
  publicFollowups(followups, me, offset).findLast((item) => item.userId === me && item.text === text.replace(/\s+/g, ' ').trim() && withinDedupeWindow(item.at, now));

/** Plain text as the HTML GLPI stores for a followup: escaped, one paragraph, line breaks kept. */
export const followupHtml = (text: string) =>
  `<p>${text.trim().replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`).replace(/\n/g, '<br>')}</p>`;

export function toSearchResults(query: string, terms: readonly string[], items: readonly KnowbaseHit[], total: number, root: string, limit?: number): SearchResults {
  const hits = items
    .map((item) => {
      const snippet = htmlToText(richText(item.answer)).slice(0, 200);
      const matches = [...findMatchRanges(item.name, terms, 'title'), ...findMatchRanges(snippet, terms, 'snippet')];
      const score = matches.reduce((sum, match) => sum + (match.field === 'title' ? 2 : 1), 1);
      return { kind: 'article' as const, id: String(item.id), title: item.name, snippet, matches, url: articleUrl(root, item.id), score };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  return { query, hits, total: Math.max(total, hits.length) };
}

const articleUrl = (root: string, id: number) => `${root}/front/knowbaseitem.form.php?id=${id}`;

export const toArticle = (item: KnowbaseItem, root: string, offset?: string): Article => ({
  id: String(item.id),
  title: item.name,
  body: richText(item.answer),
  url: articleUrl(root, item.id),
  updatedAt: isoDate(item.date_mod, offset),
});
