/** Which catalog items a category and a few typed words leave: pure, so the grid stays thin. */
import { normalise } from '../../core/search-query.js';
import type { CatalogItemSummary } from '../../core/schemas.js';

export interface CatalogFilter {
  category?: string;
  text?: string;
}

const haystacks = new WeakMap<CatalogItemSummary, string>();

function haystack(item: CatalogItemSummary): string {
  let value = haystacks.get(item);
  if (value === undefined) haystacks.set(item, (value = normalise(`${item.name} ${item.shortDescription}`)));
  return value;
}

/** Items in the category whose name or description holds every typed word (accents ignored). */
export function filterCatalog<T extends CatalogItemSummary>(items: readonly T[], filter: CatalogFilter): T[] {
  const words = normalise(filter.text ?? '').split(/\s+/).filter(Boolean);
  return items.filter(
    (item) =>
      (!filter.category || item.categories.includes(filter.category)) &&
      words.every((word) => haystack(item).includes(word)),
  );
}

/** Index of the card an arrow key moves to, in a grid `columns` wide (1 for a list). */
export function nextIndex(key: string, index: number, count: number, columns: number, rtl: boolean): number | undefined {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  let next: number;
  switch (key) {
    case forward:
      next = index + 1;
      break;
    case backward:
      next = index - 1;
      break;
    case 'ArrowDown':
      next = index + columns;
      break;
    case 'ArrowUp':
      next = index - columns;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    default:
      return undefined;
  }
  return Math.min(count - 1, Math.max(0, next));
}
