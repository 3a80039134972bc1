import type { Translation } from '../../../core/i18n/index.js';
import { nl as card } from '../../sx-catalog-card/messages/nl.js';
import type { CatalogMessages } from './en.js';

export const nl: Translation<CatalogMessages> = {
  ...card,
  'catalog.filter.label': 'Zoek een dienst',
  'catalog.category.label': 'Categorie',
  'catalog.category.all': 'Alle categorieën',
  'catalog.list.label': 'Diensten',
  'catalog.navHint': 'Gebruik de pijltjestoetsen om tussen diensten te wisselen.',
  'catalog.count': { zero: 'Geen diensten gevonden', one: '{count} dienst', other: '{count} diensten' },
  'catalog.empty.title': 'Geen diensten gevonden voor uw zoekopdracht',
  'catalog.empty.body': 'Probeer andere woorden of een andere categorie, of vraag het de servicedesk.',
  'catalog.clear': 'Filters wissen',
  'catalog.back': 'Terug naar alle diensten',
  'catalog.loading': 'De catalogus wordt geladen…',
};
