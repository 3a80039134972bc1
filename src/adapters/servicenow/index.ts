/** `sx-kit/adapters/servicenow`: ServiceNow Knowledge Management, Table and Service Catalog APIs. */
export { createServiceNowAdapter, isoDate, ticketState } from './servicenow-adapter.js';
export type { ServiceNowAdapterOptions } from './servicenow-adapter.js';
export { fromAttributes } from './attributes.js';
