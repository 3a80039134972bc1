/**
 * The canonical model (DESIGN section 3). Every payload an element sees has passed one of these
 * schemas, whatever backend it came from. Shipped code uses `zod/mini` for its size (6 KB against
 * 23 KB); the validation is the same.
 */
import * as z from 'zod/mini';

const text = z.string();
const nonEmpty = z.string().check(z.minLength(1));
/** ISO 8601 date-time with a zone (`Z` or an offset); vendors' local formats are converted by adapters. */
const instant = z.iso.datetime({ offset: true });
const optionalUrl = z.optional(z.string());

export const TICKET_STATES = [
  'new',
  'assigned',
  'in-progress',
  'waiting-on-you',
  'resolved',
  'closed',
  'cancelled',
] as const;
export const TicketStateSchema = z.enum(TICKET_STATES);
export type TicketState = z.infer<typeof TicketStateSchema>;

export const PRIORITY_LEVELS = ['critical', 'high', 'moderate', 'low', 'planning'] as const;
export const PrioritySchema = z.object({
  level: z.enum(PRIORITY_LEVELS),
  /** The vendor's own wording, shown as is ("P2 - High", "Urgent"). */
  label: text,
});
export type Priority = z.infer<typeof PrioritySchema>;

export const ArticleSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  summary: z.optional(text),
  /** HTML from the backend: rendered only through `renderBackendHtml` (core/sanitize). */
  body: text,
  url: optionalUrl,
  category: z.optional(text),
  tags: z.optional(z.array(text)),
  updatedAt: instant,
  locale: z.optional(text),
  /** Alternate questions in the readers' words ("can't get on the wifi"), written by authors or learned. */
  phrasings: z.optional(z.array(text)),
});
export type Article = z.infer<typeof ArticleSchema>;

export const MatchRangeSchema = z.object({
  field: z.enum(['title', 'snippet']),
  start: z.number().check(z.int(), z.gte(0)),
  end: z.number().check(z.int(), z.gte(0)),
});
export type MatchRange = z.infer<typeof MatchRangeSchema>;

export const SEARCH_SOURCES = ['articles', 'catalog'] as const;
export type SearchSource = (typeof SEARCH_SOURCES)[number];

