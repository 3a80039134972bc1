/**
 * Four months of believable records for the demo's insights view, generated deterministically
 * (the same clock day gives the same records) and consistent with seed.json: searches that end
 * in the seed's articles, ratings of the seed's resolved tickets, and two stories worth finding —
 * Workplace Services meets its SLA but its people are unhappy (and reopen), and "parking permit"
 * or "expense receipt lost" find nothing (a knowledge gap).
 */
import type { InsightRecord } from '../../core/insights-schemas.js';
import type { RaterDimension, Scale } from '../../core/schemas.js';

const DAY_MS = 86_400_000;
const DAYS = 120;
const PAGE = 'https://intranet.larkspur.example/help';

/** Mulberry32: a small, fast, seeded generator, so the demo tells the same story every time. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Queries people type, the seed article that answers them, and how often it helps. */
const ANSWERED: readonly [query: string, articleId: string, helpful: number][] = [
  ['vpn not connecting', 'KB0010003', 0.8],
  ['globalprotect stuck connecting', 'KB0010020', 0.7],
  ['wifi not connecting on my laptop', 'KB0010001', 0.85],
  ['reset password', 'KB0010002', 0.9],
  ['outlook keeps asking for password', 'KB0010002', 0.25],
  ['new phone authenticator', 'KB0010010', 0.8],
  ['phishing email report', 'KB0010004', 0.9],
  ['mailbox full', 'KB0010038', 0.75],
  ['outlook ost too big', 'KB0010034', 0.7],
  ['vpn slow at home', 'KB0010024', 0.3],
];
/** What the knowledge base does not answer yet, in people's words. */
const GAPS: readonly [query: string, weight: number][] = [
  ['parking permit', 5],
  ['expense receipt lost', 4],
  ['forklift scanner not scanning', 3],
  ['teams background blur', 2],
  ['Parking Permit Rotterdam', 2],
];
const SERVICES = ['Service Desk', 'Workplace Services', 'Network Team', 'Identity & Access'] as const;
/** Seed tickets with a resolution in seed.json: rated as their story says. */
const SEED_RATINGS: readonly [ticketId: string, score: number, reasons: RaterDimension[]][] = [
  ['INC0012003', 4, []],
  ['INC0012011', 2, ['reliability', 'empathy']],
  ['INC0012012', 2, ['reliability']],
  ['INC0012013', 5, []],
];

