import { registerAdapter } from '../../core/registry.js';
import { SxProvider } from './sx-provider.component.js';

export * from './sx-provider.component.js';

// Built-in adapters by name; each loads only when a provider asks for it.
registerAdapter('memory', async ({ element }) => {
  const { createMemoryAdapter } = await import('../../adapters/memory/index.js');
  const latency = Number(element.getAttribute('latency') ?? 0);
  return createMemoryAdapter({ latency: Number.isFinite(latency) ? latency : 0 });
});

registerAdapter('rest', async ({ baseUrl }) => {
  const { createRestAdapter } = await import('../../adapters/rest/index.js');
  return createRestAdapter({ baseUrl: baseUrl ?? '/api/sx' });
});
registerAdapter('zendesk', async ({ baseUrl, element }) => {
  const { createZendeskAdapter } = await import('../../adapters/zendesk/index.js');
  return createZendeskAdapter({
    baseUrl,
    subdomain: element.getAttribute('subdomain') ?? undefined,
    locale: element.getAttribute('locale') ?? undefined,
  });
});
registerAdapter('jsm', async ({ baseUrl, element }) => {
  const { createJsmAdapter } = await import('../../adapters/jsm/index.js');
  return createJsmAdapter({
    siteUrl: baseUrl ?? '',
    serviceDeskId: element.getAttribute('service-desk-id') ?? undefined,
  });
});
registerAdapter('servicenow', async ({ baseUrl, element }) => {
  const { createServiceNowAdapter } = await import('../../adapters/servicenow/index.js');
  return createServiceNowAdapter({
    instanceUrl: baseUrl ?? '',
    language: element.getAttribute('language') ?? undefined,
    kbIds: element.getAttribute('kb-ids')?.split(',').map((id) => id.trim()).filter(Boolean),
  });
});
registerAdapter('topdesk', async ({ baseUrl, element }) => {
  const { createTopdeskAdapter } = await import('../../adapters/topdesk/index.js');
  return createTopdeskAdapter({
    baseUrl: baseUrl ?? '',
    personId: element.getAttribute('person-id') ?? undefined,
    language: element.getAttribute('language') ?? undefined,
  });
});

if (!customElements.get('sx-provider')) customElements.define('sx-provider', SxProvider);

declare global {
  interface HTMLElementTagNameMap {
    'sx-provider': SxProvider;
  }
}
