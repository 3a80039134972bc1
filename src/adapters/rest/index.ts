/** `sx-kit/adapters/rest`: a client of sx-kit's own REST contract (`openapi.yaml`). */
export { createRestAdapter } from './rest-adapter.js';
export type { RestAdapterOptions } from './rest-adapter.js';
export { fromAttributes } from './attributes.js';
