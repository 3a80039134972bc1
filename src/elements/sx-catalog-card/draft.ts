/**
 * Request drafts in localStorage, one per backend and catalog item: what someone typed survives a
 * reload, and the idempotency key made for the draft goes with it, so a retry after a reload is
 * still the same request.
 */
import { JsonStore } from '../../core/storage.js';
import type { FormValues } from '../../core/request-form-schema.js';

export interface Draft {
  values: Partial<FormValues>;
  /** Idempotency key of this draft's request, made once, on the first change. */
  key: string;
  /** Names shown for picked people, by variable (the value itself is the person's id). */
  people?: Record<string, string>;
}

/** A stored draft, or undefined when what is stored is not one (an older version, another tool). */
export function parseDraft(value: unknown): Draft | undefined {
  const draft = value as Partial<Draft> | null;
  if (typeof draft?.key !== 'string' || typeof draft.values !== 'object' || draft.values === null) return undefined;
  return { values: draft.values, key: draft.key, people: draft.people ?? {} };
}

const drafts = new JsonStore<Draft>('sx-kit:catalog-draft:', { parse: parseDraft });

const draftKey = (scope: string, itemId: string) => `${scope}:${itemId}`;

export function loadDraft(scope: string, itemId: string): Draft | undefined {
  return drafts.get(draftKey(scope, itemId));
}

export function saveDraft(scope: string, itemId: string, draft: Draft): void {
  drafts.set(draftKey(scope, itemId), draft);
}

export function clearDraft(scope: string, itemId: string): void {
  drafts.delete(draftKey(scope, itemId));
}
