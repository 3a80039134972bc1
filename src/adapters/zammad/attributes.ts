/**
 * How `<sx-provider adapter="zammad" base-url="…" kb-locale="de-de" knowledge-base-id="1" portal-url="…">`
 * configures the Zammad adapter. `kb-locale`, not `locale`: the provider's `locale` is the kit's
 * language ("de"), Zammad's knowledge base locales are written `de-de`.
 */
import type { AdapterConfig } from '../../core/registry.js';
import type { ZammadAdapterOptions } from './zammad-adapter.js';

export function fromAttributes(config: AdapterConfig): ZammadAdapterOptions {
  const knowledgeBaseId = Number(config.attribute('knowledge-base-id')) || undefined;
  return { baseUrl: config.baseUrl ?? '', locale: config.attribute('kb-locale'), knowledgeBaseId, portalUrl: config.attribute('portal-url') };
}
