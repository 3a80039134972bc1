/**
 * Pure mapping of TOPdesk payloads (already checked against vendor-schemas.ts) to the canonical
 * model, and of a canonical rating to the incident fields that hold it. No requests; the time is
 * passed in where a mapping depends on it.
 */
import { AdapterError } from '../../core/adapter.js';
import { htmlToText } from '../../core/html-text.js';
import { PRIORITY_LEVELS } from '../../core/schemas.js';
import type { Article, Priority, SatisfactionResponse, SearchHit, SearchResults, Ticket, TicketEvent, TicketState, TicketSummary } from '../../core/schemas.js';
import { phrasesAmong } from '../../core/search-phrasings.js';
import { findMatchRanges } from '../../core/search-query.js';
import type { Incident, KnowledgeItem, TrailEntry } from './vendor-schemas.js';

/** TOPdesk's standard processing statuses; others fall back to the flags (completed, closed, operator). */
const STATUSES: Record<string, TicketState> = {
  logged: 'new',
  registered: 'new',
  'in progress': 'in-progress',
  'waiting for user': 'waiting-on-you',
  'waiting for caller': 'waiting-on-you',
  'waiting for supplier': 'in-progress',
};
const PRIORITY_WORDS: [RegExp, Priority['level']][] = [
  [/crit|urgent/i, 'critical'],
  [/high/i, 'high'],
  [/normal|medium|moderate/i, 'moderate'],
  [/low/i, 'low'],
  [/plan/i, 'planning'],
];

/** Processing status names (lower case) → state, on top of TOPdesk's standard statuses. */
export type StatusMap = Readonly<Record<string, TicketState>>;

/** TOPdesk's `2026-11-02T09:00:00.000+0000` with a colon in the offset, as ISO 8601 wants. */
export const isoDate = (value: string) => value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2');

/** The canonical state of an incident, with TOPdesk's own status name as the label. */
export function incidentState(incident: Pick<Incident, 'processingStatus' | 'completed' | 'closed' | 'operator'>, extra: StatusMap = {}): [TicketState, string] {
  const name = incident.processingStatus?.name ?? '';
  const known = extra[name.toLowerCase()] ?? STATUSES[name.toLowerCase()];
  const state = incident.closed ? 'closed' : incident.completed ? 'resolved' : (known ?? (incident.operator?.id ? 'assigned' : 'new'));
  return [state, name || state];
}

/** A priority name ("P2 - High", "Urgent") as a level, or none when the name says nothing we know. */
export function priorityLevel(name: string): Priority['level'] | undefined {
  const digit = /[1-5]/.exec(name)?.[0];
  return digit ? PRIORITY_LEVELS[Number(digit) - 1] : PRIORITY_WORDS.find(([pattern]) => pattern.test(name))?.[1];
}

/** An incident without events; `now` (ms) decides whether an open incident is past its target date. */
export function toTicketSummary(incident: Incident, root: string, now: number, statuses?: StatusMap): TicketSummary {
  const [state, stateLabel] = incidentState(incident, statuses);
  const priorityName = incident.priority?.name;
  const level = priorityName ? priorityLevel(priorityName) : undefined;
  const assignee = incident.operator?.name || undefined;
  const group = incident.operatorGroup?.name || undefined;
  const due = incident.targetDate && isoDate(incident.targetDate);
  return {
    id: incident.id,
    number: incident.number,
    title: incident.briefDescription || incident.number,
    description: incident.request ?? undefined,
    state,
    stateLabel,
    priority: level && { level, label: priorityName! },
    createdAt: isoDate(incident.callDate ?? incident.creationDate),
    updatedAt: isoDate(incident.modificationDate),
    assignee: assignee || group ? { name: assignee, group } : undefined,
    // TOPdesk's target date is when the incident should be resolved; on hold, its clock stops.
    sla: due ? { kind: 'resolution', dueAt: due, breached: (incident.completedDate ? Date.parse(isoDate(incident.completedDate)) : now) > Date.parse(due), paused: !!incident.onHold } : undefined,
    permissions: { comment: state !== 'closed', reopen: false, confirm: false },
    url: `${root}/tas/public/ssp/content/detail/incident?unid=${incident.id.replace(/-/g, '')}`,
  };
}

