/**
 * Seed service catalog of the embedded demo backend (Larkspur Logistics). Between them the items
 * use every variable type, bounds, patterns, defaults and `visibleWhen` conditions, so the request
 * form can be exercised end to end.
 */
import type { CatalogItem } from '../../../core/schemas.js';
import { accessItems } from './catalog-access.js';
import { hardwareItems } from './catalog-hardware.js';
import { workplaceItems } from './catalog-workplace.js';

export const seedCategories: { id: string; name: string }[] = [
  { id: 'hardware', name: 'Hardware' },
  { id: 'software', name: 'Software' },
  { id: 'access', name: 'Access' },
  { id: 'accounts', name: 'Accounts' },
  { id: 'communication', name: 'Communication' },
  { id: 'facilities', name: 'Facilities' },
];

export const seedCatalog: CatalogItem[] = [...hardwareItems, ...accessItems, ...workplaceItems];
