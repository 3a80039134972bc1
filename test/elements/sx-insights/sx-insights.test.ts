import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/insights.js';
import { createMemoryAdapter, type MemoryFault } from '../../../src/adapters/memory/index.js';
import type { SxInsights } from '../../../src/elements/sx-insights/sx-insights.component.js';
import type { SxProvider } from '../../../src/elements/sx-provider/sx-provider.component.js';
import { toCsv } from '../../../src/elements/sx-insights/csv.js';
import { periodRange } from '../../../src/elements/sx-insights/period.js';
import { trendGeometry } from '../../../src/elements/sx-insights/charts.js';
import { handWorkedWeek } from '../../core/insights-records.js';

let counter = 0;
const NOW = new Date('2026-03-07T12:00:00Z');
const text = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(options: { faults?: MemoryFault[]; latency?: number; records?: boolean; dir?: string; theme?: string; locale?: string } = {}) {
  const adapter = createMemoryAdapter({
    dbName: `sx-insights-${Date.now()}-${++counter}`,
    persist: false,
    seedInsights: false,
    faults: options.faults,
    latency: options.latency,
    now: () => NOW,
  });
  if (options.records ?? true) await adapter.recordEvents(handWorkedWeek());
  const provider = await fixture<SxProvider>(
    html`<div dir=${options.dir ?? 'ltr'}><sx-provider .adapter=${adapter} .now=${() => NOW} theme=${options.theme ?? 'light'} locale=${options.locale ?? 'en'}>
      <sx-insights period="7d"></sx-insights>
    </sx-provider></div>`,
  );
  const insights = provider.querySelector('sx-insights')!;
  const root = insights.shadowRoot!;
  return { adapter, insights, root };
}

const ready = (root: ShadowRoot) => waitUntil(() => root.querySelector('.figures'), 'the figures never appeared', { timeout: 5000 });
const section = (root: ShadowRoot, id: string) => root.querySelector(`section[aria-labelledby="${id}-title"]`);

