/**
 * Backend HTML stays inside its box: it cannot borrow the widget's classes or ids (the search
 * popup is positioned), cannot position itself, and `#anchor` links stay within the article.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/sx-provider/sx-provider.js';
import '../../src/elements/sx-search/sx-search.js';
import '../../src/elements/sx-catalog-card/sx-catalog-card.js';
import { capabilities, type ServiceAdapter } from '../../src/core/adapter.js';
import type { Article, CatalogItem } from '../../src/core/schemas.js';
import type { SxSearch } from '../../src/elements/sx-search/sx-search.component.js';

const COVERING_HTML = `<p>Before</p>
  <div class="popup article body" id="article-title" style="position:fixed;inset:0;z-index:2147483647;background:red">COVER</div>
  <p><a href="#step-2">Go to step 2</a></p>
  <p style="height:3000px">spacer</p>
  <h2 id="step-2">Step 2</h2>`;

const article: Article = { id: 'a1', title: 'Covering article', body: COVERING_HTML, updatedAt: '2026-11-01T09:00:00Z' };
const item: CatalogItem = {
  id: 'i1', name: 'Covering item', shortDescription: 'x', categories: [], approvalRequired: false, variables: [], description: COVERING_HTML,
};

const adapter: ServiceAdapter = {
  name: 'stub',
  id: 'stub-box',
  capabilities: capabilities('search', 'articles', 'catalog'),
  searchKnowledge: async (query) => ({
    query: query.text,
    hits: [{ kind: 'article', id: 'a1', title: 'Covering article', snippet: '', matches: [], score: 1 }],
    total: 1,
  }),
  getArticle: async () => article,
  getCatalogItem: async () => item,
};

/** Whether the element lies within the box (the kit's own box), as painted. */
function within(element: Element, box: Element) {
  const inner = element.getBoundingClientRect();
  const outer = box.getBoundingClientRect();
  return inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1;
}

function assertContained(root: ShadowRoot, box: HTMLElement) {
  const cover = [...box.querySelectorAll('div')].find((element) => element.textContent === 'COVER')!;
  expect(cover, 'the covering div is rendered as content').to.exist;
  expect(cover.getAttribute('class'), 'no kit class').to.equal(null);
  expect(cover.id, 'no kit id').not.to.equal('article-title');
  expect(root.querySelectorAll('#article-title').length, 'kit ids stay unique').to.be.at.most(1);
  expect(getComputedStyle(cover).position).to.equal('static');
  expect(within(cover, box), 'stays within its box').to.equal(true);
  expect(getComputedStyle(box).contain).to.match(/paint/);
  expect(getComputedStyle(box).overflowX).to.be.oneOf(['auto', 'hidden', 'clip']);
}

/** Searches and opens the covering article as a person would. */
async function openArticle(): Promise<SxSearch> {
  const provider = await fixture(html`<sx-provider .adapter=${adapter}><sx-search></sx-search></sx-provider>`);
  const search = provider.querySelector<SxSearch>('sx-search')!;
  await waitUntil(() => search.shadowRoot?.querySelector('input'));
  await search.search('covering');
  await waitUntil(() => search.shadowRoot!.querySelector('[role=option]'), 'no results');
  search.shadowRoot!.querySelector<HTMLElement>('[role=option]')!.click();
  await waitUntil(() => search.shadowRoot!.querySelector('.article .body h2'), 'article did not open');
  return search;
}

describe('backend HTML stays in its box', () => {
  it('an article cannot borrow the widget’s classes or ids, or position itself over the page', async () => {
    const search = await openArticle();
    assertContained(search.shadowRoot!, search.shadowRoot!.querySelector<HTMLElement>('.article .body')!);
  });

  it('an #anchor link in an article scrolls within it, in the same tab, and leaves the page’s URL alone', async () => {
    const search = await openArticle();
    const link = [...search.shadowRoot!.querySelectorAll('a')].find((anchor) => anchor.textContent === 'Go to step 2')!;
    expect(link.hasAttribute('target'), 'no new tab').to.equal(false);
    const heading = search.shadowRoot!.querySelector('.article .body h2')!;
    const hash = location.hash;
    const scrolled = new Promise<void>((resolve) => {
      const original = heading.scrollIntoView.bind(heading);
      heading.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) => {
        original(options);
        resolve();
      };
    });
    link.click();
    await Promise.race([scrolled, new Promise((_, reject) => setTimeout(() => reject(new Error('did not scroll to the heading')), 1000))]);
    expect(location.hash, 'the page’s URL is untouched').to.equal(hash);
  });

  it('a catalog description cannot borrow the card’s classes or position itself', async () => {
    const provider = await fixture(html`<sx-provider .adapter=${adapter}><sx-catalog-card item-id="i1" variant="full"></sx-catalog-card></sx-provider>`);
    const card = provider.querySelector('sx-catalog-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('button.link'), 'card did not render');
    card.shadowRoot!.querySelector<HTMLButtonElement>('button.link')!.click();
    await waitUntil(() => card.shadowRoot!.querySelector('.details')?.textContent?.includes('COVER'), 'details did not open');
    assertContained(card.shadowRoot!, card.shadowRoot!.querySelector<HTMLElement>('.details')!);
  });
});
