/**
 * The durable write queue (DESIGN section 5): every user write is stored in IndexedDB before it is
 * sent, delivered with retries and backoff, sent once per idempotency key (also across tabs, via
 * Web Locks), and picked up again after a reload, a crash or time offline. Nothing the user typed
 * is lost: a write the backend refuses for good stays as 'failed' until the user retries or
 * discards it.
 */
import { AdapterError, toAdapterError } from './adapter.js';
import type { AdapterErrorKind, ServiceAdapter, WriteOptions } from './adapter.js';
import { backoffDelay } from './backoff.js';
import { settle } from './idb.js';
import { randomId } from './random-id.js';
import type { BackoffOptions } from './backoff.js';
import type { ArticleFeedback, CatalogRequest, SatisfactionResponse } from './schemas.js';

export interface WritePayloads {
  comment: { ticketId: string; text: string };
  reopen: { ticketId: string; reason: string };
  confirm: { ticketId: string };
  satisfaction: SatisfactionResponse;
  request: CatalogRequest;
  'article-feedback': ArticleFeedback;
}
export type WriteKind = keyof WritePayloads;

export type OutboxStatus = 'pending' | 'sending' | 'delivered' | 'failed';

export interface OutboxEntryOf<K extends WriteKind> {
  /** Idempotency key: the same key is delivered once, however often it is enqueued. */
  key: string;
  /** The backend (`ServiceAdapter.id`) this write belongs to. */
  scope: string;
  kind: K;
  payload: WritePayloads[K];
  createdAt: string;
  /** Sends tried so far that failed with a transient error. */
  attempts: number;
  /** Epoch ms before which no automatic retry is made. */
  nextAttemptAt: number;
  status: OutboxStatus;
  /** The last failure: for 'failed' the reason, for 'pending' why it is waiting. */
  error?: { kind: AdapterErrorKind; message: string };
  /** What the backend answered (receipt, event, ticket), once delivered. */
  result?: unknown;
  deliveredAt?: string;
}
/** One queued write; narrowing on `kind` narrows `payload`. */
export type OutboxEntry<K extends WriteKind = WriteKind> = K extends WriteKind ? OutboxEntryOf<K> : never;

export interface OutboxOptions {
  /** `adapter.id`: only writes of this scope are delivered by this outbox. */
  scope: string;
  /** Sends one write; `deliverWrite(adapter, entry, signal)` for an adapter. Throw an AdapterError to fail. */
  deliver: (entry: OutboxEntry, signal: AbortSignal) => Promise<unknown>;
  /** Default 'sx-kit-outbox'. */
  dbName?: string;
  /** Waits between automatic retries. Default: from 2 s (never less) doubling to 30 s, with jitter. */
  backoff?: BackoffOptions;
  /** How long delivered entries answer a repeated enqueue before they are pruned. Default 7 days. */
  keepDeliveredMs?: number;
  /** Writes sent at the same time by this outbox. Default 2, so hung writes never hold every connection the browser allows per host (six) and reads still get through. */
  maxInFlight?: number;
  /** A send still unanswered after this is aborted and retried later. Default 30000. */
  sendTimeoutMs?: number;
  now?: () => number;
}

type Listener = (entry: OutboxEntry) => void;
type Waiter = { resolve: (entry: OutboxEntry) => void; reject: (reason: unknown) => void };
/** Returns the new entry, `null` to delete it, or `undefined` to leave it as it is. */
type Change = (current: OutboxEntry | undefined) => OutboxEntry | null | undefined;

interface Store {
  readonly durable: boolean;
  get(scope: string, key: string): Promise<OutboxEntry | undefined>;
  list(scope: string): Promise<OutboxEntry[]>;
  /** Atomic read-modify-write of one entry; resolves with the entry as stored. */
  change(scope: string, key: string, update: Change, durability?: IDBTransactionDurability): Promise<OutboxEntry | undefined>;
}

const STORE = 'entries';
const DAY_MS = 86_400_000;
/** Automatic retries start at, and never come faster than, this (a retry storm helps no one). */
const RETRY_FLOOR_MS = 2_000;

/**
 * What a delivered write keeps: its key and subject, not what the person typed (comment text,
 * reasons, form values such as e-mail and phone), which the backend now holds.
 */
