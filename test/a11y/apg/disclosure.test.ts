/**
 * The W3C APG's regression tests of the disclosure (w3c/aria-practices test/tests/disclosure_faq.js
 * and disclosure_card.js, which are the same checks), ported to the catalog card's "Show details".
 * The data differs (one card, one disclosure, where the APG page has four questions).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/elements/sx-catalog-card/sx-catalog-card.js';
import type { SxCatalogCard } from '../../../src/elements/sx-catalog-card/sx-catalog-card.component.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { axTree, findOne } from '../ax/ax-tree.js';
import { isDisplayed } from './search-page.js';
import { focused } from './satisfaction-page.js';

let run = 0;

async function mountCard() {
  run += 1;
  const adapter = createMemoryAdapter({ dbName: `sx-a11y-card-${Date.now()}-${run}`, persist: false });
  const page = await fixture<HTMLElement>(html`<div>
    <button id="before">Before</button>
    <sx-provider .adapter=${adapter}><sx-catalog-card id="card" item-id="cat-new-laptop"></sx-catalog-card></sx-provider>
  </div>`);
  const card = page.querySelector<SxCatalogCard>('sx-catalog-card')!;
  await waitUntil(() => card.shadowRoot?.querySelector('button[aria-controls=details]'), 'the card never showed its details button', { timeout: 8000 });
  return { page, card };
}

const button = (card: SxCatalogCard) => card.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!;
const details = (card: SxCatalogCard) => card.shadowRoot!.getElementById(button(card).getAttribute('aria-controls')!);

describe('APG disclosure: <sx-catalog-card> "Show details"', () => {
  it('button-aria-controls: the button names the element it shows', async () => {
    const { card } = await mountCard();
    expect(button(card).getAttribute('aria-controls')).to.equal('details');
    expect(card.shadowRoot!.querySelectorAll('#details')).to.have.length(1);
  });

  it('button-aria-expanded: false and hidden at first, true and shown after a click', async () => {
    const { card } = await mountCard();
    expect(button(card).getAttribute('aria-expanded')).to.equal('false');
    expect(isDisplayed(details(card))).to.equal(false);
    button(card).click();
    await card.updateComplete;
    expect(button(card).getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => isDisplayed(details(card)), 'the details never showed');
    const ax = findOne(await axTree('#card'), 'button', /details/i);
    expect(ax.states.expanded).to.equal(true);
  });

  it('key-tab: the button is in the Tab order whether open or closed', async () => {
    const { page, card } = await mountCard();
    for (const round of ['closed', 'open']) {
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      let reached = false;
      for (let step = 0; step < 6 && !reached; step++) {
        await sendKeys({ press: 'Tab' });
        reached = focused() === button(card);
      }
      expect(reached, `Tab reaches the button while ${round}`).to.equal(true);
      if (round === 'closed') {
        button(card).click();
        await card.updateComplete;
      }
    }
  });

  for (const key of ['Enter', 'Space']) {
    it(`key-enter-or-space: ${key} shows the details, and ${key} again hides them`, async () => {
      const { card } = await mountCard();
      button(card).focus();
      await sendKeys({ press: key });
      await card.updateComplete;
      expect(button(card).getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => isDisplayed(details(card)), `${key} did not show the details`);
      await sendKeys({ press: key });
      await card.updateComplete;
      expect(button(card).getAttribute('aria-expanded')).to.equal('false');
      expect(isDisplayed(details(card))).to.equal(false);
      expect(focused(), 'focus stays on the button').to.equal(button(card));
      await expect(card).to.be.accessible();
    });
  }
});
