/**
 * What <sx-insights> shows, as plain rows: one list per figure, shared by the charts, the tables,
 * the screen-reader summaries and the CSV export, so that the four never disagree.
 */
import type { Insights } from '../../core/insights-schemas.js';
import type { CsvRow } from './csv.js';
import type { InsightsMessages } from './messages/en.js';

export type InsightsKey = keyof InsightsMessages & string;
export interface FigureText {
  t(key: InsightsKey, params?: Record<string, string | number>): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  list(items: readonly string[]): string;
}

export interface BarRow {
  label: string;
  value: number;
  /** The value as shown (a percent, an average with one decimal). */
  shown: string;
}

const percent = (text: FigureText, share: number | null) =>
  share === null ? text.t('insights.noValue') : text.number(share, { style: 'percent', maximumFractionDigits: 1 });

export const deflectionShown = (text: FigureText, insights: Insights) => percent(text, insights.deflection.rate);

/** A scale's figure in its unit: percent for CSAT and thumbs, a signed score for NPS, a mean for CES. */
export function scaleShown(text: FigureText, scale: string, value: number | null): string {
  if (value === null) return text.t('insights.noValue');
  if (scale === 'ces7') return text.number(value, { maximumFractionDigits: 1 });
  if (scale === 'nps11') return text.number(value, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  return text.number(value / 100, { style: 'percent', maximumFractionDigits: 1 });
}

export function raterRows(text: FigureText, insights: Insights): BarRow[] {
  return insights.rater.dimensions.map((row) => ({
    label: text.t(`insights.dimension.${row.dimension}`),
    value: row.average ?? 0,
    shown: row.average === null ? text.t('insights.noValue') : text.number(row.average, { maximumFractionDigits: 1 }),
  }));
}

export function reasonRows(text: FigureText, insights: Insights): BarRow[] {
  return insights.rater.reasons.map((row) => ({ label: text.t(`insights.dimension.${row.reason}`), value: row.count, shown: text.number(row.count) }));
}

export function reachRows(text: FigureText, insights: Insights): BarRow[] {
  return (['asked', 'answered', 'snoozed', 'optedOut'] as const).map((key) => ({
    label: text.t(`insights.reach.${key}`),
    value: insights.reach[key],
    shown: text.number(insights.reach[key]),
  }));
}

export function zeroResultRows(text: FigureText, insights: Insights): BarRow[] {
  return insights.knowledgeGaps.zeroResult.map((row) => ({ label: row.query, value: row.count, shown: text.number(row.count) }));
}

/** Every shown figure, one row each: section, figure, value, count. Raw numbers, so a spreadsheet can compute. */
export function csvRows(text: FigureText, insights: Insights): CsvRow[] {
  const t = text.t;
  const rows: CsvRow[] = [[t('insights.col.section'), t('insights.col.figure'), t('insights.col.value'), t('insights.col.count')]];
  const { deflection, knowledgeGaps, outcomes } = insights;
  rows.push([t('insights.deflection.title'), t('insights.deflection.title'), deflection.rate, deflection.searchSessions]);
  for (const row of knowledgeGaps.zeroResult) rows.push([t('insights.gaps.zero'), row.query, row.count, row.count]);
  for (const row of knowledgeGaps.lowHelpfulness) rows.push([t('insights.gaps.low'), row.query, row.notHelpful, row.notHelpful + row.helpful]);
  for (const row of knowledgeGaps.learned) rows.push([t('insights.gaps.learned'), `${row.query} → ${row.articleId}`, row.count, row.count]);
  for (const series of insights.satisfaction) {
    const name = t(`insights.scale.${series.scale}`);
    rows.push([t('insights.satisfaction.title'), name, series.value, series.responses]);
    for (const point of series.points) rows.push([name, point.start.slice(0, 10), point.value, point.responses]);
  }
  for (const row of insights.rater.dimensions) rows.push([t('insights.rater.title'), t(`insights.dimension.${row.dimension}`), row.average, row.responses]);
  for (const row of insights.rater.reasons) rows.push([t('insights.rater.reasons'), t(`insights.dimension.${row.reason}`), row.count, row.count]);
  rows.push([t('insights.outcomes.title'), t('insights.slaUnhappy.label'), outcomes.slaMetButUnhappy, outcomes.slaMetRated]);
  rows.push([t('insights.outcomes.title'), t('insights.reopened.label'), outcomes.reopened, outcomes.resolved]);
  for (const key of ['asked', 'answered', 'snoozed', 'optedOut'] as const) {
    rows.push([t('insights.reach.title'), t(`insights.reach.${key}`), insights.reach[key], insights.reach[key]]);
  }
  return rows;
}
