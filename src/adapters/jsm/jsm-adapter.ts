/**
 * Jira Service Management as an sx-kit backend, through `/rest/servicedeskapi` as a customer sees
 * it: knowledge base search, the person's requests with public comments, status history and
 * customer transitions, CSAT feedback, and request types with their fields as the catalog. Every
 * vendor payload is checked with zod/mini before mapping. Customers cannot read SLAs (agent-only)
 * or priorities, and the knowledge base hands out an iframe URL instead of an article body, so the
 * `sla` and `articles` capabilities are off: hits link out to the article instead.
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
  CatalogItem,
  CatalogItemSummary,
  CatalogList,
  CatalogRequest,
  CatalogVariable,
  MatchRange,
  RequestReceipt,
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
  VariableValue,
} from '../../core/schemas.js';
import { parseOrThrow } from '../../core/validate.js';
import { oncePerKey } from '../../core/once-per-key.js';

export interface JsmAdapterOptions
  extends Pick<HttpClientOptions, 'fetch' | 'headers' | 'getToken' | 'credentials' | 'timeoutMs' | 'retries'> {
  /**
   * `https://acme.atlassian.net`, a same-origin proxy (`/jira`), or
   * `https://api.atlassian.com/ex/jira/{cloudId}` for OAuth 2.0 (3LO) tokens.
   */
  siteUrl: string;
  /** Scopes knowledge, requests and the catalog to one service desk; the catalog needs it. */
  serviceDeskId?: string | number;
  /** Status names, exactly as JSM writes them, mapped to a state ahead of the built-in rules. */
  statusMap?: Readonly<Record<string, TicketState>>;
  /** Name of the customer transition that confirms a resolution. */
  confirmTransition?: RegExp;
  /** Name of the customer transition that reopens a request. */
  reopenTransition?: RegExp;
}

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)$/;
const JiraDate = z.object({ iso8601: z.string().check(z.regex(ISO_INSTANT)) });
const opt = z.optional;
const optionalText = opt(z.string());
const User = z.object({ accountId: optionalText, displayName: optionalText });
const Status = z.object({ status: z.string(), statusCategory: optionalText, statusDate: opt(JiraDate) });
const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({ values: z.array(item) });
const RequestSchema = z.object({
  issueKey: z.string(),
  requestTypeId: optionalText,
  createdDate: JiraDate,
  reporter: opt(User),
  requestFieldValues: opt(z.array(z.object({ fieldId: z.string(), value: opt(z.unknown()) }))),
  currentStatus: Status,
  participants: opt(page(User)),
  actions: opt(z.object({ addComment: opt(z.object({ allowed: opt(z.boolean()) })) })),
  _links: opt(z.object({ web: optionalText })),
});
const CommentSchema = z.object({ id: z.string(), body: z.string(), author: opt(User), created: JiraDate });
const ArticleSchema = z.object({
  title: z.string(),
  excerpt: optionalText,
  source: opt(z.object({ pageId: optionalText })),
  content: opt(z.object({ iframeSrc: optionalText })),
});
const Named = z.object({ id: z.string(), name: z.string() });
const FeedbackSchema = z.object({ rating: opt(z.number()), comment: opt(z.object({ body: optionalText })) });
const RequestTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: optionalText,
  helpText: optionalText,
  groupIds: opt(z.array(z.string())),
});
const FieldValue = z.object({ value: z.string(), label: z.string() });
const FieldSchema = z.object({
  fieldId: z.string(),
  name: z.string(),
  description: optionalText,
  required: opt(z.boolean()),
  visible: opt(z.boolean()),
  validValues: opt(z.array(FieldValue)),
  defaultValues: opt(z.array(FieldValue)),
  jiraSchema: opt(z.object({ type: z.string(), system: optionalText, custom: optionalText })),
});
type JsmRequest = z.infer<typeof RequestSchema>;
type JsmStatus = z.infer<typeof Status>;
type JsmUser = z.infer<typeof User>;
type JsmComment = z.infer<typeof CommentSchema>;
type Query = Record<string, string | number | boolean | undefined>;

