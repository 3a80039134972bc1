/**
 * A request on its way through the outbox, exactly once: stored under its draft's idempotency
 * key, followed until delivered or refused for good, and picked up again after a reload.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError, isAbortError, toAdapterError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { OutboxEntry } from '../../core/outbox.js';
import type { CatalogRequest, RequestReceipt } from '../../core/schemas.js';
import { randomId } from '../../core/random-id.js';
import type { Draft } from './draft.js';

export type Phase = 'editing' | 'sending' | 'retrying' | 'offline' | 'failed' | 'done';

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

export class RequestDeliveryController implements ReactiveController {
  phase: Phase = 'editing';
  failure?: AdapterError;
  receipt?: RequestReceipt;
  private unsubscribe?: () => void;
  private following?: string;
  private emittedQueued?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: RequestDeliveryHooks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** A send is under way: pressing submit again hurries it along, never makes a second request. */
  get underWay(): boolean {
    return this.phase === 'sending' || this.phase === 'retrying' || this.phase === 'offline';
  }

  reset(): void {
    this.stop();
    this.phase = 'editing';
    this.failure = undefined;
    this.receipt = undefined;
  }

  hurry(): void {
    void this.hooks.connection()?.outbox.flush({ force: true });
  }

  /** After a reload: a request of this draft still in the outbox is shown as sending, not lost. */
  async resume(key: string, stillCurrent: () => boolean): Promise<void> {
    const outbox = this.hooks.connection()?.outbox;
    if (!outbox) return;
    const entry = (await outbox.entries({ kind: 'request' })).find((candidate) => candidate.key === key);
    if (!entry || !stillCurrent()) return;
    if (entry.status === 'failed') {
      this.phase = 'failed';
      this.failure = new AdapterError(entry.error?.kind ?? 'server', entry.error?.message ?? '');
      this.host.requestUpdate();
      return;
    }
    this.hooks.resumed();
    this.follow(key, entry);
  }

  async send(payload: CatalogRequest, draft: Draft): Promise<void> {
    const outbox = this.hooks.connection()!.outbox;
    this.phase = navigator.onLine === false ? 'offline' : 'sending';
    this.failure = undefined;
    this.hooks.said(this.phase);
    try {
      const existing = (await outbox.entries({ kind: 'request' })).find((entry) => entry.key === draft.key);
      if (existing?.status === 'failed') {
        if (JSON.stringify(existing.payload) === JSON.stringify(payload)) {
          await outbox.retry(draft.key);
        } else {
          // A refused request with other values is a new request: it gets a key of its own.
          await outbox.discard(draft.key);
          draft.key = randomId();
          this.hooks.rekeyed(draft);
          await outbox.enqueue('request', payload, draft.key);
        }
      } else if (existing) {
        void outbox.flush({ force: true });
      } else {
        await outbox.enqueue('request', payload, draft.key);
      }
    } catch (error) {
      this.fail(error);
      return;
    }
    this.follow(draft.key);
  }

  /** Shows what happens to the queued request until it is delivered or refused for good. */
  private follow(key: string, current?: OutboxEntry) {
    const outbox = this.hooks.connection()?.outbox;
    if (!outbox || this.following === key) return;
    this.stop();
    this.following = key;
    this.unsubscribe = outbox.subscribe((entry) => {
      if (entry.key === key) this.onEntry(entry);
    });
    if (current) this.onEntry(current);
    outbox.delivered(key).then(
      (entry) => {
        if (this.following === key) this.finish(entry);
      },
      (error: unknown) => {
        if (this.following === key && !isAbortError(error)) this.fail(error);
      },
    );
  }

  private stop() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.following = undefined;
  }

  private onEntry(entry: OutboxEntry) {
    if (entry.kind !== 'request') return;
    if (entry.status === 'sending' && this.phase === 'editing') this.phase = 'sending';
    if (entry.status !== 'pending' || !entry.error) {
      this.host.requestUpdate();
      return;
    }
    const phase: Phase = entry.error.kind === 'network' || navigator.onLine === false ? 'offline' : 'retrying';
    if (phase !== this.phase) {
      this.phase = phase;
      this.hooks.said(phase);
    }
    if (this.emittedQueued !== entry.key) {
      this.emittedQueued = entry.key;
      this.hooks.submitted(entry);
    }
    this.host.requestUpdate();
  }

  private finish(entry: OutboxEntry) {
    this.stop();
    this.receipt = entry.result as RequestReceipt;
    this.phase = 'done';
    this.hooks.submitted(entry, this.receipt);
  }

  private fail(error: unknown) {
    this.stop();
    const problem = toAdapterError(error);
    this.phase = 'failed';
    this.failure = problem;
    this.hooks.failed(problem);
    this.host.requestUpdate();
  }
}
