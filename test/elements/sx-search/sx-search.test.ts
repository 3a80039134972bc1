import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/elements/sx-search/sx-search.js';
import type { SxSearch } from '../../../src/elements/sx-search/sx-search.component.js';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import { capabilities, type SearchQuery, type ServiceAdapter } from '../../../src/core/adapter.js';
import type { SearchResults } from '../../../src/core/schemas.js';
import { loadSeed } from '../../../src/adapters/memory/seed/index.js';

const { articles: seedArticles } = await loadSeed();
let run = 0;
function memory(options: MemoryAdapterOptions = {}): MemoryAdapter {
  run += 1;
  return createMemoryAdapter({ dbName: `sx-search-${Date.now()}-${run}`, persist: false, ...options });
}

async function mount(adapter: ServiceAdapter, attributes = '') {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.innerHTML = `<sx-provider><sx-search ${attributes}></sx-search></sx-provider>`;
  const provider = container.querySelector('sx-provider')!;
  provider.adapter = adapter;
  const search = container.querySelector<SxSearch>('sx-search')!;
  await waitUntil(() => search.shadowRoot?.querySelector('input[role=combobox]'), 'the search box never appeared', { timeout: 5000 });
  return search;
}

const root = (search: SxSearch) => search.shadowRoot!;
const input = (search: SxSearch) => root(search).querySelector<HTMLInputElement>('input[role=combobox]')!;
const options = (search: SxSearch) => [...root(search).querySelectorAll<HTMLElement>('[role=option]')];
const optionTitles = (search: SxSearch) => options(search).map((option) => option.querySelector('.title')!.textContent!.trim());
const status = (search: SxSearch) => root(search).querySelector('[role=status]')!.textContent!.trim();
const text = (element: Element | ShadowRoot) => element.textContent!.replace(/\s+/g, ' ').trim();

async function find<T extends Element = HTMLElement>(search: SxSearch, selector: string, message?: string): Promise<T> {
  let found: T | null = null;
  await waitUntil(() => (found = root(search).querySelector<T>(selector)), message ?? `never showed ${selector}`, { timeout: 5000 });
  return found as unknown as T;
}

/** The `sx-search` event of the search for exactly `query` (typeahead searches every prefix first). */
function searchedFor(search: SxSearch, query: string) {
  return new Promise<CustomEvent<SxEventMap['sx-search']>>((resolve) =>
    search.addEventListener('sx-search', (event) => event.detail.query === query && resolve(event)),
  );
}

async function typeInto(search: SxSearch, words: string) {
  input(search).focus();
  await sendKeys({ type: words });
}

async function resultsFor(search: SxSearch, words: string) {
  await typeInto(search, words);
  await waitUntil(() => options(search).length > 0, `no results for "${words}"`, { timeout: 5000 });
  return optionTitles(search);
}

