/**
 * Pure mapping between JSM's customer payloads and the canonical model: statuses, requests,
 * comments and status history as tickets, knowledge base hits, and CSAT ratings. No I/O and no
 * clock.
 */
import { AdapterError } from '../../core/adapter.js';
import type { MatchRange, SatisfactionResponse, SearchResults, Ticket, TicketEvent, TicketState, TicketSummary } from '../../core/schemas.js';
import { isClosedState } from '../../core/ticket-states.js';
import type { JsmArticle, JsmComment, JsmNamed, JsmRequest, JsmStatus, JsmUser } from './vendor-schemas.js';

/** How a host's JSM names its statuses and customer transitions. */
export interface JsmRules {
  /** Status names, exactly as JSM writes them, mapped to a state ahead of the built-in rules. */
  statusMap?: Readonly<Record<string, TicketState>>;
  confirm: RegExp;
  reopen: RegExp;
}

const STATUS_RULES: readonly [RegExp, TicketState][] = [
  [/(waiting|pending|awaiting) (for |on )?(the )?(customer|you)/i, 'waiting-on-you'],
  [/cancel|declin|reject|won.t/i, 'cancelled'],
  [/resolved/i, 'resolved'],
  [/clos|done|complete/i, 'closed'],
  [/^(open|new|to do|waiting for support)$/i, 'new'],
];
const RATINGS: Partial<Record<SatisfactionResponse['scale'], (score: number) => number>> = {
  csat5: (score) => score,
  emoji5: (score) => score,
  thumbs: (score) => (score ? 5 : 1),
};

/**
 * A JSM status as a canonical state. The status category decides between open and done (so the
 * open/closed filters of JSM and ours agree); the name refines it: "Waiting for customer" →
 * waiting-on-you, "Resolved" → resolved, "Canceled"/"Declined" → cancelled, other done → closed.
 * Names in `overrides` (exactly as JSM writes them) win. History entries carry no category: their name alone decides.
 */
export function jsmState(name: string, category?: string, overrides: Readonly<Record<string, TicketState>> = {}): TicketState {
  const own = overrides[name];
  if (own) return own;
  const named = STATUS_RULES.find(([pattern]) => pattern.test(name))?.[1];
  if (category === 'DONE') return named === 'cancelled' || named === 'resolved' ? named : 'closed';
  if (named === 'waiting-on-you') return named;
  if (category === 'NEW') return 'new';
  if (category === 'INDETERMINATE') return 'in-progress';
  return named ?? 'in-progress';
}

/** Text marked with JSM's `@@@hl@@@term@@@endhl@@@` highlighting, as plain text and match ranges. */
export function unhighlight(marked: string, field: MatchRange['field']): { text: string; matches: MatchRange[] } {
  let plain = '';
  const matches: MatchRange[] = [];
  marked.split(/@@@(?:end)?hl@@@/).forEach((part, index) => {
    if (index % 2 && part) matches.push({ field, start: plain.length, end: plain.length + part.length });
    plain += part;
  });
  return { text: plain, matches };
}

const stateOf = (status: JsmStatus, rules: JsmRules) => jsmState(status.status, status.statusCategory, rules.statusMap);

/** Jira's `+0700` offsets written as `+07:00`, the ISO form every date in the model uses. */
export const instant = (date: { iso8601: string }) => date.iso8601.replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
const latest = (dates: string[]) => dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
export const fieldValue = (request: JsmRequest, fieldId: string) => {
  const value = request.requestFieldValues?.find((field) => field.fieldId === fieldId)?.value;
  return typeof value === 'string' ? value : undefined;
};

/** Without `customers` (a comment this page just sent), the author is the customer. */
const person = (user?: JsmUser, customers?: Set<string | undefined>) =>
  user?.displayName ? { name: user.displayName, isAgent: !!customers && !customers.has(user.accountId) } : undefined;
export const commentEvent = (comment: JsmComment, customers?: Set<string | undefined>): TicketEvent => ({
  id: comment.id,
  type: 'comment',
  at: instant(comment.created),
  author: person(comment.author, customers),
  text: comment.body,
});

