import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import type { CoreMessages, Translate } from '../../core/i18n/index.js';
import type { Insights } from '../../core/insights-schemas.js';
import { Announcer } from '../shared/announcer.js';
import { headingTag, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { LazyPart, partLoader } from '../shared/lazy-part.js';
import { renderNotConnected, renderProblem } from '../shared/problem.js';
import { Resource } from '../shared/resource.js';
import { SxElement } from '../shared/sx-element.js';
import type { InsightsViewHost } from './insights-view.js';
import type { InsightsMessages } from './messages/en.js';
import { PERIODS, periodRange } from './period.js';
import { insightsMessages } from './sx-insights.messages.js';
import { insightsStyles } from './sx-insights.styles.js';

// The figures and charts load with the first answer, once for every dashboard on the page.
const insightsPart = partLoader(() => import('./insights-part.js'));

type InsightsTranslate = Translate<(keyof InsightsMessages | keyof CoreMessages) & string>;
type Filter = 'service' | 'topic' | 'backend';

/** Nothing at all was recorded for this period and filter. */
const isEmptyPeriod = (insights: Insights) => insights.records === 0;

/**
 * @summary The experience dashboard: deflection, knowledge gaps in people's own words,
 * satisfaction per scale over time, RATER dimensions and reasons, "SLA met but unhappy",
 * "reopened after resolve" and survey reach, from the kit's own records. Each chart has a visible
 * table and a one-line summary; the shown figures export as CSV.
 *
 * @event sx-error - Loading the figures failed. Detail: `{ kind, message, operation: 'load-insights' }`.
 *
 * @csspart filters - The bar with the period, service, topic and backend filters and the export button.
 * @csspart export-button - The CSV export button.
 * @csspart figures - The grid of figure sections.
 * @csspart section - One figure's section.
 * @csspart figure - A headline number.
 * @csspart definition - How a figure is counted (its footnote).
 * @csspart chart - A trend chart.
 * @csspart table - A data table (also the bar charts).
 * @csspart error - A problem message.
 *
 * @cssproperty --sx-insights-min-section-width - Narrowest figure section in the grid (default 20rem).
 */
export class SxInsights extends SxElement<InsightsMessages> {
  static override styles = insightsStyles;

  /** `7d`, `30d`, `90d` or `365d`, ending today; `from`/`to` override it. */
  @property({ reflect: true }) period = '90d';
  /** Start of a custom period (ISO date or date-time, inclusive). */
  @property() from?: string;
  /** End of a custom period (ISO date or date-time, exclusive). */
  @property() to?: string;
  /**
   * Only records of this service (a support group or catalog category); attribute `service`
   * (the property has another name: `service` is every element's backend connection).
   */
  @property({ attribute: 'service' }) serviceFilter = '';
  /** Only records of this knowledge topic (an article category or survey topic). */
  @property() topic = '';
  /** Only records of this backend, where one store serves several. */
  @property() backend = '';

  private readonly announcer = new Announcer(this);
  /** The level of the dashboard's title (`heading-level`, default 2); sections go one level deeper. */
  @property({ attribute: 'heading-level', converter: (value) => toHeadingLevel(value, 2) }) override headingLevel: HeadingLevel = 2;

  private readonly view = new LazyPart(this, insightsPart);

  private readonly insights = new Resource(this, {
    operation: 'load-insights',
    args: () => {
      const connection = this.service.connection;
      if (!connection?.has('insights')) return undefined;
      const { from, to } = periodRange(this.period, this.service.now(), this.from, this.to);
      return [connection, from, to, this.serviceFilter, this.topic, this.backend] as const;
    },
    load: ([connection, from, to, service, topic, backend], signal) =>
      connection.adapter.getInsights!({ from, to, service: service || undefined, topic: topic || undefined, backend: backend || undefined }, signal),
    isEmpty: isEmptyPeriod,
    onValue: (insights) => {
      void this.view.load();
      const options = { dateStyle: 'medium', timeZone: 'UTC' } as const;
      const last = new Date(Date.parse(insights.period.to) - 1).toISOString();
      this.announcer.announce(
        isEmptyPeriod(insights)
          ? this.t('insights.empty.title')
          : this.t('insights.ready', { from: this.localize.date(insights.period.from, options), to: this.localize.date(last, options) }),
      );
    },
  });

  constructor() {
    super(insightsMessages);
  }

  private t: InsightsTranslate = (key, params) => this.localize.t(key, params);

  private get viewHost(): InsightsViewHost {
    return {
      t: (key, params) => this.localize.t(key, params),
      number: (value, options) => this.localize.number(value, options),
      list: (items) => this.localize.list(items),
      headingLevel: this.headingLevel,
      date: (value, options) => this.localize.date(value, options),
    };
  }

  /** Downloads the figures on screen as CSV; returns the text (undefined while nothing is shown). */
  async exportCsv(): Promise<string | undefined> {
    const insights = this.insights.value;
    const view = await this.view.load();
    return insights && view ? view.exportCsv(this.viewHost, insights) : undefined;
  }

  private onFilter(name: Filter | 'period', event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    if (name === 'period') {
      this.period = value;
      this.from = this.to = undefined;
    } else if (name === 'service') this.serviceFilter = value;
    else this[name] = value;
  }

  protected override render() {
    const t = this.t;
    const connection = this.service.connection;
    if (!connection) return renderNotConnected(t, this.headingLevel);
    if (!connection.has('insights')) return html`<div class="problem notice" part="error" role="note"><p>${t('config.unsupported')}</p></div>`;
    const insights = this.insights.value;
    const status = this.insights.status;
    const h = headingTag(this.headingLevel);
    return staticHtml`<${h}>${t('insights.title')}</${h}>
      ${this.renderFilters(insights)}
      <div aria-busy=${status === 'pending' ? 'true' : 'false'}>
        ${status === 'error' ? renderProblem(t, this.insights.error, () => void this.insights.retry(), this.headingLevel + 1) : this.renderBody(insights)}
      </div>
      ${this.announcer.render()}`;
  }

  private renderBody(insights: Insights | undefined) {
    const t = this.t;
    if (!insights || (this.insights.loading && !this.view.module)) {
      return html`<p class="placeholder" role="note">${t('insights.loading')}</p>`;
    }
    if (this.insights.status === 'empty') {
      const h = headingTag(this.headingLevel, 1);
      return staticHtml`<div class="problem notice empty" role="note"><${h}>${t('insights.empty.title')}</${h}><p>${t('insights.empty.body')}</p></div>`;
    }
    const view = this.view.get();
    if (!view) {
      return this.view.failed
        ? renderProblem(t, undefined, () => void this.view.load(), this.headingLevel + 1)
        : html`<p class="placeholder" role="note">${t('insights.loading')}</p>`;
    }
    return view.renderInsights(this.viewHost, insights);
  }

  private renderFilters(insights: Insights | undefined) {
    const t = this.t;
    const facets = insights?.facets;
    const select = (name: Filter, label: string, values: readonly string[] | undefined, current: string) => {
      const options = [...new Set([...(values ?? []), ...(current ? [current] : [])])];
      if (!options.length || (name === 'backend' && options.length < 2 && !current)) return nothing;
      return html`<div class="control">
        <label for=${name}>${label}</label>
        <select id=${name} @change=${(event: Event) => this.onFilter(name, event)}>
          <option value="" ?selected=${!current}>${t('insights.all')}</option>
          ${options.map((value) => html`<option value=${value} ?selected=${value === current}>${value}</option>`)}
        </select>
      </div>`;
    };
    return html`<div class="bar-row" part="filters" role="group" aria-label=${t('insights.filters')}>
      <div class="control">
        <label for="period">${t('insights.period.label')}</label>
        <select id="period" @change=${(event: Event) => this.onFilter('period', event)}>
          ${PERIODS.map((period) => html`<option value=${period} ?selected=${period === this.period}>${t(`insights.period.${period}`)}</option>`)}
        </select>
      </div>
      ${select('service', t('insights.service.label'), facets?.services, this.serviceFilter)}
      ${select('topic', t('insights.topic.label'), facets?.topics, this.topic)}
      ${select('backend', t('insights.backend.label'), facets?.backends, this.backend)}
      <button type="button" class="export" part="export-button" ?disabled=${this.insights.status !== 'ready'} @click=${() => void this.exportCsv()}>
        ${t('insights.export')}
      </button>
    </div>`;
  }
}
