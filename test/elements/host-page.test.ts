import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { SURVEY_POLICY_KEY } from '../../src/core/survey-policy.js';

// The host page's own <sx-search>, defined before the kit loads (this file imports the kit late).
class HostSearch extends HTMLElement {}
customElements.define('sx-search', HostSearch);

const warnings: string[] = [];
const consoleWarn = console.warn;
console.warn = (...args: unknown[]) => {
  warnings.push(args.map(String).join(' '));
  consoleWarn.apply(console, args);
};
await import('../../src/index.js');
// A second copy of the entry (the ESM and the script-tag build on one page) must not warn again.
await import('../../src/search.js');
console.warn = consoleWarn;
const { SxSearch } = await import('../../src/elements/sx-search/sx-search.component.js');

const $ = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector);
let run = 0;

describe('a host page the kit did not expect', () => {
  it('leaves the host’s own <sx-search> alone and says so once, with the way to a scoped name', () => {
    expect(customElements.get('sx-search')).to.equal(HostSearch);
    const aboutSearch = warnings.filter((warning) => warning.includes('<sx-search>'));
    expect(aboutSearch, warnings.join('\n')).to.have.length(1);
    expect(aboutSearch[0]).to.contain("import { SxSearch } from 'sx-kit/search'");
    expect(aboutSearch[0]).to.contain("customElements.define('");
    // The other elements were registered as usual, without a word.
    expect(customElements.get('sx-ticket-status')).to.be.a('function');
    expect(warnings.filter((warning) => warning.startsWith('sx-kit') && !warning.includes('<sx-search>'))).to.deep.equal([]);
  });

  it('the kit’s search box works under the scoped name the warning suggests', async () => {
    customElements.define('acme-sx-search', SxSearch);
    const page = document.createElement('div');
    page.innerHTML = '<sx-provider locale="en"><acme-sx-search></acme-sx-search></sx-provider>';
    document.body.append(page);
    page.querySelector('sx-provider')!.adapter = createMemoryAdapter({ dbName: `host-page-${Date.now()}-${run++}`, persist: false });
    const search = page.querySelector('acme-sx-search')!;
    await waitUntil(() => search.shadowRoot?.querySelector('input[role=combobox]'), 'the scoped search box never appeared', { timeout: 5000 });
    page.remove();
  });

  it('stays inside its box under a host stylesheet of `* { all: unset !important }`', async () => {
    localStorage.removeItem(SURVEY_POLICY_KEY);
    const hostile = document.createElement('style');
    hostile.textContent = '* { all: unset !important; }';
    document.head.append(hostile);
    const page = document.createElement('div');
    page.innerHTML = `<sx-provider locale="en">
      <sx-ticket-status></sx-ticket-status>
      <sx-catalog-card item-id="cat-new-laptop"></sx-catalog-card>
      <sx-satisfaction topic="unset-page"></sx-satisfaction>
      <sx-catalog></sx-catalog>
    </sx-provider>`;
    // The page's own column: everything must fit in it.
    page.setAttribute('style', 'display: block !important; width: 360px !important; overflow: visible !important');
    document.body.append(page);
    try {
      page.querySelector('sx-provider')!.adapter = createMemoryAdapter({ dbName: `host-page-${Date.now()}-${run++}`, persist: false });
      const [status, card, prompt, catalog] = ['sx-ticket-status', 'sx-catalog-card', 'sx-satisfaction', 'sx-catalog'].map((tag) => page.querySelector<HTMLElement>(tag)!);
      await waitUntil(
        () => $(status!, '.row-button') && $(card!, '.request') && $(prompt!, '[role=radiogroup]') && $(catalog!, 'li.card'),
        'the widgets never loaded',
        { timeout: 8000 },
      );
      const column = page.getBoundingClientRect();
      for (const host of [status, card, prompt, catalog]) {
        const box = host!.getBoundingClientRect();
        expect(box.width, `${host!.localName} takes part in the layout`).to.be.greaterThan(0);
        expect(Math.round(box.right - column.right), `${host!.localName} sticks out of the column by`).to.be.at.most(0);
        for (const inner of host!.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          const style = getComputedStyle(inner);
          if (style.position === 'fixed' || style.display === 'none' || style.clipPath !== 'none' || style.clip !== 'auto') continue;
          const right = inner.getBoundingClientRect().right;
          expect(Math.round(right - column.right), `${host!.localName} ${inner.localName}.${inner.className} sticks out by`).to.be.at.most(0);
        }
      }
    } finally {
      hostile.remove();
      page.remove();
    }
  });
});
