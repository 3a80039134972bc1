/**
 * Text handling shared by every adapter and the search element: normalising, splitting into terms,
 * and finding where terms occur so that matches are highlighted from ranges, never by injecting
 * markup. Apart from search-query.ts so that highlighting does not load the synonym map.
 */
import type { MatchRange } from './schemas.js';

/** Lower case, accents folded, so that "Café" matches "cafe". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Word terms of a query, normalised, without duplicates. */
export function queryTerms(text: string): string[] {
  const terms = normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(terms)];
}

/**
 * Ranges in `text` where a word starts with one of `terms` (prefix match, as typeahead finds
 * "pass" in "password"). Ranges are sorted and never overlap.
 */
export function findMatchRanges(
  text: string,
  terms: readonly string[],
  field: MatchRange['field'],
): MatchRange[] {
  if (!terms.length || !text) return [];
  const folded = normalise(text);
  // NFD folding can change length (e.g. ligatures are rare, accents are dropped); only use the
  // folded text when offsets still line up with the original.
  const haystack = folded.length === text.length ? folded : text.toLowerCase();
  const ranges: MatchRange[] = [];
  const wordStart = /[\p{L}\p{N}]+/gu;
  for (const word of haystack.matchAll(wordStart)) {
    const start = word.index;
    let best = 0;
    for (const term of terms) {
      if (term.length > best && word[0].startsWith(term)) best = term.length;
    }
    if (best > 0) ranges.push({ field, start, end: start + best });
  }
  return ranges;
}

/** Splits text into plain and matched parts for rendering as text nodes and <mark> elements. */
export function splitByRanges(
  text: string,
  ranges: readonly Pick<MatchRange, 'start' | 'end'>[],
): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let cursor = 0;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (const { start, end } of sorted) {
    const from = Math.max(start, cursor);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > cursor) parts.push({ text: text.slice(cursor, from), match: false });
    parts.push({ text: text.slice(from, to), match: true });
    cursor = to;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}
