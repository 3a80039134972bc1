/**
 * Cleans backend HTML with DOMPurify into a DocumentFragment, so no string is ever turned into
 * markup after sanitising (which also keeps us compatible with Trusted Types), and makes links safe
 * to open. Elements use it through `backendHtml` (core/backend-html), which loads it on demand.
 */
import DOMPurify, { type Config } from 'dompurify';

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'dialog', 'template', 'slot'],
  FORBID_ATTR: ['style', 'id', 'name', 'tabindex', 'autofocus', 'slot', 'part'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#|\/(?!\/)|\.{0,2}\/)/i,
  SANITIZE_NAMED_PROPS: true,
};

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    hooked = true;
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
        // Links leave the widget: a new tab that cannot reach back into the portal.
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node instanceof HTMLImageElement) node.setAttribute('loading', 'lazy');
    });
  }
  return DOMPurify;
}

/** Backend HTML as an inert fragment: no script, handler, style or form survives. */
export function sanitizeToFragment(html: string): DocumentFragment {
  return purifier().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}
