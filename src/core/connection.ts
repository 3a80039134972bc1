/**
 * A backend as the elements use it: the adapter wrapped once (every result validated, failures as
 * AdapterErrors) plus the outbox that delivers its writes. One connection per adapter instance,
 * shared by every element under a provider.
 *
 * Neither the schemas (zod) nor the outbox load with the elements: the schemas load beside the
 * first request, the outbox on the first write or when the page is idle (to deliver what an
 * earlier page left waiting).
 */
import type { Capability, ServiceAdapter } from './adapter.js';
import type { Outbox, OutboxEntry, OutboxStatus, WriteKind, WritePayloads } from './outbox.js';
import { loadOnce } from './load-once.js';
import { loadResultSchemas, withValidation } from './validate.js';

/** The outbox as elements use it; every call loads the outbox first when it is not loaded yet. */
export interface OutboxHandle {
  enqueue<K extends WriteKind>(kind: K, payload: WritePayloads[K], key?: string): Promise<OutboxEntry<K>>;
  delivered(key: string): Promise<OutboxEntry>;
  entries(filter?: { kind?: WriteKind; status?: OutboxStatus }): Promise<OutboxEntry[]>;
  flush(options?: { force?: boolean; forceCreatedBefore?: number }): Promise<void>;
  retry(key: string): Promise<void>;
  discard(key: string): Promise<void>;
  /** Status changes of this backend's writes; returns the unsubscribe function. */
  subscribe(listener: (entry: OutboxEntry) => void): () => void;
}

export interface ServiceConnection {
  readonly adapter: ServiceAdapter;
  readonly outbox: OutboxHandle;
  has(capability: Capability): boolean;
  close(): void;
}

const connections = new WeakMap<ServiceAdapter, ServiceConnection>();

export function connect(adapter: ServiceAdapter): ServiceConnection {
  const existing = connections.get(adapter);
  if (existing) return existing;
  const validated = withValidation(adapter);
  const outbox = lazyOutbox(() =>
    import('./outbox.js').then(({ Outbox, deliverWrite }) => new Outbox({ scope: adapter.id, deliver: (entry, signal) => deliverWrite(validated, entry, signal) })),
  );
  // Off the first paint's critical path, so the first request rarely waits for the schemas.
  setTimeout(() => void loadResultSchemas().catch(() => undefined));
  whenIdle(() => void outbox.load().catch(() => undefined));
  const connection: ServiceConnection = {
    adapter: validated,
    outbox,
    has: (capability) => adapter.capabilities[capability] === true,
    close: () => {
      outbox.stop();
      connections.delete(adapter);
    },
  };
  connections.set(adapter, connection);
  return connection;
}

function whenIdle(run: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}

function lazyOutbox(create: () => Promise<Outbox>): OutboxHandle & { load(): Promise<Outbox>; stop(): void } {
  const listeners = new Set<(entry: OutboxEntry) => void>();
  let loaded: Outbox | undefined;
  let stopped = false;
  // Offline, the outbox's chunk may fail to load: the next write tries again (loadOnce).
  const load = loadOnce(() =>
    create().then((outbox) => {
      outbox.subscribe((entry) => listeners.forEach((listener) => listener(entry)));
      if (!stopped) outbox.start();
      return (loaded = outbox);
    }),
  );
  return {
    load,
    stop: () => {
      stopped = true;
      loaded?.stop();
    },
    enqueue: (kind, payload, key) => load().then((outbox) => outbox.enqueue(kind, payload, key)),
    delivered: (key) => load().then((outbox) => outbox.delivered(key)),
    entries: (filter) => load().then((outbox) => outbox.entries(filter)),
    flush: (options) => load().then((outbox) => outbox.flush(options)),
    retry: (key) => load().then((outbox) => outbox.retry(key)),
    discard: (key) => load().then((outbox) => outbox.discard(key)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
