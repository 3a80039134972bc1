/**
 * Message catalogs and the translator. A message is a string with `{name}` placeholders, or plural
 * forms chosen by Intl.PluralRules on the `count` parameter. English is bundled with each element;
 * other languages load lazily, and any key a catalog lacks falls back to English.
 */

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Catalog = Record<string, Message>;
export type Params = Record<string, string | number>;

/** The one signature of "say this key in the element's language", for views and helpers. */
export type Translate<K extends string = string> = (key: K, params?: Params) => string;

/** A catalog in another language must translate every English key. */
export type Translation<C extends Catalog> = { [K in keyof C]: Message };

/** Languages we ship catalogs for (DESIGN section 5). */
export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'nl', 'es', 'ar', 'ja'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export interface MessageBundle<C extends Catalog> {
  en: C;
  /** Lazy loaders of the other languages; a language without a loader falls back to English. */
  load: Partial<Record<Exclude<Language, 'en'>, () => Promise<Translation<C>>>>;
}

export function defineMessages<C extends Catalog>(
  en: C,
  load: MessageBundle<C>['load'],
): MessageBundle<C> {
  return { en, load };
}

const loaded = new WeakMap<MessageBundle<Catalog>, Map<string, Promise<Catalog>>>();

/** The bundle's catalog for a language (loaded once, English when it has none or fails to load). */
export function loadCatalog<C extends Catalog>(bundle: MessageBundle<C>, language: string): Promise<C> {
  const loader = bundle.load[language as Exclude<Language, 'en'>];
  if (!loader) return Promise.resolve(bundle.en);
  let cache = loaded.get(bundle as unknown as MessageBundle<Catalog>);
  if (!cache) {
    cache = new Map();
    loaded.set(bundle as unknown as MessageBundle<Catalog>, cache);
  }
  let pending = cache.get(language);
  if (!pending) {
    pending = loader().then(
      (catalog) => ({ ...bundle.en, ...catalog }),
      () => bundle.en,
    );
    cache.set(language, pending);
  }
  return pending as Promise<C>;
}

/** Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

// Building Intl objects costs far more than using them; lists format hundreds of plurals.
const pluralRules = new Map<string, Intl.PluralRules>();
const countFormats = new Map<string, Intl.NumberFormat>();

function cachedFor<T>(cache: Map<string, T>, locale: string, create: () => T): T {
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = create()));
  return value;
}

export function formatMessage(message: Message, locale: string, params: Params = {}): string {
  if (typeof message === 'string') return interpolate(message, params);
  const count = Number(params.count ?? 0);
  const exact = count === 0 ? message.zero : undefined;
  const rule = cachedFor(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  return interpolate(exact ?? message[rule] ?? message.other, {
    ...params,
    count: cachedFor(countFormats, locale, () => new Intl.NumberFormat(locale)).format(count),
  });
}
