/**
 * The one gate for URLs that come from a backend (hit, article, catalog item and receipt links):
 * only http, https, mailto, tel and relative URLs pass; anything else (`javascript:`, `data:`,
 * `vbscript:`, `blob:`, `file:`…) comes back undefined and the element shows no link.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

// Resolving against a fixed base keeps this free of `document` and still tells a relative URL
// (which keeps the page's own http/https scheme) from one that names its own scheme.
const BASE = 'https://relative.invalid/';

/** Character references that turn text into a scheme if the value is ever decoded as HTML again. */
const NAMED_REFERENCES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', period: '.', amp: '&', nbsp: ' ' };

function decodeReferences(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);?/gi, (whole, reference: string) => {
    if (reference[0] === '#') {
      const code = reference[1]?.toLowerCase() === 'x' ? parseInt(reference.slice(2), 16) : parseInt(reference.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_REFERENCES[reference.toLowerCase()] ?? whole;
  });
}

function trimControls(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end);
}

function hasAllowedScheme(value: string): boolean {
  // A relative reference's first segment never holds a colon (RFC 3986 4.2): "java\0script:…" and
  // "javascript\x00:…" are not relative links but disguised schemes.
  if (!/^[a-z][a-z\d+.-]*:/i.test(value) && /^[^/?#]*:/.test(value)) return false;
  try {
    // The browser's own URL parser: it strips leading control characters and spaces, drops tabs and
    // newlines anywhere and lower-cases the scheme, exactly as it does when following a link.
    return ALLOWED_PROTOCOLS.has(new URL(value, BASE).protocol);
  } catch {
    return false;
  }
}

/**
 * The URL to use in an `href` or for navigation, or undefined when it must not be followed. The
 * value is checked as given and with HTML character references decoded, so `javascript&colon;`
 * cannot become a script URL in a later HTML context either.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Same trimming as the URL parser (C0 controls and spaces at the ends, tabs and newlines
  // anywhere), so what we return is what the check saw.
  const url = trimControls(value.replace(/[\t\n\r]/g, ''));
  if (!url) return undefined;
  return hasAllowedScheme(url) && hasAllowedScheme(decodeReferences(url)) ? url : undefined;
}
