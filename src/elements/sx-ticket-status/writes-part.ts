/** The forms and the following of what the person sends, loaded with the first ticket shown. */
export { TicketWrites } from './ticket-writes.js';
export { renderCommentBox, renderDecision } from './write-views.js';
export { styles } from './writes.styles.js';
