/**
 * Backend HTML (an article body, a vendor's highlighted snippet) as plain text. DOMParser documents
 * are inert (no scripts run, nothing loads), so this needs no sanitiser; script-like elements are
 * dropped so their source never shows up as text.
 */

/** Elements whose edges separate words although the markup may have no whitespace there. */
const BREAKING = 'br, hr, p, div, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, td, th, caption, section, article, header, footer, aside, nav, main, address, figure, figcaption, details, summary, ul, ol, dl, table';

export function htmlToText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const element of document.querySelectorAll('script, style, template, noscript')) element.remove();
  // `Hi,<br>my` and `<p>one</p><p>two</p>` are two lines, not one word.
  for (const element of document.body.querySelectorAll(BREAKING)) {
    element.before(' ');
    element.after(' ');
  }
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
