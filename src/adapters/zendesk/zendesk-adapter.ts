/**
 * Zendesk as an sx-kit backend, through the APIs an end user may call: Help Center search,
 * articles and votes; the Requests API (a requester's view of tickets); CSAT on tickets; ticket
 * forms and fields as the catalog. Every vendor payload is checked with zod/mini before mapping.
 * Zendesk shows no SLA to requesters, has no "confirm" step (solved tickets close on their own)
 * and no person lookup for end users, so those capabilities are off.
 */
import * as z from 'zod/mini';
import {
  AdapterError,
  capabilities,
  type CatalogQuery,
  type SearchQuery,
  type ServiceAdapter,
  type TicketQuery,
  type WriteOptions,
} from '../../core/adapter.js';
import { createHttpClient, type HttpClientOptions } from '../../core/http.js';
import type {
  Article,
  ArticleFeedback,
  CatalogItem,
  CatalogList,
  CatalogRequest,
  CatalogVariable,
  MatchRange,
  Priority,
  RequestReceipt,
  SatisfactionReceipt,
  SatisfactionResponse,
  SearchResults,
  Ticket,
  TicketEvent,
  TicketList,
  TicketState,
  TicketSummary,
  VariableType,
} from '../../core/schemas.js';
import { parseOrThrow } from '../../core/validate.js';
import { oncePerKey } from '../../core/once-per-key.js';

export interface ZendeskAdapterOptions
  extends Pick<HttpClientOptions, 'fetch' | 'headers' | 'getToken' | 'credentials' | 'timeoutMs' | 'retries'> {
  /** `acme` for https://acme.zendesk.com; or give `baseUrl` (a proxy, a host-mapped brand). */
  subdomain?: string;
  baseUrl?: string;
  /** Help Center locale for articles and votes (default `en-us`). */
  locale?: string;
  /**
   * A custom ticket field (text) that receives each request's idempotency key, so a request
   * re-sent after a lost answer is found instead of created twice. Without it, a recent request
   * with the same form, subject and description counts as the same request.
   */
  correlationFieldId?: number;
}

const id = z.number();
const optionalText = z.optional(z.nullable(z.string()));
const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
type Status = (typeof STATUSES)[number];

const ArticleSchema = z.object({
  id,
  title: z.string(),
  body: optionalText,
  html_url: z.optional(z.string()),
  updated_at: z.string(),
  edited_at: optionalText,
  locale: z.optional(z.string()),
  label_names: z.optional(z.array(z.string())),
  snippet: optionalText,
});
const RequestSchema = z.object({
  id,
  subject: z.string(),
  description: optionalText,
  status: z.enum(STATUSES),
  priority: optionalText,
  created_at: z.string(),
  updated_at: z.string(),
  ticket_form_id: z.optional(z.nullable(id)),
  custom_fields: z.optional(z.array(z.object({ id, value: z.unknown() }))),
});
const CommentsSchema = z.object({
  comments: z.array(z.object({ id, body: z.string(), author_id: id, created_at: z.string() })),
  users: z.optional(z.array(z.object({ id, name: z.string(), agent: z.optional(z.boolean()) }))),
});
const Options = z.optional(z.nullable(z.array(z.object({ name: z.string(), value: z.string() }))));
const FieldSchema = z.object({
  id,
  type: z.string(),
  title: z.string(),
  title_in_portal: optionalText,
  description: optionalText,
  required_in_portal: z.optional(z.boolean()),
  visible_in_portal: z.optional(z.boolean()),
  editable_in_portal: z.optional(z.boolean()),
  regexp_for_validation: optionalText,
  custom_field_options: Options,
  system_field_options: Options,
});
const FormSchema = z.object({
  id,
  name: z.string(),
  display_name: optionalText,
  ticket_field_ids: z.optional(z.array(id)),
});
type ZendeskRequest = z.infer<typeof RequestSchema>;
type ZendeskField = z.infer<typeof FieldSchema>;
type ZendeskForm = z.infer<typeof FormSchema>;