/** Experimental methods (knowledge base, feedback) are refused with 412 without this header. */
const EXPERIMENTAL = { 'X-ExperimentalApi': 'opt-in' };
const CLOSED_STATES: readonly TicketState[] = ['resolved', 'closed', 'cancelled'];
const FILTERS = { open: 'OPEN_REQUESTS', resolved: 'CLOSED_REQUESTS', all: 'ALL_REQUESTS' } as const;
/** How long a sent request or comment counts as "the same" when deduplicating without a key. */
const DEDUPE_WINDOW_MS = 10 * 60_000;
const STATUS_RULES: readonly [RegExp, TicketState][] = [
  [/(waiting|pending|awaiting) (for |on )?(the )?(customer|you)/i, 'waiting-on-you'],
  [/cancel|declin|reject|won.t/i, 'cancelled'],
  [/resolved/i, 'resolved'],
  [/clos|done|complete/i, 'closed'],
  [/^(open|new|to do|waiting for support)$/i, 'new'],
];
const SIMPLE_TYPES: Readonly<Record<string, CatalogVariable['type']>> = { string: 'text', number: 'number', date: 'date', user: 'user' };
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

/** Jira's `+0700` offsets written as `+07:00`, the ISO form every date in the model uses. */
const instant = (date: { iso8601: string }) => date.iso8601.replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
const encode = encodeURIComponent;
const latest = (dates: string[]) => dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
const fieldValue = (request: JsmRequest, fieldId: string) => {
  const value = request.requestFieldValues?.find((field) => field.fieldId === fieldId)?.value;
  return typeof value === 'string' ? value : undefined;
};

/** Without `customers` (a comment this page just sent), the author is the customer. */
const person = (user?: JsmUser, customers?: Set<string | undefined>) =>
  user?.displayName ? { name: user.displayName, isAgent: !!customers && !customers.has(user.accountId) } : undefined;
const commentEvent = (comment: JsmComment, customers?: Set<string | undefined>): TicketEvent => ({
  id: comment.id,
  type: 'comment',
  at: instant(comment.created),
  author: person(comment.author, customers),
  text: comment.body,
});

