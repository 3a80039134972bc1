/**
 * TOPdesk as an sx-kit backend: the Knowledge Base API for articles, and the Incident Management API
 * for the signed-in person's incidents, their progress trail, actions (comments) and the caller's
 * feedback rating. Every vendor payload is checked with zod/mini before mapping. Reopening,
 * confirming and the catalog are operator-only or not in the public API, so they are off.
 */
import * as z from 'zod/mini';
import { AdapterError, capabilities, type SearchQuery, type ServiceAdapter, type TicketQuery, type WriteOptions } from '../../core/adapter.js';
import { createHttpClient, type HttpClientOptions } from '../../core/http.js';
import { htmlToText } from '../../core/html-text.js';
import { findMatchRanges, queryTerms } from '../../core/search-query.js';
import type {
  Article,
  Priority,
  SatisfactionReceipt,
  SatisfactionResponse,
  SearchResults,
  SurveyState,
  SurveySubject,
  Ticket,
  TicketEvent,
  TicketList,
  TicketState,
  TicketSummary,
} from '../../core/schemas.js';
import { parseOrThrow } from '../../core/validate.js';
import { oncePerKey } from '../../core/once-per-key.js';

export interface TopdeskAdapterOptions
  extends Pick<HttpClientOptions, 'fetch' | 'headers' | 'getToken' | 'credentials' | 'timeoutMs' | 'retries'> {
  /** `https://acme.topdesk.net`, or a proxy in front of it. */
  baseUrl: string;
  /** The signed-in person's id; asked from `/tas/api/persons/current` when left out. */
  personId?: string;
  /** BCP 47 language of knowledge items (default: TOPdesk's default language). */
  language?: string;
  /** FIQL filter of the knowledge items people may see (default: visible in the portal, not archived). */
  knowledgeFilter?: string;
  /** Processing status names (lower case) → state, on top of TOPdesk's standard statuses. */
  statuses?: Readonly<Record<string, TicketState>>;
}

const str = z.string();
const optionalText = z.optional(z.nullable(str));
const named = z.optional(z.nullable(z.object({ id: z.optional(str), name: optionalText })));
const instant = z.optional(z.nullable(str));
const IncidentSchema = z.object({
  id: str,
  number: str,
  briefDescription: optionalText,
  request: optionalText,
  processingStatus: named,
  priority: named,
  operator: named,
  operatorGroup: named,
  callDate: instant,
  creationDate: str,
  modificationDate: str,
  targetDate: instant,
  completedDate: instant,
  onHold: z.optional(z.boolean()),
  completed: z.optional(z.boolean()),
  closed: z.optional(z.boolean()),
  feedbackRating: z.optional(z.nullable(z.number())),
});
type Incident = z.infer<typeof IncidentSchema>;
const TrailSchema = z.array(
  z.object({
    id: str,
    memoText: optionalText,
    plainText: optionalText,
    invisibleForCaller: z.optional(z.boolean()),
    entryDate: instant,
    creationDate: instant,
    operator: named,
    person: named,
  }),
);
const ItemSchema = z.object({
  id: str,
  number: z.optional(str),
  modificationDate: instant,
  translation: z.object({
    language: z.optional(str),
    modificationDate: instant,
    content: z.object({ title: str, description: optionalText, content: optionalText, keywords: optionalText }),
  }),
});
type KnowledgeItem = z.infer<typeof ItemSchema>;

/** TOPdesk's standard processing statuses; others fall back to the flags (completed, closed, operator). */
const STATUSES: Record<string, TicketState> = {
  logged: 'new',
  registered: 'new',
  'in progress': 'in-progress',
  'waiting for user': 'waiting-on-you',
  'waiting for caller': 'waiting-on-you',
  'waiting for supplier': 'in-progress',
};
const LEVELS: Priority['level'][] = ['critical', 'high', 'moderate', 'low', 'planning'];
const PRIORITY_WORDS: [RegExp, Priority['level']][] = [
  [/crit|urgent/i, 'critical'],
  [/high/i, 'high'],
  [/normal|medium|moderate/i, 'moderate'],
  [/low/i, 'low'],
  [/plan/i, 'planning'],
];
const FILTERS = { open: ';completed==false', resolved: ';completed==true', all: '' };
const DEDUPE_WINDOW_MS = 10 * 60_000;
const CACHE_MS = 5 * 60_000;

/** TOPdesk's `2026-11-02T09:00:00.000+0000` with a colon in the offset, as ISO 8601 wants. */
export const isoDate = (value: string) => value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2');

