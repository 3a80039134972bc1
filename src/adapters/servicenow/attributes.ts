/** How `<sx-provider adapter="servicenow" base-url="…" kb-ids="…" language="de">` configures the ServiceNow adapter. */
import { listAttribute, type AdapterConfig } from '../../core/registry.js';
import type { ServiceNowAdapterOptions } from './servicenow-adapter.js';

export function fromAttributes(config: AdapterConfig): ServiceNowAdapterOptions {
  return { instanceUrl: config.baseUrl ?? '', language: config.attribute('language'), kbIds: listAttribute(config, 'kb-ids') };
}
