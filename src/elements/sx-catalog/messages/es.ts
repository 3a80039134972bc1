import type { Translation } from '../../../core/i18n/index.js';
import { es as card } from '../../sx-catalog-card/messages/es.js';
import type { CatalogMessages } from './en.js';

export const es: Translation<CatalogMessages> = {
  ...card,
  'catalog.filter.label': 'Buscar un servicio',
  'catalog.category.label': 'Categoría',
  'catalog.category.all': 'Todas las categorías',
  'catalog.list.label': 'Servicios',
  'catalog.navHint': 'Usa las flechas para moverte entre servicios.',
  'catalog.count': { zero: 'No se han encontrado servicios', one: '{count} servicio', many: '{count} servicios', other: '{count} servicios' },
  'catalog.empty.title': 'Ningún servicio coincide con tu búsqueda',
  'catalog.empty.body': 'Prueba con otras palabras u otra categoría, o pregunta al centro de servicios.',
  'catalog.clear': 'Quitar filtros',
  'catalog.back': 'Volver a todos los servicios',
  'catalog.loading': 'Cargando el catálogo…',
};