function withoutText(entry: OutboxEntry): OutboxEntry {
  switch (entry.kind) {
    case 'comment':
      return { ...entry, payload: { ...entry.payload, text: '' } };
    case 'reopen':
      return { ...entry, payload: { ...entry.payload, reason: '' } };
    case 'request':
      return { ...entry, payload: { itemId: entry.payload.itemId, values: {} } };
    case 'satisfaction':
    case 'article-feedback': {
      const { comment: _dropped, ...payload } = entry.payload;
      return { ...entry, payload } as OutboxEntry;
    }
    default:
      return entry;
  }
}

/**
 * A failure that still means "the backend has it": a 2xx whose body did not validate (the write
 * was stored; only its receipt is unreadable), or a conflict answered to a write sent before
 * (the replay of its idempotency key: "duplicate key", "still processing", "already reopened").
 */
function meansDelivered(error: AdapterError, sentBefore: boolean): boolean {
  if (error.kind === 'invalid-response' && (error.issues.length > 0 || (error.status !== undefined && error.status >= 200 && error.status < 300))) {
    return true;
  }
  return error.kind === 'conflict' && sentBefore;
}

/** A counting semaphore: at most `size` holders at once, the others wait in order. */
function slots(size: number) {
  let free = size;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: ['scope', 'key'] });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** IndexedDB store that reopens its connection when the browser or another tab closes it. */
async function idbStore(name: string): Promise<Store> {
  let connection: Promise<IDBDatabase> | undefined;
  const connect = () => {
    if (connection) return connection;
    const opening = (connection = openDatabase(name));
    const drop = () => {
      if (connection === opening) connection = undefined;
    };
    opening.then((db) => {
      db.onclose = drop;
      db.onversionchange = () => {
        db.close();
        drop();
      };
    }, drop);
    return opening;
  };
  await connect();

  async function transact<T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => Promise<T>,
    durability: IDBTransactionDurability = 'default',
  ): Promise<T> {
    let transaction: IDBTransaction;
    try {
      transaction = (await connect()).transaction(STORE, mode, { durability });
    } catch {
      connection = undefined;
      transaction = (await connect()).transaction(STORE, mode, { durability });
    }
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new DOMException('Aborted', 'AbortError'));
    });
    try {
      const value = await work(transaction.objectStore(STORE));
      await done;
      return value;
    } catch (error) {
      done.catch(() => undefined);
      if (!transaction.error) transaction.abort();
      throw error;
    }
  }

  return {
    durable: true,
    get: (scope, key) => transact('readonly', (store) => settle<OutboxEntry | undefined>(store.get([scope, key]))),
    list: (scope) =>
      transact('readonly', (store) => settle(store.getAll(IDBKeyRange.bound([scope], [scope, []])) as IDBRequest<OutboxEntry[]>)),
    change: (scope, key, update, durability) =>
      transact(
        'readwrite',
        async (store) => {
          const current = await settle<OutboxEntry | undefined>(store.get([scope, key]));
          const next = update(current);
          if (next === undefined) return current;
          if (next === null) await settle(store.delete([scope, key]));
          else await settle(store.put(next));
          return next === null ? undefined : next;
        },
        durability,
      ),
  };
}

const memoryDatabases = new Map<string, Map<string, OutboxEntry>>();

/** Where IndexedDB is unavailable (some private modes): shared by the outboxes of this page only. */
function memoryStore(name: string): Store {
  let entries = memoryDatabases.get(name);
  if (!entries) memoryDatabases.set(name, (entries = new Map()));
  const table = entries;
  const id = (scope: string, key: string) => JSON.stringify([scope, key]);
  return {
    durable: false,
    get: async (scope, key) => structuredClone(table.get(id(scope, key))),
    list: async (scope) => structuredClone([...table.values()].filter((entry) => entry.scope === scope)),
    change: async (scope, key, update) => {
      const current = structuredClone(table.get(id(scope, key)));
      const next = update(current);
      if (next === undefined) return current;
      if (next === null) table.delete(id(scope, key));
      else table.set(id(scope, key), structuredClone(next));
      return next === null ? undefined : next;
    },
  };
}

/**
 * Runs `task` holding the lock `name`, shared by every tab of the origin. Without `signal` it
 * resolves false at once when the lock is held; with one it waits until the lock is free or the
 * signal aborts. Web Locks are released when their page goes away, so a send cut off by a closed
 * tab can be told apart from one still in progress. Outside secure contexts (no Web Locks) the
 * lock covers this page only; the idempotency key still makes a second send harmless.
 */
