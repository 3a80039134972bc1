/**
 * Which language a widget speaks and which way it writes: the provider's locale, else the nearest
 * `lang` attribute (across shadow roots), else the document's, else the browser's.
 */
import { SUPPORTED_LANGUAGES, type Language } from './translate.js';

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ku']);

/** The closest `lang` attribute from `element` up, crossing shadow boundaries. */
export function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** The closest explicit `dir` attribute (ltr or rtl), crossing shadow boundaries. */
export function nearestDir(element: Element): 'ltr' | 'rtl' | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const dir = node.getAttribute('dir')?.toLowerCase();
      if (dir === 'ltr' || dir === 'rtl') return dir;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** A BCP 47 tag Intl accepts; anything broken becomes undefined. */
export function canonicalLocale(tag: string | undefined | null): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

export function resolveLocale(element: Element, providerLocale?: string): string {
  return (
    canonicalLocale(providerLocale) ??
    canonicalLocale(nearestLang(element)) ??
    canonicalLocale(typeof navigator === 'undefined' ? undefined : navigator.language) ??
    'en'
  );
}

/** `it-CH`, `IT` and `it` all name the Italian language. */
export function languageOf(locale: string): string {
  return locale.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** The catalog language for a locale: "de-AT" speaks "de"; an unsupported one speaks English. */
export function catalogLanguage(locale: string): Language {
  const base = languageOf(locale);
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  const base = locale.split('-')[0]?.toLowerCase() ?? '';
  return RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr';
}
