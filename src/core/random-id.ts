/**
 * A random id for idempotency keys and records. `crypto.randomUUID` exists only in secure
 * contexts, and intranet pages are sometimes plain http.
 */
export function randomId(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
