/**
 * Keeps one ticket current: the adapter's push (`watchTicket`) when it has one, else polling with
 * backoff on failures. Polling pauses while the tab is hidden and catches up at once when the tab
 * is shown or focused again, or the network comes back.
 */
import { isAbortError } from '../../core/adapter.js';
import { backoffDelay } from '../../core/backoff.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { Ticket } from '../../core/schemas.js';

export interface LiveUpdateOptions {
  connection: ServiceConnection;
  ticketId: string;
  /** Poll interval while all is well. */
  intervalMs: number;
  onTicket(ticket: Ticket): void;
  onError(error: unknown): void;
}

const MAX_BACKOFF_MS = 5 * 60_000;
/** Focus and visibility often fire together: one catch-up fetch is enough. */
const CATCH_UP_GAP_MS = 2_000;

export class LiveUpdates {
  private readonly controller = new AbortController();
  private timer?: ReturnType<typeof setTimeout>;
  private failures = 0;
  private lastFetch = 0;
  private fetching = false;
  readonly pushed: boolean;

  constructor(private readonly options: LiveUpdateOptions) {
    const { connection } = options;
    this.pushed = connection.has('watch') && typeof connection.adapter.watchTicket === 'function';
  }

  start(): void {
    const { connection, ticketId, onTicket } = this.options;
    if (this.pushed) connection.adapter.watchTicket!(ticketId, onTicket, this.controller.signal);
    else this.schedule();
    const signal = this.controller.signal;
    document.addEventListener('visibilitychange', this.onVisibility, { signal });
    addEventListener('focus', this.catchUp, { signal });
    addEventListener('online', this.catchUp, { signal });
  }

  stop(): void {
    this.controller.abort();
    clearTimeout(this.timer);
  }

  /** Fetches now (a retry button, a delivered write), then polls on from here. */
  refresh(): Promise<void> {
    return this.poll();
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.catchUp();
    else clearTimeout(this.timer);
  };

  private readonly catchUp = () => {
    if (Date.now() - this.lastFetch < CATCH_UP_GAP_MS) return;
    void this.poll();
  };

  private async poll(): Promise<void> {
    const { connection, ticketId, onTicket, onError } = this.options;
    if (this.controller.signal.aborted || this.fetching || !connection.adapter.getTicket) return;
    clearTimeout(this.timer);
    this.fetching = true;
    this.lastFetch = Date.now();
    try {
      const ticket = await connection.adapter.getTicket(ticketId, this.controller.signal);
      this.failures = 0;
      onTicket(ticket);
    } catch (error) {
      if (isAbortError(error) || this.controller.signal.aborted) return;
      this.failures += 1;
      onError(error);
    } finally {
      this.fetching = false;
      this.schedule();
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.pushed || this.controller.signal.aborted || document.visibilityState === 'hidden') return;
    const { intervalMs } = this.options;
    const delay = this.failures ? intervalMs + backoffDelay(this.failures, { baseMs: intervalMs, maxMs: MAX_BACKOFF_MS }) : intervalMs;
    this.timer = setTimeout(() => void this.poll(), delay);
  }
}
