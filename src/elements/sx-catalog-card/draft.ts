/**
 * Request drafts in localStorage, one per backend and catalog item: what someone typed survives a
 * reload, and the idempotency key made for the draft goes with it, so a retry after a reload is
 * still the same request.
 */
import type { FormValues } from './form-schema.js';

export interface Draft {
  values: Partial<FormValues>;
  /** Idempotency key of this draft's request, made once, on the first change. */
  key: string;
  /** Names shown for picked people, by variable (the value itself is the person's id). */
  people?: Record<string, string>;
}

const PREFIX = 'sx-kit:catalog-draft:';

function storageKey(scope: string, itemId: string): string {
  return `${PREFIX}${scope}:${itemId}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): drafts then live in memory only.
    return undefined;
  }
}

export function loadDraft(scope: string, itemId: string): Draft | undefined {
  try {
    const raw = storage()?.getItem(storageKey(scope, itemId));
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (typeof draft.key !== 'string' || typeof draft.values !== 'object' || draft.values === null) return undefined;
    return { values: draft.values, key: draft.key, people: draft.people ?? {} };
  } catch {
    return undefined;
  }
}

export function saveDraft(scope: string, itemId: string, draft: Draft): void {
  try {
    storage()?.setItem(storageKey(scope, itemId), JSON.stringify(draft));
  } catch {
    // Full or blocked storage: the form still works, only the draft does not outlive the page.
  }
}

export function clearDraft(scope: string, itemId: string): void {
  try {
    storage()?.removeItem(storageKey(scope, itemId));
  } catch {
    // Nothing to clear when storage is blocked.
  }
}

