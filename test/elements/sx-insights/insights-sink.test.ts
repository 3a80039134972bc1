import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/provider.js';
import '../../../src/insights.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { AnalyticsRecord } from '../../../src/core/analytics.js';
import type { InsightRecord } from '../../../src/core/insights-schemas.js';
import type { SxProvider } from '../../../src/elements/sx-provider/sx-provider.component.js';

const NOW = new Date('2026-03-07T12:00:00Z');
const week = { from: '2026-03-01T00:00:00Z', to: '2026-03-08T00:00:00Z' };
const sinkOf = (element: Element) => (element as unknown as { service: { options: { analytics?: unknown } } }).service.options.analytics;

describe('<sx-provider> forwards analytics records to a backend that keeps insights', () => {
  it('the host sink and the backend both receive each record, stamped with the visit', async () => {
    const adapter = createMemoryAdapter({
      dbName: `sx-insights-sink-${Date.now()}`,
      persist: false,
      seedInsights: false,
      now: () => NOW,
      faults: [{ kind: 'server', operation: 'getInsights', times: 1 }],
      latency: 50,
    });
    const delivered: InsightRecord[] = [];
    const record = adapter.recordEvents.bind(adapter);
    adapter.recordEvents = (records, signal) => {
      delivered.push(...records);
      return record(records, signal);
    };
    const seen: AnalyticsRecord[] = [];
    const provider = await fixture<SxProvider>(
      html`<sx-provider .adapter=${adapter} .now=${() => NOW} .analytics=${(item: AnalyticsRecord) => seen.push(item)}>
        <sx-insights period="7d"></sx-insights>
      </sx-provider>`,
    );
    await oneEvent(provider.querySelector('sx-insights')!, 'sx-error');
    expect(seen.map((item) => item.type)).to.deep.equal(['sx.error']);
    expect(delivered, 'batched, not sent at once').to.deep.equal([]);
    await waitUntil(() => delivered.length === 1, 'the record never reached the backend', { timeout: 4000, interval: 100 });
    expect(delivered[0]!.id).to.equal(seen[0]!.id);
    expect(delivered[0]!.sxsession).to.be.a('string').and.not.equal('');
    expect(delivered[0]!.sxbackend).to.equal('memory');
    expect((await adapter.getInsights(week)).records).to.equal(1);
  });

  it('sets no sink for a backend without the capability (and none asked for)', async () => {
    const adapter = createMemoryAdapter({ persist: false, seedInsights: false });
    const limited = { ...adapter, name: 'limited', id: `limited-${Date.now()}`, capabilities: { ...adapter.capabilities, insights: false } };
    const provider = await fixture<SxProvider>(html`<sx-provider .adapter=${limited}><sx-insights></sx-insights></sx-provider>`);
    await waitUntil(() => provider.connection);
    await provider.updateComplete;
    expect(sinkOf(provider.querySelector('sx-insights')!)).to.equal(undefined);
    const full = await fixture<SxProvider>(html`<sx-provider .adapter=${adapter}><sx-insights></sx-insights></sx-provider>`);
    await waitUntil(() => full.connection);
    await full.updateComplete;
    expect(sinkOf(full.querySelector('sx-insights')!)).to.be.a('function');
  });
});