const heldLocally = new Set<string>();
async function withLock(name: string, task: () => Promise<void>, signal?: AbortSignal): Promise<boolean> {
  if (navigator.locks) {
    const options: LockOptions = signal ? { signal } : { ifAvailable: true };
    return navigator.locks.request(name, options, async (lock) => {
      if (!lock) return false;
      await task();
      return true;
    });
  }
  if (heldLocally.has(name) || signal) return false;
  heldLocally.add(name);
  try {
    await task();
    return true;
  } finally {
    heldLocally.delete(name);
  }
}


function discarded(): DOMException {
  return new DOMException('The write was discarded.', 'AbortError');
}

/**
 * The durable write queue of one backend. Explicit calls (`enqueue`, `flush`, `retry`) act at
 * once; `start()` adds the automatic triggers: retry timers, `online` and the tab becoming visible.
 *
 * @example
 * const outbox = new Outbox({ scope: adapter.id, deliver: (entry) => deliverWrite(adapter, entry) });
 * outbox.start();
 * const { key } = await outbox.enqueue('comment', { ticketId, text }); // stored: safe to clear the form
 * await outbox.delivered(key);
 */
export class Outbox {
  readonly scope: string;
  readonly dbName: string;
  /** False when IndexedDB is unavailable and writes live in memory only; known after the first call. */
  durable = true;

  private readonly options: OutboxOptions;
  private readonly now: () => number;
  private storePromise?: Promise<Store>;
  private readonly listeners = new Set<Listener>();
  private readonly waiters = new Map<string, Set<Waiter>>();
  private running = false;
  private timer?: ReturnType<typeof setTimeout>;
  /** Keys whose lock another send holds, waited for until it ends. */
  private readonly watching = new Set<string>();
  private watchers = new AbortController();
  private readonly inFlight: <T>(task: () => Promise<T>) => Promise<T>;

  constructor(options: OutboxOptions) {
    this.options = options;
    this.inFlight = slots(options.maxInFlight ?? 2);
    this.scope = options.scope;
    this.dbName = options.dbName ?? 'sx-kit-outbox';
    this.now = options.now ?? Date.now;
  }

  /** Stores the write, then starts sending it. Resolves once stored; an existing key returns its entry. */
  async enqueue<K extends WriteKind>(kind: K, payload: WritePayloads[K], key: string = randomId()): Promise<OutboxEntry<K>> {
    const now = this.now();
    const fresh: OutboxEntryOf<K> = {
      key,
      scope: this.scope,
      kind,
      payload,
      createdAt: new Date(now).toISOString(),
      attempts: 0,
      nextAttemptAt: now,
      status: 'pending',
    };
    let created = false;
    const store = await this.store();
    const entry = (await store.change(
      this.scope,
      key,
      (current) => {
        if (current) return undefined;
        created = true;
        return fresh as OutboxEntry;
      },
      'strict',
    )) as OutboxEntry<K>;
    if (created) this.emit(entry);
    this.sendInBackground(key, false);
    return entry;
  }