export const SearchHitSchema = z.object({
  kind: z.enum(['article', 'catalog-item']),
  id: nonEmpty,
  title: nonEmpty,
  /** Plain text, never HTML: matches are highlighted from `matches`, not by markup. */
  snippet: text,
  matches: z.array(MatchRangeSchema),
  url: optionalUrl,
  category: z.optional(text),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultsSchema = z.object({
  query: text,
  hits: z.array(SearchHitSchema),
  total: z.number().check(z.int(), z.gte(0)),
  /** "Did you mean" text, when the backend or the query expansion has one. */
  suggestion: z.optional(text),
});
export type SearchResults = z.infer<typeof SearchResultsSchema>;

export const PersonSchema = z.object({
  name: nonEmpty,
  isAgent: z.boolean(),
});
export type Person = z.infer<typeof PersonSchema>;

export const TICKET_EVENT_TYPES = [
  'created',
  'state-change',
  'assignment',
  'comment',
  'resolution',
  'reopened',
] as const;
export const TicketEventSchema = z.object({
  id: nonEmpty,
  type: z.enum(TICKET_EVENT_TYPES),
  at: instant,
  author: z.optional(PersonSchema),
  text: z.optional(text),
  /** For state changes: the state entered. */
  state: z.optional(TicketStateSchema),
});
export type TicketEvent = z.infer<typeof TicketEventSchema>;

export const SlaSchema = z.object({
  kind: z.enum(['response', 'resolution']),
  dueAt: instant,
  breached: z.boolean(),
  paused: z.boolean(),
  /** True when the target is an estimate (from the catalog or history), not a contractual SLA. */
  estimate: z.optional(z.boolean()),
});
export type Sla = z.infer<typeof SlaSchema>;

export const TicketPermissionsSchema = z.object({
  comment: z.boolean(),
  reopen: z.boolean(),
  confirm: z.boolean(),
});
export type TicketPermissions = z.infer<typeof TicketPermissionsSchema>;

const ticketFields = {
  id: nonEmpty,
  number: nonEmpty,
  title: nonEmpty,
  description: z.optional(text),
  state: TicketStateSchema,
  stateLabel: text,
  priority: z.optional(PrioritySchema),
  createdAt: instant,
  updatedAt: instant,
  assignee: z.optional(z.object({ name: z.optional(text), group: z.optional(text) })),
  sla: z.optional(SlaSchema),
  nextUpdateBy: z.optional(instant),
  /** What the desk needs from the requester while the state is `waiting-on-you`. */
  waitingFor: z.optional(text),
  permissions: TicketPermissionsSchema,
  url: optionalUrl,
};

export const TicketSummarySchema = z.object(ticketFields);
export type TicketSummary = z.infer<typeof TicketSummarySchema>;

export const TicketSchema = z.object({ ...ticketFields, events: z.array(TicketEventSchema) });
export type Ticket = z.infer<typeof TicketSchema>;

export const TicketListSchema = z.object({
  tickets: z.array(TicketSummarySchema),
  total: z.number().check(z.int(), z.gte(0)),
});
export type TicketList = z.infer<typeof TicketListSchema>;

export const VARIABLE_TYPES = [
  'text',
  'textarea',
  'number',
  'email',
  'date',
  'select',
  'multiselect',
  'checkbox',
  'user',
] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

const variableValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type VariableValue = z.infer<typeof variableValue>;

export const VisibleWhenSchema = z.object({
  variable: nonEmpty,
  /** Shown when the other variable equals this value (or, for a list, any of them). */
  equals: z.optional(z.union([z.string(), z.boolean(), z.number(), z.array(z.string())])),
  /** Shown when the other variable has any value (not empty, not false). */
  filled: z.optional(z.boolean()),
});
export type VisibleWhen = z.infer<typeof VisibleWhenSchema>;

export const CatalogVariableSchema = z.object({
  name: nonEmpty,
  label: nonEmpty,
  type: z.enum(VARIABLE_TYPES),
  required: z.optional(z.boolean()),
  options: z.optional(z.array(z.object({ value: text, label: text }))),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  pattern: z.optional(text),
  help: z.optional(text),
  default: z.optional(variableValue),
  visibleWhen: z.optional(VisibleWhenSchema),
});
export type CatalogVariable = z.infer<typeof CatalogVariableSchema>;

export const CostSchema = z.object({
  amount: z.number().check(z.gte(0)),
  // What Intl.NumberFormat accepts as a currency code: three letters ("$$$" would throw on render).
  currency: z.string().check(z.regex(/^[A-Za-z]{3}$/)),
  recurrence: z.enum(['once', 'monthly', 'yearly']),
});
export type Cost = z.infer<typeof CostSchema>;

export const DeliveryTimeSchema = z.object({
  /** Typical working days from request to delivery. */
  days: z.number().check(z.gte(0)),
  label: z.optional(text),
});
export type DeliveryTime = z.infer<typeof DeliveryTimeSchema>;

const catalogItemFields = {
  id: nonEmpty,
  name: nonEmpty,
  shortDescription: text,
  icon: z.optional(text),
  categories: z.array(text),
  deliveryTime: z.optional(DeliveryTimeSchema),
  cost: z.optional(CostSchema),
  approvalRequired: z.boolean(),
  url: optionalUrl,
};

export const CatalogItemSummarySchema = z.object(catalogItemFields);
export type CatalogItemSummary = z.infer<typeof CatalogItemSummarySchema>;

export const CatalogItemSchema = z.object({
  ...catalogItemFields,
  /** HTML from the backend, sanitised at render. */
  description: z.optional(text),
  variables: z.array(CatalogVariableSchema),
});
export type CatalogItem = z.infer<typeof CatalogItemSchema>;

export const CatalogListSchema = z.object({
  items: z.array(CatalogItemSummarySchema),
  categories: z.array(z.object({ id: nonEmpty, name: nonEmpty })),
  total: z.number().check(z.int(), z.gte(0)),
});
export type CatalogList = z.infer<typeof CatalogListSchema>;

export const CatalogRequestSchema = z.object({
  itemId: nonEmpty,
  values: z.record(z.string(), variableValue),
  /** What the person chose, as they read it ("Sam Rivera", not "usr-001"), for the request's text. */
  display: z.optional(z.record(z.string(), z.string())),
});
export type CatalogRequest = z.infer<typeof CatalogRequestSchema>;

export const RequestReceiptSchema = z.object({
  ticketId: nonEmpty,
  number: nonEmpty,
  url: optionalUrl,
  state: TicketStateSchema,
});
export type RequestReceipt = z.infer<typeof RequestReceiptSchema>;

export const SCALES = ['csat5', 'thumbs', 'emoji5', 'ces7', 'nps11'] as const;
export type Scale = (typeof SCALES)[number];
export const RATER_DIMENSIONS = [
  'reliability',
  'assurance',
  'tangibles',
  'empathy',
  'responsiveness',
] as const;
export type RaterDimension = (typeof RATER_DIMENSIONS)[number];

export const SurveySubjectSchema = z.union([
  z.object({ type: z.literal('ticket'), id: nonEmpty }),
  z.object({ type: z.literal('topic'), id: nonEmpty }),
]);
export type SurveySubject = z.infer<typeof SurveySubjectSchema>;

const dimensionScore = z.optional(z.number().check(z.int(), z.gte(1), z.lte(5)));

export const SatisfactionResponseSchema = z.object({
  /** Idempotency key: the same response sent twice is stored once. */
  id: nonEmpty,
  subject: SurveySubjectSchema,
  scale: z.enum(SCALES),
  score: z.number().check(z.int(), z.gte(0), z.lte(10)),
  rater: z.optional(
    z.object({
      reliability: dimensionScore,
      assurance: dimensionScore,
      tangibles: dimensionScore,
      empathy: dimensionScore,
      responsiveness: dimensionScore,
    }),
  ),
  reasons: z.array(z.enum(RATER_DIMENSIONS)),
  comment: z.optional(text),
  anonymous: z.boolean(),
  submittedAt: instant,
});
export type SatisfactionResponse = z.infer<typeof SatisfactionResponseSchema>;

export const SatisfactionReceiptSchema = z.object({
  id: nonEmpty,
  /** What the service does with this answer, in the backend's words, shown in the thank-you. */
  followUp: z.optional(text),
});
export type SatisfactionReceipt = z.infer<typeof SatisfactionReceiptSchema>;

export const SurveyStateSchema = z.object({
  /** The backend already holds an answer for this subject. */
  answered: z.boolean(),
  /** The person asked not to be surveyed (globally or on this subject). */
  optedOut: z.boolean(),
  lastAskedAt: z.optional(instant),
  anonymousAllowed: z.optional(z.boolean()),
  followUp: z.optional(text),
});
export type SurveyState = z.infer<typeof SurveyStateSchema>;

export const ArticleFeedbackSchema = z.object({
  articleId: nonEmpty,
  helpful: z.boolean(),
  comment: z.optional(text),
  query: z.optional(text),
});
export type ArticleFeedback = z.infer<typeof ArticleFeedbackSchema>;

export const PersonLookupSchema = z.array(
  z.object({ id: nonEmpty, name: nonEmpty, email: z.optional(text), department: z.optional(text) }),
);
export type PersonMatch = z.infer<typeof PersonLookupSchema>[number];