/** The list entry of a request; `transitions` (asked per ticket) decide reopen and confirm. */
export function ticketSummary(request: JsmRequest, rules: JsmRules, transitions: readonly JsmNamed[] = []): TicketSummary {
  const { currentStatus } = request;
  const state = stateOf(currentStatus, rules);
  const offers = (pattern: RegExp) => transitions.some((transition) => pattern.test(transition.name));
  const createdAt = instant(request.createdDate);
  return {
    id: request.issueKey,
    number: request.issueKey,
    title: fieldValue(request, 'summary') || request.issueKey,
    description: fieldValue(request, 'description'),
    state,
    stateLabel: currentStatus.status,
    createdAt,
    updatedAt: currentStatus.statusDate ? instant(currentStatus.statusDate) : createdAt,
    permissions: {
      comment: request.actions?.addComment?.allowed !== false,
      reopen: (state === 'resolved' || state === 'closed') && offers(rules.reopen),
      confirm: state === 'resolved' && offers(rules.confirm),
    },
    url: request._links?.web,
  };
}

/**
 * A request with its public comments and status history (newest first, as JSM lists it) as one
 * ticket whose events run oldest first.
 */
export function jsmTicket(
  request: JsmRequest,
  comments: readonly JsmComment[],
  history: readonly JsmStatus[],
  transitions: readonly JsmNamed[],
  rules: JsmRules,
): Ticket {
  const ticket = ticketSummary(request, rules, transitions);
  // Customers' comments and agents' look alike here: whoever is not the reporter or a
  // participant is taken to speak for the service desk.
  const customers = new Set([request.reporter, ...(request.participants?.values ?? [])].map((user) => user?.accountId));
  const events: TicketEvent[] = [
    { id: `${ticket.id}-created`, type: 'created', at: ticket.createdAt, author: person(request.reporter, customers), text: ticket.description },
  ];
  let previous: TicketState | undefined;
  [...history].reverse().forEach((status, index) => {
    const state = stateOf(status, rules);
    if (index && status.statusDate) {
      const reopened = previous && isClosedState(previous) && !isClosedState(state);
      const type = state === 'resolved' ? 'resolution' : reopened ? 'reopened' : 'state-change';
      events.push({ id: `${ticket.id}-status-${index}`, type, at: instant(status.statusDate), state });
    }
    previous = state;
  });
  // The client asks for public comments only; one marked internal is still never shown.
  for (const comment of comments) if (comment.public !== false) events.push(commentEvent(comment, customers));
  events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { ...ticket, updatedAt: latest([ticket.updatedAt, ...events.map((event) => event.at)]), events };
}

/** Knowledge base hits, ranked as JSM returned them; they link out (JSM gives no article body). */
export function searchResults(queryText: string, articles: readonly JsmArticle[], limit?: number): SearchResults {
  const hits = articles.slice(0, limit).map((article, index) => {
    const title = unhighlight(article.title, 'title');
    const snippet = unhighlight(article.excerpt ?? '', 'snippet');
    const url = article.content?.iframeSrc;
    return {
      kind: 'article' as const,
      id: article.source?.pageId ?? url ?? title.text,
      title: title.text,
      snippet: snippet.text,
      matches: [...title.matches, ...snippet.matches],
      url,
      score: 1 / (index + 1),
    };
  });
  return { query: queryText, hits, total: articles.length };
}

/** Our answer as JSM's 1–5 rating, or an `invalid-response` error where no honest equal exists. */
export function jsmRating(response: SatisfactionResponse): number {
  const rating = RATINGS[response.scale]?.(response.score);
  if (response.subject.type !== 'ticket' || !rating || rating > 5) {
    throw new AdapterError('invalid-response', `JSM rates 1 to 5: no equal of ${response.scale} ${response.score}`);
  }
  return rating;
}

/** The body of `POST /request/{key}/feedback`. */
export const feedbackBody = (rating: number, comment?: string) => ({ type: 'csat', rating, ...(comment ? { comment: { body: comment } } : {}) });
