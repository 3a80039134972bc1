/** The detail view, loaded when the element first shows a ticket. */
export { LiveUpdates } from './live-updates.js';
export { renderTicket } from './ticket-view.js';
export { renderTimeline } from './timeline-view.js';
export { styles } from './detail.styles.js';
