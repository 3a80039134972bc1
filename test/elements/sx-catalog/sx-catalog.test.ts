import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/elements/sx-catalog/sx-catalog.js';
import type { SxCatalog } from '../../../src/elements/sx-catalog/sx-catalog.component.js';
import type { SxProvider } from '../../../src/elements/sx-provider/sx-provider.component.js';
import { createMemoryAdapter, type MemoryFault } from '../../../src/adapters/memory/index.js';
import { filterCatalog, nextIndex } from '../../../src/elements/sx-catalog/filter.js';
import { loadSeed } from '../../../src/adapters/memory/seed/index.js';
import { generateCatalog } from '../../bench/generate-data.js';

const { catalog: seedCatalog } = await loadSeed();
let counter = 0;
const text = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function mount(attributes: { layout?: string } = {}, faults: MemoryFault[] = [], latency = 0) {
  const adapter = createMemoryAdapter({ dbName: `sx-catalog-${Date.now()}-${++counter}`, faults, latency });
  const provider = await fixture<SxProvider>(
    html`<sx-provider .adapter=${adapter}><sx-catalog layout=${attributes.layout ?? 'grid'}></sx-catalog></sx-provider>`,
  );
  const catalog = provider.querySelector('sx-catalog')!;
  const root = catalog.shadowRoot!;
  return { adapter, provider, catalog, root };
}

const cardNames = (root: ShadowRoot) => [...root.querySelectorAll('.cards .name')].map((name) => text(name));

