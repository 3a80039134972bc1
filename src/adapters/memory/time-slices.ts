/**
 * Long work on the main thread, cut into slices bounded by elapsed time rather than by a count:
 * how long a hundred documents take depends on the device, its load and CPU throttling, while a
 * time budget holds on all of them. Between slices the browser handles input and paints.
 */

export interface TimeSliceOptions {
  /** Longest slice in milliseconds. 8 ms leaves room for a frame and a garbage collection. */
  budgetMs?: number;
  /** The clock; a test passes a fake one. */
  now?: () => number;
  /** How a slice gives the main thread back; a test passes a spy. */
  yieldToMain?: () => Promise<void>;
}

const DEFAULT_BUDGET_MS = 8;

/**
 * `scheduler.yield()` resumes ahead of other queued tasks (Chromium); elsewhere a message-channel
 * task, which unlike a nested `setTimeout(0)` is not clamped to 4 ms.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export class TimeSlices {
  private readonly budgetMs: number;
  private readonly now: () => number;
  private readonly yieldToMain: () => Promise<void>;
  private sliceStart: number;

  constructor(options: TimeSliceOptions = {}) {
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.now = options.now ?? (() => performance.now());
    this.yieldToMain = options.yieldToMain ?? yieldToMain;
    this.sliceStart = this.now();
  }

  /** Call between two units of work: yields once the slice has used its budget. */
  async next(): Promise<void> {
    if (this.now() - this.sliceStart < this.budgetMs) return;
    await this.yieldToMain();
    this.sliceStart = this.now();
  }
}
