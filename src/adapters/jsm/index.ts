/** `sx-kit/adapters/jsm`: Jira Service Management through its customer-facing `servicedeskapi`. */
export { createJsmAdapter, jsmState, unhighlight } from './jsm-adapter.js';
export type { JsmAdapterOptions } from './jsm-adapter.js';
export { fromAttributes } from './attributes.js';
