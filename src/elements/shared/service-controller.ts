/**
 * Finds the element's backend: the nearest <sx-provider> through @lit/context, else the document
 * default from `configure()`. Re-renders the host when either changes.
 */
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Capability } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import { localeContext, optionsContext, serviceContext, type SxOptions } from '../../core/context.js';
import { getDefaults, onDefaultsChange } from '../../core/defaults.js';
import { loadOnce } from '../../core/load-once.js';

/**
 * Records need core/analytics and its redaction, which an element's first view does not: they
 * load once a sink is configured, and the rare event emitted before they arrive waits for them
 * (its time taken at emit, in emit order).
 */
type Analytics = typeof import('../../core/analytics.js');
let analytics: Analytics | undefined;
const loadAnalytics = loadOnce(() => import('../../core/analytics.js').then((module) => (analytics = module)));

type Host = ReactiveControllerHost & HTMLElement;

/**
 * An element defined before <sx-provider> (lazily loaded widgets, parallel imports) asks for its
 * backend before any provider can answer; the root keeps those requests and replays them when a
 * provider appears. One per page, whichever copy of the kit loads first.
 */
const ROOT = Symbol.for('sx-kit.context-root');
function ensureContextRoot() {
  const page = globalThis as { [ROOT]?: ContextRoot };
  if (page[ROOT] || typeof document === 'undefined') return;
  page[ROOT] = new ContextRoot();
  page[ROOT].attach(document.documentElement);
}

export class ServiceController implements ReactiveController {
  private provided?: ServiceConnection;
  private providedLocale?: string;
  private providedOptions?: SxOptions;
  private stopListening?: () => void;

  constructor(
    private readonly host: Host,
    private readonly onLocale: (locale: string | undefined) => void,
  ) {
    host.addController(this);
    ensureContextRoot();
    new ContextConsumer(host, {
      context: serviceContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        host.requestUpdate();
      },
    });
    new ContextConsumer(host, {
      context: localeContext,
      subscribe: true,
      callback: (value) => {
        this.providedLocale = value;
        this.onLocale(this.locale);
      },
    });
    new ContextConsumer(host, {
      context: optionsContext,
      subscribe: true,
      callback: (value) => {
        this.providedOptions = value;
        host.requestUpdate();
      },
    });
  }

  hostConnected() {
    this.stopListening = onDefaultsChange(() => {
      this.onLocale(this.locale);
      this.host.requestUpdate();
    });
    this.onLocale(this.locale);
  }

  hostDisconnected() {
    this.stopListening?.();
  }

  /** Undefined when neither a provider nor a default is configured. */
  get connection(): ServiceConnection | undefined {
    return this.provided ?? getDefaults().connection;
  }

  get locale(): string | undefined {
    return this.providedLocale ?? (this.provided ? undefined : getDefaults().locale);
  }

  get options(): SxOptions {
    return this.providedOptions ?? getDefaults().options;
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  has(capability: Capability): boolean {
    return this.connection?.has(capability) ?? false;
  }

  /** New options (provider or defaults) update the host: a sink there starts loading the records' code. */
  hostUpdate() {
    if (this.options.analytics && !analytics) loadAnalytics().catch(() => undefined);
  }

  /** Sends an emitted event to the analytics sink, if the page configured one. */
  report(event: CustomEvent) {
    const sink = this.options.analytics;
    if (!sink) return;
    const now = this.now();
    const privacy = { freeText: this.options.analyticsFreeText };
    const send = ({ toAnalyticsRecord }: Analytics) => {
      try {
        sink(toAnalyticsRecord(event, this.host, now, privacy));
      } catch (error) {
        // A broken analytics callback must never break the widget; the page's developer still hears of it.
        // eslint-disable-next-line no-console
        console.error('sx-kit: analytics callback failed', error);
      }
    };
    if (analytics) send(analytics);
    // eslint-disable-next-line no-console
    else loadAnalytics().then(send, (error: unknown) => console.error('sx-kit: analytics could not load', error));
  }
}
