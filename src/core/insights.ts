/**
 * The figures of <sx-insights>, computed from the kit's own records (pure, no storage). The
 * embedded backend runs this; a REST backend answers the same shape from its own store (the README
 * gives the SQL of each figure). Definitions, in words:
 * - deflection rate: sessions with a search that saw an article rated helpful and no escalation
 *   or request, over sessions with a search;
 * - zero-result queries: searches that found nothing, in the searcher's words, with counts;
 *   low-helpfulness queries: queries whose article was voted not helpful at least as often as helpful;
 * - satisfaction per scale: share satisfied (csat5, emoji5: 4-5; thumbs: up), mean effort (ces7),
 *   net promoter score (nps11: % 9-10 minus % 0-6);
 * - SLA met but unhappy: rated tickets resolved within target whose score was low;
 * - reopened after resolve: tickets moved from resolved or closed back to an open state;
 * - survey reach: distinct subjects asked, answered, snoozed and opted out.
 */
import type { InsightRecord, Insights, InsightsQuery, SatisfactionSeries } from './insights-schemas.js';
import { RATER_DIMENSIONS, SCALES, type RaterDimension, type Scale } from './schemas.js';

/** A session without an `sxsession` id ends after this long without any record. */
export const SESSION_GAP_MS = 30 * 60_000;
const DAY_MS = 86_400_000;
const LIST_LENGTH = 10;

/** Scores at or below are low (the same bands <sx-satisfaction> uses for its follow-up questions). */
export const LOW_SCORE: Readonly<Record<Scale, number>> = { csat5: 2, emoji5: 2, thumbs: 0, ces7: 3, nps11: 6 };

const OPEN_STATES = new Set(['new', 'assigned', 'in-progress', 'waiting-on-you']);

type Data = Record<string, unknown>;
const dataOf = (record: InsightRecord): Data =>
  record.data && typeof record.data === 'object' ? (record.data as Data) : {};
const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Case and spacing do not make two queries different. */
export function queryKey(query: string): string {
  return query.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/** The width of the trend's points: days for a month, weeks up to half a year, months beyond. */
export function bucketFor(from: string, to: string): Insights['bucket'] {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  return days <= 31 ? 'day' : days <= 183 ? 'week' : 'month';
}

/** Start of the UTC day, ISO week (Monday) or month that `time` falls in. */
export function bucketStart(time: string, bucket: Insights['bucket']): string {
  const date = new Date(time);
  date.setUTCHours(0, 0, 0, 0);
  if (bucket === 'week') date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  if (bucket === 'month') date.setUTCDate(1);
  return date.toISOString();
}

/** Groups of one visit: by `sxsession`, else by page, split where 30 minutes pass without a record. */
export function sessionsOf(records: readonly InsightRecord[]): InsightRecord[][] {
  const byKey = new Map<string, InsightRecord[]>();
  for (const record of [...records].sort((a, b) => a.time.localeCompare(b.time))) {
    const key = record.sxsession ? `s:${record.sxsession}` : `p:${record.source}`;
    const list = byKey.get(key) ?? [];
    list.push(record);
    byKey.set(key, list);
  }
  const sessions: InsightRecord[][] = [];
  for (const [key, list] of byKey) {
    let current: InsightRecord[] = [];
    for (const record of list) {
      const last = current[current.length - 1];
      if (last && !key.startsWith('s:') && Date.parse(record.time) - Date.parse(last.time) > SESSION_GAP_MS) {
        sessions.push(current);
        current = [];
      }
      current.push(record);
    }
    if (current.length) sessions.push(current);
  }
  return sessions;
}

const isHelpfulSignal = (record: InsightRecord) =>
  (record.type === 'sx.deflect' && dataOf(record).reason === 'helpful') ||
  (record.type === 'sx.article-feedback' && dataOf(record).helpful === true);
const isEscalation = (record: InsightRecord) => record.type === 'sx.escalate' || record.type === 'sx.request';

function deflection(sessions: readonly InsightRecord[][]): Insights['deflection'] {
  let searchSessions = 0;
  let deflectedSessions = 0;
  for (const session of sessions) {
    const firstSearch = session.findIndex((record) => record.type === 'sx.search');
    if (firstSearch < 0) continue;
    searchSessions += 1;
    const helped = session.slice(firstSearch).some(isHelpfulSignal);
    if (helped && !session.some(isEscalation)) deflectedSessions += 1;
  }
  return { searchSessions, deflectedSessions, rate: searchSessions ? deflectedSessions / searchSessions : null };
}

/** Counts by normalised query, shown in the wording people used most. */
class QueryTally<T extends Record<string, number>> {
  private readonly rows = new Map<string, { wordings: Map<string, number>; counts: T }>();
  constructor(private readonly empty: () => T) {}

  add(query: string, field: keyof T, extraKey = '') {
    const text = query.trim();
    if (!text) return;
    const key = `${queryKey(text)}\u0000${extraKey}`;
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = { wordings: new Map(), counts: this.empty() }));
    row.wordings.set(text, (row.wordings.get(text) ?? 0) + 1);
    (row.counts[field] as number) += 1;
  }

  entries(): { query: string; extra: string; counts: T }[] {
    return [...this.rows].map(([key, row]) => {
      let best = '';
      let most = 0;
      for (const [wording, times] of row.wordings) if (times > most) [best, most] = [wording, times];
      return { query: best, extra: key.slice(key.indexOf('\u0000') + 1), counts: row.counts };
    });
  }
}

