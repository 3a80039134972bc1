/**
 * Backend HTML (an article body, a vendor's highlighted snippet) as plain text. DOMParser documents
 * are inert (no scripts run, nothing loads), so this needs no sanitiser; script-like elements are
 * dropped so their source never shows up as text.
 */
export function htmlToText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const element of document.querySelectorAll('script, style, template, noscript')) element.remove();
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
