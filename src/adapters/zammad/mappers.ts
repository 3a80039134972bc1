/**
 * Pure mapping of Zammad payloads (already checked against vendor-schemas.ts) to the canonical
 * model: ticket states and the group's follow-up rule, articles as events, knowledge base search
 * details and answers. No requests; the time is passed in where a mapping depends on it.
 */
import { AdapterError } from '../../core/adapter.js';
import { htmlToText } from '../../core/html-text.js';
import type { Article, Priority, SearchHit, SearchResults, Ticket, TicketEvent, TicketState, TicketSummary } from '../../core/schemas.js';
import { findMatchRanges } from '../../core/search-query.js';
import { withinDedupeWindow } from '../../core/once-per-key.js';
import type { AnswerAssets, ZammadArticle, ZammadSearchDetail, ZammadTicket } from './vendor-schemas.js';

/** Zammad's seeded states. `pending close` is an agent's "solved, closes on its own", so it is the resolved stage. */
const STATES: Record<string, TicketState> = {
  new: 'new',
  open: 'in-progress',
  'pending reminder': 'in-progress',
  'pending close': 'resolved',
  closed: 'closed',
  merged: 'closed',
  removed: 'cancelled',
};
const PRIORITY_WORDS: [RegExp, Priority['level']][] = [
  [/urgent|crit/i, 'critical'],
  [/high/i, 'high'],
  [/normal|medium/i, 'moderate'],
  [/low/i, 'low'],
];
const DAY = 86_400_000;

/** State names (lower case) → stage, on top of Zammad's seeded states. */
export type StateMap = Readonly<Record<string, TicketState>>;

/** A group's `follow_up_possible` setting; customers cannot read groups, so the host tells the adapter. */
export interface FollowUpRule {
  possible: 'yes' | 'new_ticket' | 'new_ticket_after_certain_time';
  /** For `new_ticket_after_certain_time`: days after closing in which a reply still reopens. */
  reopenTimeInDays?: number;
}
/** Group name → rule; groups not named follow Zammad's default, `yes`. */
export type FollowUpRules = Readonly<Record<string, FollowUpRule>>;

/** The canonical stage of a ticket, with Zammad's own state name as the label. */
export function ticketState(ticket: Pick<ZammadTicket, 'state' | 'owner_id'>, extra: StateMap = {}): [TicketState, string] {
  const name = ticket.state.toLowerCase();
  // A desk's own state we were not told about is shown as being worked on: never as finished.
  const state = extra[name] ?? STATES[name] ?? 'in-progress';
  // 1 is Zammad's "nobody": a new ticket with an owner has been taken.
  return [state === 'new' && (ticket.owner_id ?? 1) > 1 ? 'assigned' : state, ticket.state];
}

/** Whether the group lets the customer follow up on (and so reopen) a closed ticket, as Zammad's ticket policy decides it. */
export function followUpPossible(ticket: Pick<ZammadTicket, 'group' | 'close_at'>, rules: FollowUpRules, now: number): boolean {
  const rule = rules[ticket.group ?? ''] ?? { possible: 'yes' };
  if (rule.possible !== 'new_ticket_after_certain_time') return rule.possible === 'yes';
  return !!ticket.close_at && rule.reopenTimeInDays !== undefined && now - Date.parse(ticket.close_at) < rule.reopenTimeInDays * DAY;
}

export function priorityOf(name: string | null | undefined): Priority | undefined {
  const level = name ? PRIORITY_WORDS.find(([pattern]) => pattern.test(name))?.[1] : undefined;
  return level && { level, label: name! };
}

/** `portal` is where the customer opens the ticket in Zammad's own interface. */
export function toTicketSummary(ticket: ZammadTicket, portal: string, now: number, states?: StateMap, rules: FollowUpRules = {}): TicketSummary {
  const [state, stateLabel] = ticketState(ticket, states);
  const finished = state === 'closed' || state === 'cancelled';
  const followUp = ticket.state.toLowerCase() === 'closed' && followUpPossible(ticket, rules, now);
  return {
    id: String(ticket.id),
    number: ticket.number,
    title: ticket.title || ticket.number,
    state,
    stateLabel,
    priority: priorityOf(ticket.priority),
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
    assignee: ticket.group ? { group: ticket.group } : undefined,
    permissions: { comment: !finished || followUp, reopen: state === 'resolved' || followUp, confirm: state === 'resolved' },
    url: `${portal}/#ticket/zoom/${ticket.id}`,
  };
}

