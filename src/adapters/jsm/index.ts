/** `sx-kit/adapters/jsm`: Jira Service Management through its customer-facing `servicedeskapi`. */
export { createJsmAdapter } from './jsm-adapter.js';
export type { JsmAdapterOptions } from './jsm-adapter.js';
export { jsmState, unhighlight } from './mappers.js';
export { fromAttributes } from './attributes.js';
