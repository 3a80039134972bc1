/** Helpers shared by the seed catalog files. */
import type { CatalogVariable } from '../../../core/schemas.js';

export const url = (id: string) => `https://help.larkspur.example/catalog/${id}`;

export function costCentre(required = true): CatalogVariable {
  return {
    name: 'cost_centre',
    label: 'Cost centre',
    type: 'text',
    required,
    pattern: '^CC-\\d{4}$',
    help: 'Four digits after CC-, for example CC-4120. Your manager or the finance team can tell you.',
  };
}

export const officeOptions = [
  { value: 'rotterdam', label: 'Rotterdam' },
  { value: 'leeds', label: 'Leeds' },
  { value: 'lyon', label: 'Lyon' },
];
