import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SxCatalogCard } from '../../src/elements/sx-catalog-card/sx-catalog-card.component.js';
import type { SxSearch } from '../../src/elements/sx-search/sx-search.component.js';

const $ = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector);

/** The demo page's body, with its own script (demo/main.ts) run on it. */
async function openDemo() {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
  document.body.innerHTML = page.body.innerHTML;
  await import('../../demo/main.js');
}

describe('the demo page: "Ask the service desk"', () => {
  after(() => {
    document.body.innerHTML = '';
  });

  it('opens the request form with the words the person searched for, without reloading the page', async function () {
    // The demo page loads every element and seeds its backend first.
    this.timeout(30_000);
    await openDemo();
    const search = document.querySelector<SxSearch>('sx-search')!;
    await waitUntil(() => $(search, 'input[role=combobox]'), 'the search box never appeared', { timeout: 8000 });
    // A reload would end this test run; a link the page left to the browser is caught and counted.
    let followed: string | undefined;
    const catchNavigation = (event: MouseEvent) => {
      const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      if (!link || event.defaultPrevented) return;
      event.preventDefault();
      followed = link.href;
    };
    window.addEventListener('click', catchNavigation);
    try {
      const query = 'qqzxv wwyyk';
      $<HTMLInputElement>(search, 'input[role=combobox]')!.focus();
      await sendKeys({ type: query });
      await waitUntil(() => $(search, '[part=escalate]'), 'no "Ask the service desk" was offered', { timeout: 8000 });
      const address = location.href;
      $<HTMLElement>(search, '[part=escalate]')!.click();
      expect(followed, 'the browser was sent to another page').to.equal(undefined);
      expect(location.href.split('#')[0]).to.equal(address.split('#')[0]);

      const card = document.querySelector<SxCatalogCard>('#request sx-catalog-card')!;
      await waitUntil(() => $(card, 'form textarea'), 'the request form never opened', { timeout: 8000 });
      expect(card.open).to.equal(true);
      const notes = $<HTMLTextAreaElement>(card, 'textarea[data-field=notes]')!;
      expect(notes.value).to.equal(query);
    } finally {
      window.removeEventListener('click', catchNavigation);
    }
  });
});
