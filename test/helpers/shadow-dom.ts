/** Reading an element's shadow tree the way the page-level tests (WCAG, phone widths) need it. */

export const $ = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(host: Element, selector: string) => [...host.shadowRoot!.querySelectorAll<T>(selector)];

/** An element's text as a person reads it: whitespace collapsed. */
export const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every element of a host's shadow tree, nested shadow roots included (each after its host). */
export function shadowTree(host: Element): Element[] {
  const found: Element[] = [];
  for (const element of host.shadowRoot?.querySelectorAll('*') ?? []) {
    found.push(element);
    if (element.shadowRoot) found.push(...shadowTree(element));
  }
  return found;
}

/** The element that has focus, looking inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
