/** How `<sx-provider adapter="rest" base-url="/api/sx">` configures the REST adapter. */
import type { AdapterConfig } from '../../core/registry.js';
import type { RestAdapterOptions } from './rest-adapter.js';

export function fromAttributes(config: AdapterConfig): RestAdapterOptions {
  return { baseUrl: config.baseUrl ?? '/api/sx' };
}
