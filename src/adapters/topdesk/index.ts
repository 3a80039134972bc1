/** `sx-kit/adapters/topdesk`: TOPdesk Knowledge Base and Incident Management APIs. */
export { createTopdeskAdapter, incidentState, isoDate, priorityLevel } from './topdesk-adapter.js';
export type { TopdeskAdapterOptions } from './topdesk-adapter.js';
export { fromAttributes } from './attributes.js';
