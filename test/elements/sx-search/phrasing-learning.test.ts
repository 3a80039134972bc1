import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/elements/sx-search/sx-search.js';
import type { SxSearch } from '../../../src/elements/sx-search/sx-search.component.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { AnalyticsRecord } from '../../../src/core/analytics.js';
import type { Article } from '../../../src/core/schemas.js';

const updatedAt = '2026-01-01T00:00:00Z';
const ARTICLES: Article[] = [
  { id: 'PRINT', title: 'Connection problems with printers', body: '<p>Check the print queue first.</p>', updatedAt },
  { id: 'PWD', title: 'Reset your password', body: '<p>Use the self-service page.</p>', updatedAt },
];

let run = 0;
function memory(): MemoryAdapter {
  run += 1;
  return createMemoryAdapter({ dbName: `sx-search-learning-${Date.now()}-${run}`, persist: false, articles: ARTICLES, catalog: [], tickets: [], people: [] });
}

async function mount(adapter: MemoryAdapter) {
  const records: AnalyticsRecord[] = [];
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.innerHTML = `<sx-provider><sx-search></sx-search></sx-provider>`;
  const provider = container.querySelector('sx-provider')!;
  provider.adapter = adapter;
  provider.analytics = (record) => records.push(record);
  const search = container.querySelector<SxSearch>('sx-search')!;
  await waitUntil(() => search.shadowRoot?.querySelector('input[role=combobox]'), 'the search box never appeared', { timeout: 5000 });
  return { search, records };
}

const root = (search: SxSearch) => search.shadowRoot!;
const options = (search: SxSearch) => [...root(search).querySelectorAll<HTMLElement>('[role=option]')];

async function searchAndOpen(search: SxSearch, words: string) {
  root(search).querySelector<HTMLInputElement>('input[role=combobox]')!.focus();
  await sendKeys({ type: words });
  await waitUntil(() => search.shadowRoot!.querySelector('[role=status]')?.textContent?.match(/\d+ result/), `no results for "${words}"`, { timeout: 5000 });
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  let yes: HTMLButtonElement | null = null;
  await waitUntil(() => (yes = root(search).querySelector<HTMLButtonElement>('[part=feedback] button.yes')), 'no feedback buttons', { timeout: 5000 });
  return yes as unknown as HTMLButtonElement;
}

describe('<sx-search> learning from readers', () => {
  beforeEach(() => localStorage.removeItem('sx-kit:recent-searches'));

  it('marks the words as written in the results, whole, not their stems ("connected" marks "Connection")', async () => {
    const { search } = await mount(memory());
    root(search).querySelector<HTMLInputElement>('input[role=combobox]')!.focus();
    await sendKeys({ type: 'connected printer' });
    // The first search also loads the query tools and the English stemmer.
    await waitUntil(() => options(search)[0]?.querySelectorAll('.title mark').length === 2, 'not both words marked', { timeout: 5000 });
    const marks = [...options(search)[0]!.querySelectorAll('.title mark')].map((mark) => mark.textContent);
    expect(marks).to.deep.equal(['Connection', 'printers']);
    await expect(search).to.be.accessible();
  });

  it('a helpful vote after a search teaches the backend the words and records sx.phrasing-learned for authors', async () => {
    const adapter = memory();
    const { search, records } = await mount(adapter);
    const yes = await searchAndOpen(search, 'printer says offline');
    yes.click();
    await waitUntil(() => records.some((record) => record.type === 'sx.phrasing-learned'), 'no sx.phrasing-learned record', { timeout: 5000 });
    const record = records.find((candidate) => candidate.type === 'sx.phrasing-learned')!;
    expect(record.data).to.deep.equal({ articleId: 'PRINT', phrasing: 'printer says offline' });
    await waitUntil(async () => (await adapter.learnedPhrasings('PRINT')).length === 1, 'the backend never learned it', { timeout: 5000 });
    const hits = (await adapter.searchKnowledge({ text: 'says offline', limit: 5, sources: ['articles'], locale: 'en' })).hits;
    expect(hits[0]?.id).to.equal('PRINT');
  });

  it('records nothing, and the backend learns nothing, when the query holds an e-mail address', async () => {
    const adapter = memory();
    const { search, records } = await mount(adapter);
    const yes = await searchAndOpen(search, 'password sam.rivera@larkspur.example');
    yes.click();
    await waitUntil(async () => (await adapter.feedbackReceived()).length === 1, 'feedback never arrived', { timeout: 5000 });
    expect(records.map((record) => record.type)).to.include('sx.article-feedback');
    expect(records.map((record) => record.type)).not.to.include('sx.phrasing-learned');
    expect(await adapter.learnedPhrasings()).to.deep.equal([]);
  });
});
