import { SxTicketStatus } from './sx-ticket-status.component.js';

export * from './sx-ticket-status.component.js';
export type { SxTicketChangeDetail } from './sx-ticket-status.events.js';

if (!customElements.get('sx-ticket-status')) customElements.define('sx-ticket-status', SxTicketStatus);

declare global {
  interface HTMLElementTagNameMap {
    'sx-ticket-status': SxTicketStatus;
  }
}
