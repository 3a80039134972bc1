/** `sx-kit/ticket-status`: registers <sx-ticket-status>. */
export * from './elements/sx-ticket-status/sx-ticket-status.js';
