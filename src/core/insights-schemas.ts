/**
 * The `insights` capability's canonical shapes: the records the kit emits (CloudEvents 1.0 plus a
 * few `sx*` extension attributes) and the aggregate `getInsights` answers. Any analytics store
 * (the embedded backend, a SQL database behind the REST contract) answers in this shape, and
 * core validates it before <sx-insights> sees it.
 */
import * as z from 'zod/mini';
import { RATER_DIMENSIONS, SCALES } from './schemas.js';

const nonEmpty = z.string().check(z.minLength(1));
const instant = z.iso.datetime({ offset: true });
const count = z.number().check(z.int(), z.gte(0));
/** A share or average; null when there was nothing to compute it from. */
const measure = z.nullable(z.number());

/** One emitted `sx-*` event. Extensions say where it belongs, so filters need no lookups. */
export const InsightRecordSchema = z.object({
  specversion: z.literal('1.0'),
  id: nonEmpty,
  type: nonEmpty,
  source: z.string(),
  time: instant,
  datacontenttype: z.optional(z.string()),
  data: z.optional(z.unknown()),
  /** One visit (page load) of one person: deflection is decided per session. */
  sxsession: z.optional(z.string()),
  /** The service (assignee group, catalog category) the event concerns. */
  sxservice: z.optional(z.string()),
  /** The knowledge topic (article category, survey topic). */
  sxtopic: z.optional(z.string()),
  /** The backend the event came from, where one store serves several. */
  sxbackend: z.optional(z.string()),
  /** For ratings and resolutions of tickets: the ticket was resolved within its SLA target. */
  sxslamet: z.optional(z.boolean()),
});
export type InsightRecord = z.infer<typeof InsightRecordSchema>;

export const InsightRecordBatchSchema = z.object({ records: z.array(InsightRecordSchema) });

/** What `getInsights` is asked for: a half-open period [from, to) and optional filters. */
export interface InsightsQuery {
  from: string;
  to: string;
  service?: string;
  topic?: string;
  backend?: string;
}

const queryCount = z.object({ query: nonEmpty, count });

export const InsightsSchema = z.object({
  period: z.object({ from: instant, to: instant }),
  /** The width of each point in `satisfaction[].points`. */
  bucket: z.enum(['day', 'week', 'month']),
  /** Values the filters can take in this period. */
  facets: z.object({ services: z.array(z.string()), topics: z.array(z.string()), backends: z.array(z.string()) }),
  records: count,
  deflection: z.object({ searchSessions: count, deflectedSessions: count, rate: measure }),
  knowledgeGaps: z.object({
    zeroResult: z.array(queryCount),
    lowHelpfulness: z.array(z.object({ query: nonEmpty, notHelpful: count, helpful: count })),
    learned: z.array(z.object({ query: nonEmpty, articleId: nonEmpty, count })),
  }),
  satisfaction: z.array(
    z.object({
      scale: z.enum(SCALES),
      responses: count,
      value: measure,
      points: z.array(z.object({ start: instant, responses: count, value: measure })),
    }),
  ),
  rater: z.object({
    dimensions: z.array(z.object({ dimension: z.enum(RATER_DIMENSIONS), responses: count, average: measure })),
    reasons: z.array(z.object({ reason: z.enum(RATER_DIMENSIONS), count })),
  }),
  outcomes: z.object({
    slaMetRated: count,
    slaMetButUnhappy: count,
    /** Up to ten of those tickets, to read first. */
    unhappyTickets: z.array(z.string()),
    resolved: count,
    reopened: count,
  }),
  reach: z.object({ asked: count, answered: count, snoozed: count, optedOut: count }),
});
export type Insights = z.infer<typeof InsightsSchema>;
export type SatisfactionSeries = Insights['satisfaction'][number];
