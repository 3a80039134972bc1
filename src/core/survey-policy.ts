/**
 * When a satisfaction prompt may appear (DESIGN section 5: "one person, one policy"). The decision
 * is made here, across every backend on the page, from a small record kept in localStorage that
 * holds only subject ids and timestamps:
 *
 * - a ticket is asked about once: after it is answered, or after its prompt has been shown for a
 *   whole period without an answer, it is never asked about again;
 * - a topic (an experience pulse) may be asked about again once a period has passed;
 * - at most `maxPrompts` new prompts per person per `periodDays` for each kind of subject. A ticket
 *   the person has just confirmed is the moment to ask, so only ticket prompts count against a
 *   ticket; a topic (which can wait) counts every prompt and steps back when a ticket prompt comes
 *   after it in the period (`yielded`);
 * - "Not now" hides the subject for `snoozeDays`; when it comes back it is the same prompt, so the
 *   frequency cap does not count it against itself;
 * - "Don't ask me about this" hides the subject for good;
 * - the backend's own survey state (answered, opted out) is honoured when it has one.
 *
 * The functions are pure over a `SurveyLedger`; `SurveyPolicyStore` reads and writes it, and tells
 * subscribers when it changed, in this page or in another tab, so an open prompt can step back when
 * the person answered or opted out elsewhere.
 */
import type { SurveyState, SurveySubject } from './schemas.js';
import { browserStorage, type KeyValueStorage } from './storage.js';

const DAY_MS = 86_400_000;

export interface SurveyPolicyOptions {
  /** New prompts allowed per person per period. Default 1. */
  maxPrompts?: number;
  /** Length of the period, in days. Default 7. */
  periodDays?: number;
  /** How long "Not now" hides a subject, in days. Default 3. */
  snoozeDays?: number;
}

/** What is remembered about one subject: epoch-millisecond timestamps only. */
export interface SubjectRecord {
  /** When the current (or last) prompt for this subject was first shown. */
  askedAt?: number;
  answeredAt?: number;
  snoozedUntil?: number;
  optedOutAt?: number;
}

export interface SurveyLedger {
  version: 1;
  subjects: Record<string, SubjectRecord>;
}

export type SurveyDecision =
  | { show: true; reason: 'new' | 'resume' }
  | { show: false; reason: 'answered' | 'opted-out' | 'snoozed' | 'asked' | 'frequency' | 'yielded' };

export const SURVEY_POLICY_DEFAULTS: Required<SurveyPolicyOptions> = { maxPrompts: 1, periodDays: 7, snoozeDays: 3 };

/** The localStorage key shared by every element and every copy of the kit on the origin. */
export const SURVEY_POLICY_KEY = 'sx-kit:survey-policy';

/** Records beyond this many are pruned, oldest first (opt-outs are kept longest). */
const MAX_RECORDS = 500;

export function emptyLedger(): SurveyLedger {
  return { version: 1, subjects: {} };
}

/**
 * The ledger key of a subject. Ticket ids are only unique within one backend, so they carry the
 * backend's id (`scope`); a topic is the same topic whichever backend collects the answers.
 */
export function subjectKey(subject: SurveySubject, scope = ''): string {
  return subject.type === 'ticket' ? `ticket:${scope}:${subject.id}` : `topic:${subject.id}`;
}

function settings(options: SurveyPolicyOptions = {}) {
  const pick = (value: number | undefined, fallback: number, min: number) =>
    value === undefined || !Number.isFinite(value) || value < min ? fallback : value;
  return {
    maxPrompts: Math.floor(pick(options.maxPrompts, SURVEY_POLICY_DEFAULTS.maxPrompts, 1)),
    periodMs: pick(options.periodDays, SURVEY_POLICY_DEFAULTS.periodDays, 0) * DAY_MS,
    snoozeMs: pick(options.snoozeDays, SURVEY_POLICY_DEFAULTS.snoozeDays, 0) * DAY_MS,
  };
}

