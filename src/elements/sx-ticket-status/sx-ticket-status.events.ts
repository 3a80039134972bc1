import type { TicketState } from '../../core/schemas.js';

/** A watched ticket changed state (pushed by the backend, found by polling, or after your own confirm/reopen). */
export interface SxTicketChangeDetail {
  ticketId: string;
  previousState: TicketState;
  state: TicketState;
}

declare global {
  interface SxEventMap {
    'sx-ticket-change': SxTicketChangeDetail;
  }
  interface GlobalEventHandlersEventMap {
    'sx-ticket-change': CustomEvent<SxTicketChangeDetail>;
  }
}