/** The canonical state of an incident, with TOPdesk's own status name as the label. */
export function incidentState(incident: Pick<Incident, 'processingStatus' | 'completed' | 'closed' | 'operator'>, extra: Readonly<Record<string, TicketState>> = {}): [TicketState, string] {
  const name = incident.processingStatus?.name ?? '';
  const known = extra[name.toLowerCase()] ?? STATUSES[name.toLowerCase()];
  const state = incident.closed ? 'closed' : incident.completed ? 'resolved' : (known ?? (incident.operator?.id ? 'assigned' : 'new'));
  return [state, name || state];
}

/** A priority name ("P2 - High", "Urgent") as a level, or none when the name says nothing we know. */
export function priorityLevel(name: string): Priority['level'] | undefined {
  const digit = /[1-5]/.exec(name)?.[0];
  return digit ? LEVELS[Number(digit) - 1] : PRIORITY_WORDS.find(([pattern]) => pattern.test(name))?.[1];
}

export function createTopdeskAdapter(options: TopdeskAdapterOptions): ServiceAdapter {
  const root = options.baseUrl.replace(/\/+$/, '');
  const http = createHttpClient({ ...options, baseUrl: root });
  const knowledgeFilter = options.knowledgeFilter ?? 'visibility.sspVisibility==VISIBLE;archived==false';
  // The vendor takes no idempotency key for these writes.
  const once = oncePerKey();
  let person: Promise<string> | undefined;
  let knowledge: { at: number; items: Promise<KnowledgeItem[]> } | undefined;

  const get = async <T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, query?: Record<string, string | number | undefined>) =>
    // TOPdesk answers an empty list with 204 No Content.
    parseOrThrow(schema, (await http.get(path, { signal, query })).data ?? [], `TOPdesk ${path}`);
  const me = (signal?: AbortSignal) =>
    options.personId ??
    (person ??= get('tas/api/persons/current', z.object({ id: str }), signal).then(
      (found) => found.id,
      (error: unknown) => {
        person = undefined;
        throw error;
      },
    ));
  const incident = (id: string, signal?: AbortSignal) => get(`tas/api/incidents/id/${encodeURIComponent(id)}`, IncidentSchema, signal);
  const trail = async (id: string, signal?: AbortSignal) =>
    (await get(`tas/api/incidents/id/${encodeURIComponent(id)}/progresstrail`, TrailSchema, signal)).flatMap((entry) => {
      const text = entry.plainText ?? htmlToText(entry.memoText ?? '');
      // Entries the caller may not see (operators' internal notes) never reach the page.
      if (entry.invisibleForCaller || !text) return [];
      const at = isoDate(entry.entryDate ?? entry.creationDate ?? '');
      const author = entry.operator?.name ? { name: entry.operator.name, isAgent: true } : entry.person?.name ? { name: entry.person.name, isAgent: false } : undefined;
      return [{ id: entry.id, type: 'comment' as const, at, author, text, personId: entry.person?.id }];
    });

  const summary = (found: Incident): TicketSummary => {
    const [state, stateLabel] = incidentState(found, options.statuses);
    const priorityName = found.priority?.name;
    const level = priorityName ? priorityLevel(priorityName) : undefined;
    const assignee = found.operator?.name || undefined;
    const group = found.operatorGroup?.name || undefined;
    const due = found.targetDate && isoDate(found.targetDate);
    return {
      id: found.id,
      number: found.number,
      title: found.briefDescription || found.number,
      description: found.request ?? undefined,
      state,
      stateLabel,
      priority: level && { level, label: priorityName! },
      createdAt: isoDate(found.callDate ?? found.creationDate),
      updatedAt: isoDate(found.modificationDate),
      assignee: assignee || group ? { name: assignee, group } : undefined,
      // TOPdesk's target date is when the incident should be resolved; on hold, its clock stops.
      sla: due ? { kind: 'resolution', dueAt: due, breached: Date.parse(found.completedDate ? isoDate(found.completedDate) : new Date().toISOString()) > Date.parse(due), paused: !!found.onHold } : undefined,
      permissions: { comment: !found.closed, reopen: false, confirm: false },
      url: `${root}/tas/public/ssp/content/detail/incident?unid=${found.id.replace(/-/g, '')}`,
    };
  };

  const getTicket = async (id: string, signal?: AbortSignal): Promise<Ticket> => {
    const [found, entries] = await Promise.all([incident(id, signal), trail(id, signal)]);
    const ticket = summary(found);
    const events: TicketEvent[] = [{ id: `${found.id}-created`, type: 'created', at: ticket.createdAt }];
    for (const { personId: _, ...event } of entries) events.push(event);
    events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return { ...ticket, events };
  };

  /** Adds an action visible to the caller, unless the person's same action is already there. */
  const comment = async (id: string, text: string, signal?: AbortSignal): Promise<TicketEvent> => {
    const self = await me(signal);
    const mine = async () =>
      (await trail(id, signal)).findLast(
        (entry) => entry.text.trim() === text.trim() && entry.personId === self && Date.now() - Date.parse(entry.at) < DEDUPE_WINDOW_MS,
      );
    let entry = await mine();
    if (!entry) {
      await http.patch(`tas/api/incidents/id/${encodeURIComponent(id)}`, { action: text, actionInvisibleForCaller: false }, { signal, responseType: 'none' });
      entry = await mine();
    }
    if (!entry) throw new AdapterError('invalid-response', 'TOPdesk did not show the new action.');
    const { personId: _, ...event } = entry;
    return event;
  };

  return {
    name: 'topdesk',
    id: `topdesk:${root}`,
    capabilities: capabilities('search', 'articles', 'tickets', 'comments', 'sla', 'satisfaction', 'survey-state'),

    async searchKnowledge(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults> {
      const terms = queryTerms(query.text.trim() || query.context?.trim() || '');
      if (!terms.length || !query.sources.includes('articles')) return { query: query.text, hits: [], total: 0 };
      // The Knowledge Base API filters on metadata only (FIQL), not on text: the visible items are
      // fetched once in a while and matched here.
      if (!knowledge || Date.now() - knowledge.at > CACHE_MS) {
        const items = get('services/knowledge-base-v1/knowledgeItems', z.object({ item: z.array(ItemSchema) }), undefined, {
          fields: 'title,description,keywords,modificationDate',
          query: knowledgeFilter,
          language: options.language,
          page_size: 1000,
        }).then((list) => list.item);
        knowledge = { at: Date.now(), items };
        items.catch(() => (knowledge = undefined));
      }
      const items = await knowledge.items;
      signal?.throwIfAborted();
      const hits = items
        .map(({ id, translation: { content } }) => {
          const snippet = htmlToText(content.description ?? '');
          const matches = [...findMatchRanges(content.title, terms, 'title'), ...findMatchRanges(snippet, terms, 'snippet')];
          const keywords = findMatchRanges(content.keywords ?? '', terms, 'snippet').length;
          const score = matches.reduce((sum, match) => sum + (match.field === 'title' ? 2 : 1), keywords);
          return { kind: 'article' as const, id, title: content.title, snippet, matches, url: `${root}/tas/public/ssp/content/detail/knowledgeitem?unid=${id}`, score };
        })
        .filter((hit) => hit.score > 0)
        .sort((a, b) => b.score - a.score);
      return { query: query.text, hits: hits.slice(0, query.limit), total: hits.length };
    },

    async getArticle(id: string, signal?: AbortSignal): Promise<Article> {
      const item = await get(`services/knowledge-base-v1/knowledgeItems/${encodeURIComponent(id)}`, ItemSchema, signal, {
        fields: 'title,description,content,keywords,modificationDate',
        language: options.language,
      });
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
        updatedAt: isoDate(updated),
        locale: language,
      };
    },

    async listTickets(query: TicketQuery, signal?: AbortSignal): Promise<TicketList> {
      const found = await get('tas/api/incidents', z.array(IncidentSchema), signal, {
        query: `caller.id==${await me(signal)}${FILTERS[query.filter]}`,
        sort: 'modificationDate:desc',
        page_size: query.limit ?? 50,
      });
      const needle = query.text?.trim().toLowerCase();
      const tickets = found.map(summary).filter((ticket) => !needle || `${ticket.number} ${ticket.title}`.toLowerCase().includes(needle));
      return { tickets, total: tickets.length };
    },

    getTicket,

    addComment: (id: string, text: string, { idempotencyKey, signal }: WriteOptions) => once(idempotencyKey, () => comment(id, text, signal)),

    async submitSatisfaction(response: SatisfactionResponse, { signal }: WriteOptions): Promise<SatisfactionReceipt> {
      // TOPdesk stores a caller's rating from 1 to 5 on the incident; other scales do not fit it.
      if (response.subject.type !== 'ticket' || (response.scale !== 'csat5' && response.scale !== 'emoji5')) {
        throw new AdapterError('invalid-response', 'TOPdesk stores only 1–5 ratings of incidents.');
      }
      await http.patch(
        `tas/api/incidents/id/${encodeURIComponent(response.subject.id)}`,
        { feedbackRating: response.score, feedbackMessage: response.comment },
        // The rating replaces the incident's earlier one, so sending it again is harmless.
        { signal, idempotent: true, responseType: 'none' },
      );
      return { id: response.id };
    },

    async getSurveyState(subject: SurveySubject, signal?: AbortSignal): Promise<SurveyState> {
      if (subject.type !== 'ticket') return { answered: false, optedOut: false };
      const found = await incident(subject.id, signal);
      return { answered: found.feedbackRating != null, optedOut: false };
    },
  };
}
