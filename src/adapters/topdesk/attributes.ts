/** How `<sx-provider adapter="topdesk" base-url="…" person-id="…" language="nl">` configures the TOPdesk adapter. */
import type { AdapterConfig } from '../../core/registry.js';
import type { TopdeskAdapterOptions } from './topdesk-adapter.js';

export function fromAttributes(config: AdapterConfig): TopdeskAdapterOptions {
  return { baseUrl: config.baseUrl ?? '', personId: config.attribute('person-id'), language: config.attribute('language') };
}