describe('<sx-insights>', () => {
  it('shows every figure of the hand-worked week, each with its definition', async () => {
    const { root, insights } = await mount();
    await ready(root);
    expect(text(section(root, 'deflection')?.querySelector('.headline'))).to.equal('20% 1 of 5 search sessions');
    expect(text(section(root, 'deflection')?.querySelector('.definition'))).to.contain('rated helpful');
    const gaps = section(root, 'gaps')!;
    expect(text(gaps.querySelector('table.bars tbody'))).to.equal('parking permit 2');
    expect(text(gaps)).to.contain('outlook password');
    const outcomes = section(root, 'outcomes')!;
    expect(text(outcomes)).to.contain('1 1 of 2 rated requests resolved within target');
    expect(text(outcomes)).to.contain('Read these requests first: T2');
    expect(text(outcomes)).to.contain('1 1 of 2 resolved requests');
    const satisfaction = section(root, 'satisfaction')!;
    expect([...satisfaction.querySelectorAll('figcaption')].map(text)).to.deep.equal([
      '33.3% CSAT, stars',
      '6 Customer effort (CES)',
      '0 Net promoter score (NPS)',
    ]);
    const trend = satisfaction.querySelector('svg[role=img]')!;
    expect(trend.getAttribute('aria-label')).to.equal('CSAT, stars: 33.3% from 3 answers; 100% in the first period, 0% in the last.');
    expect(satisfaction.querySelectorAll('figure')[0]!.querySelectorAll('tbody tr')).to.have.length(2);
    const reach = [...section(root, 'reach')!.querySelectorAll('tbody tr')].map(text);
    expect(reach).to.deep.equal(['Asked 7', 'Answered 5', 'Snoozed 1', 'Opted out 1']);
    const rater = [...section(root, 'rater')!.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')].map(text);
    expect(rater).to.include('Reliability 3').and.include('Tangibles –');
    expect(text(root.querySelector('[role=status]'))).to.equal('Insights from Mar 1, 2026 to Mar 7, 2026 are shown.');
    await expect(insights).to.be.accessible();
  });

  it('exports the shown figures as CSV, with people words that cannot run as formulas', async () => {
    const { root, insights } = await mount();
    await ready(root);
    const csv = (await insights.exportCsv())!;
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).to.equal('Section,Figure,Value,Count');
    expect(lines).to.include('Deflection rate,Deflection rate,0.2,5');
    expect(lines).to.include('Searches that found nothing,parking permit,2,2');
    expect(lines).to.include('What green SLAs hide,SLA met but unhappy,1,2');
    expect(lines).to.include('Feedback reach,Opted out,1,1');
    expect(toCsv([['=HYPERLINK("x")', 'a,b', 3]])).to.equal(`"'=HYPERLINK(""x"")","a,b",3\r\n`);
  });

  it('shows loading first, then an empty period in words', async () => {
    const { root } = await mount({ records: false, latency: 200 });
    await waitUntil(() => text(root).includes('Loading insights…'));
    expect(root.querySelector('[aria-busy=true]')).to.exist;
    await waitUntil(() => root.querySelector('.empty'), 'no empty state');
    expect(text(root.querySelector('.empty h3'))).to.equal('Nothing was recorded in this period');
    expect(root.querySelector<HTMLButtonElement>('[part=export-button]')!.disabled).to.equal(true);
  });

  it('reports a failure as sx-error and recovers with Try again', async () => {
    const { root, insights } = await mount({ faults: [{ kind: 'server', operation: 'getInsights', times: 1 }], latency: 100 });
    const error = await oneEvent(insights, 'sx-error');
    expect(error.detail.operation).to.equal('load-insights');
    await waitUntil(() => root.querySelector('[part=error]'));
    await expect(insights).to.be.accessible();
    root.querySelector<HTMLButtonElement>('[part=error] button')!.click();
    await ready(root);
  });

  it('filters by service and period from the keyboard', async () => {
    const { root, insights } = await mount();
    await ready(root);
    const service = root.querySelector<HTMLSelectElement>('#service')!;
    expect([...service.options].map((option) => option.value)).to.deep.equal(['', 'Workplace']);
    service.focus();
    await sendKeys({ press: 'ArrowDown' });
    service.dispatchEvent(new Event('change'));
    await waitUntil(() => text(section(root, 'satisfaction')?.querySelector('figcaption')) === '50% CSAT, stars', 'service filter not applied');
    expect(insights.serviceFilter).to.equal('Workplace');
    const period = root.querySelector<HTMLSelectElement>('#period')!;
    period.value = '30d';
    period.dispatchEvent(new Event('change'));
    expect(insights.period).to.equal('30d');
    await waitUntil(() => text(root.querySelector('[role=status]')).startsWith('Insights from Feb 6, 2026'));
  });

  it('reads right to left and passes axe in the dark theme', async () => {
    const { root, insights } = await mount({ dir: 'rtl', theme: 'dark', locale: 'ar' });
    await ready(root);
    expect(getComputedStyle(root.querySelector('.chart')!).transform).to.not.equal('none');
    expect(getComputedStyle(insights).colorScheme).to.equal('dark');
    await expect(insights).to.be.accessible();
  });

  it('says so when the backend keeps no insights', async () => {
    const adapter = createMemoryAdapter({ persist: false });
    const limited = { ...adapter, name: 'limited', id: 'limited', capabilities: { ...adapter.capabilities, insights: false } };
    const provider = await fixture<SxProvider>(html`<sx-provider .adapter=${limited}><sx-insights></sx-insights></sx-provider>`);
    const insights = provider.querySelector<SxInsights>('sx-insights')!;
    await waitUntil(() => insights.shadowRoot!.querySelector('[part=error]'));
    expect(text(insights.shadowRoot!.querySelector('[part=error]'))).to.equal('The connected service desk does not offer this feature.');
  });
});

describe('sx-insights helpers', () => {
  it('periods are whole UTC days ending today, explicit dates win', () => {
    expect(periodRange('7d', NOW)).to.deep.equal({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-08T00:00:00.000Z' });
    expect(periodRange('nonsense', NOW).from).to.equal('2025-12-08T00:00:00.000Z');
    expect(periodRange('7d', NOW, '2026-01-01', '2026-02-01')).to.deep.equal({ from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' });
  });

  it('trend points spread over the width, values clamped to the scale', () => {
    expect(trendGeometry([{ value: 0 }, { value: 50 }, { value: 100 }], 0, 100)).to.deep.equal([
      { x: 6, y: 90 },
      { x: 160, y: 48 },
      { x: 314, y: 6 },
    ]);
    expect(trendGeometry([{ value: 7 }], 1, 7)).to.deep.equal([{ x: 160, y: 6 }]);
    expect(trendGeometry([{ value: null }, { value: 200 }], 0, 100)).to.deep.equal([{ x: 314, y: 6 }]);
  });
});
