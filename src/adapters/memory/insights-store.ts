/**
 * The embedded backend's analytics store: the kit's records in their own IndexedDB database,
 * bounded (the oldest records are dropped first), enriched with the service, topic and SLA outcome
 * the backend knows, and aggregated by core. Loaded only when insights are first used.
 */
import { settle } from '../../core/idb.js';
import { aggregateInsights } from '../../core/insights.js';
import type { InsightRecord, Insights, InsightsQuery } from '../../core/insights-schemas.js';
import type { Article, Ticket } from '../../core/schemas.js';
import { seedRecords } from './insights-seed.js';

/** Enough for months of a busy demo; a real desk keeps its records in its own analytics store. */
export const DEFAULT_RECORD_LIMIT = 20_000;

export interface InsightsLookup {
  ticket(id: string): Ticket | undefined;
  article(id: string): Article | undefined;
}

export interface InsightsStoreOptions {
  dbName: string;
  persist: boolean;
  limit?: number;
  now: () => Date;
  lookup: InsightsLookup;
  /** Seeds records when the store is new (the demo's story); tests pass false. */
  seed?: boolean;
}

interface RecordTable {
  putMany(records: readonly InsightRecord[]): Promise<void>;
  all(): Promise<InsightRecord[]>;
  /** Drops the oldest records beyond `limit`. */
  trim(limit: number): Promise<void>;
  count(): Promise<number>;
  clear(): Promise<void>;
}

/** A record as stored: its ticket's service and SLA outcome, its article's topic, where known. */
export function enrich(record: InsightRecord, lookup: InsightsLookup): InsightRecord {
  const data = (record.data && typeof record.data === 'object' ? record.data : {}) as Record<string, unknown>;
  const subject = (data.subject ?? {}) as { type?: string; id?: string };
  const ticketId = typeof data.ticketId === 'string' ? data.ticketId : subject.type === 'ticket' ? subject.id : undefined;
  const ticket = ticketId ? lookup.ticket(ticketId) : undefined;
  const article = typeof data.articleId === 'string' ? lookup.article(data.articleId) : undefined;
  // One time format, so the time index orders records oldest first.
  const enriched: InsightRecord = { ...record, time: new Date(record.time).toISOString() };
  const service = ticket?.assignee?.group;
  const topic = article?.category ?? (subject.type === 'topic' ? subject.id : undefined);
  if (!enriched.sxservice && service) enriched.sxservice = service;
  if (!enriched.sxtopic && topic) enriched.sxtopic = topic;
  if (enriched.sxslamet === undefined && ticket?.sla && ticket.sla.kind === 'resolution' && !ticket.sla.estimate) {
    const resolvedAt = ticket.events.findLast((event) => event.type === 'resolution')?.at ?? record.time;
    enriched.sxslamet = !ticket.sla.breached && resolvedAt <= ticket.sla.dueAt;
  }
  return enriched;
}

const isRecord = (value: unknown): value is InsightRecord => {
  const record = value as InsightRecord | undefined;
  return !!record && typeof record.id === 'string' && !!record.id && typeof record.type === 'string' && !Number.isNaN(Date.parse(record.time));
};

export class InsightsStore {
  private constructor(
    private readonly table: RecordTable,
    private readonly options: InsightsStoreOptions,
  ) {}

  static async open(options: InsightsStoreOptions): Promise<InsightsStore> {
    const table = await openTable(options.dbName, options.persist);
    const store = new InsightsStore(table, options);
    if ((options.seed ?? true) && (await table.count()) === 0) await store.seed();
    return store;
  }

  /** Stores records (a repeated id replaces the earlier copy); what is not a record is skipped. */
  async add(records: readonly unknown[]): Promise<void> {
    const valid = records.filter(isRecord).map((record) => enrich(record, this.options.lookup));
    if (!valid.length) return;
    await this.table.putMany(valid);
    await this.table.trim(this.options.limit ?? DEFAULT_RECORD_LIMIT);
  }

  async aggregate(query: InsightsQuery): Promise<Insights> {
    return aggregateInsights(await this.table.all(), query);
  }

  async all(): Promise<InsightRecord[]> {
    return this.table.all();
  }

  /** Forgets every record; seeds again unless told not to. */
  async reset(): Promise<void> {
    await this.table.clear();
    if (this.options.seed ?? true) await this.seed();
  }

  private async seed() {
    await this.add(seedRecords(this.options.now()));
  }
}

async function openTable(dbName: string, persist: boolean): Promise<RecordTable> {
  if (persist && typeof indexedDB !== 'undefined') {
    try {
      return await indexedDbTable(dbName);
    } catch {
      // Private browsing or a blocked database: insights still work until the page reloads.
    }
  }
  return memoryTable();
}

async function indexedDbTable(dbName: string): Promise<RecordTable> {
  const open = indexedDB.open(dbName, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' }).createIndex('time', 'time');
  const db = await settle(open);
  const objects = (mode: IDBTransactionMode) => db.transaction('records', mode).objectStore('records');
  const inTransaction = (mode: IDBTransactionMode, work: (store: IDBObjectStore) => void) =>
    new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('records', mode);
      work(transaction.objectStore('records'));
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
  return {
    putMany: (records) => inTransaction('readwrite', (store) => records.forEach((record) => store.put(record))),
    all: () => settle(objects('readonly').getAll()),
    count: () => settle(objects('readonly').count()),
    clear: () => inTransaction('readwrite', (store) => store.clear()),
    trim: async (limit) => {
      const excess = (await settle(objects('readonly').count())) - limit;
      if (excess <= 0) return;
      await inTransaction('readwrite', (store) => {
        let left = excess;
        const cursor = store.index('time').openKeyCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at || left <= 0) return;
          store.delete(at.primaryKey);
          left -= 1;
          at.continue();
        };
      });
    },
  };
}

function memoryTable(): RecordTable {
  const records = new Map<string, InsightRecord>();
  return {
    putMany: async (list) => list.forEach((record) => records.set(record.id, structuredClone(record))),
    all: async () => [...records.values()].map((record) => structuredClone(record)),
    count: async () => records.size,
    clear: async () => records.clear(),
    trim: async (limit) => {
      const oldest = [...records.values()].sort((a, b) => a.time.localeCompare(b.time));
      for (const record of oldest.slice(0, Math.max(0, oldest.length - limit))) records.delete(record.id);
    },
  };
}