export function seedRecords(now: Date): InsightRecord[] {
  const next = random(20261201);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const records: InsightRecord[] = [];
  let serial = 0;
  const add = (time: number, type: string, element: string, data: unknown, extra: Partial<InsightRecord> = {}) =>
    records.push({
      specversion: '1.0',
      id: `seed-${++serial}`,
      type,
      source: `${PAGE}#${element}`,
      time: new Date(Math.min(time, now.getTime() - 60_000)).toISOString(),
      datacontenttype: 'application/json',
      data,
      ...extra,
    });
  const gapWeights = GAPS.flatMap(([query, weight]) => Array<string>(weight).fill(query));

  for (let day = DAYS; day >= 1; day -= 1) {
    const start = today - day * DAY_MS + 8 * 3_600_000;
    const sessions = 5 + Math.floor(next() * 6);
    for (let visit = 0; visit < sessions; visit += 1) {
      const sxsession = `seed-visit-${day}-${visit}`;
      let time = start + next() * 9 * 3_600_000;
      const step = () => (time += 20_000 + next() * 90_000);
      if (next() < 0.22) {
        const query = pick(gapWeights);
        add(time, 'sx.search', 'sx-search', { query, expandedQuery: query.toLowerCase(), resultCount: 0, sources: ['articles'] }, { sxsession });
        if (next() < 0.6) add(step(), 'sx.escalate', 'sx-search', { query, articlesSeen: [] }, { sxsession });
        continue;
      }
      const [query, articleId, helpfulShare] = pick(ANSWERED);
      add(time, 'sx.search', 'sx-search', { query, expandedQuery: query, resultCount: 3 + Math.floor(next() * 6), sources: ['articles'] }, { sxsession });
      add(step(), 'sx.article-open', 'sx-search', { articleId, title: articleId, query, position: 1 }, { sxsession });
      if (next() < 0.35) continue;
      const helpful = next() < helpfulShare;
      add(step(), 'sx.article-feedback', 'sx-search', { articleId, helpful, query }, { sxsession });
      if (helpful) add(time, 'sx.deflect', 'sx-search', { articleId, query, reason: 'helpful' }, { sxsession });
      else if (next() < 0.7) add(step(), 'sx.escalate', 'sx-search', { query, articlesSeen: [articleId] }, { sxsession });
    }

    // Ratings of tickets resolved that day (older than the seed's own tickets).
    const resolvedToday = 1 + Math.floor(next() * 3);
    for (let index = 0; index < resolvedToday; index += 1) {
      const ticketId = `INC00${11000 + (DAYS - day) * 4 + index}`;
      const service = pick(SERVICES);
      const workplace = service === 'Workplace Services';
      // Workplace Services keeps its targets; for the last two months its people are not happy.
      const slaMet = workplace || next() < 0.8;
      const unhappy = workplace ? day < 60 && next() < 0.6 : next() < (slaMet ? 0.1 : 0.55);
      const time = start + 10 * 3_600_000 + index * 600_000;
      const extra = { sxservice: service, sxslamet: slaMet };
      add(time, 'sx.ticket-change', 'sx-ticket-status', { ticketId, previousState: 'in-progress', state: 'resolved' }, extra);
      if (workplace && unhappy && next() < 0.5) {
        add(time + 3_600_000, 'sx.ticket-change', 'sx-ticket-status', { ticketId, previousState: 'resolved', state: 'in-progress' }, extra);
      }
      const subject = { type: 'ticket', id: ticketId };
      add(time + 120_000, 'sx.rating-ask', 'sx-satisfaction', { subject }, extra);
      const answer = next();
      if (answer < 0.12) {
        add(time + 180_000, 'sx.rating-dismiss', 'sx-satisfaction', { subject, reason: answer < 0.03 ? 'opt-out' : 'snooze' }, extra);
        continue;
      }
      if (answer > 0.7) continue;
      const score = unhappy ? 1 + Math.floor(next() * 2) : 4 + Math.floor(next() * 2);
      rate(add, time + 240_000, subject, 'csat5', score, extra, next, unhappy ? (workplace ? ['reliability', 'empathy'] : ['responsiveness']) : []);
    }

    // A weekly effort question after requests and a monthly onboarding pulse.
    if (day % 7 === 3) {
      for (let index = 0; index < 4; index += 1) {
        const subject = { type: 'topic', id: 'requests' };
        add(start + index * 3_600_000, 'sx.rating', 'sx-satisfaction', {
          id: `seed-ces-${day}-${index}`,
          subject,
          scale: 'ces7',
          score: 3 + Math.floor(next() * 5),
          reasons: [],
          anonymous: true,
        });
      }
    }
    if (day % 30 === 10) {
      for (let index = 0; index < 6; index += 1) {
        add(start + index * 3_600_000, 'sx.rating', 'sx-satisfaction', {
          id: `seed-nps-${day}-${index}`,
          subject: { type: 'topic', id: 'onboarding' },
          scale: 'nps11',
          score: Math.min(10, 4 + Math.floor(next() * 7)),
          reasons: [],
          anonymous: true,
        });
      }
    }
  }

  for (const [ticketId, score, reasons] of SEED_RATINGS) {
    const subject = { type: 'ticket', id: ticketId };
    const time = now.getTime() - 2 * 3_600_000;
    add(time - 60_000, 'sx.rating-ask', 'sx-satisfaction', { subject });
    rate(add, time, subject, 'csat5', score, {}, next, reasons);
  }
  return records;
}

function rate(
  add: (time: number, type: string, element: string, data: unknown, extra?: Partial<InsightRecord>) => void,
  time: number,
  subject: { type: string; id: string },
  scale: Scale,
  score: number,
  extra: Partial<InsightRecord>,
  next: () => number,
  reasons: RaterDimension[],
) {
  const low = score <= 2;
  const dimension = (base: number) => Math.max(1, Math.min(5, Math.round(base + next() * 1.5 - 0.75)));
  add(
    time,
    'sx.rating',
    'sx-satisfaction',
    {
      id: `rating-${subject.id}`,
      subject,
      scale,
      score,
      dimensions: {
        responsiveness: dimension(low ? 3.5 : 4.2),
        reliability: dimension(low ? 1.8 : 4.3),
        assurance: dimension(low ? 3 : 4.4),
        empathy: dimension(low ? 2 : 4.1),
        tangibles: dimension(4),
      },
      reasons,
      anonymous: false,
    },
    extra,
  );
}
