/**
 * Typed `sx-*` events. Each element folder declares its own in an `*.events.ts` file by adding to
 * `SxEventMap` (the detail types) and `GlobalEventHandlersEventMap` (for addEventListener).
 */
import type { AdapterErrorKind } from './adapter.js';

/** What an element was doing when something failed; `sx-error` names one of these. */
export type SxOperation =
  | 'search'
  | 'load-article'
  | 'article-feedback'
  | 'list-tickets'
  | 'load-ticket'
  | 'refresh-ticket'
  | 'comment'
  | 'confirm'
  | 'reopen'
  | 'load-catalog'
  | 'load-catalog-item'
  | 'search-people'
  | 'submit-request'
  | 'survey-state'
  | 'submit-satisfaction'
  | 'load-insights'
  /** Showing an answer failed (a value the schemas accept but the browser's Intl or Date refuse). */
  | 'render';

export interface SxErrorDetail {
  kind: AdapterErrorKind;
  message: string;
  /** What the element was doing. */
  operation: SxOperation;
}

declare global {
  interface SxEventMap {
    'sx-error': SxErrorDetail;
  }
  interface GlobalEventHandlersEventMap {
    'sx-error': CustomEvent<SxErrorDetail>;
  }
}

export type SxEventName = keyof SxEventMap;
export type SxEvent<K extends SxEventName> = CustomEvent<SxEventMap[K]>;
