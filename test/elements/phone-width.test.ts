import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/provider.js';
import '../../src/search.js';
import '../../src/ticket-status.js';
import '../../src/satisfaction.js';
import '../../src/catalog.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { SURVEY_POLICY_KEY } from '../../src/core/survey-policy.js';
import { shadowTree } from '../helpers/shadow-dom.js';

let run = 0;
const backend = (): MemoryAdapter => createMemoryAdapter({ dbName: `phone-width-${Date.now()}-${run++}`, persist: false });
const $ = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector);

/** What sticks out sideways at this width: a host or part that scrolls, or a box past the viewport's edge. */
function overflow(host: HTMLElement): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  if (host.scrollWidth > host.clientWidth + 1) problems.push(`${host.localName} scrolls: ${host.scrollWidth} > ${host.clientWidth}`);
  for (const element of shadowTree(host)) {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.display === 'inline' || style.position === 'fixed') continue;
    // The visually hidden text is clipped to 1 px on purpose.
    if (style.clipPath !== 'none' || style.clip !== 'auto') continue;
    const name = `${host.localName} ${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : `.${element.className}`}`;
    if (element.hasAttribute('part') && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${name} scrolls: ${element.scrollWidth} > ${element.clientWidth}`);
    }
    const box = element.getBoundingClientRect();
    if (box.width > 0 && (box.right > viewport + 1 || box.left < -1)) problems.push(`${name} reaches ${Math.round(box.left)}…${Math.round(box.right)} of ${viewport}`);
  }
  return problems;
}

async function page(template: unknown, adapter = backend()) {
  const wrapper = await fixture<HTMLElement>(html`<div style="padding: 8px">${template}</div>`);
  wrapper.querySelector('sx-provider')!.adapter = adapter;
  return wrapper;
}

const widths = [320, 390];

describe('at phone widths (320 and 390 px)', () => {
  beforeEach(() => localStorage.removeItem(SURVEY_POLICY_KEY));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of widths) {
    describe(`${width} px`, () => {
      beforeEach(() => setViewport({ width, height: 740 }));

      for (const scale of ['csat5', 'emoji5', 'thumbs', 'ces7', 'nps11']) {
        it(`the ${scale} options never wrap unevenly or overlap, and whichever is chosen shows its whole label`, async () => {
          const wrapper = await page(html`<sx-provider locale="en"><sx-satisfaction topic="phone-${width}-${scale}" scale=${scale}></sx-satisfaction></sx-provider>`);
          const prompt = wrapper.querySelector('sx-satisfaction')!;
          await waitUntil(() => $(prompt, '[role=radiogroup]'), 'the prompt never appeared', { timeout: 5000 });
          for (const label of prompt.shadowRoot!.querySelectorAll<HTMLLabelElement>('.option label')) {
            label.click();
            await waitUntil(() => label.closest('.option.checked'), 'the option was not chosen');
            await prompt.updateComplete;
            const options = [...prompt.shadowRoot!.querySelectorAll<HTMLElement>('.option')].map((option) => option.getBoundingClientRect());
            const rows = new Set(options.map((box) => Math.round(box.top))).size;
            // One row, or one option per row: never four and one.
            expect([1, options.length], `rows of ${options.length} options`).to.include(rows);
            for (const [index, box] of options.entries()) {
              for (const other of options.slice(index + 1)) {
                const apart = other.left >= box.right - 0.5 || other.right <= box.left + 0.5 || other.top >= box.bottom - 0.5 || other.bottom <= box.top + 0.5;
                expect(apart, `option ${index + 1} overlaps another`).to.equal(true);
              }
            }
            for (const content of prompt.shadowRoot!.querySelectorAll<HTMLElement>('.option label > :not(.visually-hidden)')) {
              const box = content.closest('label')!;
              const name = `"${content.textContent!.trim()}"${box.closest('.checked') ? ' (chosen)' : ''}`;
              expect(content.scrollWidth, `${name} is clipped`).to.be.at.most(Math.ceil(content.getBoundingClientRect().width) + 1);
              expect(content.getBoundingClientRect().right, `${name} leaves its box`).to.be.at.most(box.getBoundingClientRect().right + 0.5);
              expect(content.getBoundingClientRect().left, `${name} leaves its box`).to.be.at.least(box.getBoundingClientRect().left - 0.5);
            }
          }
          expect(overflow(prompt)).to.deep.equal([]);
          await expect(prompt).to.be.accessible();
        });
      }

      it('the search box and its results stay inside the page', async () => {
        const wrapper = await page(html`<sx-provider locale="en"><sx-search sources="articles catalog"></sx-search></sx-provider>`);
        const search = wrapper.querySelector('sx-search')!;
        await waitUntil(() => $(search, 'input[role=combobox]'), 'the search box never appeared', { timeout: 5000 });
        $<HTMLInputElement>(search, 'input[role=combobox]')!.focus();
        await sendKeys({ type: 'vpn' });
        await waitUntil(() => $(search, '[role=option]'), 'no results appeared', { timeout: 5000 });
        expect(overflow(search)).to.deep.equal([]);
        $<HTMLElement>(search, '[role=option]')!.click();
        await waitUntil(() => $(search, '#article-title'), 'the article never opened', { timeout: 5000 });
        expect(overflow(search)).to.deep.equal([]);
      });

      it('the list of requests and a request in detail stay inside the page', async () => {
        const wrapper = await page(html`<sx-provider locale="en"><sx-ticket-status></sx-ticket-status></sx-provider>`);
        const status = wrapper.querySelector('sx-ticket-status')!;
        await waitUntil(() => $(status, '.row-button'), 'the list never appeared', { timeout: 5000 });
        expect(overflow(status)).to.deep.equal([]);
        $<HTMLButtonElement>(status, '.row-button')!.click();
        await waitUntil(() => $(status, '#ticket-title') && $(status, '[part=timeline]'), 'the detail never appeared', { timeout: 5000 });
        expect(overflow(status)).to.deep.equal([]);
      });

      it('a catalog card, its request form and the catalog stay inside the page', async () => {
        const wrapper = await page(
          html`<sx-provider locale="en"><sx-catalog-card item-id="cat-new-laptop" variant="full"></sx-catalog-card><sx-catalog></sx-catalog></sx-provider>`,
        );
        const card = wrapper.querySelector('sx-catalog-card')!;
        const catalog = wrapper.querySelector('sx-catalog')!;
        await waitUntil(() => $(card, '.request'), 'the card never loaded', { timeout: 5000 });
        await waitUntil(() => $(catalog, 'li.card'), 'the catalog never loaded', { timeout: 5000 });
        expect(overflow(card)).to.deep.equal([]);
        expect(overflow(catalog)).to.deep.equal([]);
        $<HTMLButtonElement>(card, '.request')!.click();
        await waitUntil(() => $(card, 'form'), 'the form never opened', { timeout: 5000 });
        expect(overflow(card)).to.deep.equal([]);
      });
    });
  }
});
