/**
 * `${backendHtml(article.body)}`: the only way HTML from a backend reaches the DOM. The sanitiser
 * (DOMPurify, 11 KB) loads on first use rather than with every element, since only article and
 * catalog views show backend HTML; call `preloadSanitizer()` when such a view is likely.
 */
import { noChange, nothing } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { loadOnce } from './load-once.js';

type Sanitize = (html: string) => DocumentFragment;

let sanitizer: Sanitize | undefined;
// Offline, the import fails: the next article tries again once the network is back.
export const preloadSanitizer: () => Promise<Sanitize> = loadOnce(() =>
  import('./sanitize.js').then((module) => (sanitizer = module.sanitizeToFragment)),
);

class BackendHtmlDirective extends AsyncDirective {
  private source?: string;

  render(html: string | undefined) {
    if (html === this.source) return noChange;
    this.source = html;
    if (!html) return nothing;
    if (sanitizer) return sanitizer(html);
    void preloadSanitizer().then((sanitize) => {
      if (this.source === html && this.isConnected) this.setValue(sanitize(html));
    });
    return nothing;
  }
}

/** Sanitises once per distinct string; re-renders with the same string leave the DOM alone. */
export const backendHtml = directive(BackendHtmlDirective);
