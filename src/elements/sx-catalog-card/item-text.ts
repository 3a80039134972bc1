/**
 * The plain-words lines of a catalog item (expected delivery, cost), shared by the card and the
 * catalog grid so a service reads the same everywhere.
 */
import type { CatalogItemSummary, Cost } from '../../core/schemas.js';
import type { CoreMessages, Translate } from '../../core/i18n/index.js';
import type { CatalogCardMessages } from './messages/en.js';

/** The card's words and the kit's common ones (errors, retry). */
export type CardTranslate = Translate<(keyof CatalogCardMessages | keyof CoreMessages) & string>;

export function deliveryText(t: CardTranslate, item: Pick<CatalogItemSummary, 'deliveryTime'>): string | undefined {
  if (!item.deliveryTime) return undefined;
  return t('card.delivery', { count: Math.ceil(item.deliveryTime.days) });
}

export function costText(t: CardTranslate, money: (cost: Cost) => string, cost: Cost | undefined): string | undefined {
  if (!cost) return undefined;
  return t(`card.cost.${cost.recurrence}`, { amount: money(cost) });
}
