/** `sx-kit/adapters/freshservice`: Freshservice solution articles, tickets and service catalog (API v2), for one requester. */
export { createFreshserviceAdapter } from './freshservice-adapter.js';
export type { FreshserviceAdapterOptions } from './freshservice-adapter.js';
export { ticketQuery, ticketState } from './mappers.js';
export type { StatusMap } from './mappers.js';
export { fromAttributes } from './attributes.js';
