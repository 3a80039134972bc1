/**
 * Cleans backend HTML with DOMPurify into a DocumentFragment, so no string is ever turned into
 * markup after sanitising (which also keeps us compatible with Trusted Types), and makes links safe
 * to open. Elements use it through `backendHtml` (core/backend-html), which loads it on demand.
 */
import DOMPurify, { type Config } from 'dompurify';
import { safeUrl } from './safe-url.js';

/** DOMPurify's prefix for ids (SANITIZE_NAMED_PROPS): backend ids can never equal the kit's own. */
const ID_PREFIX = 'user-content-';

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'dialog', 'template', 'slot'],
  // No `class` or `style`: the kit's own classes position its popup, and inline styles could cover
  // the host page. Ids stay, prefixed, so `#anchor` links within an article still work.
  FORBID_ATTR: ['style', 'class', 'name', 'tabindex', 'autofocus', 'slot', 'part'],
  // What knowledge articles use for tables, images and mixed-direction text.
  ADD_ATTR: ['width', 'height', 'colspan', 'rowspan', 'span', 'scope', 'headers', 'abbr', 'align', 'valign', 'dir', 'lang', 'title', 'alt', 'start', 'reversed'],
  ALLOW_DATA_ATTR: false,
  // DOMPurify tests every attribute value against this, so values with no scheme ("rtl", "400")
  // must pass: its default pattern narrowed to our schemes. Links are checked again by safeUrl.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  SANITIZE_NAMED_PROPS: true,
};

/** Attributes that name other elements by id: they follow the ids' prefix. */
const ID_REFERENCES = ['headers', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-details'];

const prefixed = (id: string) => (id.startsWith(ID_PREFIX) ? id : `${ID_PREFIX}${id}`);

function followLink(anchor: HTMLAnchorElement) {
  const href = anchor.getAttribute('href')!;
  if (href.startsWith('#')) {
    // In-article anchors stay in the same tab; backend-html scrolls to them inside the widget.
    if (href.length > 1) anchor.setAttribute('href', `#${prefixed(href.slice(1))}`);
    anchor.removeAttribute('target');
    return;
  }
  if (!safeUrl(href)) {
    anchor.removeAttribute('href');
    return;
  }
  // Links leave the widget: a new tab that cannot reach back into the portal.
  anchor.setAttribute('target', '_blank');
  anchor.setAttribute('rel', 'noopener noreferrer');
}

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    hooked = true;
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) followLink(node);
      if (node instanceof Element) {
        for (const name of ID_REFERENCES) {
          const value = node.getAttribute(name);
          if (value) node.setAttribute(name, value.split(/\s+/).filter(Boolean).map(prefixed).join(' '));
        }
      }
      if (node instanceof HTMLImageElement) node.setAttribute('loading', 'lazy');
    });
  }
  return DOMPurify;
}

/** Backend HTML as an inert fragment: no script, handler, style, class or form survives. */
export function sanitizeToFragment(html: string): DocumentFragment {
  return purifier().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}
