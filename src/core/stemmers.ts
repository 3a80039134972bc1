/**
 * Word stemmers for the shipped languages, so that "printers", "printing" and "print" meet in a
 * search. Each language's rules load the first time a text in that language is indexed or
 * searched (core/load-once.ts): a page in English never downloads the French ones.
 *
 * English is Porter (`stemmer`); German, French, Dutch, Spanish and Arabic are Snowball ports
 * (`@orama/stemmers`, one module per language). Its English module is not used: it cuts
 * "connection" to "connec" while "connect" stays "connect". Japanese has no stemmer: CJK text is
 * searched by character pairs instead (search-text.ts `searchTokens`).
 */
import { loadOnce } from './load-once.js';

export type Stemmer = (word: string) => string;

/** For languages without a stemmer: words are searched as written (folded). */
export const NO_STEMMING: Stemmer = (word) => word;

type StemmerModule = { stemmer: Stemmer };

const MODULES: Readonly<Record<string, () => Promise<StemmerModule>>> = {
  en: () => import('stemmer'),
  de: () => import('@orama/stemmers/german'),
  fr: () => import('@orama/stemmers/french'),
  nl: () => import('@orama/stemmers/dutch'),
  es: () => import('@orama/stemmers/spanish'),
  ar: () => import('@orama/stemmers/arabic'),
};

/** A language's stems are remembered up to this many words, then started afresh. */
const MEMO_SIZE = 50_000;

/** "en-GB" → "en"; what the stemmer of `locale` is keyed by. */
export function stemmingLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The same word is stemmed many times while an index builds: stems are remembered. */
function remembering(stem: Stemmer): Stemmer {
  const memo = new Map<string, string>();
  return (word) => {
    let stemmed = memo.get(word);
    if (stemmed === undefined) {
      // Numbers, codes ("0x80070005") and short words are kept as they are.
      stemmed = word.length > 2 && !/\d/.test(word) ? stem(word) : word;
      if (memo.size >= MEMO_SIZE) memo.clear();
      memo.set(word, stemmed);
    }
    return stemmed;
  };
}

const loaded = new Map<string, Stemmer>();
const loaders = new Map<string, () => Promise<Stemmer>>();

/** The stemmer of `locale` (loading its rules once); `NO_STEMMING` where the kit has none. */
export function loadStemmer(locale: string): Promise<Stemmer> {
  const language = stemmingLanguage(locale);
  const module = MODULES[language];
  if (!module) return Promise.resolve(NO_STEMMING);
  let load = loaders.get(language);
  if (!load) {
    load = loadOnce(async () => {
      const stemmer = remembering((await module()).stemmer);
      loaded.set(language, stemmer);
      return stemmer;
    });
    loaders.set(language, load);
  }
  return load();
}

/** The stemmer of `locale` if it is loaded (or none exists): for synchronous searches. */
export function loadedStemmer(locale: string): Stemmer | undefined {
  const language = stemmingLanguage(locale);
  return MODULES[language] ? loaded.get(language) : NO_STEMMING;
}
