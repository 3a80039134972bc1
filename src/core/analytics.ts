/**
 * `sx-*` events as small vendor-neutral records (CloudEvents 1.0 attributes), so deflection,
 * zero-result queries and CSAT can be piped into any analytics tool. Records leave the page, so
 * what people typed is redacted (core/redact), free text such as comments is left out unless the
 * host opts in, and errors carry their kind and operation, never the server's text.
 */
import { containsSecret, redact } from './redact.js';
import { randomId } from './random-id.js';

export interface AnalyticsRecord {
  specversion: '1.0';
  id: string;
  /** `sx.search`, `sx.deflect`, `sx.escalate`, `sx.rating`, … */
  type: string;
  /** The page and the element: `https://intranet.example/help#sx-search`. */
  source: string;
  time: string;
  datacontenttype: 'application/json';
  data: unknown;
}

const TYPE_NAMES: Record<string, string> = { 'sx-rating-submit': 'sx.rating', 'sx-request-submit': 'sx.request' };

export function analyticsType(eventName: string): string {
  return TYPE_NAMES[eventName] ?? eventName.replace(/^sx-/, 'sx.');
}

export interface AnalyticsPrivacy {
  /** Include free text (rating and feedback comments), redacted. Off unless the host opts in. */
  freeText?: boolean;
}

/** What the person typed: kept, with secrets redacted. */
const TYPED_FIELDS = ['query', 'phrasing'];
/** Derived from what was typed (expanded, corrected): a redaction of the original cannot cover them. */
const DERIVED_FIELDS = ['expandedQuery', 'suggestion'];
const FREE_TEXT_FIELDS = ['comment'];

function recordData(type: string, detail: unknown, privacy: AnalyticsPrivacy): unknown {
  if (!detail || typeof detail !== 'object' || Array.isArray(detail)) return detail;
  const source = detail as Record<string, unknown>;
  // The server's error text can echo tokens, addresses or a whole request body.
  if (type === 'sx.error') return { kind: source.kind, operation: source.operation };
  const data: Record<string, unknown> = { ...source };
  const typedSecret = TYPED_FIELDS.some((field) => typeof source[field] === 'string' && containsSecret(source[field]));
  for (const field of TYPED_FIELDS) if (typeof data[field] === 'string') data[field] = redact(data[field]);
  for (const field of DERIVED_FIELDS) {
    if (typeof data[field] !== 'string') continue;
    if (typedSecret) delete data[field];
    else data[field] = redact(data[field]);
  }
  for (const field of FREE_TEXT_FIELDS) {
    if (typeof data[field] !== 'string') continue;
    if (privacy.freeText) data[field] = redact(data[field]);
    else delete data[field];
  }
  return data;
}

export function toAnalyticsRecord(event: CustomEvent, origin: Element, now = new Date(), privacy: AnalyticsPrivacy = {}): AnalyticsRecord {
  const page = typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`;
  const type = analyticsType(event.type);
  return {
    specversion: '1.0',
    id: randomId(),
    type,
    source: `${page}#${origin.localName}`,
    time: now.toISOString(),
    datacontenttype: 'application/json',
    data: recordData(type, event.detail, privacy),
  };
}
