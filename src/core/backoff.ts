/**
 * Exponential backoff with "full jitter": a random wait between zero and the capped exponential
 * step, so that many clients recovering from the same outage do not retry in lockstep.
 */
export interface BackoffOptions {
  baseMs?: number;
  /** The floor: no wait is shorter, whatever the jitter draws. Default 0. */
  minMs?: number;
  maxMs?: number;
  random?: () => number;
}

export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { baseMs = 500, maxMs = 30_000, minMs = 0, random = Math.random } = options;
  const ceiling = Math.max(minMs, Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt)));
  return Math.round(minMs + random() * (ceiling - minMs));
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