/** `David Bell <david@example.com>` → `David Bell`. */
const displayName = (from: string) => from.replace(/<[^>]*>/g, '').replace(/"/g, '').trim() || undefined;

/** An article as a comment, or nothing for what a customer must not see (internal notes, system messages). */
export function toArticleEvent(article: ZammadArticle): TicketEvent | undefined {
  if (article.internal || article.sender === 'System') return undefined;
  const text = article.content_type === 'text/html' ? htmlToText(article.body) : article.body.trim();
  const name = article.from && displayName(article.from);
  return { id: String(article.id), type: 'comment', at: article.created_at, author: name ? { name, isAgent: article.sender === 'Agent' } : undefined, text };
}

/** The ticket with its public articles; the first article is the request itself. */
export function toTicket(ticket: ZammadTicket, articles: readonly ZammadArticle[], portal: string, now: number, states?: StateMap, rules?: FollowUpRules): Ticket {
  const summary = toTicketSummary(ticket, portal, now, states, rules);
  const [request, ...rest] = [...articles].sort((a, b) => a.id - b.id).map(toArticleEvent);
  const events = rest.filter((event) => !!event);
  if (request) summary.description = request.text;
  events.unshift(request ? { ...request, type: 'created' } : { id: `${ticket.id}-created`, type: 'created', at: ticket.created_at });
  return { ...summary, events };
}

/** The user's own recent public article with this text, if Zammad already shows one. */
export function ownArticle(articles: readonly ZammadArticle[], text: string, userId: number, now: number): TicketEvent | undefined {
  const found = articles.findLast((article) => article.created_by_id === userId && !article.internal && withinDedupeWindow(article.created_at, now) && toArticleEvent(article)?.text === text.trim());
  return found && toArticleEvent(found);
}

/** The answer id in a public answer URL (`/help/en-us/3-printing/12-printer-is-offline`): Zammad's answer slug starts with it. */
const answerIdOf = (url: string) => /\/(\d+)-[^/]*$/.exec(url.split(/[?#]/)[0]!)?.[1];

/**
 * Search details as hits. An article id is `answer:translation`, so reading it asks for that
 * language's content at once; `portal` makes Zammad's relative /help URLs absolute.
 */
export function toSearchResults(text: string, terms: readonly string[], details: readonly ZammadSearchDetail[], portal: string, limit?: number): SearchResults {
  const hits = details.flatMap((detail, index): SearchHit[] => {
    const answerId = answerIdOf(detail.url);
    if (detail.type !== 'KnowledgeBase::Answer::Translation' || !answerId) return [];
    // Zammad marks matches with <em> in both fields; the ranges are found again in the plain text.
    const title = htmlToText(detail.title);
    const snippet = htmlToText(detail.body ?? '');
    return [{
      kind: 'article',
      id: `${answerId}:${detail.id}`,
      title,
      snippet,
      matches: [...findMatchRanges(title, terms, 'title'), ...findMatchRanges(snippet, terms, 'snippet')],
      url: detail.url.startsWith('/') ? portal + detail.url : detail.url,
      category: detail.subtitle ? htmlToText(detail.subtitle) : undefined,
      score: 1 / (index + 1),
    }];
  });
  return { query: text, hits: hits.slice(0, limit), total: hits.length };
}

const slug = (title: string) => title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The translation an article id names (`answer:translation`), else the answer's first one. */
export function pickTranslation(assets: AnswerAssets, id: string) {
  const [answerId, translationId] = id.split(':');
  const translations = Object.values(assets.KnowledgeBaseAnswerTranslation ?? {}).filter((translation) => String(translation.answer_id) === answerId);
  const found = translations.find((translation) => String(translation.id) === translationId) ?? (translationId ? undefined : translations[0]);
  if (!found) throw new AdapterError('not-found', `Zammad has no answer ${id}.`);
  return found;
}

/** `locale` (`en-us`) makes the public /help URL; Zammad's assets name locales by id only, so without it there is none. */
export function toArticle(assets: AnswerAssets, id: string, portal: string, locale?: string): Article {
  const translation = pickTranslation(assets, id);
  const answer = assets.KnowledgeBaseAnswer?.[translation.answer_id];
  const content = assets.KnowledgeBaseAnswerTranslationContent?.[translation.content_id];
  if (!answer || !content) throw new AdapterError('invalid-response', `Unexpected Zammad answer: ${answer ? 'content' : 'answer'}: missing`);
  const category = Object.values(assets.KnowledgeBaseCategoryTranslation ?? {}).find((candidate) => candidate.category_id === answer.category_id);
  return {
    id,
    title: translation.title,
    body: content.body,
    // The slugs as Zammad's `to_param` writes them: the id, then the title in URL form.
    url: locale && `${portal}/help/${locale}/${answer.category_id}-${slug(category?.title ?? '')}/${answer.id}-${slug(translation.title)}`,
    category: category?.title,
    tags: answer.tags,
    updatedAt: translation.updated_at > answer.updated_at ? translation.updated_at : answer.updated_at,
    locale,
  };
}
