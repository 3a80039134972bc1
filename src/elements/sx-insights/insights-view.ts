/** The figures of <sx-insights>: one section each, with its definition as a footnote. */
import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../shared/heading.js';
import type { Insights, SatisfactionSeries } from '../../core/insights-schemas.js';
import { barTable, trendChart } from './charts.js';
import { csvRows, deflectionShown, raterRows, reachRows, reasonRows, scaleShown, zeroResultRows, type FigureText, type InsightsKey } from './figures.js';
import { downloadText, toCsv } from './csv.js';

export interface InsightsViewHost extends FigureText {
  date(value: string, options?: Intl.DateTimeFormatOptions): string;
  /** The dashboard title's level: sections are one below, their parts two. */
  headingLevel: number;
}

const SCALE_RANGE: Record<string, [number, number]> = { ces7: [1, 7], nps11: [-100, 100] };

function definition(host: InsightsViewHost, id: string, key: InsightsKey) {
  return html`<p class="definition" id=${id} part="definition"><span class="visually-hidden">${host.t('insights.definition')}: </span>${host.t(key)}</p>`;
}

/** A figure's section; its definition follows the figure (the knowledge gaps give one per list instead). */
function section(host: InsightsViewHost, id: string, title: InsightsKey, definitionKey: InsightsKey | undefined, body: unknown) {
  return staticHtml`<section part="section" class="section" aria-labelledby="${id}-title" aria-describedby=${definitionKey ? `${id}-definition` : nothing}>
    <${headingTag(host.headingLevel, 1)} id="${id}-title">${host.t(title)}</${headingTag(host.headingLevel, 1)}>
    ${body} ${definitionKey ? definition(host, `${id}-definition`, definitionKey) : nothing}
  </section>`;
}

function headline(value: string, detail: string, tone = '') {
  return html`<p class="headline ${tone}" part="figure"><strong class="value">${value}</strong> <span class="detail">${detail}</span></p>`;
}

function topSummary(host: InsightsViewHost, rows: { label: string; shown: string }[]) {
  const top = rows[0];
  return top ? html`<p class="visually-hidden">${host.t('insights.summary.top', { label: top.label, value: top.shown })}</p>` : nothing;
}

function trend(host: InsightsViewHost, series: SatisfactionSeries) {
  const name = host.t(`insights.scale.${series.scale}`);
  const [min, max] = SCALE_RANGE[series.scale] ?? [0, 100];
  const points = series.points;
  const summary = host.t('insights.summary.trend', {
    scale: name,
    value: scaleShown(host, series.scale, series.value),
    responses: series.responses,
    first: scaleShown(host, series.scale, points[0]?.value ?? null),
    last: scaleShown(host, series.scale, points[points.length - 1]?.value ?? null),
  });
  return html`<figure class="series">
    <figcaption>${headline(scaleShown(host, series.scale, series.value), name)}</figcaption>
    ${trendChart(points, min, max, summary)}
    <table part="table">
      <caption class="visually-hidden">${name}</caption>
      <thead><tr><th scope="col">${host.t('insights.col.start')}</th><th scope="col">${host.t('insights.col.value')}</th><th scope="col">${host.t('insights.col.responses')}</th></tr></thead>
      <tbody>${points.map((point) => html`<tr><th scope="row">${host.date(point.start, { dateStyle: 'medium', timeZone: 'UTC' })}</th><td>${scaleShown(host, series.scale, point.value)}</td><td>${host.number(point.responses)}</td></tr>`)}</tbody>
    </table>
  </figure>`;
}

/** What the live region says once an answer is shown. */
export function announcement(host: InsightsViewHost, insights: Insights): string {
  if (!insights.records) return host.t('insights.empty.title');
  const options = { dateStyle: 'medium', timeZone: 'UTC' } as const;
  const last = new Date(Date.parse(insights.period.to) - 1).toISOString();
  return host.t('insights.ready', { from: host.date(insights.period.from, options), to: host.date(last, options) });
}

