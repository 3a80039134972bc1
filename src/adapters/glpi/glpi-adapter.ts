/**
 * GLPI (10 and 11) as an sx-kit backend, as a Self-Service requester sees it: the knowledge base
 * (FAQ), the person's tickets with their public followups and solutions, followups as comments,
 * approving or refusing a proposed solution (confirm / reopen), the satisfaction survey and ticket
 * categories as the catalog. `api: 'v1'` (default) uses the legacy REST API with a session;
 * `api: 'v2'` uses GLPI 11's high-level API with an OAuth2 token, which has no route for solution
 * approval, surveys or new tickets by category, so those capabilities are off there. Each client
 * loads on first use (a page pays for the one it uses), the catalog and the survey too; mapping is
 * in mappers.ts.
 */
import { AdapterError, capabilities, type SearchQuery, type ServiceAdapter, type TicketQuery, type WriteOptions } from '../../core/adapter.js';
import { loadOnce } from '../../core/load-once.js';
import { oncePerKey } from '../../core/once-per-key.js';
import type { CatalogQuery } from '../../core/adapter.js';
import type { CatalogRequest, SatisfactionResponse, SurveySubject, Ticket, TicketEvent, TicketList } from '../../core/schemas.js';
import { queryTerms } from '../../core/search-query.js';
import { isOpenState } from '../../core/ticket-states.js';
import type { GlpiApi, GlpiClientOptions } from './client.js';
import { SOLVED, followupHtml, ownFollowup, publicFollowups, toArticle, toSearchResults, toTicket, toTicketEvent, toTicketSummary } from './mappers.js';

export interface GlpiAdapterOptions extends GlpiClientOptions {
  /** `v1`: legacy `apirest.php` (GLPI 10 and 11, default); `v2`: the high-level API of GLPI 11 (HL API 2.2 or later for knowledge). */
  api?: 'v1' | 'v2';
  /** The offset of the legacy API's zone-less dates (`+01:00`); the session's time zone. Default `+00:00`. */
  utcOffset?: string;
  /** The entity's maximum survey rating (`inquest_max_rate`), default 5. */
  inquestMaxRate?: number;
}

export type GlpiAdapter = ServiceAdapter & {
  /** Ends a session the adapter made from the person's API token (`killSession`); a no-op otherwise. */
  endSession(): Promise<void>;
};

export function createGlpiAdapter(options: GlpiAdapterOptions): GlpiAdapter {
  const root = options.baseUrl.replace(/\/+$/, '');
  const v2 = options.api === 'v2';
  const offset = options.utcOffset;
  const legacy = loadOnce(() => import('./client.js').then((module) => module.createGlpiClient(options)));
  const client: () => Promise<GlpiApi> = v2 ? loadOnce(() => import('./client-v2.js').then((module) => module.createGlpiV2Client(options))) : legacy;
  // GLPI takes no idempotency key.
  const once = oncePerKey();

  const getTicket = async (id: string, signal?: AbortSignal): Promise<Ticket> => {
    const api = await client();
    const [ticket, followups, solutions, me] = await Promise.all([api.ticket(id, signal), api.followups(id, signal), api.solutions(id, signal), api.me(signal)]);
    return toTicket(ticket, followups, solutions, root, me, offset);
  };

  /** Adds a public followup unless the person's same followup is already there (a re-send after a reload). */
  const comment = async (id: string, text: string, signal?: AbortSignal): Promise<TicketEvent> => {
    const api = await client();
    const me = await api.me(signal);
    let found = ownFollowup(await api.followups(id, signal), text, me, Date.now(), offset);
    if (!found) {
      const created = await api.addFollowup(id, { content: followupHtml(text) }, signal);
      found = publicFollowups(await api.followups(id, signal), me, offset).find((item) => item.id === `followup-${created}`);
    }
    if (!found) throw new AdapterError('invalid-response', 'GLPI did not show the new followup.');
    return toTicketEvent(found);
  };

  /** Approves (`add_close`) or refuses (`add_reopen`) the solution while the ticket is solved; once answered, a repeat changes nothing. */
  const answerSolution = (id: string, input: Parameters<GlpiApi['addFollowup']>[1], { idempotencyKey, signal }: WriteOptions) =>
    once(idempotencyKey, async () => {
      const api = await client();
      if ((await api.ticket(id, signal)).status === SOLVED) await api.addFollowup(id, input, signal);
      return getTicket(id, signal);
    });

  // The catalog and the survey load on first use: pages that only search or show tickets never fetch them.
  const catalog = loadOnce(async () => (await import('./catalog.js')).glpiCatalog({ client: await legacy(), once, offset }));
  const survey = loadOnce(async () => (await import('./survey.js')).glpiSurvey(await legacy(), options.inquestMaxRate));

  const common = {
    name: 'glpi',
    id: `glpi:${root}`,
    endSession: async () => (v2 ? undefined : (await legacy()).endSession()),

    async searchKnowledge(query: SearchQuery, signal?: AbortSignal) {
      const text = query.text.trim() || query.context?.trim() || '';
      if (!text || !query.sources.includes('articles')) return { query: query.text, hits: [], total: 0 };
      const { items, total } = await (await client()).searchKnowledge(text, query.limit, signal);
      return toSearchResults(query.text, queryTerms(text), items, total, root, query.limit);
    },

    getArticle: async (id: string, signal?: AbortSignal) => toArticle(await (await client()).knowledgeItem(id, signal), root, offset),

    async listTickets(query: TicketQuery, signal?: AbortSignal): Promise<TicketList> {
      const { tickets: found, total } = await (await client()).tickets(query.limit ?? 50, signal);
      const needle = query.text?.trim().toLowerCase();
      const tickets = found
        .map((ticket) => toTicketSummary(ticket, root, offset))
        .filter((ticket) => query.filter === 'all' || isOpenState(ticket.state) === (query.filter === 'open'))
        .filter((ticket) => !needle || `${ticket.number} ${ticket.title}`.toLowerCase().includes(needle));
      return { tickets, total: query.filter === 'all' && !needle ? total : tickets.length };
    },

    getTicket,
    addComment: (id: string, text: string, { idempotencyKey, signal }: WriteOptions) => once(idempotencyKey, () => comment(id, text, signal)),
  };
  if (v2) return { ...common, capabilities: capabilities('search', 'articles', 'tickets', 'comments') };

  return {
    ...common,
    capabilities: capabilities('search', 'articles', 'tickets', 'comments', 'reopen', 'confirm', 'catalog', 'requests', 'satisfaction', 'survey-state'),
    confirmResolution: (id: string, write: WriteOptions) => answerSolution(id, { add_close: 1 }, write),
    reopenTicket: (id: string, reason: string, write: WriteOptions) => answerSolution(id, { add_reopen: 1, content: followupHtml(reason) }, write),

    listCatalog: async (query: CatalogQuery, signal?: AbortSignal) => (await catalog()).listCatalog(query, signal),
    getCatalogItem: async (id: string, signal?: AbortSignal) => (await catalog()).getCatalogItem(id, signal),
    submitRequest: async (request: CatalogRequest, write: WriteOptions) => (await catalog()).submitRequest(request, write),

    submitSatisfaction: async (response: SatisfactionResponse, write: WriteOptions) => (await survey()).submitSatisfaction(response, write),
    getSurveyState: async (subject: SurveySubject, signal?: AbortSignal) => (await survey()).getSurveyState(subject, signal),
  };
}
