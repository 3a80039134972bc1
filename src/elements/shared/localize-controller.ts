/**
 * Gives an element its language, direction and formatters, and re-renders it when the provider's
 * locale or any `lang`/`dir` attribute on the page changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  catalogLanguage,
  coreMessages,
  directionOf,
  formatDate,
  formatList,
  formatMessage,
  formatMoney,
  formatNumber,
  formatRelative,
  loadCatalog,
  nearestDir,
  onTranslationChange,
  resolveLocale,
  type Catalog,
  type CoreMessages,
  type MessageBundle,
  type Params,
} from '../../core/i18n/index.js';
import type { Cost } from '../../core/schemas.js';

const controllers = new Set<LocalizeController<Catalog>>();
let observer: MutationObserver | undefined;

function watchDocument() {
  if (observer) return;
  observer = new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
  // Strings registered after an element rendered (registerTranslation) apply at once.
  onTranslationChange((language) => controllers.forEach((controller) => controller.reload(language)));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

type Host = ReactiveControllerHost & HTMLElement;

export class LocalizeController<M extends Catalog> implements ReactiveController {
  /** Set by the element from its provider context; wins over `lang` attributes. */
  providerLocale?: string;
  locale = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  /** The language of the words shown: the loaded catalog's (English where the locale has none). */
  lang = 'en';
  private core: CoreMessages & Catalog = coreMessages.en;
  private own: M;
  private loadingFor?: string;

  constructor(
    private readonly host: Host,
    private readonly bundle: MessageBundle<M>,
  ) {
    this.own = bundle.en;
    host.addController(this);
  }

  hostConnected() {
    controllers.add(this as unknown as LocalizeController<Catalog>);
    watchDocument();
    this.refresh();
  }

  hostDisconnected() {
    controllers.delete(this as unknown as LocalizeController<Catalog>);
  }

  /** Loads the catalogs again when `language` is the one shown (a translation was registered for it). */
  reload(language: string) {
    if (catalogLanguage(this.locale) !== language && this.loadingFor !== language) return;
    this.loadingFor = undefined;
    this.refresh();
  }

  /** Re-reads locale and direction; loads the catalogs of a new language. */
  refresh() {
    const locale = resolveLocale(this.host, this.providerLocale);
    const dir = nearestDir(this.host) ?? directionOf(locale);
    if (locale === this.locale && dir === this.dir && this.loadingFor !== undefined) return;
    this.locale = locale;
    this.dir = dir;
    const language = catalogLanguage(locale);
    if (language === this.loadingFor) {
      this.host.requestUpdate();
      return;
    }
    this.loadingFor = language;
    void Promise.all([loadCatalog(coreMessages, language), loadCatalog(this.bundle, language)]).then(
      ([core, own]) => {
        if (this.loadingFor !== language) return;
        this.core = core;
        this.own = own;
        this.lang = language;
        this.host.requestUpdate();
      },
    );
    this.host.requestUpdate();
  }

  t(key: (keyof M | keyof CoreMessages) & string, params?: Params): string {
    const message = (this.own as Catalog)[key] ?? (this.core as Catalog)[key] ?? key;
    return formatMessage(message, this.locale, params);
  }

  date(value: string | Date, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(value, this.locale, options);
  }

  relative(value: string | Date, now?: Date): string {
    return formatRelative(value, this.locale, now);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.locale, options);
  }

  /** "A, B and C" in the current language (`Intl.ListFormat`), never a hard-coded ", ". */
  list(items: readonly string[]): string {
    return formatList(items, this.locale);
  }

  money(cost: Pick<Cost, 'amount' | 'currency'>): string {
    return formatMoney(cost, this.locale);
  }
}
