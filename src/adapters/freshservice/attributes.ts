/**
 * How `<sx-provider adapter="freshservice" base-url="/freshservice-proxy" domain="acme"
 * requester-email="sam@example.com">` configures the Freshservice adapter.
 */
import type { AdapterConfig } from '../../core/registry.js';
import type { FreshserviceAdapterOptions } from './freshservice-adapter.js';

const number = (text: string | undefined) => (text && Number.isFinite(Number(text)) ? Number(text) : undefined);

export function fromAttributes(config: AdapterConfig): FreshserviceAdapterOptions {
  return {
    baseUrl: config.baseUrl,
    domain: config.attribute('domain'),
    requesterEmail: config.attribute('requester-email'),
    requesterId: number(config.attribute('requester-id')),
    workspaceId: number(config.attribute('workspace-id')),
    currency: config.attribute('currency'),
  };
}