/** The figures, or the empty period in words when nothing was recorded. */
export function renderInsights(host: InsightsViewHost, insights: Insights) {
  const t = host.t;
  if (!insights.records) {
    const h = headingTag(host.headingLevel, 1);
    return staticHtml`<div class="problem notice empty" role="note"><${h}>${t('insights.empty.title')}</${h}><p>${t('insights.empty.body')}</p></div>`;
  }
  const sub = headingTag(host.headingLevel, 2);
  const { deflection, knowledgeGaps, outcomes } = insights;
  const none = html`<p class="none">${t('insights.none')}</p>`;
  const queryColumns = [t('insights.col.query'), t('insights.col.count')] as const;
  const zero = zeroResultRows(host, insights);
  const reasons = reasonRows(host, insights);
  return html`<div class="figures" part="figures">
    ${section(host, 'deflection', 'insights.deflection.title', 'insights.deflection.definition',
      headline(deflectionShown(host, insights), t('insights.deflection.detail', { deflected: deflection.deflectedSessions, sessions: deflection.searchSessions })))}
    ${section(host, 'outcomes', 'insights.outcomes.title', 'insights.slaUnhappy.definition', staticHtml`
      <div class="pair">
        <div><${sub}>${t('insights.slaUnhappy.label')}</${sub}>
          ${headline(host.number(outcomes.slaMetButUnhappy), t('insights.slaUnhappy.detail', { count: outcomes.slaMetButUnhappy, rated: outcomes.slaMetRated }), outcomes.slaMetButUnhappy ? 'warn' : '')}
          ${outcomes.unhappyTickets.length ? html`<p class="tickets">${t('insights.slaUnhappy.tickets', { requests: host.list(outcomes.unhappyTickets) })}</p>` : nothing}</div>
        <div><${sub}>${t('insights.reopened.label')}</${sub}>
          ${headline(host.number(outcomes.reopened), t('insights.reopened.detail', { count: outcomes.reopened, resolved: outcomes.resolved }), outcomes.reopened ? 'warn' : '')}
          <p class="definition">${t('insights.reopened.definition')}</p></div>
      </div>`)}
    ${section(host, 'gaps', 'insights.gaps.title', undefined, staticHtml`
      <${sub}>${t('insights.gaps.zero')}</${sub}>
      ${zero.length ? html`${topSummary(host, zero)}${barTable(t('insights.gaps.zero'), queryColumns, zero, { captionHidden: true })}` : none}
      <p class="definition">${t('insights.gaps.zero.definition')}</p>
      <${sub}>${t('insights.gaps.low')}</${sub}>
      ${knowledgeGaps.lowHelpfulness.length
        ? html`<table part="table"><caption class="visually-hidden">${t('insights.gaps.low')}</caption>
            <thead><tr><th scope="col">${t('insights.col.query')}</th><th scope="col">${t('insights.col.notHelpful')}</th><th scope="col">${t('insights.col.helpful')}</th></tr></thead>
            <tbody>${knowledgeGaps.lowHelpfulness.map((row) => html`<tr><th scope="row">${row.query}</th><td>${host.number(row.notHelpful)}</td><td>${host.number(row.helpful)}</td></tr>`)}</tbody></table>`
        : none}
      <p class="definition">${t('insights.gaps.low.definition')}</p>
      <${sub}>${t('insights.gaps.learned')}</${sub}>
      ${knowledgeGaps.learned.length
        ? html`<table part="table"><caption class="visually-hidden">${t('insights.gaps.learned')}</caption>
            <thead><tr><th scope="col">${t('insights.col.query')}</th><th scope="col">${t('insights.col.article')}</th><th scope="col">${t('insights.col.count')}</th></tr></thead>
            <tbody>${knowledgeGaps.learned.map((row) => html`<tr><th scope="row">${row.query}</th><td>${row.articleId}</td><td>${host.number(row.count)}</td></tr>`)}</tbody></table>`
        : none}
      <p class="definition">${t('insights.gaps.learned.definition')}</p>`)}
    ${section(host, 'satisfaction', 'insights.satisfaction.title', 'insights.satisfaction.definition',
      insights.satisfaction.length ? html`<div class="series-list">${insights.satisfaction.map((series) => trend(host, series))}</div>` : none)}
    ${section(host, 'rater', 'insights.rater.title', 'insights.rater.definition', html`
      ${barTable(t('insights.rater.title'), [t('insights.col.dimension'), t('insights.col.average')], raterRows(host, insights), { max: 5, captionHidden: true })}
      ${reasons.length ? staticHtml`<${sub}>${t('insights.rater.reasons')}</${sub}>${topSummary(host, reasons)}${barTable(t('insights.rater.reasons'), [t('insights.col.reason'), t('insights.col.count')], reasons, { captionHidden: true })}` : nothing}`)}
    ${section(host, 'reach', 'insights.reach.title', 'insights.reach.definition',
      barTable(t('insights.reach.title'), [t('insights.col.figure'), t('insights.col.count')], reachRows(host, insights), { max: Math.max(1, insights.reach.asked), captionHidden: true }))}
  </div>`;
}

/** Downloads what is shown as CSV. */
export function exportCsv(host: InsightsViewHost, insights: Insights): string {
  const text = toCsv(csvRows(host, insights));
  downloadText(text, `sx-insights-${insights.period.from.slice(0, 10)}-${insights.period.to.slice(0, 10)}.csv`);
  return text;
}
