import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/elements/sx-search/sx-search.js';
import type { SxSearch } from '../../../src/elements/sx-search/sx-search.component.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';

// The sanitiser's chunk fails to load as it does offline; this file loads no backend HTML before.
const SANITIZER = '**/core/sanitize.*';
const sanitizerReachable = async (reachable: boolean) => {
  await executeServerCommand(reachable ? 'unblock-requests' : 'block-requests', { pattern: SANITIZER });
};

describe('<sx-search> article while offline', () => {
  after(() => sanitizerReachable(true));

  it('shows the article as plain text with a retry when its formatting cannot load, and the HTML once back online', async function () {
    this.timeout(30_000);
    const adapter = createMemoryAdapter({ dbName: `sx-search-offline-${Date.now()}`, persist: false });
    // Online first: the embedded backend's data and the search's own parts are on the page.
    await adapter.searchKnowledge!({ text: 'vpn', limit: 8, sources: ['articles'] });
    await Promise.all([import('../../../src/elements/sx-search/article-parts.js'), import('../../../src/elements/sx-search/query-tools.js')]);
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.innerHTML = '<sx-provider><sx-search></sx-search></sx-provider>';
    container.querySelector('sx-provider')!.adapter = adapter;
    const search = container.querySelector<SxSearch>('sx-search')!;
    await waitUntil(() => search.shadowRoot?.querySelector('input[role=combobox]'), undefined, { timeout: 5000 });
    const root = search.shadowRoot!;

    await sanitizerReachable(false);
    root.querySelector<HTMLInputElement>('input[role=combobox]')!.focus();
    await sendKeys({ type: 'vpn' });
    await waitUntil(() => root.querySelectorAll('[role=option]').length > 0, 'no results offline', { timeout: 5000 });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('.plain-text'), 'the article body stayed blank offline', { timeout: 5000 });
    const body = root.querySelector('[part=article] .body')!;
    expect(body.querySelector('.plain-text')!.textContent!.trim().length, 'no article text').to.be.greaterThan(40);
    expect(body.textContent).to.contain('Shown as plain text');
    expect(body.querySelector('button')!.textContent).to.contain('Try again');
    await expect(search).to.be.accessible();

    await sanitizerReachable(true);
    dispatchEvent(new Event('online'));
    await waitUntil(() => !root.querySelector('.plain-text'), 'the formatted article never replaced the plain text', { timeout: 5000 });
    expect(body.querySelector('p, ul, ol, h2, h3, h4'), 'no formatted content').to.not.equal(null);
    expect(body.textContent).not.to.contain('Shown as plain text');
  });
});
