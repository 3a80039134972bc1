/**
 * Pure mapping of ServiceNow payloads (already checked against vendor-schemas.ts) to the canonical
 * model: table records to tickets, journal entries to comments, task_sla to an SLA, knowledge
 * search and articles, sys_user to people. No requests, no clock.
 */
import { htmlToText } from '../../core/html-text.js';
import { PRIORITY_LEVELS } from '../../core/schemas.js';
import type { Article, PersonMatch, SearchHit, SearchResults, Sla, Ticket, TicketEvent, TicketState, TicketSummary } from '../../core/schemas.js';
import { phrasesAmong } from '../../core/search-phrasings.js';
import { findMatchRanges, queryTerms } from '../../core/search-query.js';
import { isOpenState } from '../../core/ticket-states.js';
import type { CallerRecord, JournalEntry, KnowledgeArticle, KnowledgeSearch, SysUser, TableRecord, TaskSla } from './vendor-schemas.js';

const INCIDENT_STATES: Record<string, TicketState> = { 1: 'new', 2: 'in-progress', 3: 'in-progress', 6: 'resolved', 7: 'closed', 8: 'cancelled' };
const ITEM_STATES: Record<string, TicketState> = { '-5': 'new', 1: 'new', 2: 'in-progress', 3: 'closed', 4: 'cancelled', 7: 'cancelled' };

/** ServiceNow's UTC "YYYY-MM-DD HH:mm:ss" as ISO 8601. */
export const isoDate = (value: string) => `${value.replace(' ', 'T')}Z`;

/** The canonical state of a record of `table`, with ServiceNow's label. */
export function ticketState(table: string, record: Pick<CallerRecord, 'state' | 'hold_reason' | 'assigned_to'>): [TicketState, string] {
  const { value, display_value: label } = record.state;
  const incident = table === 'incident';
  let state = (incident ? INCIDENT_STATES : ITEM_STATES)[value] ?? 'in-progress';
  // On Hold / Awaiting Caller: the desk waits for the requester.
  if (incident && value === '3' && record.hold_reason?.value === '1') state = 'waiting-on-you';
  if (state === 'new' && record.assigned_to?.value) state = 'assigned';
  return [state, label || value];
}

/** A record of `table` as a ticket without events; `root` is the instance the links point at. */
export function toTicketSummary(table: string, record: TableRecord, root: string): TicketSummary {
  const [state, stateLabel] = ticketState(table, record);
  const level = PRIORITY_LEVELS[Number(record.priority?.value) - 1];
  // Only incidents have a Resolved state the requester can confirm or reject.
  const resolved = state === 'resolved';
  const assignee = record.assigned_to?.display_value || undefined;
  const group = record.assignment_group?.display_value || undefined;
  const id = record.sys_id.value;
  return {
    id,
    number: record.number.value,
    title: record.short_description.value || record.number.value,
    description: record.description?.value || undefined,
    state,
    stateLabel,
    priority: level && { level, label: record.priority!.display_value || level },
    createdAt: isoDate(record.opened_at?.value || record.sys_created_on.value),
    updatedAt: isoDate(record.sys_updated_on.value),
    assignee: assignee || group ? { name: assignee, group } : undefined,
    permissions: { comment: resolved || isOpenState(state), reopen: resolved, confirm: resolved },
    url: `${root}/sp?id=ticket&table=${table}&sys_id=${id}`,
  };
}

export function toCommentEvent(entry: JournalEntry, name: string, isAgent: boolean): TicketEvent {
  return { id: entry.sys_id, type: 'comment', at: isoDate(entry.sys_created_on), author: { name, isAgent }, text: entry.value };
}

/** Journal authors other than the requester: the agents whose names are looked up in sys_user. */
export const agentUserNames = (journal: readonly JournalEntry[], requester?: string) => [
  ...new Set(journal.map((entry) => entry.sys_created_by).filter((userName) => userName !== requester)),
];

/** The running SLA (in progress or paused) if there is one, else the last one that ended. */
export function toSla(slas: readonly TaskSla[] | undefined): Sla | undefined {
  const task = slas?.find((candidate) => /progress|paused/.test(candidate.stage)) ?? slas?.at(-1);
  return (
    task && {
      kind: task['sla.target'] === 'response' ? 'response' : 'resolution',
      dueAt: isoDate(task.planned_end_time),
      breached: task.has_breached === 'true',
      paused: task.stage === 'paused',
    }
  );
}

/** A ticket record as the client found it, with its requester from the configured caller field. */
export interface FoundTicket {
  table: string;
  record: TableRecord;
  /** The requester's user_name and display name. */
  requester?: string;
  requesterName?: string;
}

/**
 * The whole ticket. `journal`: public comments (`element=comments`), oldest first. `people`: agents
 * from sys_user, and `slas`: task_sla rows ordered by target; each undefined when the role cannot
 * read it (agents then show by user name, and there is no SLA).
 */
export function toTicket(
  { table, record, requester, requesterName }: FoundTicket,
  root: string,
  journal: readonly JournalEntry[],
  people?: readonly SysUser[],
  slas?: readonly TaskSla[],
): Ticket {
  const ticket = toTicketSummary(table, record, root);
  const events: TicketEvent[] = [
    { id: `${ticket.id}-created`, type: 'created', at: ticket.createdAt, author: requesterName ? { name: requesterName, isAgent: false } : undefined },
    ...journal.map((entry) => {
      const isAgent = entry.sys_created_by !== requester;
      const author = isAgent ? people?.find((person) => person.user_name === entry.sys_created_by)?.name : requesterName;
      return toCommentEvent(entry, author || entry.sys_created_by, isAgent);
    }),
  ];
  if (record.resolved_at?.value) {
    events.push({ id: `${ticket.id}-resolved`, type: 'resolution', at: isoDate(record.resolved_at.value), text: record.close_notes?.value || undefined, state: 'resolved' });
  }
  events.sort((a, b) => a.at.localeCompare(b.at));
  return { ...ticket, sla: toSla(slas), events };
}

/** Knowledge search answers as hits; `words` are what was searched for, `text` what the person typed. */
export function toSearchResults(text: string, words: string, { meta, articles }: KnowledgeSearch, root: string): SearchResults {
  const terms = queryTerms(words);
  const hits = articles.map((article, index): SearchHit => {
    const title = article.title.trim();
    const snippet = htmlToText(article.snippet ?? '');
    return {
      kind: 'article',
      // Search answers "kb_knowledge:<sys_id>"; the article endpoint takes the bare sys_id.
      id: article.id.replace(/^kb_knowledge:/, ''),
      title,
      snippet,
      matches: [...findMatchRanges(title, terms, 'title'), ...findMatchRanges(snippet, terms, 'snippet')],
      url: article.link && `${root}/sp${article.link}`,
      score: article.score ?? 1 / (index + 1),
    };
  });
  return { query: text, hits, total: meta.count };
}

export function toArticle(article: KnowledgeArticle, root: string): Article {
  return {
    id: article.sys_id,
    title: article.short_description.trim(),
    body: article.content,
    url: `${root}/sp?id=kb_article&sys_id=${article.sys_id}`,
    category: article.fields.kb_category?.display_value || undefined,
    // `meta` is the article's search keywords (comma separated): its phrases are phrasings.
    phrasings: phrasesAmong(article.fields.meta?.display_value?.split(/,\s*/)),
    updatedAt: isoDate(article.fields.sys_updated_on.value),
    locale: article.language,
  };
}

export const toPersonMatch = (person: SysUser): PersonMatch => ({
  id: person.sys_id,
  name: person.name,
  email: person.email || undefined,
  department: person.department || undefined,
});
