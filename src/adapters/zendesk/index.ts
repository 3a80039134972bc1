/** `sx-kit/adapters/zendesk`: Zendesk Help Center and the end-user Requests API. */
export { createZendeskAdapter } from './zendesk-adapter.js';
export type { ZendeskAdapterOptions } from './zendesk-adapter.js';
export { goodOrBad, snippetText } from './mappers.js';
export { fromAttributes } from './attributes.js';
