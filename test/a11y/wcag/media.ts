/**
 * Pages with each element in its main states on the embedded backend, and what the WCAG media
 * tests (forced colours, reduced motion, use of colour) read off them: nested shadow trees,
 * computed styles, running animations.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/search.js';
import '../../../src/ticket-status.js';
import '../../../src/satisfaction.js';
import '../../../src/catalog.js';
import '../../../src/insights.js';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import { SURVEY_POLICY_KEY } from '../../../src/core/survey-policy.js';
import { handWorkedWeek } from '../../core/insights-records.js';
export { $, $$, deepActive, shadowTree, words } from '../../helpers/shadow-dom.js';
import { $, $$, deepActive, shadowTree, words } from '../../helpers/shadow-dom.js';

export const WAIT = { timeout: 5000 };
const INSIGHTS_NOW = new Date('2026-03-07T12:00:00Z');
let run = 0;


export function backend(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return createMemoryAdapter({
    dbName: `wcag-media-${Date.now()}-${run++}`,
    persist: false,
    ...options,
  });
}

/** Mounts `markup` (one element inside a provider) after a button to Tab from; returns the element. Prompts are mounted with `max-prompts="99"`: the frequency cap is not what these tests check. */
export async function mount<T extends HTMLElement = HTMLElement>(markup: string, adapter: MemoryAdapter = backend(), now?: Date): Promise<T> {
  localStorage.removeItem(SURVEY_POLICY_KEY);
  localStorage.removeItem('sx-kit:recent-searches');
  const page = await fixture<HTMLElement>(html`<div style="padding: 8px"><button id="before">Before</button></div>`);
  page.insertAdjacentHTML('beforeend', `<sx-provider locale="en">${markup}</sx-provider>`);
  const provider = page.querySelector('sx-provider')!;
  if (now) provider.now = () => now;
  provider.adapter = adapter;
  return provider.firstElementChild as T;
}

/** <sx-insights> with the hand-worked week of records its own tests use. */
export async function mountInsights(options: MemoryAdapterOptions = {}) {
  const adapter = backend({
    seedInsights: false,
    now: () => INSIGHTS_NOW,
    ...options,
  });
  await adapter.recordEvents(handWorkedWeek());
  return mount(`<sx-insights period="7d"></sx-insights>`, adapter, INSIGHTS_NOW);
}

/** <sx-search> with results for "vpn" and the first one active (Down Arrow from the box). */
export async function searchWithActiveOption(): Promise<HTMLElement> {
  const search = await mount(`<sx-search></sx-search>`);
  await waitUntil(() => $(search, 'input[role=combobox]'), 'the search box never appeared', WAIT);
  await typeInto($(search, 'input[role=combobox]')!, 'vpn');
  await waitUntil(() => $$(search, '[role=option]').length > 1, 'fewer than two results', WAIT);
  await sendKeys({ press: 'ArrowDown' });
  await waitUntil(() => $(search, '[role=option][aria-selected=true]'), 'no active option', WAIT);
  return search;
}

export async function typeInto(target: HTMLElement, text: string) {
  target.focus();
  await sendKeys({ type: text });
}



/** A readable name for a failure message: tag, part or class, text. */
export function nameOf(element: Element): string {
  const part = element.getAttribute('part');
  const label = element.id
    ? `#${element.id}`
    : part
      ? `[part=${part}]`
      : element.className && typeof element.className === 'string'
        ? `.${element.className.trim().split(/\s+/).join('.')}`
        : '';
  const text = words(element).slice(0, 30);
  return `${element.localName}${label}${text ? ` "${text}"` : ''}`;
}

/** What a system colour keyword computes to right now (forced colours change them). */
export function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

export const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

/** Every animation and transition now in the document, the elements' shadow trees included. */
export function runningAnimations(hosts: readonly Element[]): Animation[] {
  const all = new Set<Animation>(document.getAnimations());
  for (const host of hosts) for (const root of shadowRoots(host)) for (const animation of root.getAnimations()) all.add(animation);
  return [...all].filter((animation) => animation.playState === 'running' || animation.pending);
}

/** "shimmer on .skeleton: 1200 ms × Infinity". */
export function describeAnimation(animation: Animation): string {
  const timing = animation.effect?.getComputedTiming();
  const target = (animation.effect as KeyframeEffect | null)?.target;
  const name =
    animation instanceof CSSAnimation
      ? animation.animationName
      : animation instanceof CSSTransition
        ? `transition of ${animation.transitionProperty}`
        : 'script animation';
  return `${name} on ${target ? nameOf(target) : '?'}: ${String(timing?.duration)} ms × ${String(timing?.iterations)}`;
}

/** Where a focus ring shows: the control, or the label drawn for a control kept invisible (rating scales, reason chips). */
export function ringOf(focused: Element): Element {
  const labels = (focused as HTMLInputElement).labels;
  return getComputedStyle(focused).opacity === '0' && labels?.[0] ? labels[0] : focused;
}

/** Tabs from the button before the element until focus leaves it; calls `visit` at each stop inside. */
export async function tabThrough(host: HTMLElement, visit: (focused: Element) => void, limit = 40) {
  host.closest('sx-provider')!.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
  for (let step = 0; step < limit; step++) {
    await sendKeys({ press: 'Tab' });
    // Focus inside a shadow tree shows on the document as its host.
    const focused = deepActive();
    if (!focused || document.activeElement !== host) return step;
    visit(focused);
  }
  return limit;
}

/** sRGB relative luminance of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((part) => Number(part) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The colour behind an element: the nearest opaque background up the composed tree, else white. */
export function backdropOf(element: Element): string {
  for (let node: Element | null = element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null; node;) {
    const color = getComputedStyle(node).backgroundColor;
    if (!transparent(color)) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return 'rgb(255, 255, 255)';
}

/** Every shadow root under a host, the host's own included. */
export function shadowRoots(host: Element): ShadowRoot[] {
  return [host, ...shadowTree(host)].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
}
