/**
 * `sx-kit/react`: the elements as React components (React 17–19), registered on import.
 *
 *   import { SxProvider, SxSearch } from 'sx-kit/react';
 *   <SxProvider adapter="memory"><SxSearch synonyms={map} onSxSearch={(e) => log(e.detail.query)} /></SxProvider>
 *
 * React 19 also renders the bare tags; for their JSX types import `sx-kit/frameworks/react`.
 */
import '../provider.js';
import '../search.js';
import '../ticket-status.js';
import '../satisfaction.js';
import '../catalog.js';
import '../insights.js';
import { SxCatalogCard as SxCatalogCardElement } from '../elements/sx-catalog-card/sx-catalog-card.component.js';
import { SxCatalog as SxCatalogElement } from '../elements/sx-catalog/sx-catalog.component.js';
import { SxInsights as SxInsightsElement } from '../elements/sx-insights/sx-insights.component.js';
import { SxProvider as SxProviderElement } from '../elements/sx-provider/sx-provider.component.js';
import { SxSatisfaction as SxSatisfactionElement } from '../elements/sx-satisfaction/sx-satisfaction.component.js';
import { SxSearch as SxSearchElement } from '../elements/sx-search/sx-search.component.js';
import { SxTicketStatus as SxTicketStatusElement } from '../elements/sx-ticket-status/sx-ticket-status.component.js';
import { wrap } from './wrap.js';

export type { EventProp } from './wrap.js';

export const SxProvider = wrap('sx-provider', SxProviderElement, 'SxProvider');

export const SxSearch = wrap('sx-search', SxSearchElement, 'SxSearch', [
  'sx-search',
  'sx-article-open',
  'sx-article-feedback',
  'sx-escalate',
  'sx-deflect',
  'sx-catalog-open',
  'sx-phrasing-learned',
  'sx-error',
]);

export const SxTicketStatus = wrap('sx-ticket-status', SxTicketStatusElement, 'SxTicketStatus', ['sx-ticket-change', 'sx-error']);

export const SxSatisfaction = wrap('sx-satisfaction', SxSatisfactionElement, 'SxSatisfaction', [
  'sx-rating-submit',
  'sx-rating-dismiss',
  'sx-error',
]);

export const SxCatalogCard = wrap('sx-catalog-card', SxCatalogCardElement, 'SxCatalogCard', ['sx-request-submit', 'sx-error']);

export const SxCatalog = wrap('sx-catalog', SxCatalogElement, 'SxCatalog', ['sx-request-submit', 'sx-error']);

export const SxInsights = wrap('sx-insights', SxInsightsElement, 'SxInsights', ['sx-error']);