const byCountThenText = <R extends { query: string }>(count: (row: R) => number) => (a: R, b: R) =>
  count(b) - count(a) || a.query.localeCompare(b.query);

function knowledgeGaps(records: readonly InsightRecord[]): Insights['knowledgeGaps'] {
  const zero = new QueryTally(() => ({ count: 0 }));
  const votes = new QueryTally(() => ({ helpful: 0, notHelpful: 0 }));
  const learned = new QueryTally(() => ({ count: 0 }));
  for (const record of records) {
    const data = dataOf(record);
    if (record.type === 'sx.search' && data.resultCount === 0) zero.add(textOf(data.query), 'count');
    if (record.type === 'sx.article-feedback' && typeof data.helpful === 'boolean') {
      votes.add(textOf(data.query), data.helpful ? 'helpful' : 'notHelpful');
      if (data.helpful && textOf(data.articleId)) learned.add(textOf(data.query), 'count', textOf(data.articleId));
    }
  }
  return {
    zeroResult: zero
      .entries()
      .map(({ query, counts }) => ({ query, count: counts.count }))
      .sort(byCountThenText((row) => row.count))
      .slice(0, LIST_LENGTH),
    lowHelpfulness: votes
      .entries()
      .filter(({ counts }) => counts.notHelpful > 0 && counts.notHelpful >= counts.helpful)
      .map(({ query, counts }) => ({ query, notHelpful: counts.notHelpful, helpful: counts.helpful }))
      .sort(byCountThenText((row) => row.notHelpful))
      .slice(0, LIST_LENGTH),
    learned: learned
      .entries()
      .map(({ query, extra, counts }) => ({ query, articleId: extra, count: counts.count }))
      .sort(byCountThenText((row) => row.count))
      .slice(0, LIST_LENGTH),
  };
}

interface Rating {
  record: InsightRecord;
  subject: string;
  ticketId?: string;
  scale: Scale;
  score: number;
  dimensions: Partial<Record<RaterDimension, number>>;
  reasons: RaterDimension[];
}

function ratingOf(record: InsightRecord): Rating | undefined {
  const data = dataOf(record);
  const scale = data.scale as Scale;
  const score = data.score;
  const subject = (data.subject ?? {}) as Data;
  if (!SCALES.includes(scale) || typeof score !== 'number') return undefined;
  const dimensions = (data.dimensions && typeof data.dimensions === 'object' ? data.dimensions : {}) as Data;
  return {
    record,
    subject: `${textOf(subject.type)}:${textOf(subject.id)}`,
    ticketId: subject.type === 'ticket' ? textOf(subject.id) : undefined,
    scale,
    score,
    dimensions: Object.fromEntries(
      RATER_DIMENSIONS.filter((name) => typeof dimensions[name] === 'number').map((name) => [name, dimensions[name] as number]),
    ),
    reasons: Array.isArray(data.reasons) ? (data.reasons as RaterDimension[]).filter((r) => RATER_DIMENSIONS.includes(r)) : [],
  };
}

/** One figure per scale: share satisfied, mean effort or net promoter score. */
export function scaleValue(scale: Scale, scores: readonly number[]): number | null {
  if (!scores.length) return null;
  const share = (test: (score: number) => boolean) => scores.filter(test).length / scores.length;
  const round = (value: number) => Math.round(value * 10) / 10;
  if (scale === 'ces7') return round(scores.reduce((sum, score) => sum + score, 0) / scores.length);
  if (scale === 'nps11') return round(100 * (share((score) => score >= 9) - share((score) => score <= 6)));
  if (scale === 'thumbs') return round(100 * share((score) => score >= 1));
  return round(100 * share((score) => score >= 4));
}

function satisfaction(ratings: readonly Rating[], bucket: Insights['bucket']): SatisfactionSeries[] {
  return SCALES.flatMap((scale) => {
    const own = ratings.filter((rating) => rating.scale === scale);
    if (!own.length) return [];
    const points = new Map<string, number[]>();
    for (const rating of own) {
      const start = bucketStart(rating.record.time, bucket);
      points.set(start, [...(points.get(start) ?? []), rating.score]);
    }
    return [
      {
        scale,
        responses: own.length,
        value: scaleValue(scale, own.map((rating) => rating.score)),
        points: [...points]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([start, scores]) => ({ start, responses: scores.length, value: scaleValue(scale, scores) })),
      },
    ];
  });
}

