/**
 * The page the reflow (1.4.10) and text-spacing (1.4.12) tests share: one element at a time on the
 * embedded backend, what a user does with it, and measurements over its whole shadow tree.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/search.js';
import '../../../src/ticket-status.js';
import '../../../src/satisfaction.js';
import '../../../src/catalog.js';
import '../../../src/insights.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { SURVEY_POLICY_KEY } from '../../../src/core/survey-policy.js';
export { $, $$, shadowTree, words } from '../../helpers/shadow-dom.js';
import { shadowTree, words } from '../../helpers/shadow-dom.js';

let run = 0;
export const WAIT = { timeout: 8000 };


/** `markup` is the element's tag with its attributes; the page is padded like a host page would be. */
export async function mountElement<T extends HTMLElement = HTMLElement>(
  markup: string,
  adapter?: MemoryAdapter,
): Promise<{ element: T; adapter: MemoryAdapter }> {
  localStorage.removeItem(SURVEY_POLICY_KEY);
  adapter ??= createMemoryAdapter({
    dbName: `wcag-${Date.now()}-${run++}`,
    persist: false,
  });
  const page = await fixture<HTMLElement>(html`<div style="padding: 8px"></div>`);
  page.innerHTML = `<sx-provider locale="en">${markup}</sx-provider>`;
  page.querySelector('sx-provider')!.adapter = adapter;
  return { element: page.querySelector<T>('sx-provider > *')!, adapter };
}


/** The parent in the composed tree: a shadow root's top elements have their host. */
const composedParent = (node: Element) => node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;

export const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function nameOf(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host?.localName ?? 'page';
  const part = element.getAttribute('part');
  const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
  const id = element.id ? `#${element.id}` : '';
  return `${host} ${element.localName}${id}${part ? `[part=${part}]` : classes}`;
}

/** Rendered at all: not display:none, not in a closed <details>, and with a box. */
function rendered(element: Element): boolean {
  if (!element.checkVisibility({ visibilityProperty: true })) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 || box.height > 0;
}

/** The kit's visually hidden text: clipped to 1 px on purpose, read by screen readers only. */
function visuallyHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    if (style.clipPath !== 'none' || style.clip !== 'auto') return true;
  }
  return false;
}

const hasText = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');

/**
 * Clipping the kit does by design, with where the whole text is. Each entry is a selector in one
 * element's shadow root; nothing else may hide text.
 */
const INTENDED_EXCERPTS: { host: string; selector: string; why: string }[] = [
  {
    host: 'sx-search',
    selector: '.snippet',
    why: 'a one-line excerpt of the article; the option opens the whole article',
  },
];

function intendedExcerpt(element: Element): boolean {
  const host = (element.getRootNode() as ShadowRoot).host?.localName;
  return INTENDED_EXCERPTS.some((entry) => entry.host === host && element.matches(entry.selector));
}

/** Text a box hides: it clips (overflow hidden/clip, or an ellipsis) and its content is larger than it. */
export function clippedText(host: HTMLElement): string[] {
  const problems: string[] = [];
  for (const element of [host, ...shadowTree(host)]) {
    if (!rendered(element) || visuallyHidden(element) || intendedExcerpt(element) || !words(element)) continue;
    const style = getComputedStyle(element);
    const clipsX = ['hidden', 'clip'].includes(style.overflowX);
    const clipsY = ['hidden', 'clip'].includes(style.overflowY);
    if (clipsX && element.scrollWidth > element.clientWidth + 1)
      problems.push(`${nameOf(element)} hides text sideways: ${element.scrollWidth} > ${element.clientWidth}`);
    if (clipsY && element.scrollHeight > element.clientHeight + 1)
      problems.push(`${nameOf(element)} hides text below: ${element.scrollHeight} > ${element.clientHeight}`);
  }
  return problems;
}

/**
 * Scrolling in two dimensions: the page or the host scrolls sideways, a part is a sideways scroll
 * container whose content is wider than it, or a box reaches past the viewport's edges.
 */
