/**
 * Follows one answer through the outbox until it is delivered or fails for good, also after a
 * reload: "sending", "saved on this device" (waiting to retry), "sent" or "failed".
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError, isAbortError, toAdapterError, type AdapterErrorKind } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { OutboxEntry } from '../../core/outbox.js';
import type { SatisfactionReceipt } from '../../core/schemas.js';

export type Delivery = 'sending' | 'queued' | 'sent' | 'failed';

export class DeliveryController implements ReactiveController {
  /** The outbox key of the answer followed, also the response id. */
  key?: string;
  delivery: Delivery = 'sending';
  failure?: AdapterError;
  /** What happens next, from the backend's receipt. */
  receiptFollowUp?: string;

  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFailure: (problem: AdapterError) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    this.stop();
  }

  /** Forgets the answer followed (a new question, or "Change my answer"). */
  reset() {
    this.stop();
    this.sending(undefined);
    this.receiptFollowUp = undefined;
  }

  /** `key` is being stored or sent: no failure (yet). */
  sending(key: string | undefined) {
    this.key = key;
    this.delivery = 'sending';
    this.failure = undefined;
    this.host.requestUpdate();
  }

  /** Follows the stored answer `key` until it is delivered or fails for good. */
  follow(connection: ServiceConnection, key: string) {
    this.stop();
    this.key = key;
    const apply = (entry: OutboxEntry) => {
      if (entry.key !== key || this.key !== key) return;
      if (entry.status === 'delivered') {
        this.delivery = 'sent';
        this.receiptFollowUp = (entry.result as SatisfactionReceipt | undefined)?.followUp;
      } else if (entry.status === 'failed') {
        this.fail(entry.error);
      } else {
        this.delivery = entry.attempts > 0 ? 'queued' : 'sending';
      }
      this.host.requestUpdate();
    };
    this.unsubscribe = connection.outbox.subscribe(apply);
    void connection.outbox.entries({ kind: 'satisfaction' }).then((entries) => {
      const entry = entries.find((candidate) => candidate.key === key);
      if (entry) apply(entry);
    });
    connection.outbox.delivered(key).then(apply, (error: unknown) => {
      if (!isAbortError(error) && this.key === key) this.fail(error);
    });
  }

  /** Sending failed for good (or the answer could not even be stored): once per failure. */
  fail(error: unknown) {
    if (this.delivery === 'failed' && this.failure) return;
    // A failure read back from the outbox is plain data, not an AdapterError.
    const stored = error as { kind?: AdapterErrorKind; message?: string } | undefined;
    const problem = error instanceof Error || !stored?.kind ? toAdapterError(error) : new AdapterError(stored.kind, stored.message ?? '');
    this.delivery = 'failed';
    this.failure = problem;
    this.host.requestUpdate();
    this.onFailure(problem);
  }

  /** Puts the failed answer back in the queue; it is followed again once the outbox has taken it back. */
  async retry(connection: ServiceConnection) {
    const key = this.key;
    if (!key) return;
    this.sending(key);
    await connection.outbox.retry(key);
    if (this.key === key) this.follow(connection, key);
  }

  private stop() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
