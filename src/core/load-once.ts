/**
 * The one way the kit loads a lazy part (a chunk, a catalog module): the first call starts the load
 * and every later call shares it; a load that failed (offline, a new deploy) is forgotten, so the
 * next call tries again instead of failing forever.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