  /** Resolves when the write is delivered; rejects with an AdapterError when it fails for good. */
  delivered(key: string): Promise<OutboxEntry> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
      let waiting = this.waiters.get(key);
      if (!waiting) this.waiters.set(key, (waiting = new Set()));
      waiting.add(waiter);
      this.store()
        .then((store) => store.get(this.scope, key))
        .then((entry) => {
          if (entry) this.settleWaiters(entry);
          else this.rejectWaiters(key, new AdapterError('not-found', 'No write with this key is queued.'));
        }, reject);
    });
  }

  /** Writes of this scope, oldest first: for showing "sending…" again after a reload. */
  async entries(filter: { kind?: WriteKind; status?: OutboxStatus } = {}): Promise<OutboxEntry[]> {
    const entries = await (await this.store()).list(this.scope);
    return entries
      .filter((entry) => (!filter.kind || entry.kind === filter.kind) && (!filter.status || entry.status === filter.status))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /**
   * Sends every due write of this scope, oldest first, and prunes old delivered ones. `force` also
   * sends writes still waiting out their backoff (the network just came back).
   */
  async flush(options: { force?: boolean; forceCreatedBefore?: number } = {}): Promise<void> {
    const store = await this.store();
    const keepMs = this.options.keepDeliveredMs ?? 7 * DAY_MS;
    for (const entry of await this.entries()) {
      if (entry.status === 'delivered' && entry.deliveredAt && Date.parse(entry.deliveredAt) + keepMs <= this.now()) {
        await store.change(this.scope, entry.key, (current) => (current?.status === 'delivered' ? null : undefined));
      } else if (entry.status === 'pending' || entry.status === 'sending') {
        const force =
          options.force ??
          (options.forceCreatedBefore !== undefined && Date.parse(entry.createdAt) < options.forceCreatedBefore);
        await this.send(entry.key, force).catch(() => undefined);
      } else {
        // Settled by another tab: answer this page's delivered() calls.
        this.settleWaiters(entry);
      }
    }
    this.schedule();
  }

  /** Puts a failed write back in the queue (the user pressed retry) and starts sending it. */
  async retry(key: string): Promise<void> {
    const entry = await (await this.store()).change(this.scope, key, (current) =>
      current?.status === 'failed'
        ? { ...current, status: 'pending', attempts: 0, nextAttemptAt: this.now(), error: undefined }
        : undefined,
    );
    if (entry?.status === 'pending') this.emit(entry);
    this.sendInBackground(key, false);
  }

  /** Drops a write that was not delivered (or forgets a delivered one); `delivered(key)` rejects with an AbortError. */
  async discard(key: string): Promise<void> {
    await (await this.store()).change(this.scope, key, () => null);
    this.rejectWaiters(key, discarded());
  }

  /** Status changes made by this outbox; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends what is due and keeps sending: retry timers, `online`, and the tab becoming visible. */
  start(): void {
    if (this.running) return;
    this.running = true;
    addEventListener('online', this.onOnline);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    // A page load (often a reload because something seemed stuck) is worth one try of every write
    // an earlier page left pending, whatever its backoff; the retries after it back off again.
    void this.flush({ forceCreatedBefore: this.now() }).catch(() => undefined);
  }

  /** Stops the automatic triggers. Stored writes stay; a send in progress finishes. */
  stop(): void {
    this.running = false;
    removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    clearTimeout(this.timer);
    this.timer = undefined;
    this.watchers.abort();
    this.watchers = new AbortController();
  }

  private readonly onOnline = () => void this.flush({ force: true }).catch(() => undefined);

  /** Sends the write with the send timeout; a timeout aborts the request and rejects as 'timeout'. */
  private async deliverWithin(entry: OutboxEntry): Promise<unknown> {
    const timeoutMs = this.options.sendTimeoutMs ?? 30_000;
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new AdapterError('timeout', `No answer to the ${entry.kind} write within ${timeoutMs} ms.`);
        abort.abort(error);
        reject(error);
      }, timeoutMs);
    });
    try {
      return await Promise.race([this.options.deliver(entry, abort.signal), timedOut]);
    } catch (error) {
      throw abort.signal.aborted ? abort.signal.reason : error;
    } finally {
      clearTimeout(timer);
    }
  }

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'visible') void this.flush().catch(() => undefined);
  };

  private store(): Promise<Store> {
    this.storePromise ??= idbStore(this.dbName)
      .catch(() => memoryStore(this.dbName))
      .then((store) => {
        this.durable = store.durable;
        return store;
      });
    return this.storePromise;
  }

  private sendInBackground(key: string, force: boolean): void {
    this.send(key, force)
      .catch(() => undefined)
      .finally(() => this.schedule());
  }

  /**
   * One send under the key's lock. The entry is read again inside the lock: another tab may have
   * delivered it meanwhile. 'sending' seen while holding the lock means the page that was sending
   * went away mid-send; sending again is safe because the backend deduplicates by key. When the
   * lock is busy, the key is watched: once that send ends, the entry is read again, so this page
   * learns the outcome, or takes over if the sending page closed.
   */
  private async send(key: string, force: boolean): Promise<void> {
    const store = await this.store();
    const lockName = 'sx-outbox:' + JSON.stringify([this.dbName, this.scope, key]);
    const attempt = async () => {
      const entry = await store.get(this.scope, key);
      if (!entry || entry.status === 'delivered' || entry.status === 'failed') {
        if (entry) this.settleWaiters(entry);
        return;
      }
      if (entry.status === 'pending' && !force && entry.nextAttemptAt > this.now()) return;
      // Offline (the browser is sure of it): no attempt until `online`, which flushes every write.
      if (navigator.onLine === false) {
        if (entry.error?.kind !== 'network') {
          const waiting = { ...entry, error: { kind: 'network', message: 'The browser is offline.' } } as OutboxEntry;
          const stored = await store.change(this.scope, key, (current) => (current?.status === entry.status ? waiting : undefined));
          if (stored) this.emit(stored);
        }
        return;
      }

      // Sent before: an earlier attempt failed in transit, or a page went away mid-send.
      const sentBefore = entry.attempts > 0 || entry.status === 'sending';
      const sending = { ...entry, status: 'sending' } as OutboxEntry;
      await store.change(this.scope, key, (current) => (current ? sending : undefined));
      this.emit(sending);
      let outcome: OutboxEntry;
      const delivered = (result: unknown): OutboxEntry =>
        withoutText({ ...sending, status: 'delivered', result, error: undefined, deliveredAt: new Date(this.now()).toISOString() });
      try {
        const result = await this.inFlight(() => this.deliverWithin(sending));
        outcome = delivered(result);
      } catch (thrown) {
        const error = toAdapterError(thrown);
        const attempts = sending.attempts + 1;
        const waitMs =
          error.retryAfter !== undefined
            ? error.retryAfter * 1000
            : backoffDelay(attempts - 1, this.options.backoff ?? { baseMs: RETRY_FLOOR_MS, minMs: RETRY_FLOOR_MS });
        outcome = meansDelivered(error, sentBefore)
          ? delivered(undefined)
          : {
              ...sending,
              status: error.transient ? 'pending' : 'failed',
              attempts,
              nextAttemptAt: this.now() + waitMs,
              error: { kind: error.kind, message: error.message },
            };
      }
      // A write discarded while it was being sent stays discarded.
      const stored = await store.change(this.scope, key, (current) => (current ? outcome : undefined));
      if (stored) this.emit(stored);
    };
    if ((await withLock(lockName, attempt)) || this.watching.has(key)) return;
    this.watching.add(key);
    withLock(lockName, attempt, this.watchers.signal)
      .catch(() => undefined)
      .finally(() => {
        this.watching.delete(key);
        this.schedule();
      });
  }

  /** One timer for the earliest due write, while started. */
  private schedule(): void {
    if (!this.running) return;
    void this.entries()
      .then((entries) => {
        let next = Infinity;
        for (const entry of entries) {
          if (entry.status === 'pending') next = Math.min(next, entry.nextAttemptAt);
        }
        if (!this.running) return;
        clearTimeout(this.timer);
        this.timer = undefined;
        if (next !== Infinity) {
          this.timer = setTimeout(() => void this.flush().catch(() => undefined), Math.max(0, next - this.now()));
        }
      })
      .catch(() => undefined);
  }

  private emit(entry: OutboxEntry): void {
    for (const listener of this.listeners) {
      try {
        listener(entry);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    this.settleWaiters(entry);
  }

  private settleWaiters(entry: OutboxEntry): void {
    if (entry.status === 'delivered') {
      for (const waiter of this.takeWaiters(entry.key)) waiter.resolve(entry);
    } else if (entry.status === 'failed') {
      const error = new AdapterError(entry.error?.kind ?? 'server', entry.error?.message ?? 'The write failed.');
      this.rejectWaiters(entry.key, error);
    }
  }

  private rejectWaiters(key: string, reason: unknown): void {
    for (const waiter of this.takeWaiters(key)) waiter.reject(reason);
  }

  private takeWaiters(key: string): Set<Waiter> {
    const waiting = this.waiters.get(key) ?? new Set<Waiter>();
    this.waiters.delete(key);
    return waiting;
  }
}

/**
 * Sends one queued write with the adapter's method for its kind, the entry's key as idempotency
 * key. A backend without that method fails the write for good (kind 'forbidden': it cannot be done
 * there, retrying will not help).
 */
export function deliverWrite(adapter: ServiceAdapter, entry: OutboxEntry, signal?: AbortSignal): Promise<unknown> {
  const options: WriteOptions = signal ? { idempotencyKey: entry.key, signal } : { idempotencyKey: entry.key };
  const missing = () => Promise.reject(new AdapterError('forbidden', `${adapter.name} does not accept '${entry.kind}' writes.`));
  switch (entry.kind) {
    case 'comment':
      return adapter.addComment?.(entry.payload.ticketId, entry.payload.text, options) ?? missing();
    case 'reopen':
      return adapter.reopenTicket?.(entry.payload.ticketId, entry.payload.reason, options) ?? missing();
    case 'confirm':
      return adapter.confirmResolution?.(entry.payload.ticketId, options) ?? missing();
    case 'satisfaction':
      return adapter.submitSatisfaction?.(entry.payload, options) ?? missing();
    case 'request':
      return adapter.submitRequest?.(entry.payload, options) ?? missing();
    case 'article-feedback':
      return adapter.sendArticleFeedback?.(entry.payload, options) ?? missing();
  }
}
