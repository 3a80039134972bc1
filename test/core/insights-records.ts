/** A small week of records whose every figure is worked out by hand (test/core/insights.test.ts). */
import type { InsightRecord } from '../../src/core/insights-schemas.js';

let serial = 0;
export const record = (time: string, type: string, data: unknown, extra: Partial<InsightRecord> = {}): InsightRecord => ({
  specversion: '1.0',
  id: `r${++serial}`,
  type,
  source: 'https://intranet.example/help#sx-search',
  time,
  datacontenttype: 'application/json',
  data,
  ...extra,
});
export const rating = (time: string, id: string, subject: { type: string; id: string }, scale: string, score: number, extra: Partial<InsightRecord> = {}, more = {}) =>
  record(time, 'sx.rating', { id, subject, scale, score, reasons: [], anonymous: false, ...more }, extra);
export const ticket = (id: string) => ({ type: 'ticket', id });

export const week = { from: '2026-03-01T00:00:00Z', to: '2026-03-08T00:00:00Z' };

/** Every figure of this week is worked out by hand in the comments and in insights.test.ts. */
export function handWorkedWeek(): InsightRecord[] {
  const a = { sxsession: 'a' };
  const b = { sxsession: 'b' };
  const c = { sxsession: 'c' };
  const d = { sxsession: 'd' };
  return [
    // Session a: a search, then a helpful article: deflected.
    record('2026-03-02T09:00:00Z', 'sx.search', { query: 'VPN  broken', resultCount: 3 }, a),
    record('2026-03-02T09:02:00Z', 'sx.article-feedback', { articleId: 'KB1', helpful: true, query: 'vpn broken' }, { ...a, sxtopic: 'Network' }),
    record('2026-03-02T09:02:00Z', 'sx.deflect', { articleId: 'KB1', query: 'vpn broken', reason: 'helpful' }, a),
    // Sessions b and c: nothing found (twice the same words), b asks for help.
    record('2026-03-02T10:00:00Z', 'sx.search', { query: 'parking permit', resultCount: 0 }, b),
    record('2026-03-02T10:01:00Z', 'sx.escalate', { query: 'parking permit', articlesSeen: [] }, b),
    record('2026-03-03T10:00:00Z', 'sx.search', { query: 'Parking permit', resultCount: 0 }, c),
    // Session d: not helpful, then helpful, but a request after all: not deflected.
    record('2026-03-03T11:00:00Z', 'sx.search', { query: 'outlook password', resultCount: 2 }, d),
    record('2026-03-03T11:01:00Z', 'sx.article-feedback', { articleId: 'KB2', helpful: false, query: 'outlook password' }, d),
    record('2026-03-03T11:05:00Z', 'sx.article-feedback', { articleId: 'KB2', helpful: true, query: 'outlook password' }, d),
    record('2026-03-03T11:06:00Z', 'sx.request', { itemId: 'laptop' }, d),
    // No session id: the helpful vote an hour later belongs to another visit, without a search.
    record('2026-03-04T09:00:00Z', 'sx.search', { query: 'printer', resultCount: 4 }),
    record('2026-03-04T10:00:00Z', 'sx.deflect', { articleId: 'KB3', query: 'printer', reason: 'helpful' }),
    // Tickets: T1 and T2 resolved within target, T2 reopened; T3 missed its target.
    record('2026-03-02T08:00:00Z', 'sx.ticket-change', { ticketId: 'T1', previousState: 'in-progress', state: 'resolved' }, { sxslamet: true, sxservice: 'Workplace' }),
    record('2026-03-03T08:00:00Z', 'sx.ticket-change', { ticketId: 'T2', previousState: 'in-progress', state: 'resolved' }, { sxslamet: true, sxservice: 'Workplace' }),
    record('2026-03-03T14:00:00Z', 'sx.ticket-change', { ticketId: 'T2', previousState: 'resolved', state: 'in-progress' }, { sxservice: 'Workplace' }),
    rating('2026-03-02T12:00:00Z', 'q1', ticket('T1'), 'csat5', 5, { sxslamet: true, sxservice: 'Workplace' }, { dimensions: { reliability: 4, empathy: 5 } }),
    rating('2026-03-03T12:00:00Z', 'q2', ticket('T2'), 'csat5', 2, { sxservice: 'Workplace' }, { dimensions: { reliability: 2 }, reasons: ['reliability', 'empathy'] }),
    // The same answer delivered twice (same response id): counted once.
    rating('2026-03-03T12:00:00Z', 'q2', ticket('T2'), 'csat5', 2, { sxservice: 'Workplace' }, { dimensions: { reliability: 2 }, reasons: ['reliability', 'empathy'] }),
    rating('2026-03-03T13:00:00Z', 'q3', ticket('T3'), 'csat5', 1, { sxslamet: false }, { reasons: ['responsiveness'] }),
    rating('2026-03-05T09:00:00Z', 'n1', { type: 'topic', id: 'onboarding' }, 'nps11', 10),
    rating('2026-03-05T09:10:00Z', 'n2', { type: 'topic', id: 'onboarding' }, 'nps11', 3),
    rating('2026-03-05T09:20:00Z', 'n3', { type: 'topic', id: 'onboarding' }, 'nps11', 8),
    rating('2026-03-06T09:00:00Z', 'e1', { type: 'topic', id: 'requests' }, 'ces7', 6),
    // Survey reach: T1-T4 asked, T4 snoozed, T5 opted out without being asked first.
    ...['T1', 'T2', 'T3', 'T4'].map((id) => record('2026-03-02T07:00:00Z', 'sx.rating-ask', { subject: ticket(id) })),
    record('2026-03-02T07:30:00Z', 'sx.rating-dismiss', { subject: ticket('T4'), reason: 'snooze' }),
    record('2026-03-02T07:40:00Z', 'sx.rating-dismiss', { subject: ticket('T5'), reason: 'opt-out' }),
  ];
}

