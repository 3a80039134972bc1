/**
 * How `<sx-provider adapter="glpi" base-url="…" api="v1" app-token="…" utc-offset="+01:00">`
 * configures the GLPI adapter. Credentials have no attribute: a personal API token or a session
 * comes from JavaScript (`getUserToken`, `getSessionToken`, `getToken`) or from a same-origin proxy.
 */
import type { AdapterConfig } from '../../core/registry.js';
import type { GlpiAdapterOptions } from './glpi-adapter.js';

export function fromAttributes(config: AdapterConfig): GlpiAdapterOptions {
  const rate = Number(config.attribute('inquest-max-rate'));
  return {
    baseUrl: config.baseUrl ?? '',
    api: config.attribute('api') === 'v2' ? 'v2' : 'v1',
    appToken: config.attribute('app-token'),
    utcOffset: config.attribute('utc-offset'),
    inquestMaxRate: rate > 0 ? rate : undefined,
  };
}
