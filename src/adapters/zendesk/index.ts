/** `sx-kit/adapters/zendesk`: Zendesk Help Center and the end-user Requests API. */
export { createZendeskAdapter, goodOrBad, snippetText } from './zendesk-adapter.js';
export type { ZendeskAdapterOptions } from './zendesk-adapter.js';
export { fromAttributes } from './attributes.js';
