/**
 * The one way an element follows what the person sent (a comment, a rating, a request) through the
 * outbox: stored, sending, waiting to retry (offline or the desk busy), sent, or failed for good —
 * also after a reload, when the write is found again in the outbox by its key.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError, isAbortError, toAdapterError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { OutboxEntry, WriteKind, WritePayloads } from '../../core/outbox.js';

export type WriteState = 'sending' | 'retrying' | 'offline' | 'sent' | 'failed';

export interface FollowedWrite {
  key: string;
  state: WriteState;
  /** For `failed` the reason; for `retrying`/`offline` why it waits. */
  failure?: AdapterError;
  /** The outbox entry as last seen (payload, result once delivered). */
  entry?: OutboxEntry;
}

export interface WriteFollowerOptions {
  /** A followed write changed state (announce it, emit an event). Not called for a repeat of the same state. */
  onChange?: (write: FollowedWrite, previous: WriteState | undefined) => void;
}

/** A failure read back from the outbox is plain data, not an AdapterError. */
function problemOf(error: unknown): AdapterError {
  const stored = error as { kind?: AdapterError['kind']; message?: string } | undefined;
  return error instanceof Error || !stored?.kind ? toAdapterError(error) : new AdapterError(stored.kind, stored.message ?? '');
}

/** What an outbox entry means for the person who wrote it. */
export function writeStateOf(entry: OutboxEntry): WriteState {
  if (entry.status === 'delivered') return 'sent';
  if (entry.status === 'failed') return 'failed';
  if (entry.status === 'pending' && entry.error) {
    return entry.error.kind === 'network' || navigator.onLine === false ? 'offline' : 'retrying';
  }
  return 'sending';
}

export class WriteFollower implements ReactiveController {
  private readonly writes = new Map<string, FollowedWrite>();
  private unsubscribe?: () => void;
  private subscribedTo?: ServiceConnection;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WriteFollowerOptions = {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
  }

  get(key: string | undefined): FollowedWrite | undefined {
    return key === undefined ? undefined : this.writes.get(key);
  }

  /** Every write followed, oldest first. */
  all(): FollowedWrite[] {
    return [...this.writes.values()];
  }

  /** Stores the write (safe to clear the form once this resolves) and follows it. */
  async send<K extends WriteKind>(connection: ServiceConnection, kind: K, payload: WritePayloads[K], key: string): Promise<FollowedWrite> {
    this.update({ key, state: navigator.onLine === false ? 'offline' : 'sending' });
    try {
      const entry = await connection.outbox.enqueue(kind, payload, key);
      this.follow(connection, key, entry);
    } catch (error) {
      this.update({ key, state: 'failed', failure: toAdapterError(error) });
    }
    return this.writes.get(key)!;
  }

  /** Follows a write already in the outbox (found after a reload) until it is delivered or fails. */
  follow(connection: ServiceConnection, key: string, current?: OutboxEntry): void {
    this.subscribe(connection);
    if (!this.writes.has(key)) this.update({ key, state: current ? writeStateOf(current) : 'sending', entry: current });
    if (current) this.apply(current);
    connection.outbox.delivered(key).then(
      (entry) => this.apply(entry),
      (error: unknown) => {
        if (!isAbortError(error) && this.writes.has(key)) this.update({ key, state: 'failed', failure: problemOf(error) });
      },
    );
  }

  /** Writes of `kind` still in the outbox that `belongs` claims (after a reload), followed again. */
  async restore<K extends WriteKind>(
    connection: ServiceConnection,
    kind: K,
    belongs: (entry: OutboxEntry<K>) => boolean,
  ): Promise<FollowedWrite[]> {
    const entries = (await connection.outbox.entries({ kind })) as OutboxEntry<K>[];
    const found = entries.filter((entry) => entry.status !== 'delivered' && belongs(entry));
    for (const entry of found) this.follow(connection, entry.key, entry);
    return found.map((entry) => this.writes.get(entry.key)!);
  }

  /** Puts a failed write back in the queue and follows it again. */
  async retry(connection: ServiceConnection, key: string): Promise<void> {
    this.update({ key, state: 'sending' });
    await connection.outbox.retry(key);
    this.follow(connection, key);
  }

  /** Asks the outbox to send waiting writes now (the person pressed "send" again). */
  hurry(connection: ServiceConnection): void {
    void connection.outbox.flush({ force: true });
  }

  /** Stops following `key` (or everything); the write itself stays in the outbox. */
  forget(key?: string): void {
    if (key === undefined) this.writes.clear();
    else this.writes.delete(key);
    this.host.requestUpdate();
  }

  private subscribe(connection: ServiceConnection) {
    if (this.subscribedTo === connection) return;
    this.unsubscribe?.();
    this.subscribedTo = connection;
    this.unsubscribe = connection.outbox.subscribe((entry) => {
      if (this.writes.has(entry.key)) this.apply(entry);
    });
  }

  private apply(entry: OutboxEntry) {
    if (!this.writes.has(entry.key)) return;
    const state = writeStateOf(entry);
    this.update({ key: entry.key, state, entry, failure: entry.error ? problemOf(entry.error) : undefined });
  }

  private update(write: FollowedWrite) {
    const previous = this.writes.get(write.key);
    const next: FollowedWrite = { key: write.key, state: write.state, failure: write.failure, entry: write.entry ?? previous?.entry };
    // A delivered write stays sent: a late "pending" notification cannot take that back.
    if (previous?.state === 'sent' && next.state !== 'sent') return;
    this.writes.set(write.key, next);
    this.host.requestUpdate();
    if (previous?.state !== next.state) this.options.onChange?.(next, previous?.state);
  }
}