describe('<sx-search>', () => {
  beforeEach(() => localStorage.removeItem('sx-kit:recent-searches'));

  it('finds and opens an article with only the keyboard, and announces the result count', async () => {
    const search = await mount(memory());
    await expect(search).to.be.accessible();
    const titles = await resultsFor(search, 'vpn');
    expect(titles.join(' | ')).to.match(/VPN/);
    expect(input(search).getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => /\d+ results?/.test(status(search)), `announced: ${status(search)}`, { timeout: 5000 });
    const marks = [...options(search)[0]!.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks.map((mark) => mark!.toLowerCase())).to.include('vpn');
    await expect(search).to.be.accessible();

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await search.updateComplete;
    expect(input(search).getAttribute('aria-activedescendant')).to.equal('option-1');
    await sendKeys({ press: 'Home' });
    await search.updateComplete;
    expect(input(search).getAttribute('aria-activedescendant')).to.equal('option-0');
    expect(options(search)[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    await search.updateComplete;
    expect(input(search).getAttribute('aria-activedescendant')).to.equal(`option-${options(search).length - 1}`);
    await sendKeys({ press: 'Home' });

    const opened = oneEvent(search, 'sx-article-open');
    await sendKeys({ press: 'Enter' });
    const { detail } = await opened;
    expect(detail.query).to.equal('vpn');
    expect(detail.position).to.equal(1);
    const article = await find(search, '[part=article] h3', 'the article never opened');
    expect(article!.textContent).to.equal(titles[0]);
    expect(root(search).activeElement).to.equal(article);
    expect(text(root(search).querySelector('[part=article]')!)).to.match(/Updated/);
    expect(root(search).querySelector<HTMLAnchorElement>('[part=article] a.full')!.href).to.match(/^https:\/\/help\.larkspur\.example\/kb\//);
    await expect(search).to.be.accessible();
  });

  it('still finds the article when the word is misspelled', async () => {
    const search = await mount(memory());
    const titles = await resultsFor(search, 'phisihng');
    expect(titles[0]).to.equal('Report a phishing email');
    expect(options(search)[0]!.dataset.id).to.equal('KB0010004');
  });

  it('finds the jargon-titled article from lay words through synonyms', async () => {
    const search = await mount(memory());
    const searched = searchedFor(search, "can't get on the wifi");
    const titles = await resultsFor(search, "can't get on the wifi");
    expect(titles[0]).to.equal('Connect a notebook to the corporate WLAN (LARK-SECURE)');
    expect(options(search)[0]!.dataset.id).to.equal('KB0010001');
    const marks = [...options(search)[0]!.querySelectorAll('.title mark')].map((mark) => mark.textContent);
    expect(marks).to.include('WLAN');
    expect((await searched).detail.expandedQuery).to.contain('wlan');
  });

  it('offers the service desk with the query when nothing is found', async () => {
    const search = await mount(memory(), 'escalate-href="/help/request"');
    const searched = searchedFor(search, 'zqxwv kkjjhh');
    await typeInto(search, 'zqxwv kkjjhh');
    const empty = await find(search, '.empty', 'no "no results" panel');
    expect(text(empty!)).to.contain('No results for “zqxwv kkjjhh”');
    expect(status(search)).to.contain('No results');
    expect((await searched).detail.query).to.equal('zqxwv kkjjhh');
    await expect(search).to.be.accessible();

    const link = root(search).querySelector<HTMLAnchorElement>('a[part=escalate]')!;
    expect(new URL(link.href).pathname).to.equal('/help/request');
    expect(new URL(link.href).searchParams.get('q')).to.equal('zqxwv kkjjhh');
    search.addEventListener('sx-escalate', (event) => event.preventDefault(), { once: true });
    const escalated = oneEvent(search, 'sx-escalate');
    link.click();
    const { detail } = await escalated;
    expect(detail).to.deep.equal({ query: 'zqxwv kkjjhh', articlesSeen: [] });
  });

  it('says "did you mean" when a misspelled query finds nothing', async () => {
    const search = await mount(memory({ articles: seedArticles.slice(0, 3) }));
    await typeInto(search, 'paswrod');
    const button = await find<HTMLButtonElement>(search, '.suggestion', 'no suggestion');
    expect(button.textContent).to.match(/Did you mean “password”/);
    button!.click();
    await waitUntil(() => options(search).length > 0, undefined, { timeout: 5000 });
    expect(input(search).value).to.equal('password');
  });

  it('sends "No" feedback with a comment to the backend exactly once, even when the first send fails', async () => {
    const adapter = memory({ faults: [{ kind: 'server', operation: 'sendArticleFeedback', times: 1 }] });
    const search = await mount(adapter);
    await resultsFor(search, 'phishing');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await find(search, '[part=feedback] button.no');
    await expect(search).to.be.accessible();
    root(search).querySelector<HTMLButtonElement>('[part=feedback] button.no')!.click();
    await search.updateComplete;
    const comment = root(search).querySelector<HTMLTextAreaElement>('#feedback-comment')!;
    expect(root(search).activeElement).to.equal(comment);
    await sendKeys({ type: 'The report button is missing in new Outlook' });
    await expect(search).to.be.accessible();
    const sent = oneEvent(search, 'sx-article-feedback');
    root(search).querySelector<HTMLButtonElement>('[part=feedback] button.send')!.click();
    expect((await sent).detail).to.deep.include({ articleId: 'KB0010004', helpful: false, query: 'phishing' });
    await waitUntil(() => text(root(search)).includes('Your feedback helps us improve'), undefined, { timeout: 5000 });
    await waitUntil(async () => (await adapter.feedbackReceived()).length > 0, 'feedback never arrived', { timeout: 5000 });
    await aTimeout(100);
    const received = await adapter.feedbackReceived();
    expect(received).to.have.length(1);
    expect(received[0]).to.deep.include({ articleId: 'KB0010004', helpful: false, comment: 'The report button is missing in new Outlook' });
    expect(root(search).querySelector('[part=escalate]'), 'still stuck: the service desk is offered').to.exist;
    await expect(search).to.be.accessible();
  });

  it('counts an article rated helpful as deflected', async () => {
    const search = await mount(memory());
    await resultsFor(search, 'password');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const yes = await find<HTMLButtonElement>(search, '[part=feedback] button.yes');
    const deflected = oneEvent(search, 'sx-deflect');
    yes!.click();
    expect((await deflected).detail).to.deep.include({ query: 'password', reason: 'helpful' });
  });

  it('counts an article read and left without asking for help as deflected', async () => {
    const search = await mount(memory());
    await resultsFor(search, 'printer');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await find(search, '[part=article] h3');
    const deflected = oneEvent(search, 'sx-deflect');
    search.remove();
    expect((await deflected).detail.reason).to.equal('left');
  });

  it('never lets a slow answer to an older query replace the newer results', async () => {
    const pending: { query: SearchQuery; resolve: (results: SearchResults) => void }[] = [];
    const slow: ServiceAdapter = {
      name: 'slow-remote',
      id: `slow-remote-${Date.now()}`,
      capabilities: capabilities('search'),
      searchKnowledge: (query) => new Promise((resolve) => pending.push({ query, resolve })),
    };
    const answer = (title: string, query: string): SearchResults => ({
      query,
      total: 1,
      hits: [{ kind: 'article', id: title, title, snippet: '', matches: [], score: 1 }],
    });
    const search = await mount(slow, 'debounce="0"');
    await typeInto(search, 'vp');
    await sendKeys({ type: 'n' });
    await waitUntil(() => pending.length === 2, 'one search per keystroke from the second letter', { timeout: 5000 });
    pending[1]!.resolve(answer('Newest: vpn', pending[1]!.query.text));
    await waitUntil(() => options(search).length === 1, undefined, { timeout: 5000 });
    pending[0]!.resolve(answer('Stale: vp', pending[0]!.query.text));
    await aTimeout(50);
    expect(optionTitles(search)).to.deep.equal(['Newest: vpn']);
  });

  it('shows a skeleton while searching, without announcing anything yet', async () => {
    const search = await mount(memory({ latency: 400 }));
    await typeInto(search, 'vpn');
    await find(search, '.skeletons', 'no skeleton');
    expect(input(search).getAttribute('aria-busy')).to.equal('true');
    await expect(search).to.be.accessible();
  });

  it('explains a failed search by kind and retries it', async () => {
    // Every search fails until the backend recovers: typeahead searches "vp" before "vpn", and a
    // single failure could be replaced by the next keystroke's results before anyone reads it.
    const adapter = memory({ faults: [{ kind: 'timeout', operation: 'searchKnowledge' }] });
    const search = await mount(adapter, 'escalate-href="/help"');
    const failed = oneEvent(search, 'sx-error');
    await typeInto(search, 'vpn');
    expect((await failed).detail).to.deep.include({ kind: 'timeout', operation: 'search' });
    const alert = await find(search, '[role=alert]');
    expect(text(alert!)).to.contain('taking too long');
    await expect(search).to.be.accessible();
    adapter.setFaults([]);
    alert!.querySelector('button')!.click();
    await waitUntil(() => options(search).length > 0, 'retry found nothing', { timeout: 5000 });
  });

  it('says it is offline instead of searching a remote backend', async () => {
    const adapter = memory();
    (adapter as { name: string }).name = 'remote-test';
    const search = await mount(adapter, 'debounce="0"');
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      dispatchEvent(new Event('offline'));
      await typeInto(search, 'vpn');
      const note = await find(search, '.offline');
      expect(text(note!)).to.contain('You are offline');
      await expect(search).to.be.accessible();
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
      dispatchEvent(new Event('online'));
      await waitUntil(() => options(search).length > 0, 'did not search again once online', { timeout: 5000 });
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });

  it('the Offline story shows an accessible offline note, and results once back online', async () => {
    const { default: meta, Offline } = await import('../../../stories/sx-search.stories.js');
    const canvas = await fixture<HTMLElement>(html`<div>${Offline.render!(meta.args as never, {} as never)}</div>`);
    try {
      await Offline.play!({ canvasElement: canvas } as never);
      const search = canvas.querySelector<SxSearch>('sx-search')!;
      const note = await find(search, '.offline');
      expect(text(note)).to.contain('You are offline');
      expect(status(search)).to.contain('You are offline');
      await expect(search).to.be.accessible();
      dispatchEvent(new Event('online'));
      await waitUntil(() => options(search).length > 0, 'did not search again once online', { timeout: 5000 });
    } finally {
      dispatchEvent(new Event('online'));
    }
  });

  // The APG combobox: the first Escape dismisses the popup and keeps the text; only a second clears it.
  it('Escape closes the list first, then clears the query', async () => {
    const search = await mount(memory());
    await resultsFor(search, 'vpn');
    await sendKeys({ press: 'Escape' });
    await search.updateComplete;
    expect(input(search).getAttribute('aria-expanded')).to.equal('false');
    expect(input(search).value).to.equal('vpn');
    await sendKeys({ press: 'Escape' });
    await search.updateComplete;
    expect(input(search).value).to.equal('');
    expect(root(search).activeElement).to.equal(input(search));
    expect(input(search).getAttribute('aria-expanded')).to.equal('false');
  });

  it('groups articles and catalog items under their own labels', async () => {
    const search = await mount(memory(), 'sources="articles catalog"');
    await resultsFor(search, 'laptop');
    const groups = [...root(search).querySelectorAll('[role=listbox] [role=group]')].map((group) =>
      root(search).getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim(),
    );
    expect(groups).to.deep.equal(['Help articles', 'Request something']);
    await expect(search).to.be.accessible();
  });

  it('remembers recent searches per browser, unless told not to', async () => {
    const search = await mount(memory());
    await resultsFor(search, 'printer');
    await sendKeys({ press: 'Enter' });
    // Escape twice: close the results, then clear the box (which then offers recent searches).
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await search.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await search.updateComplete;
    expect(optionTitlesOrText(search)).to.deep.equal(['printer']);
    await expect(search).to.be.accessible();

    const other = await mount(memory(), 'no-recent');
    await resultsFor(other, 'laptop');
    await sendKeys({ press: 'Enter' });
    expect(localStorage.getItem('sx-kit:recent-searches') ?? '').not.to.contain('laptop');
  });

  it('suggests articles for the page context before anything is typed', async () => {
    const search = await mount(memory(), 'context="vpn"');
    const section = await find(search, '.suggested', 'no suggestions');
    expect(text(section!)).to.contain('Suggested for this page');
    expect(text(section!)).to.match(/VPN/);
    await expect(search).to.be.accessible();
    section!.querySelector('button')!.click();
    await find(search, '[part=article] h3');
  });

  it('opens the article in an accessible modal dialog when asked to', async () => {
    const search = await mount(memory(), 'open-mode="dialog"');
    await resultsFor(search, 'phishing');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const dialog = await find(search, 'dialog[open]');
    await find(search, 'dialog h3');
    expect(dialog!.getAttribute('aria-labelledby')).to.equal('article-title');
    await expect(search).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root(search).querySelector('dialog'), undefined, { timeout: 5000 });
    expect(root(search).activeElement).to.equal(input(search));
  });

  it('shows the not-connected message without a backend', async () => {
    const search = await fixture<SxSearch>(html`<sx-search></sx-search>`);
    expect(text(root(search))).to.contain('This widget is not connected yet');
    await expect(search).to.be.accessible();
  });
});

function optionTitlesOrText(search: SxSearch) {
  return options(search).map((option) => option.textContent!.trim());
}