export function createJsmAdapter(options: JsmAdapterOptions): ServiceAdapter {
  const root = options.siteUrl.replace(/\/+$/, '');
  const http = createHttpClient({ ...options, baseUrl: `${root}/rest/servicedeskapi` });
  const desk = options.serviceDeskId === undefined ? undefined : String(options.serviceDeskId);
  const deskPath = `servicedesk/${encode(desk ?? '')}`;
  const confirmPattern = options.confirmTransition ?? /resolve|done|close|confirm/i;
  const reopenPattern = options.reopenTransition ?? /reopen|back to|still/i;
  // The vendor takes no idempotency key for these writes.
  const once = oncePerKey();
  const recent = (date: string) => Date.now() - Date.parse(date) < DEDUPE_WINDOW_MS;
  const stateOf = (status: JsmStatus) => jsmState(status.status, status.statusCategory, options.statusMap);

  const get = async <T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, query?: Query, headers?: Record<string, string>) =>
    parseOrThrow(schema, (await http.get(path, { signal, query, headers })).data, `JSM ${path}`);
  const requestPath = (key: string, sub = '') => `request/${encode(key)}${sub}`;
  const listRequests = (query: Query, signal?: AbortSignal) =>
    get('request', page(RequestSchema), signal, { requestOwnership: 'OWNED_REQUESTS', serviceDeskId: desk, ...query });
  const getComments = (key: string, signal?: AbortSignal) =>
    get(requestPath(key, '/comment'), page(CommentSchema), signal, { public: true, internal: false, limit: 100 });
  const getTransitions = async (key: string, signal?: AbortSignal) =>
    (await get(requestPath(key, '/transition'), page(Named), signal)).values;

  const summary = (request: JsmRequest, transitions: readonly { name: string }[] = []): TicketSummary => {
    const state = stateOf(request.currentStatus);
    const offers = (pattern: RegExp) => transitions.some((transition) => pattern.test(transition.name));
    const createdAt = instant(request.createdDate);
    const { statusDate } = request.currentStatus;
    return {
      id: request.issueKey,
      number: request.issueKey,
      title: fieldValue(request, 'summary') || request.issueKey,
      description: fieldValue(request, 'description'),
      state,
      stateLabel: request.currentStatus.status,
      createdAt,
      updatedAt: statusDate ? instant(statusDate) : createdAt,
      permissions: {
        comment: request.actions?.addComment?.allowed !== false,
        // The list does not ask for transitions (one call per request): only a ticket knows these.
        reopen: (state === 'resolved' || state === 'closed') && offers(reopenPattern),
        confirm: state === 'resolved' && offers(confirmPattern),
      },
      url: request._links?.web,
    };
  };

  const getTicket = async (key: string, signal?: AbortSignal): Promise<Ticket> => {
    const [request, comments, history, transitions] = await Promise.all([
      get(requestPath(key), RequestSchema, signal, { expand: 'participant,action' }),
      getComments(key, signal),
      get(requestPath(key, '/status'), page(Status), signal, { limit: 100 }),
      getTransitions(key, signal),
    ]);
    const ticket = summary(request, transitions);
    // Customers' comments and agents' look alike here: whoever is not the reporter or a
    // participant is taken to speak for the service desk.
    const customers = new Set([request.reporter, ...(request.participants?.values ?? [])].map((user) => user?.accountId));
    const events: TicketEvent[] = [
      { id: `${ticket.id}-created`, type: 'created', at: ticket.createdAt, author: person(request.reporter, customers), text: ticket.description },
    ];
    let previous: TicketState | undefined;
    [...history.values].reverse().forEach((status, index) => {
      const state = stateOf(status);
      if (index && status.statusDate) {
        const reopened = previous && CLOSED_STATES.includes(previous) && !CLOSED_STATES.includes(state);
        const type = state === 'resolved' ? 'resolution' : reopened ? 'reopened' : 'state-change';
        events.push({ id: `${ticket.id}-status-${index}`, type, at: instant(status.statusDate), state });
      }
      previous = state;
    });
    for (const comment of comments.values) events.push(commentEvent(comment, customers));
    events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return { ...ticket, updatedAt: latest([ticket.updatedAt, ...events.map((event) => event.at)]), events };
  };


  /** Posts a public comment unless the same text arrived from this person's side a moment ago. */
  const comment = async (key: string, body: string, signal?: AbortSignal): Promise<TicketEvent> => {
    const { values } = await getComments(key, signal);
    const earlier = values.findLast((candidate) => candidate.body.trim() === body.trim() && recent(instant(candidate.created)));
    if (earlier) return commentEvent(earlier);
    const response = await http.post(requestPath(key, '/comment'), { body, public: true }, { signal });
    return commentEvent(parseOrThrow(CommentSchema, response.data, 'JSM new comment'));
  };

  /**
   * Performs the customer transition whose name matches; when none is offered, a ticket already
   * in the wanted state (a replay after success) is fine, anything else is a conflict.
   */
  const transition = async (key: string, pattern: RegExp, reached: (ticket: Ticket) => boolean, signal?: AbortSignal, reason?: string) => {
    const match = (await getTransitions(key, signal)).find((candidate) => pattern.test(candidate.name));
    if (match) {
      const body = { id: match.id, ...(reason ? { additionalComment: { body: reason } } : {}) };
      await http.post(requestPath(key, '/transition'), body, { signal });
    }
    const ticket = await getTicket(key, signal);
    if (!match && !reached(ticket)) {
      throw new AdapterError('conflict', `No JSM transition ${pattern} on ${key}`);
    }
    return ticket;
  };

  const feedback = async (key: string, signal?: AbortSignal) => {
    try {
      const { data } = await http.get(requestPath(key, '/feedback'), { signal, headers: EXPERIMENTAL });
      return parseOrThrow(FeedbackSchema, data ?? {}, 'JSM feedback');
    } catch (error) {
      // 404 is also JSM's answer for a request without feedback.
      if (error instanceof AdapterError && error.kind === 'not-found') return undefined;
      throw error;
    }
  };

  const adapter: ServiceAdapter = {
    name: 'jsm',
    id: `jsm:${root}`,
    capabilities: capabilities(
      'search',
      'tickets',
      'comments',
      'reopen',
      'confirm',
      'satisfaction',
      'survey-state',
      ...(desk === undefined ? [] : (['catalog', 'requests'] as const)),
    ),

    async searchKnowledge(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults> {
      const text = query.text.trim() || query.context?.trim() || '';
      if (!text || !query.sources.includes('articles')) return { query: query.text, hits: [], total: 0 };
      const { values } = await get(
        desk === undefined ? 'knowledgebase/article' : `${deskPath}/knowledgebase/article`,
        page(ArticleSchema),
        signal,
        { query: text, highlight: true, limit: query.limit },
        EXPERIMENTAL,
      );
      const hits = values.slice(0, query.limit).map((article, index) => {
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
      return { query: query.text, hits, total: values.length };
    },

    async listTickets(query: TicketQuery, signal?: AbortSignal): Promise<TicketList> {
      const { values } = await listRequests(
        { requestStatus: FILTERS[query.filter], searchTerm: query.text?.trim() || undefined, expand: 'action', limit: query.limit },
        signal,
      );
      const tickets = values.map((request) => summary(request));
      // A status map may call an open JSM status "resolved": the open list must not show it.
      const shown = query.filter === 'open' ? tickets.filter((ticket) => !CLOSED_STATES.includes(ticket.state)) : tickets;
      return { tickets: shown, total: shown.length };
    },

    getTicket,

    addComment: (ticketId: string, body: string, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, () => comment(ticketId, body, signal)),

    reopenTicket: (ticketId: string, reason: string, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, () =>
        transition(ticketId, reopenPattern, (ticket) => !CLOSED_STATES.includes(ticket.state), signal, reason),
      ),

    confirmResolution: (ticketId: string, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, () => transition(ticketId, confirmPattern, (ticket) => ticket.state === 'closed', signal)),

    submitSatisfaction: (response: SatisfactionResponse, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, async (): Promise<SatisfactionReceipt> => {
        const rating = RATINGS[response.scale]?.(response.score);
        if (response.subject.type !== 'ticket' || !rating || rating > 5) {
          throw new AdapterError('invalid-response', `JSM rates 1 to 5: no equal of ${response.scale} ${response.score}`);
        }
        const key = response.subject.id;
        const stored = await feedback(key, signal);
        if (stored?.rating !== rating) {
          const comment = response.comment ? { comment: { body: response.comment } } : {};
          await http.post(requestPath(key, '/feedback'), { type: 'csat', rating, ...comment }, { signal, headers: EXPERIMENTAL });
        }
        return { id: response.id };
      }),

    async getSurveyState(subject: SurveySubject, signal?: AbortSignal): Promise<SurveyState> {
      const stored = subject.type === 'ticket' ? await feedback(subject.id, signal) : undefined;
      return { answered: stored?.rating !== undefined, optedOut: false };
    },
  };
  if (desk === undefined) return adapter;

  const portal = `${root}/servicedesk/customer/portal/${encode(desk)}`;
  const item = (type: z.infer<typeof RequestTypeSchema>): CatalogItemSummary => ({
    id: type.id,
    name: type.name,
    shortDescription: type.description ?? '',
    categories: type.groupIds ?? [],
    // No icon: JSM serves request type icons from /secure/viewavatar, behind its own sign-in.
    // Approvals live in the workflow, which customers cannot see.
    approvalRequired: false,
    url: `${portal}/create/${encode(type.id)}`,
  });
  const typePath = (id: string) => `${deskPath}/requesttype/${encode(id)}`;
  /** Fields a customer fills in, with the variable type each becomes (unsupported types are left out). */
  const fieldsOf = async (typeId: string, signal?: AbortSignal) => {
    const { requestTypeFields } = await get(`${typePath(typeId)}/field`, z.object({ requestTypeFields: z.array(FieldSchema) }), signal);
    return requestTypeFields.flatMap((field) => {
      const { type = 'string', system, custom = '' } = field.jiraSchema ?? {};
      const kind: CatalogVariable['type'] | undefined = field.validValues?.length
        ? type === 'array' ? 'multiselect' : 'select'
        : system === 'description' || custom.endsWith(':textarea') ? 'textarea' : SIMPLE_TYPES[type];
      return field.visible === false || !kind ? [] : [{ field, kind }];
    });
  };
  const toJira = (kind: CatalogVariable['type'], value: VariableValue) =>
    kind === 'multiselect'
      ? [value].flat().map((id) => ({ id: String(id) }))
      : kind === 'select'
        ? { id: String(value) }
        : kind === 'user'
          ? { accountId: String(value) }
          : kind === 'number'
            ? Number(value)
            : value;

  return {
    ...adapter,

    async listCatalog(query: CatalogQuery, signal?: AbortSignal): Promise<CatalogList> {
      const [types, groups] = await Promise.all([
        get(`${deskPath}/requesttype`, page(RequestTypeSchema), signal, { searchQuery: query.text?.trim() || undefined, limit: 100 }),
        get(`${deskPath}/requesttypegroup`, page(Named), signal, { limit: 100 }),
      ]);
      const items = types.values.map(item).filter((entry) => !query.category || entry.categories.includes(query.category));
      return { items, categories: groups.values, total: items.length };
    },

    async getCatalogItem(typeId: string, signal?: AbortSignal): Promise<CatalogItem> {
      const [type, fields] = await Promise.all([get(typePath(typeId), RequestTypeSchema, signal), fieldsOf(typeId, signal)]);
      const variables = fields.map(({ field, kind }): CatalogVariable => {
        const defaults = field.defaultValues?.map(({ value }) => value) ?? [];
        return {
          name: field.fieldId,
          label: field.name,
          type: kind,
          required: field.required,
          options: field.validValues?.length ? field.validValues : undefined,
          help: field.description || undefined,
          default: kind === 'multiselect' ? defaults : defaults[0],
        };
      });
      return { ...item(type), description: type.helpText, variables };
    },

    submitRequest: (request: CatalogRequest, { idempotencyKey, signal }: WriteOptions) =>
      once(idempotencyKey, async (): Promise<RequestReceipt> => {
        const requestFieldValues: Record<string, unknown> = {};
        for (const entry of await fieldsOf(request.itemId, signal)) {
          const value = request.values[entry.field.fieldId];
          if (value !== undefined && value !== '') requestFieldValues[entry.field.fieldId] = toJira(entry.kind, value);
        }
        // No idempotency key in JSM: a request of the same type with the same summary and
        // description, created by this person within minutes, is the one an earlier attempt made.
        const same = (candidate: JsmRequest) =>
          candidate.requestTypeId === request.itemId &&
          fieldValue(candidate, 'summary') === requestFieldValues.summary &&
          (fieldValue(candidate, 'description') ?? '') === (requestFieldValues.description ?? '') &&
          recent(instant(candidate.createdDate));
        const { values } = await listRequests({ requestStatus: 'ALL_REQUESTS', requestTypeId: request.itemId, limit: 20 }, signal);
        const created =
          values.find(same) ??
          parseOrThrow(
            RequestSchema,
            (await http.post('request', { serviceDeskId: desk, requestTypeId: request.itemId, requestFieldValues }, { signal })).data,
            'JSM new request',
          );
        const ticket = summary(created);
        return { ticketId: ticket.id, number: ticket.number, url: ticket.url, state: ticket.state };
      }),
  };
}