describe('<sx-catalog>', () => {
  it('shows every service as a card, with a loading skeleton first', async () => {
    const { root, catalog } = await mount({}, [], 150);
    await waitUntil(() => root.querySelector('.skeleton-card'), undefined, { timeout: 5000 });
    expect(text(root.querySelector('[role=status]'))).to.equal('Loading the catalog…');
    await expect(catalog).to.be.accessible();
    await waitUntil(() => root.querySelector('.cards .name'), 'the cards never appeared', { timeout: 5000 });
    expect(cardNames(root)).to.include('New laptop');
    expect(cardNames(root).length).to.equal(seedCatalog.length);
    expect(text(root.querySelector('[role=status]'))).to.equal(`${seedCatalog.length} services`);
    await expect(catalog).to.be.accessible();
  });

  it('filters by typed words and by category, and announces how many are left', async () => {
    const { root, catalog } = await mount();
    await waitUntil(() => root.querySelector('.cards .name'), undefined, { timeout: 5000 });
    const filter = root.querySelector<HTMLInputElement>('#filter')!;
    filter.focus();
    await sendKeys({ type: 'laptop' });
    await catalog.updateComplete;
    const names = cardNames(root);
    expect(names).to.include('New laptop').and.include('Loan laptop');
    expect(names).not.to.include('Headset');
    expect(text(root.querySelector('[role=status]'))).to.equal(`${names.length} services`);

    const category = root.querySelector<HTMLSelectElement>('#category')!;
    category.value = 'facilities';
    category.dispatchEvent(new Event('change'));
    await catalog.updateComplete;
    expect(text(root.querySelector('.empty'))).to.contain('No services match your search');
    expect(text(root.querySelector('[role=status]'))).to.equal('No services found');
    await expect(catalog).to.be.accessible();

    root.querySelector<HTMLButtonElement>('.empty button')!.click();
    await catalog.updateComplete;
    expect(cardNames(root).length).to.equal(seedCatalog.length);
    category.value = 'facilities';
    category.dispatchEvent(new Event('change'));
    await catalog.updateComplete;
    expect(cardNames(root)).to.include('Parking permit').and.not.include('New laptop');
  });

  it('moves between cards with the arrow keys, one tab stop for the whole list', async () => {
    const { root, catalog } = await mount({ layout: 'list' });
    await waitUntil(() => root.querySelector('.cards .name'), undefined, { timeout: 5000 });
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('.cards .request')];
    expect(buttons().filter((button) => button.tabIndex === 0)).to.have.length(1);
    buttons()[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(buttons()[1]);
    await catalog.updateComplete;
    expect(buttons()[1]!.tabIndex).to.equal(0);
    expect(buttons()[0]!.tabIndex).to.equal(-1);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(buttons().at(-1));
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(buttons()[0]);
    expect(text(focused())).to.equal(`Request ${cardNames(root)[0]}`);
  });

  it('opens the request form of a card in place and comes back to the same card', async () => {
    const { root, catalog } = await mount();
    await waitUntil(() => root.querySelector('.cards .name'), undefined, { timeout: 5000 });
    root.querySelector<HTMLButtonElement>('.request[data-id="cat-monitor"]')!.click();
    await waitUntil(() => root.querySelector('sx-catalog-card'), undefined, { timeout: 5000 });
    const card = root.querySelector('sx-catalog-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('form'), 'the form never opened', { timeout: 5000 });
    await waitUntil(() => focused()?.getAttribute('data-field') === 'size', 'focus did not move to the first field', { timeout: 5000 });
    await expect(catalog).to.be.accessible();
    root.querySelector<HTMLButtonElement>('[part~=back]')!.click();
    await waitUntil(() => focused()?.getAttribute('data-id') === 'cat-monitor', undefined, { timeout: 5000 });
  });

  it('explains a failed load and tries again', async () => {
    const { root, catalog, adapter } = await mount({}, [{ kind: 'server', operation: 'listCatalog' }]);
    await waitUntil(() => root.querySelector('[role=alert]'), undefined, { timeout: 5000 });
    expect(text(root.querySelector('[role=alert]'))).to.contain('The service desk had a problem');
    await expect(catalog).to.be.accessible();
    adapter.setFaults([]);
    root.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await waitUntil(() => root.querySelector('.cards .name'), undefined, { timeout: 5000 });
  });

  it('renders 500 pre-fetched items without asking the backend', async () => {
    const items = generateCatalog(500);
    const catalog = await fixture<SxCatalog>(html`<sx-catalog .items=${items}></sx-catalog>`);
    expect(catalog.shadowRoot!.querySelectorAll('.cards > li')).to.have.length(500);
  });

  it('keeps each of 500 cards a small tree: the icon one path, the facts one line of text', async () => {
    const items = generateCatalog(500);
    const catalog = await fixture<SxCatalog>(html`<sx-catalog .items=${items}></sx-catalog>`);
    const cards = [...catalog.shadowRoot!.querySelectorAll('.cards > li')];
    for (const card of cards) {
      expect(card.querySelectorAll('*').length, 'elements in a card').to.be.at.most(11);
      expect(card.querySelectorAll('svg[part~=icon] > *')).to.have.length(1);
      expect(card.querySelector('.facts')!.children).to.have.length(0);
    }
    const index = items.findIndex((item) => item.deliveryTime && item.cost);
    expect(text(cards[index]!.querySelector('.facts'))).to.match(/^Usually ready in .+ · .+$/);
  });
});

describe('catalog filter and keys', () => {
  it('matches every typed word, ignoring accents and case', () => {
    expect(filterCatalog(seedCatalog, { text: 'CAFES screen' }).map((item) => item.id)).to.deep.equal(['cat-privacy-filter']);
    expect(filterCatalog(seedCatalog, { category: 'software' }).every((item) => item.categories.includes('software'))).to.equal(true);
  });

  it('moves by a row in a grid and mirrors left and right in RTL', () => {
    expect(nextIndex('ArrowDown', 1, 10, 3, false)).to.equal(4);
    expect(nextIndex('ArrowUp', 1, 10, 3, false)).to.equal(0);
    expect(nextIndex('ArrowRight', 1, 10, 3, false)).to.equal(2);
    expect(nextIndex('ArrowRight', 1, 10, 3, true)).to.equal(0);
    expect(nextIndex('End', 1, 10, 3, false)).to.equal(9);
    expect(nextIndex('a', 1, 10, 3, false)).to.equal(undefined);
  });
});