const STATES: Record<Status, [TicketState, string]> = {
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
const FILTERS = { open: 'new,open,pending,hold', resolved: 'solved,closed', all: undefined };
/** Zendesk field type → variable type; system fields keep their own names. */
const FIELD_TYPES: Record<string, [VariableType, string?]> = {
  subject: ['text', 'subject'],
  description: ['textarea', 'description'],
  priority: ['select', 'priority'],
  tickettype: ['select', 'type'],
  text: ['text'],
  textarea: ['textarea'],
  integer: ['number'],
  decimal: ['number'],
  date: ['date'],
  checkbox: ['checkbox'],
  tagger: ['select'],
  multiselect: ['multiselect'],
  regexp: ['text'],
};
/** How long a sent request or comment counts as "the same" when deduplicating without a key. */
const DEDUPE_WINDOW_MS = 10 * 60_000;

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

export function createZendeskAdapter(options: ZendeskAdapterOptions): ServiceAdapter {
  const root = (options.baseUrl ?? `https://${options.subdomain}.zendesk.com`).replace(/\/+$/, '');
  const http = createHttpClient({ ...options, baseUrl: `${root}/api/v2` });
  const locale = options.locale ?? 'en-us';
  // The vendor takes no idempotency key for these writes.
  const once = oncePerKey();
  const recent = (time: string) => Date.now() - Date.parse(time) < DEDUPE_WINDOW_MS;

  const get = async <T>(path: string, schema: z.ZodMiniType<T>, what: string, signal?: AbortSignal, query?: Record<string, string | number | undefined>) =>
    parseOrThrow(schema, (await http.get(path, { signal, query })).data, `Zendesk ${what}`);

  const getRequest = async (ticketId: string, signal?: AbortSignal) =>
    (await get(`requests/${encodeURIComponent(ticketId)}`, z.object({ request: RequestSchema }), 'request', signal)).request;
  const getComments = (ticketId: string, signal?: AbortSignal) =>
    get(`requests/${encodeURIComponent(ticketId)}/comments`, CommentsSchema, 'comments', signal, { sort_order: 'asc' });
  const listRequests = async (query: Record<string, string | number | undefined>, signal?: AbortSignal) =>
    get('requests', z.object({ requests: z.array(RequestSchema), count: z.optional(z.number()) }), 'requests', signal, {
      sort_by: 'created_at',
      sort_order: 'desc',
      ...query,
    });

  const summary = (request: ZendeskRequest): TicketSummary => {
    const [state, stateLabel] = STATES[request.status];
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
      permissions: { comment: request.status !== 'closed', reopen: request.status === 'solved', confirm: false },
      url: `${root}/hc/requests/${request.id}`,
    };
  };

  const getTicket = async (ticketId: string, signal?: AbortSignal): Promise<Ticket> => {
    const [request, { comments, users = [] }] = await Promise.all([getRequest(ticketId, signal), getComments(ticketId, signal)]);
    const events = comments.map((comment, index): TicketEvent => {
      const user = users.find((candidate) => candidate.id === comment.author_id);
      return {
        id: String(comment.id),
        // The first comment is the request's own description.
        type: index ? 'comment' : 'created',
        at: comment.created_at,
        author: user && { name: user.name, isAgent: Boolean(user.agent) },
        text: comment.body,
      };
    });
    if (!events.length) events.push({ id: `${request.id}-created`, type: 'created', at: request.created_at });
    return { ...summary(request), events };
  };

  /** Posts a public comment (which also reopens a solved request) unless it is already there. */
  const comment = async (ticketId: string, text: string, signal?: AbortSignal): Promise<TicketEvent> => {
    const body = text.trim();
    const mine = ({ comments, users }: z.infer<typeof CommentsSchema>) => {
      const found = comments.findLast(
        (candidate) =>
          candidate.body.trim() === body &&
          recent(candidate.created_at) &&
          !users?.find((user) => user.id === candidate.author_id)?.agent,
      );
      const user = users?.find((candidate) => candidate.id === found?.author_id);
      return (
        found && {
          id: String(found.id),
          type: 'comment' as const,
          at: found.created_at,
          text: found.body,
          author: user && { name: user.name, isAgent: false },
        }
      );
    };
    if (!mine(await getComments(ticketId, signal))) {
      await http.put(`requests/${encodeURIComponent(ticketId)}`, { request: { comment: { body: text } } }, { signal, idempotent: false });
    }
    const event = mine(await getComments(ticketId, signal));
    if (!event) throw new AdapterError('invalid-response', 'Zendesk did not show the new comment.');
    return event;
  };

  const fieldsOf = async (form: ZendeskForm, signal?: AbortSignal) => {
    const { ticket_fields: fields } = await get('ticket_fields', z.object({ ticket_fields: z.array(FieldSchema) }), 'ticket fields', signal);
    return (form.ticket_field_ids ?? [])
      .map((fieldId) => fields.find((field) => field.id === fieldId))
      .filter((field): field is ZendeskField => !!field && field.visible_in_portal !== false && !!FIELD_TYPES[field.type]);
  };
  const variableName = (field: ZendeskField) => FIELD_TYPES[field.type]![1] ?? `custom_${field.id}`;
  const getForm = async (formId: string, signal?: AbortSignal) =>
    (await get(`ticket_forms/${encodeURIComponent(formId)}`, z.object({ ticket_form: FormSchema }), 'ticket form', signal)).ticket_form;

  return {
    name: 'zendesk',
    id: `zendesk:${root}`,
    capabilities: capabilities('search', 'articles', 'article-feedback', 'tickets', 'comments', 'reopen', 'catalog', 'requests', 'satisfaction'),

    async searchKnowledge(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults> {
      const text = query.text.trim() || query.context?.trim() || '';
      if (!text || !query.sources.includes('articles')) return { query: query.text, hits: [], total: 0 };
      const { results, count } = await get(
        'help_center/articles/search',
        z.object({ results: z.array(ArticleSchema), count: z.optional(z.number()) }),
        'article search',
        signal,
        { query: text, locale: query.locale ?? locale, per_page: query.limit },
      );
      const hits = results.slice(0, query.limit).map((article, index) => ({
        kind: 'article' as const,
        id: String(article.id),
        title: article.title,
        ...snippetText(article.snippet ?? ''),
        url: article.html_url,
        score: 1 / (index + 1),
      }));
      return { query: query.text, hits, total: count ?? results.length };
    },

    async getArticle(articleId: string, signal?: AbortSignal): Promise<Article> {
      const { article } = await get(
        `help_center/${locale}/articles/${encodeURIComponent(articleId)}`,
        z.object({ article: ArticleSchema }),
        'article',
        signal,
      );
      return {
        id: String(article.id),
        title: article.title,
        body: article.body ?? '',
        url: article.html_url,
        tags: article.label_names,
        updatedAt: article.edited_at ?? article.updated_at,
        locale: article.locale,
      };
    },

    async sendArticleFeedback(feedback: ArticleFeedback, { signal }: WriteOptions): Promise<void> {
      // A vote replaces the person's earlier vote, so repeating it is harmless. Votes carry no text.
      const direction = feedback.helpful ? 'up' : 'down';
      await http.post(`help_center/${locale}/articles/${encodeURIComponent(feedback.articleId)}/${direction}`, undefined, {
        signal,
        idempotent: true,
        responseType: 'none',
      });
    },

    async listTickets(query: TicketQuery, signal?: AbortSignal): Promise<TicketList> {
      const { requests, count } = await listRequests({ status: FILTERS[query.filter], per_page: query.limit }, signal);
      const needle = query.text?.trim().toLowerCase();
      const wanted = FILTERS[query.filter];
      const tickets = requests
        .filter((request) => !wanted || wanted.includes(request.status))
        .map(summary)
        .filter((ticket) => !needle || `${ticket.number} ${ticket.title}`.toLowerCase().includes(needle));
      const complete = !needle && tickets.length === requests.length;
      return { tickets, total: complete ? (count ?? tickets.length) : tickets.length };
    },

    getTicket,

    addComment: (ticketId: string, text: string, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, () => comment(ticketId, text, signal)),

    async reopenTicket(ticketId: string, reason: string, { idempotencyKey, signal }: WriteOptions): Promise<Ticket> {
      await once(idempotencyKey, () => comment(ticketId, reason, signal));
      return getTicket(ticketId, signal);
    },

    async listCatalog(query: CatalogQuery, signal?: AbortSignal): Promise<CatalogList> {
      const { ticket_forms: forms } = await get('ticket_forms', z.object({ ticket_forms: z.array(FormSchema) }), 'ticket forms', signal, {
        active: 'true',
        end_user_visible: 'true',
      });
      const needle = query.text?.trim().toLowerCase();
      const items = forms
        .map((form) => ({
          id: String(form.id),
          name: form.display_name || form.name,
          shortDescription: '',
          categories: [],
          approvalRequired: false,
          url: `${root}/hc/requests/new?ticket_form_id=${form.id}`,
        }))
        .filter((item) => !needle || item.name.toLowerCase().includes(needle));
      return { items, categories: [], total: items.length };
    },

    async getCatalogItem(formId: string, signal?: AbortSignal): Promise<CatalogItem> {
      const form = await getForm(formId, signal);
      const variables = (await fieldsOf(form, signal)).map((field): CatalogVariable => {
        const options = field.custom_field_options ?? field.system_field_options;
        return {
          name: variableName(field),
          label: field.title_in_portal || field.title,
          type: FIELD_TYPES[field.type]![0],
          required: Boolean(field.required_in_portal),
          options: options?.map(({ name, value }) => ({ value, label: name })),
          pattern: field.regexp_for_validation ?? undefined,
          help: field.description ?? undefined,
        };
      });
      return {
        id: String(form.id),
        name: form.display_name || form.name,
        shortDescription: '',
        categories: [],
        approvalRequired: false,
        variables,
        url: `${root}/hc/requests/new?ticket_form_id=${form.id}`,
      };
    },

    submitRequest: (request: CatalogRequest, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, async (): Promise<RequestReceipt> => {
        const form = await getForm(request.itemId, signal);
        const fields = await fieldsOf(form, signal);
        const { values } = request;
        const label = (field: ZendeskField) => field.title_in_portal || field.title;
        const custom = fields.filter((field) => !FIELD_TYPES[field.type]![1] && values[variableName(field)] !== undefined);
        const subject = String(values.subject ?? (form.display_name || form.name));
        const description = String(
          values.description ?? custom.map((field) => `${label(field)}: ${String(values[variableName(field)])}`).join('\n'),
        );
        const correlation = options.correlationFieldId;
        const same = (candidate: ZendeskRequest) =>
          correlation
            ? candidate.custom_fields?.some((field) => field.id === correlation && field.value === idempotencyKey)
            : candidate.ticket_form_id === form.id &&
              candidate.subject === subject &&
              (candidate.description ?? '').trim() === description.trim() &&
              recent(candidate.created_at);
        let created = (await listRequests({ per_page: 25 }, signal)).requests.find(same);
        if (!created) {
          const customFields = custom.map((field) => ({ id: field.id, value: values[variableName(field)] }));
          if (correlation) customFields.push({ id: correlation, value: idempotencyKey });
          const response = await http.post(
            'requests',
            {
              request: {
                subject,
                comment: { body: description || subject },
                ticket_form_id: form.id,
                custom_fields: customFields,
                priority: values.priority,
                type: values.type,
              },
            },
            { signal },
          );
          created = parseOrThrow(z.object({ request: RequestSchema }), response.data, 'Zendesk new request').request;
        }
        const ticket = summary(created);
        return { ticketId: ticket.id, number: ticket.number, url: ticket.url, state: ticket.state };
      }),

    async submitSatisfaction(response: SatisfactionResponse, { signal }: WriteOptions): Promise<SatisfactionReceipt> {
      if (response.subject.type !== 'ticket') {
        throw new AdapterError('invalid-response', 'Zendesk stores satisfaction only for tickets.');
      }
      const score = goodOrBad(response);
      // Zendesk stores only good or bad: a neutral answer is not turned into either.
      if (score) {
        await http.post(
          `tickets/${encodeURIComponent(response.subject.id)}/satisfaction_rating`,
          { satisfaction_rating: { score, comment: response.comment } },
          // One rating per ticket: sending it again updates the same rating.
          { signal, idempotent: true, responseType: 'none' },
        );
      }
      return { id: response.id };
    },
  };
}

/** Our scales onto Zendesk's good/bad; undefined for a neutral answer. */
export function goodOrBad({ scale, score }: Pick<SatisfactionResponse, 'scale' | 'score'>): 'good' | 'bad' | undefined {
  const [bad, good] = ({ thumbs: [0, 1], csat5: [2, 4], emoji5: [2, 4], ces7: [3, 5], nps11: [6, 9] } as const)[scale];
  return score >= good ? 'good' : score <= bad ? 'bad' : undefined;
}
