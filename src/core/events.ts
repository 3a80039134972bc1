/**
 * Typed `sx-*` events. Each element folder declares its own in an `*.events.ts` file by adding to
 * `SxEventMap` (the detail types) and `GlobalEventHandlersEventMap` (for addEventListener).
 */
import type { AdapterErrorKind } from './adapter.js';

export interface SxErrorDetail {
  kind: AdapterErrorKind;
  message: string;
  /** What the element was doing: "search", "load-ticket", "submit-request", … */
  operation: string;
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
