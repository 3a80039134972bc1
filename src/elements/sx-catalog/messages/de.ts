import type { Translation } from '../../../core/i18n/index.js';
import { de as card } from '../../sx-catalog-card/messages/de.js';
import type { CatalogMessages } from './en.js';

export const de: Translation<CatalogMessages> = {
  ...card,
  'catalog.filter.label': 'Service finden',
  'catalog.category.label': 'Kategorie',
  'catalog.category.all': 'Alle Kategorien',
  'catalog.list.label': 'Services',
  'catalog.navHint': 'Mit den Pfeiltasten wechseln Sie zwischen den Services.',
  'catalog.count': { zero: 'Keine Services gefunden', one: '{count} Service', other: '{count} Services' },
  'catalog.empty.title': 'Keine Services passen zu Ihrer Suche',
  'catalog.empty.body': 'Versuchen Sie andere Wörter oder eine andere Kategorie, oder fragen Sie den Service Desk.',
  'catalog.clear': 'Filter zurücksetzen',
  'catalog.back': 'Zurück zu allen Services',
  'catalog.loading': 'Der Katalog wird geladen…',
};