/** Whether the prompt for `key` may be shown at `now`. Pure: records nothing. */
export function decide(
  ledger: SurveyLedger,
  key: string,
  now: number,
  options: SurveyPolicyOptions = {},
  remote?: Pick<SurveyState, 'answered' | 'optedOut' | 'lastAskedAt'>,
): SurveyDecision {
  const { maxPrompts, periodMs } = settings(options);
  const isTicket = isTicketKey(key);
  const record = ledger.subjects[key] ?? {};
  const recent = (at: number | undefined) => at !== undefined && now - at < periodMs;

  if (record.optedOutAt !== undefined || remote?.optedOut) return { show: false, reason: 'opted-out' };
  if (record.answeredAt !== undefined && (isTicket || recent(record.answeredAt))) {
    return { show: false, reason: 'answered' };
  }
  if (remote?.answered) {
    const answeredAt = remote.lastAskedAt ? Date.parse(remote.lastAskedAt) : undefined;
    if (isTicket || answeredAt === undefined || recent(answeredAt)) return { show: false, reason: 'answered' };
  }
  if (record.snoozedUntil !== undefined && now < record.snoozedUntil) return { show: false, reason: 'snoozed' };

  const snoozeEnded = record.snoozedUntil !== undefined;
  const others = Object.entries(ledger.subjects).filter(
    ([other, { askedAt }]) => other !== key && askedAt !== undefined && askedAt <= now && recent(askedAt),
  );
  if (record.askedAt !== undefined && !snoozeEnded) {
    // Shown before and neither answered nor dismissed: the same prompt (a reload) while its period lasts.
    if (recent(record.askedAt)) {
      const askedSince = others.some(([other, { askedAt }]) => isTicketKey(other) && askedAt! >= record.askedAt!);
      return !isTicket && askedSince ? { show: false, reason: 'yielded' } : { show: true, reason: 'resume' };
    }
    if (isTicket) return { show: false, reason: 'asked' };
  }

  const prompts = others.filter(([other]) => !isTicket || isTicketKey(other)).length;
  return prompts >= maxPrompts ? { show: false, reason: 'frequency' } : { show: true, reason: 'new' };
}

function isTicketKey(key: string): boolean {
  return key.startsWith('ticket:');
}

function withRecord(ledger: SurveyLedger, key: string, change: (record: SubjectRecord) => SubjectRecord): SurveyLedger {
  return prune({ ...ledger, subjects: { ...ledger.subjects, [key]: change({ ...ledger.subjects[key] }) } });
}

/** The prompt was shown. A new prompt starts a period; showing the same prompt again changes nothing. */
export function recordShown(ledger: SurveyLedger, key: string, now: number, options: SurveyPolicyOptions = {}): SurveyLedger {
  const decision = decide(ledger, key, now, options);
  if (decision.show && decision.reason === 'resume') return ledger;
  return withRecord(ledger, key, (record) => ({ ...record, askedAt: now, snoozedUntil: undefined }));
}

export function recordAnswered(ledger: SurveyLedger, key: string, now: number): SurveyLedger {
  return withRecord(ledger, key, (record) => ({ ...record, askedAt: record.askedAt ?? now, answeredAt: now, snoozedUntil: undefined }));
}

/** "Not now": hidden for the snooze time, then the same prompt comes back. */
export function recordSnoozed(ledger: SurveyLedger, key: string, now: number, options: SurveyPolicyOptions = {}): SurveyLedger {
  const { snoozeMs } = settings(options);
  return withRecord(ledger, key, (record) => ({ ...record, askedAt: record.askedAt ?? now, snoozedUntil: now + snoozeMs }));
}

/** "Don't ask me about this": never again for this subject. */
export function recordOptedOut(ledger: SurveyLedger, key: string, now: number): SurveyLedger {
  return withRecord(ledger, key, (record) => ({ ...record, askedAt: record.askedAt ?? now, optedOutAt: now }));
}

