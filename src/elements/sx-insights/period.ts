/** The dashboard's periods as half-open ISO ranges, whole UTC days so that a re-render asks for the same range. */
export const PERIODS = ['7d', '30d', '90d', '365d'] as const;
export type Period = (typeof PERIODS)[number];

const DAY_MS = 86_400_000;

/** `[from, to)` ending with today (UTC): explicit dates win over the named period. */
export function periodRange(period: string, now: Date, from?: string, to?: string): { from: string; to: string } {
  const end = to && !Number.isNaN(Date.parse(to)) ? Date.parse(to) : (Math.floor(now.getTime() / DAY_MS) + 1) * DAY_MS;
  const days = Number.parseInt(period, 10);
  const start = from && !Number.isNaN(Date.parse(from)) ? Date.parse(from) : end - (PERIODS.includes(period as Period) ? days : 90) * DAY_MS;
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}
