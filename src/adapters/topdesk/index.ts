/** `sx-kit/adapters/topdesk`: TOPdesk Knowledge Base and Incident Management APIs. */
export { createTopdeskAdapter } from './topdesk-adapter.js';
export type { TopdeskAdapterOptions } from './topdesk-adapter.js';
export { incidentState, isoDate, priorityLevel } from './mappers.js';
export { fromAttributes } from './attributes.js';
