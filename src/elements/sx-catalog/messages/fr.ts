import type { Translation } from '../../../core/i18n/index.js';
import { fr as card } from '../../sx-catalog-card/messages/fr.js';
import type { CatalogMessages } from './en.js';

// The spaces before ? ! ; : » and after « are U+202F (narrow no-break): see docs/glossary/fr.md.
export const fr: Translation<CatalogMessages> = {
  ...card,
  'catalog.filter.label': 'Trouver un service',
  'catalog.category.label': 'Catégorie',
  'catalog.category.all': 'Toutes les catégories',
  'catalog.list.label': 'Services',
  'catalog.navHint': 'Utilisez les flèches pour passer d’un service à l’autre.',
  'catalog.count': { zero: 'Aucun service trouvé', one: '{count} service', many: '{count} services', other: '{count} services' },
  'catalog.empty.title': 'Aucun service ne correspond à votre recherche',
  'catalog.empty.body': 'Essayez d’autres mots ou une autre catégorie, ou contactez le centre de services.',
  'catalog.clear': 'Effacer les filtres',
  'catalog.back': 'Retour à tous les services',
  'catalog.loading': 'Chargement du catalogue…',
};
