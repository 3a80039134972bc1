/**
 * The dashboard (filters, figures, their strings) is a lazily loaded part of <sx-insights>: what
 * the element shows while it loads, when it fails to load, and that its strings still follow a
 * translation registered at run time. A subclass replaces the part's loader to hold or fail it.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/provider.js';
import '../../../src/insights.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { registerTranslation } from '../../../src/core/i18n/index.js';
import { partLoader } from '../../../src/elements/shared/lazy-part.js';
import { SxInsights } from '../../../src/elements/sx-insights/sx-insights.component.js';
import type { SxProvider } from '../../../src/elements/sx-provider/sx-provider.component.js';
import { handWorkedWeek } from '../../core/insights-records.js';

const NOW = new Date('2026-03-07T12:00:00Z');
let counter = 0;
const text = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A dashboard part that loads when the test says so, failing `failures` times first. */
function heldPart(failures = 0) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const loader = partLoader(async () => {
    await released;
    if (failures-- > 0) throw new TypeError('Failed to fetch dynamically imported module: insights-part.js');
    return import('../../../src/elements/sx-insights/insights-part.js');
  });
  return { loader, release };
}

async function mount(tag: string, options: { latency?: number; locale?: string } = {}) {
  const adapter = createMemoryAdapter({ dbName: `sx-insights-part-${Date.now()}-${++counter}`, persist: false, seedInsights: false, latency: options.latency, now: () => NOW });
  await adapter.recordEvents(handWorkedWeek());
  const provider = await fixture<SxProvider>(
    html`<sx-provider .adapter=${adapter} .now=${() => NOW} theme="light" locale=${options.locale ?? 'en'}>${document.createElement(tag)}</sx-provider>`,
  );
  const insights = provider.querySelector<SxInsights>(tag)!;
  await waitUntil(() => insights.shadowRoot?.querySelector('h2'), 'the element never rendered');
  return { insights, root: insights.shadowRoot! };
}

describe('<sx-insights> dashboard part', () => {
  // First in the file: the dashboard's module must not have loaded yet on this page.
  it('uses a translation registered before the dashboard loaded for the dashboard’s strings too', async () => {
    registerTranslation('it', { 'insights.title': 'Approfondimenti', 'insights.deflection.title': 'Tasso di deviazione', 'insights.period.label': 'Periodo' });
    const { root } = await mount('sx-insights', { locale: 'it' });
    await waitUntil(() => root.querySelector('.figures'), 'the figures never appeared', { timeout: 5000 });
    await waitUntil(() => text(root.querySelector('#deflection-title')) === 'Tasso di deviazione', `still: ${text(root.querySelector('#deflection-title'))}`, { timeout: 5000 });
    expect(text(root.querySelector('h2'))).to.equal('Approfondimenti');
    expect(text(root.querySelector('label[for=period]'))).to.equal('Periodo');
    // Keys the registration lacks keep English, never the key itself.
    expect(text(root.querySelector('#gaps-title'))).to.equal('Knowledge gaps');
  });

  it('keeps the filter bar’s row and the figures’ space while the dashboard loads, so nothing moves when it arrives', async () => {
    const held = heldPart();
    customElements.define('sx-insights-held', class extends SxInsights {
      static override dashboardPart = held.loader;
    });
    const { root } = await mount('sx-insights-held', { latency: 1500 });
    const slot = root.querySelector<HTMLElement>('.filters-slot')!;
    const placeholder = () => root.querySelector<HTMLElement>('.placeholder');
    expect(text(root.querySelector('h2'))).to.equal('Experience insights');
    expect(text(placeholder())).to.equal('Loading insights…');
    expect(slot.childElementCount).to.equal(0);
    const reserved = slot.getBoundingClientRect().height;
    const placeholderTop = placeholder()!.getBoundingClientRect().top;
    expect(reserved).to.be.greaterThan(40);

    held.release();
    await waitUntil(() => root.querySelector('[part=filters]'), 'the filter bar never appeared', { timeout: 5000 });
    await (root.host as SxInsights).updateComplete;
    // The answer is still on its way: the bar filled its slot and the placeholder did not move.
    expect(placeholder() !== null).to.equal(true);
    expect(root.querySelector<HTMLElement>('[part=filters]')!.getBoundingClientRect().height).to.equal(reserved);
    expect(slot.getBoundingClientRect().height).to.equal(reserved);
    expect(placeholder()!.getBoundingClientRect().top).to.equal(placeholderTop);
    await waitUntil(() => root.querySelector('.figures'), 'the figures never appeared', { timeout: 5000 });
  });

  it('shows the problem view and reports sx-error when the dashboard fails to load; Try again loads it', async () => {
    const held = heldPart(1);
    customElements.define('sx-insights-failing', class extends SxInsights {
      static override dashboardPart = held.loader;
    });
    const adapter = createMemoryAdapter({ dbName: `sx-insights-part-${Date.now()}-${++counter}`, persist: false, seedInsights: false, now: () => NOW });
    await adapter.recordEvents(handWorkedWeek());
    const provider = await fixture<SxProvider>(html`<sx-provider .adapter=${adapter} .now=${() => NOW} locale="en"><sx-insights-failing period="7d"></sx-insights-failing></sx-provider>`);
    const insights = provider.querySelector<SxInsights>('sx-insights-failing')!;
    const root = insights.shadowRoot!;
    const error = oneEvent(insights, 'sx-error');
    held.release();
    const { detail } = await error;
    expect([detail.kind, detail.operation]).to.deep.equal(['network', 'load-insights']);
    await waitUntil(() => root.querySelector('[part=error] button'), 'no problem view with a retry', { timeout: 5000 });
    expect(root.querySelector('.figures') === null && root.querySelector('[part=filters]') === null).to.equal(true);
    await expect(insights).to.be.accessible();

    root.querySelector<HTMLButtonElement>('[part=error] button')!.click();
    await waitUntil(() => root.querySelector('.figures') && root.querySelector('[part=filters]'), 'Try again did not load the dashboard', { timeout: 5000 });
    expect(root.querySelector('[part=error]') === null).to.equal(true);
  });
});
