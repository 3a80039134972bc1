/**
 * The SLA target in plain words ("We aim to reply by Tue 14:00", "due in 3 hours", "Overdue, we
 * are on it", paused while the desk waits for the requester). Pure: the clock and the formatters
 * are passed in, so unit tests fix both.
 */
import type { Sla, TicketState } from '../../core/schemas.js';
import { isOpenState } from '../../core/ticket-states.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Closer than this, the remaining time is said as well as the deadline. */
const SOON_MS = DAY_MS;

export type SlaStatus = 'due' | 'due-soon' | 'overdue' | 'paused';

export interface Remaining {
  value: number;
  unit: 'hour' | 'minute';
}

export interface SlaView {
  status: SlaStatus;
  kind: Sla['kind'];
  dueAt: Date;
  /** The target is an estimate (catalog delivery time, history), not a commitment. */
  estimate: boolean;
  /** For 'due-soon': how long is left, in the largest unit that reads well. */
  remaining?: Remaining;
}

/** What the SLA means right now, or undefined when there is nothing to promise (no SLA, closed). */
export function describeSla(sla: Sla | undefined, state: TicketState, now: Date): SlaView | undefined {
  if (!sla || !isOpenState(state)) return undefined;
  const dueAt = new Date(sla.dueAt);
  const base = { kind: sla.kind, dueAt, estimate: sla.estimate === true };
  if (sla.paused || state === 'waiting-on-you') return { ...base, status: 'paused' };
  const left = dueAt.getTime() - now.getTime();
  if (sla.breached || left <= 0) return { ...base, status: 'overdue' };
  if (left < SOON_MS) return { ...base, status: 'due-soon', remaining: remainingTime(left) };
  return { ...base, status: 'due' };
}

/** Whole hours from one hour up (rounded), else minutes (rounded up, at least one). */
export function remainingTime(ms: number): Remaining {
  if (ms >= HOUR_MS) return { value: Math.max(1, Math.round(ms / HOUR_MS)), unit: 'hour' };
  return { value: Math.max(1, Math.ceil(ms / 60_000)), unit: 'minute' };
}

/**
 * How to write a deadline: weekday and time within the coming week ("Tue 14:00"), the date as
 * well further out, the year too when it differs.
 */
export function deadlineFormat(target: Date, now: Date): Intl.DateTimeFormatOptions {
  const time: Intl.DateTimeFormatOptions = { weekday: 'short', hour: '2-digit', minute: '2-digit' };
  if (Math.abs(target.getTime() - now.getTime()) < 6 * DAY_MS) return time;
  const date: Intl.DateTimeFormatOptions = { ...time, day: 'numeric', month: 'short' };
  return target.getFullYear() === now.getFullYear() ? date : { ...date, year: 'numeric' };
}

export type SlaMessageKey =
  | 'sla.reply.by'
  | 'sla.resolve.by'
  | 'sla.estimate.by'
  | 'sla.dueIn'
  | 'sla.overdue'
  | 'sla.overdue.since'
  | 'sla.paused'
  | 'sla.paused.target';

export interface SlaFormatters {
  t(key: SlaMessageKey, params?: Record<string, string | number>): string;
  date(value: Date, options: Intl.DateTimeFormatOptions): string;
  number(value: number, options: Intl.NumberFormatOptions): string;
}

export interface SlaSentence {
  /** The promise, in one short sentence. */
  headline: string;
  /** What it means now ("due in 3 hours", "The target was Mon 09:00."). */
  detail?: string;
}

export function slaSentence(view: SlaView, now: Date, format: SlaFormatters): SlaSentence {
  const date = format.date(view.dueAt, deadlineFormat(view.dueAt, now));
  switch (view.status) {
    case 'paused':
      return { headline: format.t('sla.paused'), detail: format.t('sla.paused.target', { date }) };
    case 'overdue':
      return { headline: format.t('sla.overdue'), detail: format.t('sla.overdue.since', { date }) };
    default: {
      const key = view.estimate ? 'sla.estimate.by' : view.kind === 'response' ? 'sla.reply.by' : 'sla.resolve.by';
      const headline = format.t(key, { date });
      if (!view.remaining) return { headline };
      const duration = format.number(view.remaining.value, { style: 'unit', unit: view.remaining.unit, unitDisplay: 'long' });
      return { headline, detail: format.t('sla.dueIn', { duration }) };
    }
  }
}
