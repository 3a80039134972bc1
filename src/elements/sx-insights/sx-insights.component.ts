import { html } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { catalogLanguage, type CoreMessages, type Translate } from '../../core/i18n/index.js';
import { Announcer } from '../shared/announcer.js';
import { headingTag, toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { LazyPart, partLoader } from '../shared/lazy-part.js';
import { renderNotConnected, renderProblem } from '../shared/problem.js';
import { Resource } from '../shared/resource.js';
import { SxElement } from '../shared/sx-element.js';
import type { DashboardHost } from './insights-part.js';
import type { InsightsMessages } from './messages/en.js';
import { periodRange } from './period.js';
import { insightsMessages } from './sx-insights.messages.js';
import { insightsStyles } from './sx-insights.styles.js';

// The dashboard (filters, figures, charts, export, their strings) loads at the first render,
// beside the first answer, once for every dashboard on the page.
const insightsPart = partLoader(() => import('./insights-part.js'));

type InsightsTranslate = Translate<(keyof InsightsMessages | keyof CoreMessages) & string>;

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

  /**
   * @internal The dashboard module's loader; a subclass may replace it (the tests do, to see a
   * failed load).
   */
  static dashboardPart = insightsPart;

  private readonly view = new LazyPart(this, (this.constructor as typeof SxInsights).dashboardPart);

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
    // Nothing at all was recorded for this period and filter.
    isEmpty: (insights) => !insights.records,
    onValue: (insights) => {
      this.requestView();
      // The dashboard's words, read when the live region renders: said once it is there to show them.
      this.announcer.announce(() => this.view.module?.dashboard.announcement(this.dashboardHost, insights) ?? '');
    },
  });

  constructor() {
    super(insightsMessages);
  }

  private t: InsightsTranslate = (key, params) => this.localize.t(key, params);

  private get dashboardHost(): DashboardHost {
    return { localize: this.localize, headingLevel: this.headingLevel, element: this, canExport: this.insights.status === 'ready' };
  }

  private viewRequest?: Promise<unknown>;

  /**
   * Loads the dashboard once; a failure shows the problem view with its retry and is reported as
   * sx-error. Its strings joined the catalog: a translation registered at run time covered only the
   * first view's keys until then, so the catalogs load again.
   */
  private requestView() {
    this.viewRequest ??= this.view.ready().then(
      () => this.localize.reload(catalogLanguage(this.localize.locale)),
      (error: unknown) => {
        this.viewRequest = undefined;
        this.reportError('load-insights', error);
      },
    );
  }

  /** Downloads the figures on screen as CSV; returns the text (undefined while nothing is shown). */
  async exportCsv(): Promise<string | undefined> {
    const insights = this.insights.value;
    const view = await this.view.load();
    return insights && view ? view.dashboard.exportCsv(this.dashboardHost, insights) : undefined;
  }

  protected override render() {
    const t = this.t;
    const connection = this.service.connection;
    if (!connection) return renderNotConnected(t, this.headingLevel);
    if (!connection.has('insights')) return html`<div class="problem notice" part="error" role="note"><p>${t('config.unsupported')}</p></div>`;
    const insights = this.insights.value;
    const status = this.insights.status;
    const level = this.headingLevel;
    // The dashboard loads while the first answer is on its way (after a failure, only on retry).
    if (!this.view.failed) this.requestView();
    const view = this.view.get();
    const host = this.dashboardHost;
    const h = headingTag(level);
    return staticHtml`<${h}>${t('insights.title')}</${h}>
      <div class="filters-slot">${view?.dashboard.filters(host, insights)}</div>
      <div aria-busy=${status === 'pending' ? 'true' : 'false'}>
        ${status === 'error'
          ? renderProblem(t, this.insights.error, () => void this.insights.retry(), level + 1)
          : this.view.failed
            ? renderProblem(t, undefined, () => this.requestView(), level + 1)
            : view && insights
              ? view.dashboard.figures(host, insights)
              : html`<p class="placeholder" role="note">${t('insights.loading')}</p>`}
      </div>
      ${this.announcer.render()}`;
  }
}
