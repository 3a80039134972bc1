import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/provider.js';
import '../../src/search.js';
import '../../src/ticket-status.js';
import '../../src/satisfaction.js';
import '../../src/catalog.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { SxProvider } from '../../src/elements/sx-provider/sx-provider.component.js';
import { SURVEY_POLICY_KEY } from '../../src/core/survey-policy.js';

let run = 0;
const backend = () => createMemoryAdapter({ dbName: `accessibility-${Date.now()}-${run++}`, persist: false });
const $ = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector);

/** The elements of a tree in document order, shadow roots included (after their host). */
function composed(root: Document | ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...composed(element.shadowRoot));
  }
  return found;
}

const levelOf = (element: Element) => Number(/^h([1-6])$/.exec(element.localName)?.[1] ?? element.getAttribute('aria-level'));
const headings = (root: Document | ShadowRoot | Element) =>
  composed(root).filter((element) => /^h[1-6]$/.test(element.localName) || element.getAttribute('role') === 'heading');

/** sRGB relative luminance of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((part) => Number(part) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('accessibility at the edges', () => {
  beforeEach(() => localStorage.removeItem(SURVEY_POLICY_KEY));

  it('highlighted words in a result keep 4.5:1 contrast in the dark theme', async () => {
    const page = await fixture<SxProvider>(html`<sx-provider theme="dark" locale="en"><sx-search></sx-search></sx-provider>`);
    page.adapter = backend();
    const search = page.querySelector('sx-search')!;
    await waitUntil(() => $(search, 'input[role=combobox]'), 'the search box never appeared', { timeout: 5000 });
    $<HTMLInputElement>(search, 'input[role=combobox]')!.focus();
    await sendKeys({ type: 'password' });
    await waitUntil(() => search.shadowRoot!.querySelector('.snippet mark'), 'no highlighted words in a snippet', { timeout: 5000 });
    for (const mark of search.shadowRoot!.querySelectorAll<HTMLElement>('mark')) {
      const style = getComputedStyle(mark);
      expect(contrast(style.color, style.backgroundColor), `"${mark.textContent}" in ${mark.parentElement!.className}`).to.be.at.least(4.5);
    }
  });

  it('each element starts its headings at its heading-level and never skips one', async () => {
    localStorage.removeItem(SURVEY_POLICY_KEY);
    const page = await fixture<HTMLElement>(html`<div>
      <h1>Help</h1>
      <sx-provider locale="en">
        <sx-search heading-level="2"></sx-search>
        <sx-ticket-status heading-level="2"></sx-ticket-status>
        <sx-catalog-card item-id="cat-nonexistent" heading-level="2"></sx-catalog-card>
        <sx-catalog-card item-id="cat-new-laptop" heading-level="2"></sx-catalog-card>
        <sx-catalog heading-level="2"></sx-catalog>
      </sx-provider>
    </div>`);
    page.querySelector('sx-provider')!.adapter = backend();
    const [search, status, missing, card, catalog] = ['sx-search', 'sx-ticket-status', 'sx-catalog-card', 'sx-catalog-card:last-of-type', 'sx-catalog'].map(
      (tag) => page.querySelector<HTMLElement>(tag)!,
    );
    await waitUntil(() => $(status!, '.row-button') && $(missing!, '[role=alert]') && $(card!, '.request') && $(catalog!, 'li.card'), 'the page never loaded', {
      timeout: 8000,
    });
    // The ticket in detail, and an article opened from a search.
    $<HTMLButtonElement>(status!, '.row-button')!.click();
    await waitUntil(() => $(status!, '#ticket-title') && $(status!, '#timeline-title'), 'the ticket never opened', { timeout: 5000 });
    $<HTMLInputElement>(search!, 'input[role=combobox]')!.focus();
    await sendKeys({ type: 'vpn' });
    await waitUntil(() => $(search!, '[role=option]'), 'no results', { timeout: 5000 });
    $<HTMLElement>(search!, '[role=option]')!.click();
    await waitUntil(() => $(search!, '#article-title'), 'the article never opened', { timeout: 5000 });

    for (const element of [search, status, missing, card, catalog]) {
      const levels = headings(element!.shadowRoot!).map(levelOf);
      expect(levels.length, `${element!.localName} has headings`).to.be.greaterThan(0);
      expect(levels[0], `${element!.localName}'s first heading`).to.equal(2);
      for (const [index, level] of levels.entries()) {
        if (index > 0) expect(level, `${element!.localName}: h${levels[index - 1]} then h${level}`).to.be.at.most(levels[index - 1]! + 1);
        expect(level, `${element!.localName}: h${level} under the element's h2`).to.be.at.least(2);
      }
    }
    // The whole page, outline read in order: no level skipped after the page's h1.
    const outline = headings(page).map(levelOf);
    for (const [index, level] of outline.entries()) if (index > 0) expect(level).to.be.at.most(outline[index - 1]! + 1);
  });

  it('keeps today’s levels without the attribute: the ticket at h2 (its sections h3), search and card titles at h3', async () => {
    const page = await fixture<SxProvider>(html`<sx-provider locale="en">
      <sx-ticket-status ticket-id="INC0012003"></sx-ticket-status>
      <sx-catalog-card item-id="cat-new-laptop"></sx-catalog-card>
    </sx-provider>`);
    page.adapter = backend();
    const status = page.querySelector('sx-ticket-status')!;
    const card = page.querySelector('sx-catalog-card')!;
    await waitUntil(() => $(status, '#ticket-title') && $(status, '#timeline-title') && $(card, '#name'), 'the page never loaded', { timeout: 8000 });
    expect($(status, '#ticket-title')!.localName).to.equal('h2');
    expect($(status, '#timeline-title')!.localName).to.equal('h3');
    expect($(card, '#name')!.localName).to.equal('h3');
    status.setAttribute('heading-level', 'nonsense');
    await status.updateComplete;
    expect($(status, '#ticket-title')!.localName).to.equal('h2');
  });

  it('names every landmark once, also when the page wraps the list in its own "My requests" region', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <section aria-label="My requests"><sx-provider locale="en"><sx-ticket-status></sx-ticket-status></sx-provider></section>
    </main>`);
    page.querySelector('sx-provider')!.adapter = backend();
    const status = page.querySelector('sx-ticket-status')!;
    await waitUntil(() => $(status, '.row-button'), 'the list never appeared', { timeout: 5000 });
    const landmarks = composed(page)
      .filter((element) => ['section', 'aside', 'nav', 'form'].includes(element.localName) || element.getAttribute('role') === 'region')
      .map((element) => {
        const root = element.getRootNode() as Document | ShadowRoot;
        const labelledBy = element.getAttribute('aria-labelledby');
        const byId = labelledBy ? root.getElementById?.(labelledBy) ?? (root as ShadowRoot).querySelector(`#${labelledBy}`) : null;
        return (element.getAttribute('aria-label') ?? byId?.textContent ?? '').trim();
      })
      .filter(Boolean);
    expect(landmarks).to.include('My requests');
    expect(landmarks.length, `landmarks: ${landmarks.join(' | ')}`).to.equal(new Set(landmarks).size);
  });

  for (const choice of ['Not now', 'Don’t ask me about this']) {
    it(`moves focus on to what follows after “${choice}”, not to the page's body`, async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <button id="before">Before</button>
        <sx-provider locale="en"><sx-satisfaction topic="focus-${choice.length}"></sx-satisfaction></sx-provider>
        <a id="after" href="#after">After the survey</a>
      </div>`);
      page.querySelector('sx-provider')!.adapter = backend();
      const prompt = page.querySelector('sx-satisfaction')!;
      await waitUntil(() => $(prompt, '[role=radiogroup]'), 'the prompt never appeared', { timeout: 5000 });
      const button = [...prompt.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent!.trim() === choice)!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => prompt.inactive, 'the prompt did not step back');
      await prompt.updateComplete;
      // Compared by name: chai cannot print a DOM element the browser can send back.
      const focused = document.activeElement;
      expect(focused?.id || focused?.localName, 'where focus went').to.equal('after');
    });
  }
});
