/** `sx-kit/adapters/zammad`: Zammad's REST API v1 as a customer sees it (knowledge base, own tickets). */
export { createZammadAdapter } from './zammad-adapter.js';
export type { ZammadAdapterOptions } from './zammad-adapter.js';
export { followUpPossible, priorityOf, ticketState } from './mappers.js';
export type { FollowUpRule, FollowUpRules, StateMap } from './mappers.js';
export { fromAttributes } from './attributes.js';
