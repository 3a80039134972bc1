import { defineElement } from '../shared/define.js';
import { SxTicketStatus } from './sx-ticket-status.component.js';

export * from './sx-ticket-status.component.js';
export type { SxTicketChangeDetail } from './sx-ticket-status.events.js';

defineElement('sx-ticket-status', SxTicketStatus, { className: 'SxTicketStatus', entry: 'ticket-status' });

declare global {
  interface HTMLElementTagNameMap {
    'sx-ticket-status': SxTicketStatus;
  }
}
