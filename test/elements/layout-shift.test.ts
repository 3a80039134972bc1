/**
 * "No layout shift" (issue 11, item 13): each element's first load, on a backend that answers
 * after a delay, with host content below it, moves nothing. The loading state reserves the space
 * the loaded view takes, so the layout-shift entries (without recent input) sum to less than 0.001.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/provider.js';
import '../../src/search.js';
import '../../src/ticket-status.js';
import '../../src/satisfaction.js';
import '../../src/catalog.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { SURVEY_POLICY_KEY } from '../../src/core/survey-policy.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** How long the backend takes to answer: long enough for the loading state to paint first. */
const LATENCY = 400;
let run = 0;

interface Case {
  name: string;
  markup: (adapter: unknown) => TemplateResult;
  /** The loaded view, inside the element's shadow root. */
  loaded: string;
}

const cases: Case[] = [
  {
    name: '<sx-search context> (suggested articles)',
    markup: (adapter) => html`<sx-provider locale="en" .adapter=${adapter}><sx-search sources="articles catalog" context="getting started"></sx-search></sx-provider>`,
    loaded: '.suggested li button',
  },
  {
    name: '<sx-search> (no context)',
    markup: (adapter) => html`<sx-provider locale="en" .adapter=${adapter}><sx-search></sx-search></sx-provider>`,
    loaded: 'input[role=combobox]',
  },
  {
    name: '<sx-ticket-status> (the list)',
    markup: (adapter) => html`<sx-provider locale="en" .adapter=${adapter}><sx-ticket-status></sx-ticket-status></sx-provider>`,
    loaded: '.row-button',
  },
  {
    name: '<sx-ticket-status ticket-id> (one request)',
    markup: (adapter) => html`<sx-provider locale="en" .adapter=${adapter}><sx-ticket-status ticket-id="INC0012001"></sx-ticket-status></sx-provider>`,
    loaded: '[part=timeline] li',
  },
  {
    name: '<sx-catalog-card variant="full">',
    markup: (adapter) => html`<sx-provider locale="en" .adapter=${adapter}><sx-catalog-card item-id="cat-new-laptop" variant="full"></sx-catalog-card></sx-provider>`,
    loaded: '.request',
  },
  {
    name: '<sx-catalog-card variant="compact">',
    markup: (adapter) => html`<sx-provider locale="en" .adapter=${adapter}><sx-catalog-card item-id="cat-new-laptop" variant="compact"></sx-catalog-card></sx-provider>`,
    loaded: '.request',
  },
  {
    name: '<sx-catalog> (grid)',
    markup: (adapter) => html`<sx-provider locale="en" .adapter=${adapter}><sx-catalog></sx-catalog></sx-provider>`,
    loaded: 'li.card .name',
  },
  {
    name: '<sx-catalog layout="list">',
    markup: (adapter) => html`<sx-provider locale="en" .adapter=${adapter}><sx-catalog layout="list"></sx-catalog></sx-provider>`,
    loaded: 'li.card .name',
  },
  ...['csat5', 'thumbs', 'nps11'].map((scale) => ({
    name: `<sx-satisfaction scale="${scale}">`,
    markup: (adapter: unknown) =>
      html`<sx-provider locale="en" .adapter=${adapter}><sx-satisfaction topic="layout-shift-${scale}-${run}" scale=${scale} max-prompts="100"></sx-satisfaction></sx-provider>`,
    loaded: '[role=radiogroup]',
  })),
];

/** The element's height, frame by frame: what the failure message shows. */
async function settle(host: HTMLElement, loaded: string, heights: number[]) {
  const record = () => {
    const height = Math.round(host.getBoundingClientRect().height * 10) / 10;
    if (heights.at(-1) !== height) heights.push(height);
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const started = performance.now();
  while (!host.shadowRoot?.querySelector(loaded)) {
    record();
    await frame();
    if (performance.now() - started > 8000) throw new Error(`${host.localName}: "${loaded}" never appeared`);
  }
  // Loaded: lazily loaded parts and late data (a second request, fonts) may still change the height.
  const loadedAt = performance.now();
  while (performance.now() - loadedAt < 800) {
    record();
    await frame();
  }
}

describe('first load without layout shift (800 and 390 px, delayed backend, content below)', () => {
  beforeEach(() => localStorage.removeItem(SURVEY_POLICY_KEY));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [800, 390]) {
    describe(`${width} px`, () => {
      beforeEach(() => setViewport({ width, height: 900 }));

      for (const { name, markup, loaded } of cases) {
        it(`${name}: the loading state holds the loaded view's place (layout shift < 0.001)`, async () => {
          const shifts: LayoutShift[] = [];
          const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
          observer.observe({ type: 'layout-shift' });
          const adapter = createMemoryAdapter({ dbName: `layout-shift-${Date.now()}-${run++}`, persist: false, latency: LATENCY });
          const wrapper = await fixture<HTMLElement>(
            html`<div style="padding: 16px; font-family: system-ui, sans-serif">${markup(adapter)}<p style="margin: 0">Host page content below the widget.</p></div>`,
          );
          const host = wrapper.querySelector<HTMLElement>('sx-provider > *')!;
          const heights: number[] = [];
          await settle(host, loaded, heights);
          shifts.push(...(observer.takeRecords() as LayoutShift[]));
          observer.disconnect();
          const score = shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
          expect(score, `layout shift ${score.toFixed(4)}; heights while loading: ${heights.join(' → ')} px`).to.be.below(0.001);
          await expect(host).to.be.accessible();
        });
      }
    });
  }
});
