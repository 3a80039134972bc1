/** Strings of <sx-catalog>; the card lines come from <sx-catalog-card>'s catalog. */
import { en as card } from '../../sx-catalog-card/messages/en.js';

export const en = {
  ...card,
  'catalog.filter.label': 'Find a service',
  'catalog.category.label': 'Category',
  'catalog.category.all': 'All categories',
  'catalog.list.label': 'Services',
  'catalog.navHint': 'Use the arrow keys to move between services.',
  'catalog.count': { zero: 'No services found', one: '{count} service', other: '{count} services' },
  'catalog.empty.title': 'No services match your search',
  'catalog.empty.body': 'Try other words or another category, or ask the service desk.',
  'catalog.clear': 'Clear filters',
  'catalog.back': 'Back to all services',
  'catalog.loading': 'Loading the catalog…',
};

export type CatalogMessages = typeof en;
