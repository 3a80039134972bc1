/** How `<sx-provider adapter="zendesk" subdomain="acme" locale="de">` configures the Zendesk adapter. */
import type { AdapterConfig } from '../../core/registry.js';
import type { ZendeskAdapterOptions } from './zendesk-adapter.js';

export function fromAttributes(config: AdapterConfig): ZendeskAdapterOptions {
  return { baseUrl: config.baseUrl, subdomain: config.attribute('subdomain'), locale: config.attribute('locale') };
}
