/**
 * The one way the kit reads and writes browser storage. Storage can be blocked (privacy settings,
 * sandboxed frames), full, or hold something another version wrote: every call here survives all
 * three, and values live in memory for the page when the browser keeps none.
 */

export type StorageArea = 'local' | 'session';

/** Minimal storage interface (`localStorage` satisfies it); tests pass their own. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's storage area, or undefined where reading it throws or it does not exist. */
export function browserStorage(area: StorageArea = 'local'): KeyValueStorage | undefined {
  try {
    const storage = area === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

export interface StoredValueOptions<T> {
  area?: StorageArea;
  /** Checks what was read; return undefined to treat it as absent (older or foreign data). */
  parse?: (value: unknown) => T | undefined;
  /** For tests: storage to use instead of the browser's. */
  storage?: KeyValueStorage;
}

/**
 * JSON values under keys with a common prefix. Falls back to memory when storage is blocked or
 * full, so the page still behaves the same until it is closed.
 */
export class JsonStore<T> {
  private readonly memory = new Map<string, T>();
  private readonly area: StorageArea;
  private readonly parse: (value: unknown) => T | undefined;
  private readonly storage?: KeyValueStorage;

  constructor(
    private readonly prefix: string,
    options: StoredValueOptions<T> = {},
  ) {
    this.area = options.area ?? 'local';
    this.parse = options.parse ?? ((value) => value as T);
    this.storage = options.storage;
  }

  private backend(): KeyValueStorage | undefined {
    return this.storage ?? browserStorage(this.area);
  }

  /** The full storage key for `key` (for `storage` event listeners). */
  keyOf(key = ''): string {
    return this.prefix + key;
  }

  get(key = ''): T | undefined {
    const storage = this.backend();
    if (!storage) return this.memory.get(key);
    try {
      const raw = storage.getItem(this.keyOf(key));
      // Storage works: what it holds is the truth (another tab may have removed the value).
      return raw === null ? undefined : this.parse(JSON.parse(raw));
    } catch {
      // Blocked, or unreadable data: what this page knows is the best answer.
      return this.memory.get(key);
    }
  }

  set(key: string, value: T): void {
    this.memory.set(key, value);
    try {
      this.backend()?.setItem(this.keyOf(key), JSON.stringify(value));
    } catch {
      // Full or blocked storage: the copy in memory still serves this page.
    }
  }

  delete(key = ''): void {
    this.memory.delete(key);
    try {
      this.backend()?.removeItem(this.keyOf(key));
    } catch {
      // Nothing to remove when storage is blocked.
    }
  }
}
