/**
 * The one way the kit registers its elements. A tag that is already taken is left alone: by another
 * copy of the kit (the ESM and the script-tag build on one page) without a word, by anything else
 * with one console warning that names the tag and how to register the kit's element under a
 * scoped name instead.
 */
const KIT_ELEMENT = Symbol.for('sx-kit:element');
const WARNED = Symbol.for('sx-kit:warned-tags');

type Registry = typeof globalThis & { [WARNED]?: Set<string> };

export interface KitElement {
  /** The class's export name (bundles rename classes, so it is not read from the class). */
  className: string;
  /** The package entry that exports the class: `search` for `sx-kit/search`. */
  entry: string;
}

export function defineElement(tag: string, element: CustomElementConstructor, { className, entry }: KitElement): void {
  const existing = customElements.get(tag);
  if (!existing) {
    Object.defineProperty(element, KIT_ELEMENT, { value: true });
    customElements.define(tag, element);
    return;
  }
  if (existing === element || KIT_ELEMENT in existing) return;
  const warned = ((globalThis as Registry)[WARNED] ??= new Set());
  if (warned.has(tag)) return;
  warned.add(tag);
  // eslint-disable-next-line no-console -- telling the page's developer is the point
  console.warn(
    `sx-kit: <${tag}> is already defined by another script on this page, so sx-kit did not register its own <${tag}>. ` +
      `Register sx-kit's element under a scoped name instead: import { ${className} } from 'sx-kit/${entry}'; ` +
      `customElements.define('acme-${tag}', ${className}); and use <acme-${tag}> in the page.`,
  );
}