export function sidewaysScrolling(host: HTMLElement): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > viewport + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${viewport}`);
  if (host.scrollWidth > host.clientWidth + 1) problems.push(`${host.localName} scrolls sideways: ${host.scrollWidth} > ${host.clientWidth}`);
  for (const element of shadowTree(host)) {
    if (!rendered(element) || visuallyHidden(element)) continue;
    const style = getComputedStyle(element);
    if (['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${nameOf(element)} scrolls sideways: ${element.scrollWidth} > ${element.clientWidth}`);
    }
    if (style.display === 'inline') continue;
    const box = element.getBoundingClientRect();
    if (box.width > 0 && (box.right > viewport + 1 || box.left < -1))
      problems.push(`${nameOf(element)} reaches ${Math.round(box.left)}…${Math.round(box.right)} of ${viewport}`);
  }
  return problems;
}

/** Dialogs and fixed overlays (a toast) must fit the viewport, or scroll inside so all of them can be read. */
export function overlaysOutsideViewport(host: HTMLElement): string[] {
  const problems: string[] = [];
  const { clientWidth: width, clientHeight: height } = document.documentElement;
  for (const element of shadowTree(host)) {
    const style = getComputedStyle(element);
    const overlay = (element.localName === 'dialog' && (element as HTMLDialogElement).open) || style.position === 'fixed';
    if (!overlay || !rendered(element)) continue;
    const box = element.getBoundingClientRect();
    if (box.left < -1 || box.top < -1 || box.right > width + 1 || box.bottom > height + 1) {
      problems.push(
        `${nameOf(element)} is ${Math.round(box.left)},${Math.round(box.top)}…${Math.round(box.right)},${Math.round(box.bottom)} in a ${width}×${height} viewport`,
      );
    }
    // What does not fit must scroll inside, and only up and down.
    const scrolls = ['auto', 'scroll'].includes(style.overflowY);
    if (element.scrollHeight > element.clientHeight + 1 && !scrolls) problems.push(`${nameOf(element)} is taller than it shows and does not scroll`);
  }
  return problems;
}

/**
 * Text that sits over other text: for each parent, the glyph boxes of the text under each child
 * must not share pixels with those under a sibling. Glyph boxes, not element boxes: text that
 * spills out of a fixed-height box over the next one is the usual failure.
 */
export function overlappingText(host: HTMLElement): string[] {
  const problems: string[] = [];
  const parents = new Set<Element | ShadowRoot>();
  for (const element of shadowTree(host)) if (hasText(element)) parents.add(element.parentElement ?? (element.getRootNode() as ShadowRoot));
  for (const parent of parents) {
    const children = [...parent.children].filter(
      (child) => rendered(child) && !visuallyHidden(child) && words(child) && getComputedStyle(child).position !== 'absolute',
    );
    const boxes = children.map((child) => ({
      child,
      rects: visibleTextRects(child),
    }));
    for (const [index, { child, rects }] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) {
        const hit = rects.some((a) =>
          other.rects.some((b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1),
        );
        if (hit) problems.push(`"${words(child).slice(0, 40)}" (${nameOf(child)}) overlaps "${words(other.child).slice(0, 40)}" (${nameOf(other.child)})`);
      }
    }
  }
  return problems;
}

/** The part of a glyph box that shows: cut by every ancestor that clips what overflows it. */
function shownPart(rect: DOMRect, from: Element): DOMRect | undefined {
  let { left, top, right, bottom } = rect;
  for (let node: Element | null = from; node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible' && !/paint|strict|content/.test(style.contain)) continue;
    const box = node.getBoundingClientRect();
    [left, top, right, bottom] = [Math.max(left, box.left), Math.max(top, box.top), Math.min(right, box.right), Math.min(bottom, box.bottom)];
  }
  return right - left > 0.5 && bottom - top > 0.5 ? new DOMRect(left, top, right - left, bottom - top) : undefined;
}

/** The glyph boxes of the visible text under an element, as far as they show; visually hidden text left out. */
function visibleTextRects(element: Element): DOMRect[] {
  const rects: DOMRect[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent!.trim() || !parent || visuallyHidden(parent) || !rendered(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      const shown = shownPart(rect, parent);
      if (shown) rects.push(shown);
    }
  }
  return rects;
}

