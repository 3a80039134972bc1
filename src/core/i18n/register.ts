/**
 * Translations a page adds at run time: a whole language the kit does not ship (`it`, `pl`, `sv`…)
 * or single strings of one it does. They apply to every bundle (core and each element): a key
 * the registration lacks keeps the shipped text of that language, else English.
 *
 *   registerTranslation('it', { 'search.label': 'Cerca aiuto', 'common.retry': 'Riprova' });
 *
 * Register before the elements render; elements already on the page pick the strings up on their
 * next language change (see `onTranslationChange`).
 */
import { catalogLanguage as shippedLanguage, languageOf } from './locale.js';
import { loadCatalog as loadShipped, type Catalog, type Message, type MessageBundle } from './translate.js';
import type { CoreMessages } from './messages/en.js';

declare global {
  /**
   * Every English string of the kit, by key: the shared strings here, and each element's
   * `*.messages.ts` adds its own (`interface SxMessages extends SearchMessages {}`).
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SxMessages extends CoreMessages {}
}

/** A complete translation: every key of the English catalog (plural forms as the language needs). */
export type SxTranslation = { [K in keyof SxMessages]: Message };

/** What `registerTranslation` takes: any subset of the keys (unknown keys are type errors). */
export type SxTranslationOverrides = Partial<SxTranslation>;

const registered = new Map<string, Catalog>();
const listeners = new Set<(language: string) => void>();

/**
 * Adds strings for a language: all of them for a new one, any of them to change a shipped one.
 * Calling it again for the same language adds to (and overrides) what was registered before.
 */
export function registerTranslation(locale: string, messages: SxTranslationOverrides): void {
  const language = languageOf(locale);
  if (!/^[a-z]{2,3}$/.test(language)) throw new Error(`registerTranslation: "${locale}" is not a language tag (e.g. "it", "pl-PL").`);
  registered.set(language, { ...registered.get(language), ...(messages as Catalog) });
  listeners.forEach((listener) => listener(language));
}

/** Calls `listener` with the language whenever strings are registered; returns the unsubscribe. */
export function onTranslationChange(listener: (language: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The catalog language for a locale: a registered one, else a shipped one, else English. */
export function catalogLanguage(locale: string): string {
  const language = languageOf(locale);
  return registered.has(language) ? language : shippedLanguage(locale);
}

/** The bundle's catalog for a language: shipped strings (lazily loaded), then the registered ones. */
export async function loadCatalog<C extends Catalog>(bundle: MessageBundle<C>, language: string): Promise<C> {
  const shipped = await loadShipped(bundle, language);
  const added = registered.get(language);
  if (!added) return shipped;
  const catalog: Catalog = { ...shipped };
  for (const key of Object.keys(bundle.en)) {
    const message = added[key];
    if (message !== undefined) catalog[key] = message;
  }
  return catalog as C;
}
