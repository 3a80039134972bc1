/**
 * sx-kit: every element registered with the kit's adapters, and the API a page needs to configure
 * them. Import a single element's entry (`sx-kit/search`) instead to ship only that one; the
 * schemas, the outbox and the other building blocks are in `sx-kit/core` (they load lazily here).
 */
import './provider.js';
import './search.js';
import './ticket-status.js';
import './satisfaction.js';
import './catalog.js';

export * from './core/adapter.js';
export * from './core/analytics.js';
export * from './core/connection.js';
export * from './core/context.js';
export * from './core/defaults.js';
export * from './core/events.js';
export * from './core/registry.js';
export * from './core/ticket-states.js';
export type * from './core/schemas.js';
export type { Catalog, Message, Translate } from './core/i18n/index.js';
export { registerTranslation, onTranslationChange } from './core/i18n/index.js';
export type { SxTranslation, SxTranslationOverrides } from './core/i18n/index.js';
export { SxProvider } from './elements/sx-provider/sx-provider.component.js';
export { SxSearch } from './elements/sx-search/sx-search.component.js';
export { SxTicketStatus } from './elements/sx-ticket-status/sx-ticket-status.component.js';
export { SxSatisfaction } from './elements/sx-satisfaction/sx-satisfaction.component.js';
export { SxCatalog } from './elements/sx-catalog/sx-catalog.component.js';
export { SxCatalogCard } from './elements/sx-catalog-card/sx-catalog-card.component.js';
