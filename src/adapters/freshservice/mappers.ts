/**
 * Pure mapping between Freshservice's API v2 payloads and the canonical model: ticket statuses and
 * priorities, tickets with their public conversations, solution articles and search hits, the
 * filter query of a requester's tickets and a note's HTML. No I/O and no clock: callers pass `now`.
 */
import { AdapterError } from '../../core/adapter.js';
import { withinDedupeWindow } from '../../core/once-per-key.js';
import type { Article, Person, Priority, SearchResults, Ticket, TicketEvent, TicketState, TicketSummary } from '../../core/schemas.js';
import { findMatchRanges } from '../../core/search-query.js';
import { isClosedState, isOpenState } from '../../core/ticket-states.js';
import type { FreshserviceArticle, FreshserviceConversation, FreshserviceRequester, FreshserviceTicket } from './vendor-schemas.js';

/** Status numbers → state and the words Freshservice shows; accounts add their own through the adapter's `statuses`. */
export type StatusMap = Readonly<Record<number, readonly [TicketState, string]>>;

const STATUSES: StatusMap = { 2: ['in-progress', 'Open'], 3: ['waiting-on-you', 'Pending'], 4: ['resolved', 'Resolved'], 5: ['closed', 'Closed'] };
const PRIORITIES: Record<number, Priority> = {
  1: { level: 'low', label: 'Low' },
  2: { level: 'moderate', label: 'Medium' },
  3: { level: 'high', label: 'High' },
  4: { level: 'critical', label: 'Urgent' },
};
/** Conversation sources that are not someone writing: status changes (3), meta entries (4), forwards to third parties (6). */
const NOT_WRITTEN = [3, 4, 6];

/** The canonical state of a ticket, with Freshservice's own status name; an Open ticket nobody has taken yet is new. */
export function ticketState(ticket: Pick<FreshserviceTicket, 'status' | 'responder_id'>, extra: StatusMap = {}): [TicketState, string] {
  const own = extra[ticket.status];
  const [state, label] = own ?? STATUSES[ticket.status] ?? ['in-progress', `Status ${ticket.status}`];
  return [!own && ticket.status === 2 && !ticket.responder_id ? 'new' : state, label];
}

/** The filter-API query of a requester's tickets (`requester_id:7 AND (status:2 OR status:3)`). */
export function ticketQuery(requesterId: number, filter: 'open' | 'resolved' | 'all', extra: StatusMap = {}, workspaceId?: number): string {
  const wanted = filter === 'open' ? isOpenState : isClosedState;
  const statuses = Object.entries({ ...STATUSES, ...extra })
    .filter(([, [state]]) => wanted(state))
    .map(([status]) => `status:${status}`);
  return [`requester_id:${requesterId}`, filter !== 'all' && `(${statuses.join(' OR ')})`, workspaceId !== undefined && `workspace_id:${workspaceId}`].filter(Boolean).join(' AND ');
}

/** The requester as an author. */
export const requesterPerson = (person: FreshserviceRequester): Person => ({
  name: [person.first_name, person.last_name].filter(Boolean).join(' ') || person.primary_email || String(person.id),
  isAgent: false,
});

/** `portal` is the Freshservice origin, where the requester's own view of the ticket lives; `now` (ms) decides a breach. */
export function toTicketSummary(ticket: FreshserviceTicket, portal: string, now: number, statuses?: StatusMap): TicketSummary {
  const [state, stateLabel] = ticketState(ticket, statuses);
  const number = `#${ticket.type === 'Service Request' ? 'SR' : 'INC'}-${ticket.id}`;
  const due = ticket.due_by;
  return {
    id: String(ticket.id),
    number,
    title: ticket.subject || number,
    description: ticket.description_text ?? undefined,
    state,
    stateLabel,
    priority: PRIORITIES[ticket.priority ?? 0],
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
    // `due_by` is the desk's resolution target; Freshservice's default SLA timer stops while Pending.
    sla: due && isOpenState(state) ? { kind: 'resolution', dueAt: due, breached: now > Date.parse(due), paused: state === 'waiting-on-you' } : undefined,
    permissions: { comment: state !== 'closed', reopen: state === 'resolved', confirm: state === 'resolved' },
    url: `${portal}/support/tickets/${ticket.id}`,
  };
}

/** Public replies and notes as comments: private notes are agent-only and never reach the page. */
export const toComments = (conversations: readonly FreshserviceConversation[], me: FreshserviceRequester): TicketEvent[] =>
  conversations.flatMap((conversation): TicketEvent[] =>
    conversation.private || NOT_WRITTEN.includes(conversation.source ?? 0) || !conversation.body_text?.trim()
      ? []
      : [
          {
            id: String(conversation.id),
            type: 'comment',
            at: conversation.created_at,
            // Only the requester's own name is known here; without an author the element says "Service desk".
            author: conversation.user_id === me.id ? requesterPerson(me) : undefined,
            text: conversation.body_text.trim(),
          },
        ],
  );

export function toTicket(ticket: FreshserviceTicket, conversations: readonly FreshserviceConversation[], me: FreshserviceRequester, portal: string, now: number, statuses?: StatusMap): Ticket {
  const summary = toTicketSummary(ticket, portal, now, statuses);
  const created: TicketEvent = {
    id: `${ticket.id}-created`,
    type: 'created',
    at: ticket.created_at,
    author: ticket.requester_id === me.id ? requesterPerson(me) : undefined,
    text: ticket.description_text?.trim() || undefined,
  };
  const events = [created, ...toComments(conversations, me)].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { ...summary, events };
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** The requester's recent note with this text, if Freshservice already shows one (a re-sent write). */
export const ownNote = (conversations: readonly FreshserviceConversation[], me: FreshserviceRequester, text: string, now: number) =>
  conversations.findLast((conversation) => conversation.user_id === me.id && sameText(conversation.body_text ?? '', text) && withinDedupeWindow(conversation.created_at, now));

/** Plain text as the HTML body of a note: escaped, line breaks kept. */
export const noteHtml = (text: string) =>
  `<div>${text.replace(/[&<>"]/g, (character) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as const)[character as '&']};`).replace(/\r?\n/g, '<br>')}</div>`;

const articleUrl = (portal: string, id: number) => `${portal}/support/solutions/articles/${id}`;

/** Published articles only, in Freshservice's order, with match ranges for `terms`. */
export function toSearchResults(text: string, terms: readonly string[], articles: readonly FreshserviceArticle[], portal: string, total?: number, limit?: number): SearchResults {
  const hits = articles
    .filter((article) => article.status === 2)
    .slice(0, limit)
    .map((article, index) => {
      const snippet = (article.description_text ?? '').replace(/\s+/g, ' ').trim().slice(0, 240);
      return {
        kind: 'article' as const,
        id: String(article.id),
        title: article.title,
        snippet,
        matches: [...findMatchRanges(article.title, terms, 'title'), ...findMatchRanges(snippet, terms, 'snippet')],
        url: articleUrl(portal, article.id),
        score: 1 / (index + 1),
      };
    });
  return { query: text, hits, total: Math.max(total ?? 0, hits.length) };
}

/** A published article; a draft read by its id is not the requester's to see. */
export function toArticle(article: FreshserviceArticle, portal: string): Article {
  if (article.status !== 2) throw new AdapterError('not-found', 'Freshservice article is not published.');
  return {
    id: String(article.id),
    title: article.title,
    body: article.description ?? '',
    url: articleUrl(portal, article.id),
    tags: article.tags?.length ? article.tags : (article.keywords ?? undefined),
    updatedAt: article.updated_at,
  };
}
