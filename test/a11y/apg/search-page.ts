/** A page with <sx-search> on the embedded backend, and what a keyboard user reads off it. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/elements/sx-search/sx-search.js';
import type { SxSearch } from '../../../src/elements/sx-search/sx-search.component.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';

const RECENT_KEY = 'sx-kit:recent-searches';
let run = 0;

export interface SearchPage {
  page: HTMLElement;
  search: SxSearch;
  adapter: MemoryAdapter;
}

/** `recent`: searches this browser remembers for the backend (the kit lists them in the empty box). */
export async function mountSearch({ attributes = '', recent = [] as string[], locale = 'en' } = {}): Promise<SearchPage> {
  run += 1;
  const adapter = createMemoryAdapter({ dbName: `sx-a11y-${Date.now()}-${run}`, persist: false });
  if (recent.length) localStorage.setItem(RECENT_KEY, JSON.stringify({ [adapter.id]: recent }));
  else localStorage.removeItem(RECENT_KEY);
  const page = await fixture<HTMLElement>(html`<div id="page"><h2 id="outside">Help</h2></div>`);
  page.insertAdjacentHTML('beforeend', `<sx-provider locale="${locale}"><sx-search id="search" ${attributes}></sx-search></sx-provider>`);
  page.querySelector('sx-provider')!.adapter = adapter;
  const search = page.querySelector<SxSearch>('sx-search')!;
  await waitUntil(() => search.shadowRoot?.querySelector('input[role=combobox]'), 'the search box never appeared');
  return { page, search, adapter };
}

export const root = (search: SxSearch) => search.shadowRoot!;
export const combobox = (search: SxSearch) => root(search).querySelector<HTMLInputElement>('input[role=combobox]')!;
export const listbox = (search: SxSearch) => root(search).querySelector<HTMLElement>('[role=listbox]')!;
export const options = (search: SxSearch) => [...root(search).querySelectorAll<HTMLElement>('[role=option]')];
export const optionText = (option: HTMLElement) => (option.querySelector('.title') ?? option).textContent!.replace(/\s+/g, ' ').trim();

/** Rendered and not hidden: what `isDisplayed()` checks in the APG's Selenium tests. */
export function isDisplayed(element: Element | null): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

export async function settle(search: SxSearch) {
  await search.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await search.updateComplete;
}

export async function press(search: SxSearch, ...keys: string[]) {
  for (const key of keys) await sendKeys({ press: key });
  await settle(search);
}

/** Types into the box and waits until the options for the text are shown. */
export async function typeAndWaitForOptions(search: SxSearch, text: string) {
  combobox(search).focus();
  await sendKeys({ type: text });
  await waitUntil(
    () => options(search).length > 0 && combobox(search).getAttribute('aria-busy') === 'false',
    `no options for "${text}": value "${combobox(search).value}", busy ${combobox(search).getAttribute('aria-busy')}`,
    { timeout: 5000 },
  );
  await settle(search);
}
