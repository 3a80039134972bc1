import { expect } from '@open-wc/testing';
import { aggregateInsights, bucketFor, bucketStart, queryKey, scaleValue, sessionsOf } from '../../src/core/insights.js';
import { InsightsSchema } from '../../src/core/insights-schemas.js';
import { handWorkedWeek, rating, record, ticket, week } from './insights-records.js';


describe('core/insights: every figure of a hand-worked week', () => {
  const insights = aggregateInsights(handWorkedWeek(), week);

  it('answers in the canonical shape', () => {
    expect(InsightsSchema.safeParse(insights).success).to.equal(true);
    expect(insights.period).to.deep.equal({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-08T00:00:00.000Z' });
    expect(insights.bucket).to.equal('day');
  });

  it('deflection: one of five search sessions ended with a helpful article and no request', () => {
    expect(insights.deflection).to.deep.equal({ searchSessions: 5, deflectedSessions: 1, rate: 0.2 });
  });

  it('knowledge gaps: zero-result queries in people words, low-helpfulness queries, what search learned', () => {
    expect(insights.knowledgeGaps.zeroResult).to.deep.equal([{ query: 'parking permit', count: 2 }]);
    expect(insights.knowledgeGaps.lowHelpfulness).to.deep.equal([{ query: 'outlook password', notHelpful: 1, helpful: 1 }]);
    expect(insights.knowledgeGaps.learned).to.deep.equal([
      { query: 'outlook password', articleId: 'KB2', count: 1 },
      { query: 'vpn broken', articleId: 'KB1', count: 1 },
    ]);
  });

  it('satisfaction per scale: CSAT share satisfied, NPS, CES mean, with daily points', () => {
    const byScale = Object.fromEntries(insights.satisfaction.map((series) => [series.scale, series]));
    expect(Object.keys(byScale)).to.deep.equal(['csat5', 'ces7', 'nps11']);
    expect(byScale.csat5!.responses).to.equal(3);
    expect(byScale.csat5!.value).to.equal(33.3);
    expect(byScale.csat5!.points).to.deep.equal([
      { start: '2026-03-02T00:00:00.000Z', responses: 1, value: 100 },
      { start: '2026-03-03T00:00:00.000Z', responses: 2, value: 0 },
    ]);
    expect(byScale.nps11!.value, '1 promoter, 1 detractor of 3').to.equal(0);
    expect(byScale.ces7!.value).to.equal(6);
  });

  it('RATER: average per dimension and the most chosen reasons', () => {
    const dimensions = Object.fromEntries(insights.rater.dimensions.map((row) => [row.dimension, row]));
    expect(dimensions.reliability).to.deep.equal({ dimension: 'reliability', responses: 2, average: 3 });
    expect(dimensions.empathy).to.deep.equal({ dimension: 'empathy', responses: 1, average: 5 });
    expect(dimensions.tangibles).to.deep.equal({ dimension: 'tangibles', responses: 0, average: null });
    expect(insights.rater.reasons).to.deep.equal([
      { reason: 'empathy', count: 1 },
      { reason: 'reliability', count: 1 },
      { reason: 'responsiveness', count: 1 },
    ]);
  });

  it('SLA met but unhappy (T2, its rating low, its resolution in time) and reopened after resolve', () => {
    expect(insights.outcomes).to.deep.equal({ slaMetRated: 2, slaMetButUnhappy: 1, unhappyTickets: ['T2'], resolved: 2, reopened: 1 });
  });

  it('survey reach counts distinct subjects', () => {
    expect(insights.reach).to.deep.equal({ asked: 7, answered: 5, snoozed: 1, optedOut: 1 });
  });

  it('filters by service and by topic; a session takes the topic of any of its records', () => {
    const workplace = aggregateInsights(handWorkedWeek(), { ...week, service: 'Workplace' });
    expect(workplace.satisfaction.map((series) => [series.scale, series.responses, series.value])).to.deep.equal([['csat5', 2, 50]]);
    expect(workplace.facets.services).to.deep.equal(['Workplace']);
    const network = aggregateInsights(handWorkedWeek(), { ...week, topic: 'Network' });
    expect(network.deflection).to.deep.equal({ searchSessions: 1, deflectedSessions: 1, rate: 1 });
    expect(network.facets.topics).to.deep.equal(['Network']);
  });
});

describe('core/insights: edge cases', () => {
  it('no data: zeros, nulls and empty lists, never NaN', () => {
    const empty = aggregateInsights([], week);
    expect(InsightsSchema.safeParse(empty).success).to.equal(true);
    expect(empty.records).to.equal(0);
    expect(empty.deflection).to.deep.equal({ searchSessions: 0, deflectedSessions: 0, rate: null });
    expect(empty.satisfaction).to.deep.equal([]);
    expect(empty.rater.dimensions.every((row) => row.average === null && row.responses === 0)).to.equal(true);
    expect(empty.outcomes).to.deep.equal({ slaMetRated: 0, slaMetButUnhappy: 0, unhappyTickets: [], resolved: 0, reopened: 0 });
    expect(empty.reach).to.deep.equal({ asked: 0, answered: 0, snoozed: 0, optedOut: 0 });
  });

  it('one rating gives one point and its own value', () => {
    const one = aggregateInsights([rating('2026-03-04T10:00:00Z', 'only', ticket('T9'), 'nps11', 10)], week);
    expect(one.satisfaction).to.deep.equal([
      { scale: 'nps11', responses: 1, value: 100, points: [{ start: '2026-03-04T00:00:00.000Z', responses: 1, value: 100 }] },
    ]);
    expect(one.reach).to.deep.equal({ asked: 1, answered: 1, snoozed: 0, optedOut: 0 });
  });

  it('a period includes its first instant and excludes its last', () => {
    const atStart = record(week.from, 'sx.search', { query: 'first', resultCount: 0 });
    const justBefore = record('2026-02-28T23:59:59.999Z', 'sx.search', { query: 'before', resultCount: 0 });
    const atEnd = record(week.to, 'sx.search', { query: 'next week', resultCount: 0 });
    const result = aggregateInsights([justBefore, atStart, atEnd], week);
    expect(result.knowledgeGaps.zeroResult).to.deep.equal([{ query: 'first', count: 1 }]);
    expect(result.records).to.equal(1);
  });

  it('scale figures: thumbs up share, CSAT 4-5 share, NPS promoters minus detractors', () => {
    expect(scaleValue('thumbs', [1, 0, 1, 1])).to.equal(75);
    expect(scaleValue('emoji5', [4, 5, 3])).to.equal(66.7);
    expect(scaleValue('nps11', [9, 10, 7, 0])).to.equal(25);
    expect(scaleValue('ces7', [])).to.equal(null);
  });

  it('buckets: days up to a month, weeks (from Monday) up to half a year, months beyond', () => {
    expect(bucketFor('2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z')).to.equal('day');
    expect(bucketFor('2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z')).to.equal('week');
    expect(bucketFor('2025-03-01T00:00:00Z', '2026-03-01T00:00:00Z')).to.equal('month');
    expect(bucketStart('2026-03-05T15:00:00Z', 'week')).to.equal('2026-03-02T00:00:00.000Z');
    expect(bucketStart('2026-03-01T15:00:00Z', 'week'), 'a Sunday belongs to the week before').to.equal('2026-02-23T00:00:00.000Z');
    expect(bucketStart('2026-03-05T15:00:00Z', 'month')).to.equal('2026-03-01T00:00:00.000Z');
  });

  it('sessions: by id when given, else by page with a 30-minute gap', () => {
    const sessions = sessionsOf([
      record('2026-03-02T09:00:00Z', 'sx.search', {}),
      record('2026-03-02T09:29:00Z', 'sx.search', {}),
      record('2026-03-02T10:00:00Z', 'sx.search', {}),
      record('2026-03-02T09:00:00Z', 'sx.search', {}, { sxsession: 'x' }),
      record('2026-03-02T15:00:00Z', 'sx.search', {}, { sxsession: 'x' }),
    ]);
    expect(sessions.map((session) => session.length).sort()).to.deep.equal([1, 2, 2]);
    expect(queryKey('  VPN   Broken ')).to.equal('vpn broken');
  });
});