/** Buttons (and links and summaries styled as controls) whose label spills out of, or is cut by, their box. */
export function cutButtonLabels(host: HTMLElement): string[] {
  const problems: string[] = [];
  const controls = shadowTree(host).filter(
    (element) => element.matches('button, [role=button], summary, a.button, label[for]') && rendered(element) && !visuallyHidden(element),
  );
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    for (const rect of visibleTextRects(control)) {
      if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1) {
        problems.push(`the label "${words(control).slice(0, 40)}" of ${nameOf(control)} leaves its box`);
        break;
      }
    }
    if (control.scrollWidth > control.clientWidth + 1 && getComputedStyle(control).overflowX !== 'visible') problems.push(`${nameOf(control)} cuts its label`);
  }
  return problems;
}

/** The element under a point, looking inside shadow roots. */
function deepElementAt(x: number, y: number): Element | null {
  let found = document.elementFromPoint(x, y);
  while (found?.shadowRoot) {
    const inner = found.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === found) break;
    found = inner;
  }
  return found;
}

const contains = (outer: Element, inner: Element | null) => {
  for (let node: Node | null = inner; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) if (node === outer) return true;
  return false;
};

/**
 * What a pointer user does: scrolls the control into view, and presses it where it shows. Fails when
 * something covers it or it cannot be brought into the viewport. Give a lookup for a control that
 * may render anew (it is found again after scrolling).
 */
export async function tap(target: Element | (() => Element | null | undefined)) {
  const find = () => {
    const found = typeof target === 'function' ? target() : target;
    if (!found?.isConnected) throw new Error('the control to tap is not on the page');
    return found;
  };
  const { clientWidth, clientHeight } = document.documentElement;
  let control: Element;
  let x: number;
  let y: number;
  // A view that is still settling (a lazy part arriving above the control) can move it after the
  // scroll: scroll and measure again, a few frames at the most.
  for (let attempt = 0; ; attempt++) {
    find().scrollIntoView({ block: 'center', inline: 'center' });
    await frame();
    control = find();
    const box = control.getBoundingClientRect();
    x = box.left + Math.min(box.width / 2, 12);
    y = box.top + box.height / 2;
    if ((x >= 0 && y >= 0 && x <= clientWidth && y <= clientHeight) || attempt === 5) break;
  }
  if (!(x >= 0 && y >= 0 && x <= clientWidth && y <= clientHeight))
    throw new Error(`${nameOf(control)} cannot be brought into the ${clientWidth}×${clientHeight} viewport`);
  const under = deepElementAt(x, y);
  if (!contains(control, under)) throw new Error(`${nameOf(control)} is covered by ${under ? nameOf(under) : 'nothing'} at ${Math.round(x)},${Math.round(y)}`);
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}

export async function until(check: () => unknown, message: string) {
  await waitUntil(check, message, WAIT);
  await frame();
}

/** WCAG 1.4.12's four overrides, the way a user's bookmarklet or extension sets them. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;
let spacing: CSSStyleSheet | undefined;

/** Puts the overrides in the document and in every shadow root under it, nested ones included; call again after new parts render. */
export function applyTextSpacing(): number {
  spacing ??= new CSSStyleSheet();
  spacing.replaceSync(TEXT_SPACING);
  let roots = 0;
  const adopt = (root: Document | ShadowRoot) => {
    if (!root.adoptedStyleSheets.includes(spacing!)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing!];
    roots += 1;
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) adopt(element.shadowRoot);
  };
  adopt(document);
  return roots;
}

export function removeTextSpacing() {
  const drop = (root: Document | ShadowRoot) => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== spacing);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) drop(element.shadowRoot);
  };
  drop(document);
}

let probes = 0;
/**
 * A made-up element for checking the checks: `markup` in its shadow root, `nested` (if given) in
 * the shadow root of a child element `<span id="nested">` inside it.
 */
export async function mountProbe(markup: string, nested?: string): Promise<HTMLElement> {
  const tag = `wcag-probe-${++probes}`;
  customElements.define(
    tag,
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = markup;
        if (nested !== undefined) {
          const inner = document.createElement('span');
          inner.id = 'nested';
          inner.style.display = 'block';
          inner.attachShadow({ mode: 'open' }).innerHTML = nested;
          this.shadowRoot!.append(inner);
        }
      }
    },
  );
  const page = await fixture<HTMLElement>(html`<div style="padding: 8px"></div>`);
  const probe = document.createElement(tag);
  probe.style.display = 'block';
  page.append(probe);
  await frame();
  return probe;
}
