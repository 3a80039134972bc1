/**
 * The embedded backend's mutable state in IndexedDB (tickets, write results, ratings, feedback),
 * so that a demo or a test survives a reload. Falls back to memory where IndexedDB is missing.
 */
import { settle } from '../../core/idb.js';

export const STORES = ['tickets', 'writes', 'ratings', 'feedback', 'meta'] as const;
export type StoreName = (typeof STORES)[number];


export interface KeyValueStore {
  get<T>(store: StoreName, key: string): Promise<T | undefined>;
  getAll<T>(store: StoreName): Promise<T[]>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  putMany(store: StoreName, entries: [string, unknown][]): Promise<void>;
  clear(): Promise<void>;
}

export async function openStore(dbName: string, persist: boolean): Promise<KeyValueStore> {
  if (persist && typeof indexedDB !== 'undefined') {
    try {
      return await openIndexedDb(dbName);
    } catch {
      // Private browsing or a blocked database: the demo still works, it just forgets on reload.
    }
  }
  return memoryStore();
}

async function openIndexedDb(dbName: string): Promise<KeyValueStore> {
  const open = indexedDB.open(dbName, 1);
  open.onupgradeneeded = () => {
    for (const name of STORES) open.result.createObjectStore(name);
  };
  const db = await settle(open);
  const tx = (store: StoreName, mode: IDBTransactionMode) => db.transaction(store, mode).objectStore(store);
  return {
    get: (store, key) => settle(tx(store, 'readonly').get(key)),
    getAll: (store) => settle(tx(store, 'readonly').getAll()),
    put: async (store, key, value) => {
      await settle(tx(store, 'readwrite').put(value, key));
    },
    putMany: (store, entries) =>
      new Promise((resolve, reject) => {
        const transaction = db.transaction(store, 'readwrite');
        const objects = transaction.objectStore(store);
        for (const [key, value] of entries) objects.put(value, key);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      }),
    clear: () =>
      new Promise((resolve, reject) => {
        const transaction = db.transaction([...STORES], 'readwrite');
        for (const name of STORES) transaction.objectStore(name).clear();
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      }),
  };
}

function memoryStore(): KeyValueStore {
  const data = new Map<StoreName, Map<string, unknown>>(STORES.map((name) => [name, new Map()]));
  const of = (store: StoreName) => data.get(store) as Map<string, unknown>;
  return {
    get: async <T>(store: StoreName, key: string) => structuredClone(of(store).get(key)) as T | undefined,
    getAll: async <T>(store: StoreName) => [...of(store).values()].map((v) => structuredClone(v)) as T[],
    put: async (store, key, value) => {
      of(store).set(key, structuredClone(value));
    },
    putMany: async (store, entries) => {
      for (const [key, value] of entries) of(store).set(key, structuredClone(value));
    },
    clear: async () => data.forEach((map) => map.clear()),
  };
}
