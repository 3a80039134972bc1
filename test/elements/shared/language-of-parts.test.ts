import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/provider.js';
import '../../../src/search.js';
import '../../../src/catalog.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { words } from '../../helpers/shadow-dom.js';

let run = 0;
const backend = () => createMemoryAdapter({ dbName: `lang-of-parts-${Date.now()}-${run++}`, persist: false });
/** The language a screen reader is told for a node inside an element's shadow tree. */
const languageAt = (node: Element) => node.closest('[lang]')?.getAttribute('lang');

// WCAG 3.1.2 Language of Parts: the kit's words carry the language they are written in.
describe('the language of what an element renders', () => {
  it('a provider locale unlike the page’s marks the element’s words with it', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en"><sx-provider locale="de-CH"><sx-search></sx-search></sx-provider></div>`);
    page.querySelector('sx-provider')!.adapter = backend();
    const search = page.querySelector('sx-search')!;
    await waitUntil(() => search.shadowRoot!.querySelector('input')?.getAttribute('aria-label') === 'Hilfe suchen', 'no German label', { timeout: 5000 });
    expect(languageAt(search.shadowRoot!.querySelector('input')!)).to.equal('de');
    await expect(search).to.be.accessible();
  });

  it('the English fallback on a page in a language without a catalog is marked English', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="pl"><sx-provider><sx-catalog></sx-catalog></sx-provider></div>`);
    page.querySelector('sx-provider')!.adapter = backend();
    const catalog = page.querySelector('sx-catalog')!;
    await waitUntil(() => catalog.shadowRoot!.querySelector('li.card .name'), 'no cards', { timeout: 5000 });
    const filter = catalog.shadowRoot!.querySelector('label[for=filter]')!;
    expect(words(filter)).to.match(/[A-Za-z]/);
    expect(languageAt(filter)).to.equal('en');
    await expect(catalog).to.be.accessible();
  });

  it('follows a change of the page’s language', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="fr"><sx-provider><sx-search></sx-search></sx-provider></div>`);
    page.querySelector('sx-provider')!.adapter = backend();
    const search = page.querySelector('sx-search')!;
    const input = () => search.shadowRoot!.querySelector('input');
    await waitUntil(() => input() && languageAt(input()!) === 'fr', 'not marked French', { timeout: 5000 });
    page.setAttribute('lang', 'nl');
    await waitUntil(() => languageAt(input()!) === 'nl', 'not marked Dutch after the page changed', { timeout: 5000 });
  });
});