function latest(record: SubjectRecord): number {
  return Math.max(record.askedAt ?? 0, record.answeredAt ?? 0, record.snoozedUntil ?? 0);
}

/** Keeps the ledger small: the oldest records go first, opt-outs last. */
function prune(ledger: SurveyLedger): SurveyLedger {
  const entries = Object.entries(ledger.subjects);
  if (entries.length <= MAX_RECORDS) return ledger;
  entries.sort(([, a], [, b]) => {
    const optedOut = Number(a.optedOutAt !== undefined) - Number(b.optedOutAt !== undefined);
    return optedOut !== 0 ? -optedOut : latest(b) - latest(a);
  });
  return { ...ledger, subjects: Object.fromEntries(entries.slice(0, MAX_RECORDS)) };
}

/** A ledger read from storage, or an empty one when it is missing or not ours. */
export function parseLedger(text: string | null): SurveyLedger {
  if (!text) return emptyLedger();
  try {
    const value = JSON.parse(text) as Partial<SurveyLedger>;
    if (value?.version !== 1 || typeof value.subjects !== 'object' || value.subjects === null) return emptyLedger();
    const subjects: Record<string, SubjectRecord> = {};
    for (const [key, record] of Object.entries(value.subjects)) {
      if (!record || typeof record !== 'object') continue;
      const clean: SubjectRecord = {};
      for (const field of ['askedAt', 'answeredAt', 'snoozedUntil', 'optedOutAt'] as const) {
        const at = (record as Record<string, unknown>)[field];
        if (typeof at === 'number' && Number.isFinite(at)) clean[field] = at;
      }
      subjects[key] = clean;
    }
    return { version: 1, subjects };
  } catch {
    return emptyLedger();
  }
}

/** Subscribers per storage key in this page: the `storage` event only reaches other tabs. */
const pageListeners = new Map<string, Set<() => void>>();

/**
 * Reads and writes the ledger in storage; falls back to memory where storage is blocked. Not a
 * `JsonStore`: a ledger that cannot be read counts as empty (never an older copy from memory), the
 * read-change-write is one synchronous step, and changes are told to every subscriber.
 */
export class SurveyPolicyStore {
  private fallback = emptyLedger();

  constructor(
    private readonly storage: KeyValueStorage | undefined = browserStorage('local'),
    private readonly key = SURVEY_POLICY_KEY,
  ) {}

  read(): SurveyLedger {
    if (!this.storage) return this.fallback;
    try {
      return parseLedger(this.storage.getItem(this.key));
    } catch {
      return this.fallback;
    }
  }

  /** Applies `change` to the stored ledger (read, change, write in one synchronous step). */
  update(change: (ledger: SurveyLedger) => SurveyLedger): SurveyLedger {
    const next = change(this.read());
    this.fallback = next;
    try {
      this.storage?.setItem(this.key, JSON.stringify(next));
    } catch {
      // Storage full or blocked: the in-memory copy still keeps this page from asking twice.
    }
    for (const listener of [...(pageListeners.get(this.key) ?? [])]) listener();
    return next;
  }

  /**
   * Calls `listener` after every change of the ledger: by any store on this page, or by another tab
   * (the `storage` event). Returns the unsubscribe function.
   */
  subscribe(listener: () => void): () => void {
    let listeners = pageListeners.get(this.key);
    if (!listeners) pageListeners.set(this.key, (listeners = new Set()));
    listeners.add(listener);
    // `key` is null when another tab cleared the whole storage.
    const onStorage = (event: StorageEvent) => {
      if (event.key === this.key || event.key === null) listener();
    };
    globalThis.addEventListener?.('storage', onStorage);
    return () => {
      listeners.delete(listener);
      globalThis.removeEventListener?.('storage', onStorage);
    };
  }
}
