import { ContextProvider } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ServiceAdapter } from '../../core/adapter.js';
import type { AnalyticsRecord } from '../../core/analytics.js';
import { connect, type ServiceConnection } from '../../core/connection.js';
import { localeContext, optionsContext, serviceContext, type SxOptions } from '../../core/context.js';
import { configure } from '../../core/defaults.js';
import { adapterFactory, registeredAdapters } from '../../core/registry.js';
import { createInsightsSink } from './insights-sink.js';

/**
 * @summary Connects the sx-* elements inside it to a backend, a locale and page-wide options.
 *
 * @slot - The widgets (and any other content) this provider serves.
 *
 * @attr {string} latency - `adapter="memory"`: simulated delay of every answer, in milliseconds.
 * @attr {string} service-desk-id - `adapter="jsm"`: the Jira Service Management service desk to use.
 * @attr {string} kb-ids - `adapter="servicenow"`: comma-separated knowledge bases to search.
 * @attr {string} language - `adapter="servicenow"` or `"topdesk"`: the language to ask the backend for.
 * @attr {string} subdomain - `adapter="zendesk"`: the Zendesk subdomain (`acme` for acme.zendesk.com).
 * @attr {string} person-id - `adapter="topdesk"`: the TOPdesk person whose requests are shown.
 * @attr {string} domain - `adapter="freshservice"`: the Freshservice domain (`acme` for acme.freshservice.com).
 * @attr {string} requester-email - `adapter="freshservice"`: the requester whose tickets are shown, by e-mail.
 * @attr {string} requester-id - `adapter="freshservice"`: the same requester, by id.
 * @attr {string} workspace-id - `adapter="freshservice"`: the workspace to read the catalog and tickets from.
 * @attr {string} currency - `adapter="freshservice"`: ISO 4217 currency of catalog costs.
 * @attr {string} knowledge-base-id - `adapter="zammad"`: the knowledge base to search.
 * @attr {string} kb-locale - `adapter="zammad"`: the knowledge base locale (`de-de`).
 * @attr {string} portal-url - `adapter="zammad"`: the customer portal that "Ask the service desk" opens.
 * @attr {string} api - `adapter="glpi"`: the GLPI API version, `v1` (default) or `v2`.
 * @attr {string} app-token - `adapter="glpi"`: the application token GLPI asks every client for.
 * @attr {string} utc-offset - `adapter="glpi"`: the offset of the legacy API's zone-less dates (`+01:00`, default `+00:00`).
 * @attr {string} inquest-max-rate - `adapter="glpi"`: the entity's maximum survey rating (default 5).
 * @attr {string} insights - `adapter="rest"`: `on` when the service also keeps the kit's records (`/insights` endpoints).
 *
 * @example
 * <sx-provider adapter="memory" locale="de">
 *   <sx-search></sx-search>
 * </sx-provider>
 */
export class SxProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    .misconfigured {
      display: block;
      padding: 0.75rem;
      border: 2px dashed #b3261e;
      font: inherit;
    }
  `;

  /**
   * The backend: a registered adapter name (`memory`, `rest`, `servicenow`, `jsm`, `zendesk`,
   * `topdesk`) as an attribute, or an adapter object as a property.
   */
  @property({ attribute: 'adapter' })
  adapter?: string | ServiceAdapter;

  /** Base URL handed to an adapter created by name. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** BCP 47 locale for every element inside; defaults to the nearest `lang` attribute. */
  @property({ reflect: true }) locale?: string;

  /** Colour scheme of the elements inside: `light`, `dark`, or unset to follow the page. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Also serve elements placed outside any provider on this page. */
  @property({ type: Boolean, reflect: true }) global = false;

  /** URL that receives each `sx-*` event as a JSON analytics record (via `navigator.sendBeacon`). */
  @property({ attribute: 'analytics-endpoint' }) analyticsEndpoint?: string;

  /**
   * Receives each `sx-*` event from the elements inside as a vendor-neutral analytics record.
   * A backend with the `insights` capability also receives them (for <sx-insights>).
   */
  @property({ attribute: false }) analytics?: (record: AnalyticsRecord) => void;

  /** Let comments and other free text into analytics records (redacted); off by default. */
  @property({ type: Boolean, attribute: 'analytics-free-text' }) analyticsFreeText = false;

  /** The clock elements use ("now"); for demos and tests. */
  @property({ attribute: false }) now?: () => Date;

  /** The connected backend, once the adapter is ready. */
  @state() connection?: ServiceConnection;
  @state() private problem?: string;

  private readonly serviceProvider = new ContextProvider(this, { context: serviceContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly optionsProvider = new ContextProvider(this, { context: optionsContext, initialValue: {} });
  private resolving = 0;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('adapter') || changed.has('baseUrl')) void this.resolveAdapter();
    if (changed.has('locale')) this.localeProvider.setValue(this.locale);
    const optionsChanged = (['analytics', 'analyticsEndpoint', 'analyticsFreeText', 'now', 'connection'] as const).some((name) => changed.has(name));
    if (optionsChanged) {
      this.optionsProvider.setValue(this.options());
    }
    if (changed.has('connection')) this.serviceProvider.setValue(this.connection);
    if (this.global && (changed.has('connection') || changed.has('locale') || changed.has('global'))) {
      configure({ adapter: this.connection?.adapter, locale: this.locale, ...this.options() });
    }
  }

  private options(): SxOptions {
    const endpoint = this.analyticsEndpoint;
    const sink = this.analytics;
    const store = this.connection?.has('insights') ? this.insightsSink(this.connection) : undefined;
    if (!sink && !endpoint && !store) return { now: this.now };
    return {
      now: this.now,
      analyticsFreeText: this.analyticsFreeText,
      analytics: (record) => {
        sink?.(record);
        store?.(record);
        if (endpoint) navigator.sendBeacon(endpoint, new Blob([JSON.stringify(record)], { type: 'application/json' }));
      },
    };
  }

  private readonly sinks = new WeakMap<ServiceConnection, (record: AnalyticsRecord) => void>();

  /** One batching sink per backend, however often the options are rebuilt. */
  private insightsSink(connection: ServiceConnection) {
    let sink = this.sinks.get(connection);
    if (!sink) this.sinks.set(connection, (sink = createInsightsSink(connection)));
    return sink;
  }

  private async resolveAdapter() {
    const ticket = ++this.resolving;
    const adapter = this.adapter;
    this.problem = undefined;
    if (!adapter) {
      this.connection = undefined;
      return;
    }
    try {
      const instance =
        typeof adapter === 'string' ? await this.createByName(adapter) : adapter;
      if (ticket !== this.resolving) return;
      this.connection = instance ? connect(instance) : undefined;
    } catch (error) {
      if (ticket !== this.resolving) return;
      this.connection = undefined;
      this.problem = `sx-provider: the "${String(adapter)}" adapter could not start: ${(error as Error).message}`;
      // For the page's developer: the same text the provider shows in place of its content.
      // eslint-disable-next-line no-console
      console.error(this.problem);
    }
  }

  private async createByName(name: string): Promise<ServiceAdapter | undefined> {
    const factory = adapterFactory(name);
    if (!factory) {
      throw new Error(`unknown adapter; registered: ${registeredAdapters().join(', ') || 'none'}`);
    }
    return factory({ baseUrl: this.baseUrl, attribute: (name) => this.getAttribute(name) || undefined });
  }

  protected override render() {
    return html`${this.problem
        ? html`<p class="misconfigured" role="alert">${this.problem}</p>`
        : nothing}<slot></slot>`;
  }
}
