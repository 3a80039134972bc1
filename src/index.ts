/**
 * sx-kit: every element registered, and the public API.
 * Import a single element's entry (`sx-kit/search`) instead to ship only that one.
 */
import './provider.js';
import './search.js';
import './ticket-status.js';
import './satisfaction.js';
import './catalog.js';

export * from './core/index.js';
export { SxProvider } from './elements/sx-provider/sx-provider.component.js';
export { SxSearch } from './elements/sx-search/sx-search.component.js';
export { SxTicketStatus } from './elements/sx-ticket-status/sx-ticket-status.component.js';
export { SxSatisfaction } from './elements/sx-satisfaction/sx-satisfaction.component.js';
export { SxCatalog } from './elements/sx-catalog/sx-catalog.component.js';
export { SxCatalogCard } from './elements/sx-catalog-card/sx-catalog-card.component.js';
