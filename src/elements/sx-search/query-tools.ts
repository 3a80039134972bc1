/**
 * The language side of a search, loaded with the first search rather than the first paint: query
 * expansion through the synonym map, the words the widget learns from titles, "did you mean", and
 * results grouped once for the listbox.
 */
import type { SearchHit, SearchResults, SearchSource } from '../../core/schemas.js';
import { DEFAULT_SYNONYMS, expandQuery, queryTerms, suggestSpelling, synonymVocabulary, type SynonymMap } from '../../core/search-query.js';
import { defaultSynonyms } from '../../core/synonyms.js';
import { groupHits, type HitGroup } from './search-helpers.js';
import type { SearchOption } from './search-view.js';

/** The element's `synonyms`: unset means the built-in lay-language map, `null` no expansion. */
export function synonymsOf(synonyms: SynonymMap | null | undefined): SynonymMap | null {
  return synonyms === undefined ? DEFAULT_SYNONYMS : synonyms;
}

/**
 * The map a search in `locale` uses: the element's own (`null`: none), else the built-in map of
 * the locale's language (loaded with its first search).
 */
export async function synonymsFor(synonyms: SynonymMap | null | undefined, locale: string): Promise<SynonymMap | null> {
  return synonyms === undefined ? defaultSynonyms(locale) : synonyms;
}

/** What to send to the backend for `text` (lay words expanded, stop words dropped). */
export function expandedText(text: string, synonyms: SynonymMap | null | undefined): string {
  return expandQuery(text, synonymsOf(synonyms)).text;
}

/**
 * "Did you mean", decided in this one place: only when nothing was found; the backend's own
 * suggestion first, else the closest words the widget knows; never the query itself.
 */
export function didYouMean(typed: string, results: Pick<SearchResults, 'hits' | 'suggestion'>, vocabulary: Iterable<string>): string | undefined {
  if (results.hits.length) return undefined;
  const suggestion = results.suggestion ?? suggestSpelling(typed, vocabulary);
  return suggestion && suggestion.toLowerCase() !== typed.toLowerCase() ? suggestion : undefined;
}

/** Words "did you mean" may offer: the synonym map's, plus title words the backend returned. */
export class Vocabulary {
  private readonly words = new Set<string>();
  private of?: SynonymMap | null;

  /** The words for `synonyms` (rebuilt when the map is replaced), after learning from `hits`. */
  learn(synonyms: SynonymMap | null | undefined, hits: readonly SearchHit[]): ReadonlySet<string> {
    const map = synonymsOf(synonyms);
    if (this.of !== map) {
      this.words.clear();
      for (const word of synonymVocabulary(map ?? {})) this.words.add(word);
      this.of = map;
    }
    for (const hit of hits) for (const word of queryTerms(hit.title)) if (word.length > 2) this.words.add(word);
    return this.words;
  }
}

/** A finished search, grouped once for the listbox. */
export interface SearchAnswer {
  typed: string;
  expandedQuery: string;
  sources: SearchSource[];
  hits: SearchHit[];
  total: number;
  suggestion?: string;
  groups: HitGroup[];
  /** The listbox options in display order (articles first), numbered as the groups show them. */
  options: SearchOption[];
}

export function toAnswer(
  request: { typed: string; expandedQuery: string; sources: SearchSource[] },
  results: SearchResults,
  vocabulary: Iterable<string>,
): SearchAnswer {
  const groups = groupHits(results.hits);
  const suggestion = didYouMean(request.typed, results, vocabulary);
  return {
    typed: request.typed,
    expandedQuery: request.expandedQuery,
    sources: request.sources,
    hits: results.hits,
    total: results.total,
    ...(suggestion ? { suggestion } : {}),
    groups,
    options: groups.flatMap((group) => group.hits.map(({ hit, index }) => ({ kind: 'hit' as const, hit, index }))),
  };
}
