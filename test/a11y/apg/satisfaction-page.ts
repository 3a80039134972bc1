/** A page with a button, then <sx-satisfaction> on the embedded backend, then another button. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/provider.js';
import '../../../src/elements/sx-satisfaction/sx-satisfaction.js';
import type { SxSatisfaction } from '../../../src/elements/sx-satisfaction/sx-satisfaction.component.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { SURVEY_POLICY_KEY } from '../../../src/core/survey-policy.js';

let run = 0;

export interface SatisfactionPage {
  page: HTMLElement;
  element: SxSatisfaction;
  adapter: MemoryAdapter;
}

export async function mountSatisfaction(attributes: Record<string, string>, { locale = 'en' } = {}): Promise<SatisfactionPage> {
  localStorage.removeItem(SURVEY_POLICY_KEY);
  run += 1;
  const adapter = createMemoryAdapter({ dbName: `sx-a11y-satisfaction-${Date.now()}-${run}`, persist: false });
  const page = await fixture<HTMLElement>(html`<div>
    <button id="before">Before</button>
    <sx-provider .adapter=${adapter} locale=${locale}></sx-provider>
    <button id="after">After</button>
  </div>`);
  const element = document.createElement('sx-satisfaction');
  element.id = 'rating';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  page.querySelector('sx-provider')!.append(element);
  await waitUntil(() => !element.inactive && element.shadowRoot?.querySelector('[role=radiogroup]'), 'the prompt never appeared', { timeout: 8000 });
  await element.updateComplete;
  return { page, element, adapter };
}

/** The focused element, looking inside shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];

/** Chooses a score with the mouse and waits for the follow-up questions (loaded on the first choice). */
export async function chooseScore(element: SxSatisfaction, score: number, followUp = '[part=reasons]') {
  $<HTMLLabelElement>(element, `label[for=score-${score}]`)!.click();
  await waitUntil(() => $(element, followUp), `no ${followUp} after choosing ${score}`, { timeout: 8000 });
  await element.updateComplete;
}
