/** How `<sx-provider adapter="jsm" base-url="…" service-desk-id="1">` configures the JSM adapter. */
import type { AdapterConfig } from '../../core/registry.js';
import type { JsmAdapterOptions } from './jsm-adapter.js';

export function fromAttributes(config: AdapterConfig): JsmAdapterOptions {
  return { siteUrl: config.baseUrl ?? '', serviceDeskId: config.attribute('service-desk-id') };
}
