/**
 * The kit's own adapters by name, for `<sx-provider adapter="…">`. Each loads only when a provider
 * names it, and reads its own attributes (`attributes.ts` in its folder). To add a backend of your
 * own, call `registerAdapter(name, factory)` from `sx-kit/core` the same way.
 */
import { registerAdapter } from '../core/registry.js';

registerAdapter('memory', async (config) => {
  const { createMemoryAdapter, fromAttributes } = await import('./memory/index.js');
  return createMemoryAdapter(fromAttributes(config));
});
registerAdapter('rest', async (config) => {
  const { createRestAdapter, fromAttributes } = await import('./rest/index.js');
  return createRestAdapter(fromAttributes(config));
});
registerAdapter('zendesk', async (config) => {
  const { createZendeskAdapter, fromAttributes } = await import('./zendesk/index.js');
  return createZendeskAdapter(fromAttributes(config));
});
registerAdapter('jsm', async (config) => {
  const { createJsmAdapter, fromAttributes } = await import('./jsm/index.js');
  return createJsmAdapter(fromAttributes(config));
});
registerAdapter('servicenow', async (config) => {
  const { createServiceNowAdapter, fromAttributes } = await import('./servicenow/index.js');
  return createServiceNowAdapter(fromAttributes(config));
});
registerAdapter('topdesk', async (config) => {
  const { createTopdeskAdapter, fromAttributes } = await import('./topdesk/index.js');
  return createTopdeskAdapter(fromAttributes(config));
});
registerAdapter('freshservice', async (config) => {
  const { createFreshserviceAdapter, fromAttributes } = await import('./freshservice/index.js');
  return createFreshserviceAdapter(fromAttributes(config));
});
registerAdapter('zammad', async (config) => {
  const { createZammadAdapter, fromAttributes } = await import('./zammad/index.js');
  return createZammadAdapter(fromAttributes(config));
});
registerAdapter('glpi', async (config) => {
  const { createGlpiAdapter, fromAttributes } = await import('./glpi/index.js');
  return createGlpiAdapter(fromAttributes(config));
});
