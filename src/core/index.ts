/** `sx-kit/core`: the contract, schemas and helpers, with no element registered. */
export * from './adapter.js';
export * from './schemas.js';
export * from './validate.js';
export * from './connection.js';
export * from './context.js';
export * from './defaults.js';
export * from './analytics.js';
export * from './events.js';
export * from './registry.js';
export * from './survey-policy.js';
export * from './search-query.js';
export * from './outbox.js';
export * from './http.js';
export { backendHtml, preloadSanitizer } from './backend-html.js';
export { htmlToText } from './html-text.js';
export * from './i18n/index.js';
