/**
 * The plain-words lines of a catalog item (expected delivery, cost), shared by the card and the
 * catalog grid so a service reads the same everywhere.
 */
import type { CatalogItemSummary, Cost } from '../../core/schemas.js';
import type { Params } from '../../core/i18n/index.js';
import type { CatalogCardMessages } from './messages/en.js';

export type CardTranslate = (key: keyof CatalogCardMessages & string, params?: Params) => string;

export function deliveryText(t: CardTranslate, item: Pick<CatalogItemSummary, 'deliveryTime'>): string | undefined {
  if (!item.deliveryTime) return undefined;
  return t('card.delivery', { count: Math.ceil(item.deliveryTime.days) });
}

export function costText(t: CardTranslate, money: (cost: Cost) => string, cost: Cost | undefined): string | undefined {
  if (!cost) return undefined;
  return t(`card.cost.${cost.recurrence}`, { amount: money(cost) });
}
