/**
 * `${backendHtml(article.body)}`: the only way HTML from a backend reaches the DOM. The sanitiser
 * (DOMPurify, 11 KB) loads on first use rather than with every element, since only article and
 * catalog views show backend HTML; call `preloadSanitizer()` when such a view is likely.
 */
import { html as template, noChange, nothing } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { htmlToText } from './html-text.js';
import { loadOnce } from './load-once.js';

type Sanitize = (html: string) => DocumentFragment;

/**
 * `#anchor` links inside backend HTML scroll to their target in the same shadow root: followed
 * as links they would look in the host document and change the host page's URL.
 */
function scrollWithin(event: Event) {
  const anchor = event.currentTarget as HTMLAnchorElement;
  const id = anchor.getAttribute('href')!.slice(1);
  const root = anchor.getRootNode() as Document | ShadowRoot;
  const target = id ? root.getElementById(id) : null;
  event.preventDefault();
  target?.scrollIntoView({ block: 'start' });
}

function withContainedAnchors(sanitize: Sanitize): Sanitize {
  return (html) => {
    // DOMPurify answers null when the string cannot be parsed at all.
    const fragment: DocumentFragment | null = sanitize(html);
    for (const anchor of fragment?.querySelectorAll('a[href^="#"]') ?? []) anchor.addEventListener('click', scrollWithin);
    return fragment!;
  };
}

let sanitizer: Sanitize | undefined;
// Offline, the import fails: the next article tries again once the network is back.
export const preloadSanitizer: () => Promise<Sanitize> = loadOnce(() =>
  import('./sanitize.js').then((module) => (sanitizer = withContainedAnchors(module.sanitizeToFragment))),
);

/** What shows beside the plain text when the sanitiser cannot load (offline): a notice with `retry`. */
export type SanitizerUnavailable = (retry: () => void) => unknown;

class BackendHtmlDirective extends AsyncDirective {
  private source?: string;

  render(html: string | undefined, unavailable?: SanitizerUnavailable) {
    if (html === this.source) return noChange;
    this.source = html;
    if (!html) return nothing;
    if (sanitizer) return sanitizer(html);
    this.load(html, unavailable);
    return nothing;
  }

  /**
   * Without the sanitiser (its chunk failed to load, typically offline) the content still shows,
   * as plain text (an inert parse, safe without it), with the caller's notice; the HTML replaces
   * it on retry or as soon as the browser is back online.
   */
  private load(html: string, unavailable: SanitizerUnavailable | undefined) {
    preloadSanitizer().then(
      (sanitize) => {
        if (this.source === html && this.isConnected) this.setValue(sanitize(html));
      },
      () => {
        if (this.source !== html || !this.isConnected) return;
        let retried = false;
        const retry = () => {
          if (retried || this.source !== html) return;
          retried = true;
          removeEventListener('online', retry);
          this.load(html, unavailable);
        };
        addEventListener('online', retry, { once: true });
        this.setValue(template`<p class="plain-text">${htmlToText(html)}</p>${unavailable?.(retry) ?? nothing}`);
      },
    );
  }
}

/**
 * Sanitises once per distinct string; re-renders with the same string leave the DOM alone.
 * `unavailable` renders the notice shown when the sanitiser cannot load.
 */
export const backendHtml = directive(BackendHtmlDirective);
