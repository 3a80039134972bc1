/**
 * A backend that sends `javascript:` (or `data:`, `vbscript:`) URLs for hits, articles, catalog
 * items and receipts: a click runs nothing, and the element shows no link instead.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/elements/sx-provider/sx-provider.js';
import '../../src/elements/sx-search/sx-search.js';
import '../../src/elements/sx-catalog-card/sx-catalog-card.js';
import { capabilities, type Capability, type ServiceAdapter } from '../../src/core/adapter.js';
import type { Article, CatalogItem, SearchHit } from '../../src/core/schemas.js';
import type { SxSearch } from '../../src/elements/sx-search/sx-search.component.js';
import { renderConfirmation } from '../../src/elements/sx-catalog-card/card-views.js';

const HOSTILE_URLS = [
  'javascript:alert("plain")',
  'JaVaScRiPt:alert("mixed case")',
  '\u0001\u0008 javascript:alert("control characters")',
  'java\tscript:alert("tab")',
  'vbscript:msgbox("vb")',
  'data:text/html,<script>alert("data")</script>',
];

function trap() {
  const calls: string[] = [];
  const saved = { alert: window.alert, open: window.open };
  window.alert = (message?: unknown) => void calls.push(`alert(${String(message)})`);
  window.open = ((url?: string | URL) => {
    calls.push(`open(${String(url)})`);
    return null;
  }) as typeof window.open;
  return { calls, restore: () => Object.assign(window, saved) };
}

function hit(kind: SearchHit['kind'], id: string, url: string): SearchHit {
  return { kind, id, title: `Hostile ${kind} ${id}`, snippet: '', matches: [], score: 1, url };
}

function hostileAdapter(enabled: Capability[], hits: SearchHit[], article?: Article, item?: CatalogItem): ServiceAdapter {
  return {
    name: 'hostile',
    id: `hostile-${Math.random()}`,
    capabilities: capabilities(...enabled),
    searchKnowledge: async (query) => ({ query: query.text, hits, total: hits.length }),
    getArticle: async () => article!,
    getCatalogItem: async () => item!,
  };
}

async function searchAndClick(search: SxSearch, index: number) {
  await search.search('hostile');
  await waitUntil(() => search.shadowRoot!.querySelectorAll('[role=option]').length > index, 'no results');
  search.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')[index]!.click();
  await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('URLs from a backend', () => {
  it('a catalog hit with a script URL runs nothing on click, in any spelling', async () => {
    const hits = HOSTILE_URLS.map((url, index) => hit('catalog-item', `c${index}`, url));
    const adapter = hostileAdapter(['search', 'catalog'], hits);
    const provider = await fixture(html`<sx-provider .adapter=${adapter}><sx-search sources="catalog"></sx-search></sx-provider>`);
    const search = provider.querySelector<SxSearch>('sx-search')!;
    await waitUntil(() => search.shadowRoot?.querySelector('input'));
    const opened: (string | undefined)[] = [];
    search.addEventListener('sx-catalog-open', (event) => opened.push(event.detail.url));
    const guard = trap();
    try {
      for (let index = 0; index < hits.length; index++) await searchAndClick(search, index);
      expect(guard.calls, 'a URL ran').to.deep.equal([]);
      expect(opened, 'the event tells the page no URL either').to.deep.equal(hits.map(() => undefined));
    } finally {
      guard.restore();
    }
  });

  it('an article hit with a script URL is not opened in a new window when articles cannot be read inside', async () => {
    const hits = HOSTILE_URLS.map((url, index) => hit('article', `a${index}`, url));
    const adapter = hostileAdapter(['search'], hits);
    const provider = await fixture(html`<sx-provider .adapter=${adapter}><sx-search></sx-search></sx-provider>`);
    const search = provider.querySelector<SxSearch>('sx-search')!;
    await waitUntil(() => search.shadowRoot?.querySelector('input'));
    const guard = trap();
    try {
      for (let index = 0; index < hits.length; index++) await searchAndClick(search, index);
      expect(guard.calls).to.deep.equal([]);
    } finally {
      guard.restore();
    }
  });

  it('an opened article offers its full-page link only for a safe URL', async () => {
    for (const [url, linked] of [...HOSTILE_URLS.map((bad) => [bad, false] as const), ['https://portal.example/kb/1', true] as const]) {
      const article: Article = { id: 'a1', title: 'Hostile article', body: '<p>Body text</p>', url, updatedAt: '2026-11-01T09:00:00Z' };
      const adapter = hostileAdapter(['search', 'articles'], [hit('article', 'a1', url)], article);
      const provider = await fixture(html`<sx-provider .adapter=${adapter}><sx-search></sx-search></sx-provider>`);
      const search = provider.querySelector<SxSearch>('sx-search')!;
      await waitUntil(() => search.shadowRoot?.querySelector('input'));
      await searchAndClick(search, 0);
      await waitUntil(() => search.shadowRoot!.querySelector('.article .body')?.textContent?.includes('Body text'), 'article did not open');
      const link = search.shadowRoot!.querySelector<HTMLAnchorElement>('a.full');
      expect(Boolean(link), JSON.stringify(url)).to.equal(linked);
      if (link) expect(link.getAttribute('href')).to.equal(url);
    }
  });

  it('a catalog card links to the portal only for a safe URL', async () => {
    for (const [url, linked] of [...HOSTILE_URLS.map((bad) => [bad, false] as const), ['/sp?id=sc_cat_item', true] as const]) {
      const item: CatalogItem = { id: 'i1', name: 'Hostile item', shortDescription: 'x', categories: [], approvalRequired: false, variables: [], url };
      const adapter = hostileAdapter(['catalog'], [], undefined, item);
      const provider = await fixture(html`<sx-provider .adapter=${adapter}><sx-catalog-card item-id="i1"></sx-catalog-card></sx-provider>`);
      const card = provider.querySelector('sx-catalog-card')!;
      await waitUntil(() => card.shadowRoot?.textContent?.includes('Hostile item'), 'card did not render');
      await waitUntil(() => card.shadowRoot!.querySelector('.actions, .hint'), 'no action line');
      expect(Boolean(card.shadowRoot!.querySelector('a[href]')), JSON.stringify(url)).to.equal(linked);
    }
  });

  it('a request receipt links to the ticket only for a safe URL', () => {
    const t = ((key: string) => key) as Parameters<typeof renderConfirmation>[0];
    for (const [url, linked] of [...HOSTILE_URLS.map((bad) => [bad, false] as const), ['https://portal.example/RITM1', true] as const]) {
      const host = document.createElement('div');
      render(renderConfirmation(t, { ticketId: 'T1', number: 'RITM1', url, state: 'new' }, undefined, [], () => {}), host);
      expect(Boolean(host.querySelector('a[href]')), JSON.stringify(url)).to.equal(linked);
    }
  });
});
