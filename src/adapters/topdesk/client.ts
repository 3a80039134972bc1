/**
 * TOPdesk's HTTP side: incidents, their progress trail and PATCHes (actions, feedback), the current
 * person, and knowledge items. Every answer is checked against vendor-schemas.ts; mapping to the
 * canonical model is mappers.ts's job.
 */
import * as z from 'zod/mini';
import { createHttpClient, type HttpClientOptions } from '../../core/http.js';
import { parseOrThrow } from '../../core/validate.js';
import { IncidentSchema, KnowledgeItemSchema, TrailSchema, str, type KnowledgeItem } from './vendor-schemas.js';

export interface TopdeskClientOptions
  extends Pick<HttpClientOptions, 'fetch' | 'headers' | 'getToken' | 'credentials' | 'timeoutMs' | 'retries'> {
  /** `https://acme.topdesk.net`, or a proxy in front of it. */
  baseUrl: string;
  /** The signed-in person's id; asked from `/tas/api/persons/current` when left out. */
  personId?: string;
  /** BCP 47 language of knowledge items (default: TOPdesk's default language). */
  language?: string;
  /** FIQL filter of the knowledge items people may see (default: visible in the portal, not archived). */
  knowledgeFilter?: string;
}

export type TicketFilter = 'open' | 'resolved' | 'all';

const FILTERS: Record<TicketFilter, string> = { open: ';completed==false', resolved: ';completed==true', all: '' };
const CACHE_MS = 5 * 60_000;

export function createTopdeskClient(options: TopdeskClientOptions) {
  const root = options.baseUrl.replace(/\/+$/, '');
  const http = createHttpClient({ ...options, baseUrl: root });
  const knowledgeFilter = options.knowledgeFilter ?? 'visibility.sspVisibility==VISIBLE;archived==false';
  let person: Promise<string> | undefined;
  let knowledge: { at: number; items: Promise<KnowledgeItem[]> } | undefined;

  const get = async <T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, query?: Record<string, string | number | undefined>) =>
    // TOPdesk answers an empty list with 204 No Content.
    parseOrThrow(schema, (await http.get(path, { signal, query })).data ?? [], `TOPdesk ${path}`);
  const incidentPath = (id: string) => `tas/api/incidents/id/${encodeURIComponent(id)}`;

  return {
    root,
    /** The signed-in person's id, asked once per page. */
    me: (signal?: AbortSignal) =>
      options.personId ??
      (person ??= get('tas/api/persons/current', z.object({ id: str }), signal).then(
        (found) => found.id,
        (error: unknown) => {
          person = undefined;
          throw error;
        },
      )),
    incidents: (callerId: string, filter: TicketFilter, limit: number, signal?: AbortSignal) =>
      get('tas/api/incidents', z.array(IncidentSchema), signal, { query: `caller.id==${callerId}${FILTERS[filter]}`, sort: 'modificationDate:desc', page_size: limit }),
    incident: (id: string, signal?: AbortSignal) => get(incidentPath(id), IncidentSchema, signal),
    trail: (id: string, signal?: AbortSignal) => get(`${incidentPath(id)}/progresstrail`, TrailSchema, signal),
    /** `idempotent`: whether sending the same fields again changes nothing (a rating does not; an action does). */
    patchIncident: (id: string, body: Record<string, unknown>, idempotent: boolean, signal?: AbortSignal) =>
      http.patch(incidentPath(id), body, { signal, idempotent, responseType: 'none' }),
    /**
     * The knowledge items people may see. The Knowledge Base API filters on metadata only (FIQL),
     * not on text, so the list is fetched once in a while and searched by the adapter.
     */
    knowledgeItems() {
      if (!knowledge || Date.now() - knowledge.at > CACHE_MS) {
        const items = get('services/knowledge-base-v1/knowledgeItems', z.object({ item: z.array(KnowledgeItemSchema) }), undefined, {
          fields: 'title,description,keywords,modificationDate',
          query: knowledgeFilter,
          language: options.language,
          page_size: 1000,
        }).then((list) => list.item);
        knowledge = { at: Date.now(), items };
        items.catch(() => (knowledge = undefined));
      }
      return knowledge.items;
    },
    knowledgeItem: (id: string, signal?: AbortSignal) =>
      get(`services/knowledge-base-v1/knowledgeItems/${encodeURIComponent(id)}`, KnowledgeItemSchema, signal, {
        fields: 'title,description,content,keywords,modificationDate',
        language: options.language,
      }),
  };
}

export type TopdeskClient = ReturnType<typeof createTopdeskClient>;
