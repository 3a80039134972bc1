/**
 * Pure mapping between Zendesk's end-user payloads and the canonical model: request statuses and
 * priorities, requests with their comments as tickets, Help Center articles and search snippets,
 * and our satisfaction scales onto Zendesk's good/bad. No I/O and no clock: callers pass `now`.
 */
import type {
  Article,
  MatchRange,
  Priority,
  SatisfactionResponse,
  SearchResults,
  Ticket,
  TicketEvent,
  TicketState,
  TicketSummary,
} from '../../core/schemas.js';
import { withinDedupeWindow } from '../../core/once-per-key.js';
import { phrasesAmong } from '../../core/search-phrasings.js';
import type { ZendeskArticle, ZendeskComments, ZendeskRequest, ZendeskStatus } from './vendor-schemas.js';

const STATES: Record<ZendeskStatus, [TicketState, string]> = {
  new: ['new', 'New'],
  open: ['in-progress', 'Open'],
  pending: ['waiting-on-you', 'Awaiting your reply'],
  hold: ['in-progress', 'On-hold'],
  solved: ['resolved', 'Solved'],
  closed: ['closed', 'Closed'],
};
const PRIORITIES: Record<string, Priority> = {
  urgent: { level: 'critical', label: 'Urgent' },
  high: { level: 'high', label: 'High' },
  normal: { level: 'moderate', label: 'Normal' },
  low: { level: 'low', label: 'Low' },
};
/** A request status as a canonical state, with the words Zendesk's own portal shows a requester. */
export const zendeskState = (status: ZendeskStatus) => STATES[status];

/** Zendesk's `<em>`-marked snippet as plain text with match ranges. */
export function snippetText(html: string): { snippet: string; matches: MatchRange[] } {
  let snippet = '';
  const matches: MatchRange[] = [];
  html.split(/<(\/?)em>/i).forEach((part, index) => {
    // split with one capture group: text, "/" or "", text, …; text inside <em> follows a "".
    if (index % 2) return;
    const text = part
      .replace(/<[^>]*>/g, '')
      .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[name]!);
    const start = snippet.length;
    snippet += text;
    if (index % 4 === 2 && text) matches.push({ field: 'snippet', start, end: snippet.length });
  });
  return { snippet, matches };
}

export function searchResults(queryText: string, results: readonly ZendeskArticle[], count?: number, limit?: number): SearchResults {
  const hits = results.slice(0, limit).map((article, index) => ({
    kind: 'article' as const,
    id: String(article.id),
    title: article.title,
    ...snippetText(article.snippet ?? ''),
    url: article.html_url,
    score: 1 / (index + 1),
  }));
  return { query: queryText, hits, total: count ?? results.length };
}

export const zendeskArticle = (article: ZendeskArticle): Article => ({
  id: String(article.id),
  title: article.title,
  body: article.body ?? '',
  url: article.html_url,
  tags: article.label_names,
  // Help Center labels feed its own search; the multi-word ones read as the readers' questions.
  phrasings: phrasesAmong(article.label_names),
  updatedAt: article.edited_at ?? article.updated_at,
  locale: article.locale,
});

/** `root` is the Zendesk origin, where the requester's own view of the request lives. */
export function ticketSummary(request: ZendeskRequest, root: string): TicketSummary {
  const [state, stateLabel] = zendeskState(request.status);
  return {
    id: String(request.id),
    number: `#${request.id}`,
    title: request.subject,
    description: request.description ?? undefined,
    state,
    stateLabel,
    priority: PRIORITIES[request.priority ?? ''],
    createdAt: request.created_at,
    updatedAt: request.updated_at,
    // Zendesk has no confirm step: solved requests close on their own.
    permissions: { comment: request.status !== 'closed', reopen: request.status === 'solved', confirm: false },
    url: `${root}/hc/requests/${request.id}`,
  };
}

/** A request and its public comments as a ticket; the first comment is the request's own description. */
export function zendeskTicket(request: ZendeskRequest, { comments, users = [] }: ZendeskComments, root: string): Ticket {
  const events = comments
    .filter((comment) => comment.public !== false)
    .map((comment, index): TicketEvent => {
      const user = users.find((candidate) => candidate.id === comment.author_id);
      return {
        id: String(comment.id),
        type: index ? 'comment' : 'created',
        at: comment.created_at,
        author: user && { name: user.name, isAgent: Boolean(user.agent) },
        text: comment.body,
      };
    });
  if (!events.length) events.push({ id: `${request.id}-created`, type: 'created', at: request.created_at });
  return { ...ticketSummary(request, root), events };
}

/** The requester's latest recent comment with this text, if Zendesk already shows one. */
export function ownComment({ comments, users }: ZendeskComments, text: string, now: number): TicketEvent | undefined {
  const body = text.trim();
  const found = comments.findLast(
    (candidate) => candidate.body.trim() === body && withinDedupeWindow(candidate.created_at, now) && !users?.find((user) => user.id === candidate.author_id)?.agent,
  );
  const user = users?.find((candidate) => candidate.id === found?.author_id);
  return found && { id: String(found.id), type: 'comment', at: found.created_at, text: found.body, author: user && { name: user.name, isAgent: false } };
}

/** Our scales onto Zendesk's good/bad; undefined for a neutral answer. */
export function goodOrBad({ scale, score }: Pick<SatisfactionResponse, 'scale' | 'score'>): 'good' | 'bad' | undefined {
  const [bad, good] = ({ thumbs: [0, 1], csat5: [2, 4], emoji5: [2, 4], ces7: [3, 5], nps11: [6, 9] } as const)[scale];
  return score >= good ? 'good' : score <= bad ? 'bad' : undefined;
}

/** The body of `POST /tickets/{id}/satisfaction_rating`. */
export const satisfactionBody = (score: 'good' | 'bad', comment?: string) => ({ satisfaction_rating: { score, comment } });
