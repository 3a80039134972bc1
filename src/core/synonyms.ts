/**
 * The built-in lay-language map of each shipped language, loaded with the first search in that
 * language (English is built in: search-query.ts `DEFAULT_SYNONYMS`). Each holds only everyday
 * words employees use about IT; a site's own words go in the host page's `synonyms`.
 */
import { loadOnce } from './load-once.js';
import { DEFAULT_SYNONYMS, type SynonymMap } from './search-query.js';
import { stemmingLanguage } from './stemmers.js';

const MAPS: Readonly<Record<string, () => Promise<SynonymMap>>> = {
  de: loadOnce(async () => (await import('./synonyms-de.js')).SYNONYMS_DE),
  fr: loadOnce(async () => (await import('./synonyms-fr.js')).SYNONYMS_FR),
  nl: loadOnce(async () => (await import('./synonyms-nl.js')).SYNONYMS_NL),
  es: loadOnce(async () => (await import('./synonyms-es.js')).SYNONYMS_ES),
};

/**
 * The built-in map for `locale`: its language's everyday words, with the English ones (people
 * type "wifi" and "laptop" in every language). Languages without a map of their own (Arabic,
 * Japanese) get the English one.
 */
export async function defaultSynonyms(locale: string | undefined): Promise<SynonymMap> {
  const load = MAPS[stemmingLanguage(locale ?? 'en')];
  return load ? load() : DEFAULT_SYNONYMS;
}