/** A comment and the id of the person (not operator) who wrote it, to find one's own actions again. */
export type TrailComment = TicketEvent & { personId?: string };

/** The progress trail as comments. Entries the caller may not see (operators' internal notes) never reach the page. */
export const toTrailComments = (trail: readonly TrailEntry[]): TrailComment[] =>
  trail.flatMap((entry) => {
    const text = entry.plainText ?? htmlToText(entry.memoText ?? '');
    if (entry.invisibleForCaller || !text) return [];
    const author = entry.operator?.name ? { name: entry.operator.name, isAgent: true } : entry.person?.name ? { name: entry.person.name, isAgent: false } : undefined;
    return [{ id: entry.id, type: 'comment' as const, at: isoDate(entry.entryDate ?? entry.creationDate ?? ''), author, text, personId: entry.person?.id }];
  });

export const toTicketEvent = ({ personId: _, ...event }: TrailComment): TicketEvent => event;

export function toTicket(incident: Incident, trail: readonly TrailEntry[], root: string, now: number, statuses?: StatusMap): Ticket {
  const ticket = toTicketSummary(incident, root, now, statuses);
  const events: TicketEvent[] = [{ id: `${incident.id}-created`, type: 'created', at: ticket.createdAt }, ...toTrailComments(trail).map(toTicketEvent)];
  events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { ...ticket, events };
}

/** Knowledge items that match `terms` (title words count double, keywords once), best first. */
export function toSearchResults(text: string, terms: readonly string[], items: readonly KnowledgeItem[], root: string, limit?: number): SearchResults {
  const hits = items
    .map(({ id, translation: { content } }): SearchHit => {
      const snippet = htmlToText(content.description ?? '');
      const matches = [...findMatchRanges(content.title, terms, 'title'), ...findMatchRanges(snippet, terms, 'snippet')];
      const keywords = findMatchRanges(content.keywords ?? '', terms, 'snippet').length;
      const score = matches.reduce((sum, match) => sum + (match.field === 'title' ? 2 : 1), keywords);
      return { kind: 'article', id, title: content.title, snippet, matches, url: `${root}/tas/public/ssp/content/detail/knowledgeitem?unid=${id}`, score };
    })
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score);
  return { query: text, hits: hits.slice(0, limit), total: hits.length };
}

export function toArticle(item: KnowledgeItem, root: string): Article {
  const { content, language, modificationDate } = item.translation;
  const updated = modificationDate ?? item.modificationDate;
  if (!updated) throw new AdapterError('invalid-response', 'Unexpected TOPdesk knowledge item: modificationDate: missing');
  return {
    id: item.id,
    title: content.title,
    summary: content.description ? htmlToText(content.description) : undefined,
    body: content.content ?? '',
    url: `${root}/tas/public/ssp/content/detail/knowledgeitem?unid=${item.id}`,
    tags: content.keywords?.split(/[,;]\s*/).filter(Boolean),
    phrasings: phrasesAmong(content.keywords?.split(/[,;]\s*/)),
    updatedAt: isoDate(updated),
    locale: language,
  };
}

/** The incident fields a rating is written to. TOPdesk stores a caller's 1–5 rating of an incident; other scales do not fit it. */
export function toFeedback(response: SatisfactionResponse): { feedbackRating: number; feedbackMessage?: string } {
  if (response.subject.type !== 'ticket' || (response.scale !== 'csat5' && response.scale !== 'emoji5')) {
    throw new AdapterError('invalid-response', 'TOPdesk stores only 1–5 ratings of incidents.');
  }
  return { feedbackRating: response.score, feedbackMessage: response.comment };
}
