/** Events of <sx-catalog-card>, added to the global `sx-*` event map. */
import type { RequestReceipt } from '../../core/schemas.js';

export interface SxRequestSubmitDetail {
  itemId: string;
  /** The key the request is sent with: the same request sent again is created once. */
  idempotencyKey: string;
  /** The backend's receipt, once the request is delivered. */
  receipt?: RequestReceipt;
  /** True when the request is saved on this device and will be sent later (offline, slow backend). */
  queued: boolean;
}

declare global {
  interface SxEventMap {
    'sx-request-submit': SxRequestSubmitDetail;
  }
  interface GlobalEventHandlersEventMap {
    'sx-request-submit': CustomEvent<SxRequestSubmitDetail>;
  }
}
