/**
 * A request on its way through the outbox, exactly once: stored under its draft's idempotency
 * key, followed (by the shared WriteFollower) until delivered or refused for good, and picked up
 * again after a reload. What is particular to requests lives here: a refused request resent with
 * other values is a new request with a key of its own.
 */
import type { AdapterError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { OutboxEntry } from '../../core/outbox.js';
import { randomId } from '../../core/random-id.js';
import type { CatalogRequest, RequestReceipt } from '../../core/schemas.js';
import { WriteFollower, type FollowedWrite, type WriteState } from '../shared/write-follower.js';
import type { ResourceHost } from '../shared/resource.js';
import type { Draft } from './draft.js';

export type Phase = 'editing' | 'sending' | 'retrying' | 'offline' | 'failed' | 'done';

const PHASE_OF: Record<WriteState, Phase> = { sending: 'sending', retrying: 'retrying', offline: 'offline', failed: 'failed', sent: 'done' };

export interface RequestDeliveryHooks {
  connection(): ServiceConnection | undefined;
  /** The draft's key changed (a refused request resent with other values is a new request). */
  rekeyed(draft: Draft): void;
  /** A stored request of this draft was found after a reload: show the form it belongs to. */
  resumed(): void;
  /** Stored for later (`receipt` absent) or delivered. */
  submitted(entry: OutboxEntry, receipt?: RequestReceipt): void;
  failed(problem: AdapterError): void;
  /** A change worth saying out loud. */
  said(phase: Phase): void;
}

export class RequestDelivery {
  private readonly writes: WriteFollower;
  private key?: string;
  private emittedQueued?: string;
  /** A request found refused after a reload is shown as such, not reported again. */
  private quiet?: string;

  constructor(
    host: ResourceHost,
    private readonly hooks: RequestDeliveryHooks,
  ) {
    this.writes = new WriteFollower(host, { onChange: (write, previous) => this.changed(write, previous) });
  }

  private get write(): FollowedWrite | undefined {
    return this.writes.get(this.key);
  }

  get phase(): Phase {
    const write = this.write;
    return write ? PHASE_OF[write.state] : 'editing';
  }

  get failure(): AdapterError | undefined {
    return this.write?.state === 'failed' ? this.write.failure : undefined;
  }

  get receipt(): RequestReceipt | undefined {
    return this.write?.state === 'sent' ? (this.write.entry?.result as RequestReceipt | undefined) : undefined;
  }

  /** A send is under way: pressing submit again hurries it along, never makes a second request. */
  get underWay(): boolean {
    const phase = this.phase;
    return phase === 'sending' || phase === 'retrying' || phase === 'offline';
  }

  reset(): void {
    this.writes.forget(this.key);
    this.key = undefined;
  }

  hurry(): void {
    const connection = this.hooks.connection();
    if (connection) this.writes.hurry(connection);
  }

  /** After a reload: a request of this draft still in the outbox is shown as sending, not lost. */
  async resume(key: string, stillCurrent: () => boolean): Promise<void> {
    const connection = this.hooks.connection();
    if (!connection) return;
    const entry = (await connection.outbox.entries({ kind: 'request' })).find((candidate) => candidate.key === key);
    if (!entry || !stillCurrent()) return;
    this.key = key;
    if (entry.status === 'failed') this.quiet = key;
    else this.hooks.resumed();
    this.writes.follow(connection, key, entry);
  }

  async send(payload: CatalogRequest, draft: Draft): Promise<void> {
    const connection = this.hooks.connection()!;
    const { outbox } = connection;
    let existing: OutboxEntry | undefined;
    try {
      existing = (await outbox.entries({ kind: 'request' })).find((entry) => entry.key === draft.key);
    } catch {
      // Unreadable queue: enqueueing below reports what is wrong.
    }
    if (existing?.status === 'failed' && JSON.stringify(existing.payload) === JSON.stringify(payload)) {
      this.key = draft.key;
      await this.writes.retry(connection, draft.key);
      return;
    }
    if (existing?.status === 'failed') {
      // A refused request with other values is a new request: it gets a key of its own.
      this.writes.forget(draft.key);
      await outbox.discard(draft.key);
      draft.key = randomId();
      this.hooks.rekeyed(draft);
    } else if (existing) {
      this.key = draft.key;
      this.writes.follow(connection, draft.key, existing);
      this.writes.hurry(connection);
      return;
    }
    this.key = draft.key;
    await this.writes.send(connection, 'request', payload, draft.key);
  }

  private changed(write: FollowedWrite, previous: WriteState | undefined) {
    if (write.key !== this.key) return;
    const phase = PHASE_OF[write.state];
    if (write.state === 'failed') {
      if (this.quiet === write.key && previous === undefined) return;
      this.hooks.failed(write.failure!);
      return;
    }
    this.quiet = undefined;
    if (write.state === 'sent') {
      this.hooks.submitted(write.entry!, this.receipt);
      return;
    }
    this.hooks.said(phase);
    if ((write.state === 'retrying' || write.state === 'offline') && write.entry && this.emittedQueued !== write.key) {
      this.emittedQueued = write.key;
      this.hooks.submitted(write.entry);
    }
  }
}
