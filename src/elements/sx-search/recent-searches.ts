/**
 * The searches this browser remembers, per backend, newest first: kept in storage through the
 * kit's one storage helper, so blocked or full storage only means they last as long as the page.
 */
import { JsonStore, type KeyValueStorage } from '../../core/storage.js';
import { isStorable } from './search-helpers.js';

type RecentByScope = Record<string, string[]>;

const RECENT_KEY = 'sx-kit:recent-searches';
const RECENT_MAX = 5;

function parseRecent(value: unknown): RecentByScope | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as RecentByScope) : undefined;
}

export class RecentSearches {
  private readonly store: JsonStore<RecentByScope>;

  /** `storage` is for tests; by default the browser's local storage. */
  constructor(storage?: KeyValueStorage) {
    this.store = new JsonStore<RecentByScope>(RECENT_KEY, { parse: parseRecent, ...(storage ? { storage } : {}) });
  }

  private all(): RecentByScope {
    return this.store.get() ?? {};
  }

  /** Recent searches for one backend, newest first. */
  list(scope: string): string[] {
    const list = this.all()[scope];
    return Array.isArray(list) ? list.filter((item) => typeof item === 'string').slice(0, RECENT_MAX) : [];
  }

  /** Remembers a query (when storable) and returns the new list. */
  remember(scope: string, query: string): string[] {
    const text = query.trim();
    const current = this.list(scope);
    if (!isStorable(text)) return current;
    const next = [text, ...current.filter((item) => item.toLowerCase() !== text.toLowerCase())].slice(0, RECENT_MAX);
    this.store.set('', { ...this.all(), [scope]: next });
    return next;
  }

  forget(scope: string): void {
    const { [scope]: _forgotten, ...others } = this.all();
    this.store.set('', others);
  }
}
