/**
 * Every element of the kit in its main states, on one page, and what WCAG 2.2's 2.5.8 (target
 * size) and 2.4.11 (focus not obscured) measure on it. Shared by target-size.test.ts and
 * focus-not-obscured.test.ts so both criteria are held against the same states.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/provider.js';
import '../../../src/search.js';
import '../../../src/ticket-status.js';
import '../../../src/satisfaction.js';
import '../../../src/catalog.js';
import '../../../src/insights.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { SURVEY_POLICY_KEY } from '../../../src/core/survey-policy.js';
export { deepActive } from '../../helpers/shadow-dom.js';

const RECENT_KEY = 'sx-kit:recent-searches';
const WAIT = { timeout: 8000 };
let run = 0;

export interface KitState {
  name: string;
  /** Mounts the page and brings the element into the state; focus is left where the person is. */
  open: () => Promise<HTMLElement>;
  /** Tab from where `open` left focus (a popup or dialog that is open), not from the page's first button. */
  tabFromFocus?: boolean;
}


/** Every element of the composed tree under `root`: light children and (nested) shadow trees. */
export function composedTree(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (parent: Element | ShadowRoot) => {
    for (const child of parent.children) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The composed parent: through shadow roots to their host. */
const composedParent = (node: Element): Element | null => node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;

export function composedContains(outer: Element, inner: Element | null): boolean {
  for (let node = inner; node; node = composedParent(node)) if (node === outer) return true;
  return false;
}

export function hostOf(element: Element): string {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const root = node.getRootNode();
    if (root instanceof ShadowRoot && root.host.localName.startsWith('sx-')) return root.host.localName;
  }
  return 'page';
}

/** "sx-search button[part=clear] "Clear search"": which control, in words a failure message can print. */
export function controlName(element: Element): string {
  const part = element.getAttribute('part');
  const klass = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
  const tag = `${element.localName}${part ? `[part=${part}]` : klass}`;
  const name =
    element.getAttribute('aria-label') ??
    ((element as HTMLInputElement).labels?.[0]?.textContent || element.textContent || (element as HTMLInputElement).placeholder || '');
  return `${hostOf(element)} ${tag} "${name.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
}

/** Hidden from sight by the kit's visually-hidden or opacity pattern, though it takes focus. */
export function visuallyHidden(element: Element): boolean {
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return style.opacity === '0' || style.clipPath !== 'none' || style.clip !== 'auto' || box.width <= 1 || box.height <= 1;
}

/** What a person sees and clicks for a control: a native radio or checkbox is its label(s) with it. */
export function seenBoxes(element: Element): Element[] {
  const input = element as HTMLInputElement;
  if (element.localName === 'input' && (input.type === 'radio' || input.type === 'checkbox') && input.labels?.length) {
    return [...input.labels, ...(visuallyHidden(input) ? [] : [input])];
  }
  return [element];
}

export function union(elements: Element[]): DOMRect {
  const boxes = elements.map((element) => element.getBoundingClientRect());
  const left = Math.min(...boxes.map((box) => box.left));
  const top = Math.min(...boxes.map((box) => box.top));
  return new DOMRect(left, top, Math.max(...boxes.map((box) => box.right)) - left, Math.max(...boxes.map((box) => box.bottom)) - top);
}

export function rendered(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && element.checkVisibility({ checkVisibilityCSS: true });
}

/** `recent`: searches this browser remembers for the backend (the empty search box lists them). */
async function page(template: TemplateResult, recent: string[] = [], { filler = false } = {}): Promise<HTMLElement> {
  localStorage.removeItem(SURVEY_POLICY_KEY);
  run += 1;
  const adapter = createMemoryAdapter({ dbName: `sx-wcag-${Date.now()}-${run}`, persist: false });
  if (recent.length) localStorage.setItem(RECENT_KEY, JSON.stringify({ [adapter.id]: recent }));
  else localStorage.removeItem(RECENT_KEY);
  const wrapper = await fixture<HTMLElement>(
    html`<div id="kit-page" style="padding: 8px">
      <button id="before" style="min-block-size: 2.75rem">Before</button>
      <sx-provider locale="en">${template}</sx-provider>
      ${filler ? Array.from({ length: 30 }, (_, index) => html`<p><a href="#page-${index}">Page link ${index + 1}</a></p>`) : ''}
      <button id="after" style="min-block-size: 2.75rem">After</button>
    </div>`,
  );
  wrapper.querySelector('sx-provider')!.adapter = adapter;
  return wrapper;
}

const inside = <T extends Element = HTMLElement>(host: Element | null | undefined, selector: string) => host?.shadowRoot?.querySelector<T>(selector) ?? null;
async function settle(element: Element | null) {
  await (element as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
function buttonNamed(host: Element, label: string): HTMLButtonElement {
  const found = [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.replace(/\s+/g, ' ').trim() === label);
  if (!found) throw new Error(`no button "${label}" in ${host.localName}`);
  return found;
}

async function searchPage(attributes: string, recent: string[] = []) {
  const wrapper = await page(html``, recent);
  wrapper.querySelector('sx-provider')!.insertAdjacentHTML('beforeend', `<sx-search ${attributes}></sx-search>`);
  const search = wrapper.querySelector('sx-search')!;
  await waitUntil(() => inside(search, 'input[role=combobox]'), 'the search box never appeared', WAIT);
  return { wrapper, search, box: inside<HTMLInputElement>(search, 'input[role=combobox]')! };
}

async function searchWithResults(attributes: string) {
  const found = await searchPage(attributes);
  found.box.focus();
  await sendKeys({ type: 'vpn' });
  await waitUntil(() => inside(found.search, '[role=option]') && found.box.getAttribute('aria-busy') === 'false', 'no results appeared', WAIT);
  await settle(found.search);
  return found;
}

async function satisfaction(attributes: string, lowest?: number, options: { filler?: boolean } = {}) {
  const wrapper = await page(html``, [], options);
  wrapper.querySelector('sx-provider')!.insertAdjacentHTML('beforeend', `<sx-satisfaction topic="wcag-${run}" ${attributes}></sx-satisfaction>`);
  const element = wrapper.querySelector('sx-satisfaction')!;
  // Not the invisible, inert place held while the policy decides: the prompt itself.
  await waitUntil(
    () => !element.hasAttribute('inactive') && inside(element, '[role=radiogroup]') && !inside(element, '.held-place'),
    'the prompt never appeared',
    WAIT,
  );
  if (lowest !== undefined) {
    inside<HTMLLabelElement>(element, `label[for=score-${lowest}]`)!.click();
    await waitUntil(() => inside(element, '[part=reasons], textarea'), 'no follow-up after the lowest score', WAIT);
  }
  await settle(element);
  return wrapper;
}

async function ticket(ticketId?: string, act?: (element: Element) => Promise<void>) {
  const wrapper = await page(
    ticketId ? html`<sx-ticket-status ticket-id=${ticketId} time-zone="UTC"></sx-ticket-status>` : html`<sx-ticket-status time-zone="UTC"></sx-ticket-status>`,
  );
  const element = wrapper.querySelector('sx-ticket-status')!;
  await waitUntil(() => inside(element, ticketId ? '[part=timeline]' : '.row-button'), 'the ticket view never appeared', WAIT);
  await act?.(element);
  await settle(element);
  return wrapper;
}

async function card(variant: 'full' | 'compact', act?: (element: Element) => Promise<void>) {
  const wrapper = await page(html`<sx-catalog-card item-id="cat-new-laptop" variant=${variant}></sx-catalog-card>`);
  const element = wrapper.querySelector('sx-catalog-card')!;
  await waitUntil(() => inside(element, '.request'), 'the card never loaded', WAIT);
  await act?.(element);
  await settle(element);
  return wrapper;
}

const SCALES = ['csat5', 'emoji5', 'thumbs', 'ces7', 'nps11'] as const;
const LOWEST: Record<(typeof SCALES)[number], number> = { csat5: 1, emoji5: 1, thumbs: 0, ces7: 1, nps11: 0 };

/** The kit's elements in their main states. */
export const KIT_STATES: KitState[] = [
  { name: 'sx-search, empty box', open: async () => (await searchPage('sources="articles catalog"')).wrapper },
  { name: 'sx-search, results popup open', open: async () => (await searchWithResults('sources="articles catalog"')).wrapper, tabFromFocus: true },
  {
    name: 'sx-search, recent searches open',
    tabFromFocus: true,
    open: async () => {
      const { wrapper, search, box } = await searchPage('', ['vpn', 'printer', 'password reset']);
      box.focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => inside(search, '[role=option]'), 'the recent searches never showed', WAIT);
      await settle(search);
      return wrapper;
    },
  },
  {
    name: 'sx-search, article open in place',
    open: async () => {
      const { wrapper, search } = await searchWithResults('');
      inside(search, '[role=option]')!.click();
      await waitUntil(() => inside(search, '#article-title') && inside(search, '[part=feedback] button'), 'the article never opened', WAIT);
      await settle(search);
      return wrapper;
    },
  },
  {
    name: 'sx-search open-mode="dialog", article dialog open',
    tabFromFocus: true,
    open: async () => {
      const { wrapper, search } = await searchWithResults('open-mode="dialog"');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => inside(search, 'dialog[open] [part=feedback] button'), 'the article dialog never opened', WAIT);
      await settle(search);
      return wrapper;
    },
  },
  { name: 'sx-ticket-status, list of requests', open: () => ticket() },
  {
    name: 'sx-ticket-status, request with the comment form',
    open: () => ticket('INC0012001', (element) => waitUntil(() => inside(element, 'textarea#comment'), 'no comment form', WAIT)),
  },
  {
    name: 'sx-ticket-status, resolved request asking to confirm or reopen',
    open: () =>
      ticket('INC0012003', async (element) => {
        await waitUntil(() => inside(element, '[part=decision] button'), 'no confirm or reopen', WAIT);
        buttonNamed(element, 'Yes, it’s fixed');
        buttonNamed(element, 'No, still broken');
      }),
  },
  {
    name: 'sx-ticket-status, reopen form',
    open: () =>
      ticket('INC0012003', async (element) => {
        buttonNamed(element, 'No, still broken').click();
        await waitUntil(() => inside(element, '#reason'), 'the reopen form never opened', WAIT);
      }),
  },
  ...SCALES.flatMap((scale): KitState[] => [
    { name: `sx-satisfaction ${scale}, the question`, open: () => satisfaction(`scale="${scale}"`) },
    { name: `sx-satisfaction ${scale}, after the lowest score`, open: () => satisfaction(`scale="${scale}"`, LOWEST[scale]) },
  ]),
  {
    name: 'sx-satisfaction nps11 presentation="toast", over a page of links',
    open: () => satisfaction('scale="nps11" presentation="toast"', 0, { filler: true }),
  },
  { name: 'sx-satisfaction csat5 rater, RATER questions and reasons', open: () => satisfaction('scale="csat5" rater', 1) },
  { name: 'sx-catalog-card full', open: () => card('full') },
  { name: 'sx-catalog-card compact', open: () => card('compact') },
  {
    name: 'sx-catalog-card full, details shown',
    open: () =>
      card('full', async (element) => {
        inside(element, 'button[aria-controls=details]')!.click();
        await waitUntil(() => inside(element, '#details:not([hidden])'), 'the details never showed', WAIT);
      }),
  },
  {
    name: 'sx-catalog-card full, request form',
    open: () =>
      card('full', async (element) => {
        inside(element, '.request')!.click();
        await waitUntil(() => inside(element, 'form'), 'the form never opened', WAIT);
      }),
  },
  ...(['grid', 'list'] as const).map((layout): KitState => ({
    name: `sx-catalog layout="${layout}"`,
    open: async () => {
      const wrapper = await page(html`<sx-catalog layout=${layout}></sx-catalog>`);
      const catalog = wrapper.querySelector('sx-catalog')!;
      await waitUntil(() => inside(catalog, 'li.card'), 'the catalog never loaded', WAIT);
      await waitUntil(() => inside(catalog, 'li.card:not(.skeleton-card) button'), 'the cards never rendered', WAIT);
      await settle(catalog);
      return wrapper;
    },
  })),
  {
    name: 'sx-insights, figures with filters and export',
    open: async () => {
      const wrapper = await page(html`<sx-insights period="30d"></sx-insights>`);
      const insights = wrapper.querySelector('sx-insights')!;
      await waitUntil(() => inside(insights, '.figures'), 'the figures never appeared', WAIT);
      await settle(insights);
      return wrapper;
    },
  },
];

export const WIDTHS = [800, 320] as const;
