/** `sx-kit/adapters/servicenow`: ServiceNow Knowledge Management, Table and Service Catalog APIs. */
export { createServiceNowAdapter } from './servicenow-adapter.js';
export type { ServiceNowAdapterOptions } from './servicenow-adapter.js';
export { isoDate, ticketState } from './mappers.js';
export { fromAttributes } from './attributes.js';
