import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { seedRecords } from '../../../src/adapters/memory/insights-seed.js';
import { InsightsStore } from '../../../src/adapters/memory/insights-store.js';
import { InsightsSchema } from '../../../src/core/insights-schemas.js';
import { withValidation } from '../../../src/core/validate.js';
import { handWorkedWeek, record, week } from '../../core/insights-records.js';

let counter = 0;
const dbName = () => `sx-insights-memory-${Date.now()}-${++counter}`;
const NOW = new Date('2026-12-01T12:00:00Z');
const noLookup = { ticket: () => undefined, article: () => undefined };

describe('memory adapter: insights', () => {
  it('stores records and answers the hand-worked figures, validated by core', async () => {
    const adapter = withValidation(createMemoryAdapter({ dbName: dbName(), persist: false, seedInsights: false }));
    await adapter.recordEvents!(handWorkedWeek());
    const insights = await adapter.getInsights!(week);
    expect(insights.deflection).to.deep.equal({ searchSessions: 5, deflectedSessions: 1, rate: 0.2 });
    expect(insights.outcomes.slaMetButUnhappy).to.equal(1);
  });

  it('keeps records in IndexedDB across backends of the same name, each id once', async () => {
    const name = dbName();
    const first = createMemoryAdapter({ dbName: name, seedInsights: false });
    const records = handWorkedWeek();
    await first.recordEvents(records);
    await first.recordEvents(records.slice(0, 3));
    const second = createMemoryAdapter({ dbName: name, seedInsights: false });
    expect((await second.getInsights(week)).records).to.equal(records.length);
  });

  it('is bounded: the oldest records are dropped first', async () => {
    const store = await InsightsStore.open({ dbName: dbName(), persist: true, limit: 3, now: () => NOW, lookup: noLookup, seed: false });
    const searches = ['2026-03-05', '2026-03-01', '2026-03-03', '2026-03-04', '2026-03-02'].map((day) =>
      record(`${day}T10:00:00Z`, 'sx.search', { query: day, resultCount: 0 }),
    );
    await store.add(searches);
    expect((await store.all()).map((kept) => kept.time.slice(0, 10)).sort()).to.deep.equal(['2026-03-03', '2026-03-04', '2026-03-05']);
    await store.add([{ not: 'a record' }, record('not a time', 'sx.search', {})]);
    expect(await store.all()).to.have.length(3);
  });

  it('adds what the backend knows: the ticket service and SLA outcome, the article topic', async () => {
    const adapter = createMemoryAdapter({ dbName: dbName(), persist: false, seedInsights: false, now: () => NOW });
    const ticket = await adapter.getTicket('INC0012003');
    await adapter.recordEvents([
      record('2026-11-30T10:00:00Z', 'sx.rating', { id: 'x1', subject: { type: 'ticket', id: 'INC0012003' }, scale: 'csat5', score: 2, reasons: [] }),
      record('2026-11-30T10:05:00Z', 'sx.article-feedback', { articleId: 'KB0010001', helpful: true, query: 'wifi' }),
    ]);
    const insights = await adapter.getInsights({ from: '2026-11-01T00:00:00Z', to: '2026-12-02T00:00:00Z' });
    expect(insights.facets.services).to.deep.equal([ticket.assignee!.group]);
    expect(insights.facets.topics).to.deep.equal(['VPN & Wi-Fi']);
    // INC0012003 was resolved 23.5 hours ago, its target passed 20 hours ago: met, yet rated 2 stars.
    expect(insights.outcomes).to.include({ slaMetRated: 1, slaMetButUnhappy: 1 });
  });

  it('seeds four months that tell the story: SLA met but unhappy, a knowledge gap, all figures present', async () => {
    const adapter = withValidation(createMemoryAdapter({ dbName: dbName(), persist: false, now: () => NOW }));
    const from = new Date(NOW.getTime() - 90 * 86_400_000).toISOString();
    const insights = await adapter.getInsights!({ from, to: NOW.toISOString() });
    expect(InsightsSchema.safeParse(insights).success).to.equal(true);
    expect(insights.knowledgeGaps.zeroResult[0]!.query).to.equal('parking permit');
    expect(insights.knowledgeGaps.lowHelpfulness.map((row) => row.query)).to.include('outlook keeps asking for password');
    expect(insights.deflection.rate).to.be.within(0.2, 0.6);
    expect(insights.satisfaction.map((series) => series.scale)).to.deep.equal(['csat5', 'ces7', 'nps11']);
    expect(insights.reach.snoozed).to.be.greaterThan(0);
    expect(insights.reach.optedOut).to.be.greaterThan(0);
    const workplace = await adapter.getInsights!({ from, to: NOW.toISOString(), service: 'Workplace Services' });
    expect(workplace.outcomes.slaMetButUnhappy, 'Workplace Services: green SLA, unhappy people').to.be.greaterThan(5);
    expect(workplace.outcomes.reopened).to.be.greaterThan(0);
    const network = await adapter.getInsights!({ from, to: NOW.toISOString(), service: 'Network Team' });
    const share = (result: typeof insights) => result.outcomes.slaMetButUnhappy / Math.max(1, result.outcomes.slaMetRated);
    expect(share(workplace)).to.be.greaterThan(share(network) * 2);
  });

  it('generates the same records for the same day', () => {
    expect(seedRecords(NOW)).to.deep.equal(seedRecords(new Date(NOW.getTime())));
    expect(seedRecords(NOW).every((seeded) => seeded.time < NOW.toISOString())).to.equal(true);
  });

  it('reset forgets recorded events and seeds again', async () => {
    const adapter = createMemoryAdapter({ dbName: dbName(), persist: false, now: () => NOW });
    const period = { from: '2026-11-30T00:00:00Z', to: '2026-12-02T00:00:00Z' };
    const before = (await adapter.getInsights(period)).records;
    await adapter.recordEvents([record('2026-12-01T11:00:00Z', 'sx.search', { query: 'late', resultCount: 0 })]);
    expect((await adapter.getInsights(period)).records).to.equal(before + 1);
    await adapter.reset();
    expect((await adapter.getInsights(period)).records).to.equal(before);
  });
});