function rater(ratings: readonly Rating[]): Insights['rater'] {
  const reasons = new Map<RaterDimension, number>();
  for (const rating of ratings) for (const reason of rating.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  return {
    dimensions: RATER_DIMENSIONS.map((dimension) => {
      const scores = ratings.map((rating) => rating.dimensions[dimension]).filter((score): score is number => score !== undefined);
      const average = scores.length ? Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10 : null;
      return { dimension, responses: scores.length, average };
    }),
    reasons: [...reasons]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
  };
}

function outcomes(records: readonly InsightRecord[], ratings: readonly Rating[]): Insights['outcomes'] {
  const resolved = new Set<string>();
  const reopened = new Set<string>();
  const resolvedInTime = new Map<string, boolean>();
  for (const record of records) {
    if (record.type !== 'sx.ticket-change') continue;
    const data = dataOf(record);
    const ticket = textOf(data.ticketId);
    if (!ticket) continue;
    if (data.state === 'resolved') {
      resolved.add(ticket);
      if (record.sxslamet !== undefined) resolvedInTime.set(ticket, record.sxslamet);
    }
    if ((data.previousState === 'resolved' || data.previousState === 'closed') && OPEN_STATES.has(String(data.state))) {
      reopened.add(ticket);
    }
  }
  const metRated = new Set<string>();
  const unhappy = new Set<string>();
  for (const rating of ratings) {
    if (!rating.ticketId) continue;
    const met = rating.record.sxslamet ?? resolvedInTime.get(rating.ticketId);
    if (met !== true) continue;
    metRated.add(rating.ticketId);
    if (rating.score <= LOW_SCORE[rating.scale]) unhappy.add(rating.ticketId);
  }
  return {
    slaMetRated: metRated.size,
    slaMetButUnhappy: unhappy.size,
    unhappyTickets: [...unhappy].sort().slice(0, LIST_LENGTH),
    resolved: resolved.size,
    reopened: reopened.size,
  };
}

function reach(records: readonly InsightRecord[]): Insights['reach'] {
  const sets = { asked: new Set<string>(), answered: new Set<string>(), snoozed: new Set<string>(), optedOut: new Set<string>() };
  for (const record of records) {
    if (!['sx.rating', 'sx.rating-ask', 'sx.rating-dismiss'].includes(record.type)) continue;
    const data = dataOf(record);
    const subject = (data.subject ?? {}) as Data;
    const key = `${textOf(subject.type)}:${textOf(subject.id)}`;
    sets.asked.add(key);
    if (record.type === 'sx.rating') sets.answered.add(key);
    if (record.type === 'sx.rating-dismiss') (data.reason === 'opt-out' ? sets.optedOut : sets.snoozed).add(key);
  }
  return { asked: sets.asked.size, answered: sets.answered.size, snoozed: sets.snoozed.size, optedOut: sets.optedOut.size };
}

const FILTERS = [
  ['service', 'sxservice'],
  ['topic', 'sxtopic'],
  ['backend', 'sxbackend'],
] as const;

/** Every record in a session carries the session's service, topic and backend where it has none. */
function withSessionContext(sessions: readonly InsightRecord[][]): InsightRecord[][] {
  return sessions.map((session) => {
    const context: Partial<InsightRecord> = {};
    for (const [, field] of FILTERS) {
      const value = session.find((record) => record[field])?.[field];
      if (value) context[field] = value;
    }
    return session.map((record) => ({ ...context, ...record }));
  });
}

const sortedValues = (records: readonly InsightRecord[], field: (typeof FILTERS)[number][1]) =>
  [...new Set(records.map((record) => record[field]).filter((value): value is string => !!value))].sort();

/** Every figure for one period and filter. Records are deduplicated by id; the period is [from, to). */
export function aggregateInsights(all: readonly InsightRecord[], query: InsightsQuery): Insights {
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  const unique = new Map<string, InsightRecord>();
  for (const record of all) {
    const time = Date.parse(record.time);
    if (time >= from && time < to) unique.set(record.id, record);
  }
  const inPeriod = withSessionContext(sessionsOf([...unique.values()])).flat();
  const records = inPeriod.filter((record) => FILTERS.every(([name, field]) => !query[name] || record[field] === query[name]));
  // A rating sent twice (same response id) counts once.
  const ratings = new Map<string, Rating>();
  for (const record of records) {
    if (record.type !== 'sx.rating') continue;
    const rating = ratingOf(record);
    if (rating) ratings.set(textOf(dataOf(record).id) || record.id, rating);
  }
  const rated = [...ratings.values()];
  const bucket = bucketFor(query.from, query.to);
  return {
    period: { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    bucket,
    facets: {
      services: sortedValues(inPeriod, 'sxservice'),
      topics: sortedValues(inPeriod, 'sxtopic'),
      backends: sortedValues(inPeriod, 'sxbackend'),
    },
    records: records.length,
    deflection: deflection(sessionsOf(records)),
    knowledgeGaps: knowledgeGaps(records),
    satisfaction: satisfaction(rated, bucket),
    rater: rater(rated),
    outcomes: outcomes(records, rated),
    reach: reach(records),
  };
}
