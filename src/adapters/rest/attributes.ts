/**
 * How `<sx-provider adapter="rest" base-url="/api/sx">` configures the REST adapter; `insights="on"`
 * says the service also keeps the kit's records (`/insights` endpoints).
 */
import type { AdapterConfig } from '../../core/registry.js';
import { DEFAULT_CAPABILITIES, type RestAdapterOptions } from './rest-adapter.js';

export function fromAttributes(config: AdapterConfig): RestAdapterOptions {
  const insights = ['on', 'true'].includes(config.attribute('insights') ?? '');
  return { baseUrl: config.baseUrl ?? '/api/sx', ...(insights && { capabilities: [...DEFAULT_CAPABILITIES, 'insights'] }) };
}
