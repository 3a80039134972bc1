/**
 * Hostile strings (XSS vectors, naughty unicode) put where a backend's data goes: an article body
 * and title, ticket titles and comments, a catalog item's description. Whatever a compromised or
 * careless backend sends, it renders as inert text or harmless markup and nothing runs.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { SxProvider } from '../../src/elements/sx-provider/sx-provider.component.js';
import type { SxSearch } from '../../src/elements/sx-search/sx-search.component.js';
import type { Article, CatalogItem, Ticket } from '../../src/core/schemas.js';
import { loadReference } from '../helpers/reference.js';

const UPDATED = '2026-11-01T09:00:00Z';

function trap() {
  const calls: string[] = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  for (const name of Object.keys(saved) as (keyof typeof saved)[]) {
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => calls.push(`${name}(${args.join(',')})`);
  }
  return { calls, restore: () => Object.assign(window, saved) };
}

function assertInert(root: ParentNode) {
  for (const element of root.querySelectorAll('*')) {
    expect(element.localName).not.to.be.oneOf(['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link']);
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${element.localName}[${attribute.name}]`).to.equal(false);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name)) {
        expect(attribute.value.replace(/\s/g, '').toLowerCase()).not.to.match(/^(javascript|vbscript|data:text\/html)/);
      }
    }
  }
}

describe('hostile backend content', () => {
  it('renders XSS vectors in articles, tickets and catalog descriptions as inert content', async function () {
    this.timeout(30_000);
    const response = await loadReference('hostile-input/payloadsallthethings/XSS_Polyglots.txt');
    const quick = await loadReference('hostile-input/payloadsallthethings/xss_payloads_quick.txt');
    if (!response || !quick) return this.skip();
    const payloads = [...(await response.text()).split('\n'), ...(await quick.text()).split('\n')].filter(Boolean);
    expect(payloads.length).to.be.greaterThan(30);

    const articles: Article[] = payloads.map((payload, index) => ({
      id: `H${index}`,
      title: `Hostile article ${index} ${payload}`,
      summary: payload,
      body: `<p>Body ${index}</p>${payload}`,
      updatedAt: UPDATED,
    }));
    const tickets: Ticket[] = payloads.slice(0, 10).map((payload, index) => ({
      id: `T${index}`,
      number: `INC${index}`,
      title: `Hostile ticket ${payload}`,
      state: 'in-progress',
      stateLabel: payload,
      createdAt: UPDATED,
      updatedAt: UPDATED,
      permissions: { comment: true, reopen: false, confirm: false },
      events: payloads.map((text, event) => ({ id: `e${event}`, type: 'comment', at: UPDATED, author: { name: text, isAgent: true }, text })),
    }));
    const catalog: CatalogItem[] = [
      {
        id: 'hostile-item',
        name: 'Hostile item',
        shortDescription: payloads[0]!,
        description: payloads.join('<br>'),
        categories: [],
        approvalRequired: false,
        variables: [{ name: 'note', label: payloads[1]!, type: 'text', help: payloads[2] }],
      },
    ];
    const adapter = createMemoryAdapter({ dbName: `sx-hostile-${Date.now()}`, articles, tickets, catalog, people: [] });

    const guard = trap();
    try {
      const provider = await fixture<SxProvider>(html`<sx-provider .adapter=${adapter}>
        <sx-search></sx-search>
        <sx-ticket-status ticket-id="T0"></sx-ticket-status>
        <sx-catalog-card item-id="hostile-item" variant="full"></sx-catalog-card>
      </sx-provider>`);
      const search = provider.querySelector<SxSearch>('sx-search')!;
      await waitUntil(() => search.shadowRoot?.querySelector('input'));
      await search.search('hostile article');
      await waitUntil(() => search.shadowRoot!.querySelectorAll('[role=option]').length > 0, 'no results');
      search.shadowRoot!.querySelector<HTMLElement>('[role=option]')!.click();
      await waitUntil(() => (search.shadowRoot!.querySelector('.article .body')?.textContent ?? '').includes('Body'), 'article did not open');

      const status = provider.querySelector('sx-ticket-status')!;
      await waitUntil(() => (status.shadowRoot?.textContent ?? '').includes('Hostile ticket'), 'ticket did not render');
      const card = provider.querySelector('sx-catalog-card')!;
      await waitUntil(() => (card.shadowRoot?.textContent ?? '').includes('Hostile item'), 'card did not render');
      card.shadowRoot!.querySelector<HTMLButtonElement>('button.link')?.click();
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect(guard.calls, 'a payload ran').to.deep.equal([]);
      for (const element of [search, status, card]) assertInert(element.shadowRoot!);
    } finally {
      guard.restore();
    }
  });
});
