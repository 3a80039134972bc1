/**
 * The only way HTML from a backend reaches the DOM. DOMPurify parses and cleans it into a
 * DocumentFragment, so no string is ever turned into markup after sanitising (which also keeps us
 * compatible with Trusted Types), and links are made safe to open.
 */
import DOMPurify, { type Config } from 'dompurify';
import { Directive, directive } from 'lit/directive.js';
import { noChange } from 'lit';

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

/** Backend HTML (or a vendor's highlighted snippet) as plain text, for snippets and titles. */
export function htmlToText(html: string): string {
  const fragment = sanitizeToFragment(html);
  return (fragment.textContent ?? '').replace(/\s+/g, ' ').trim();
}

class BackendHtmlDirective extends Directive {
  private source?: string;

  render(html: string | undefined) {
    if (html === this.source) return noChange;
    this.source = html;
    return html ? sanitizeToFragment(html) : '';
  }
}

/**
 * Renders backend HTML in a Lit template: `${backendHtml(article.body)}`. Sanitises once per
 * distinct string; re-renders with the same string leave the DOM alone.
 */
export const backendHtml = directive(BackendHtmlDirective);
