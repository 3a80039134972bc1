/**
 * For backends that accept no idempotency key: a write made under a key is sent once by this page;
 * a repeat (or a concurrent twin) gets the first result. A failed write is forgotten so that the
 * outbox can try it again. Adapters add their own backend-side check for repeats across reloads.
 */
export function oncePerKey(): <T>(key: string, write: () => Promise<T>) => Promise<T> {
  const sent = new Map<string, Promise<unknown>>();
  return <T>(key: string, write: () => Promise<T>): Promise<T> => {
    let pending = sent.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = write().catch((error: unknown) => {
        sent.delete(key);
        throw error;
      });
      sent.set(key, pending);
    }
    return pending;
  };
}

/**
 * How long a backend-side repeat check looks back: a write re-sent after a lost answer arrives
 * within minutes; the same text or form from the same person within this window is the same write.
 */
export const DEDUPE_WINDOW_MS = 10 * 60_000;

/** Whether `date` (ISO 8601) falls within the repeat-check window before `now` (epoch ms). */
export function withinDedupeWindow(date: string, now: number): boolean {
  return now - Date.parse(date) < DEDUPE_WINDOW_MS;
}
