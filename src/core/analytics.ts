/**
 * `sx-*` events as small vendor-neutral records (CloudEvents 1.0 attributes), so deflection,
 * zero-result queries and CSAT can be piped into any analytics tool.
 */
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

export function toAnalyticsRecord(event: CustomEvent, origin: Element, now = new Date()): AnalyticsRecord {
  const page = typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`;
  return {
    specversion: '1.0',
    id: randomId(),
    type: analyticsType(event.type),
    source: `${page}#${origin.localName}`,
    time: now.toISOString(),
    datacontenttype: 'application/json',
    data: event.detail,
  };
}
