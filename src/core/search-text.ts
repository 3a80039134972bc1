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

/** Scripts written without spaces between words: searched by overlapping character pairs. */
const UNSPACED_SET = '[\\p{scx=Hani}\\p{scx=Hira}\\p{scx=Kana}]';
const UNSPACED = new RegExp(`(${UNSPACED_SET}+)`, 'u');
/** A Japanese or Chinese character ("ー" and "々" included: they belong to those scripts too). */
export const UNSPACED_CHARACTER = new RegExp(UNSPACED_SET, 'u');
/** Runs of Japanese or Chinese characters, apart from the letters around them ("VPNに接続"). */
const WORD_OR_UNSPACED_RUN = new RegExp(`${UNSPACED_SET}+|(?:(?!${UNSPACED_SET})[\\p{L}\\p{N}])+`, 'gu');

/**
 * The tokens a search index and its queries are made of: words, with runs of Japanese or Chinese
 * characters split into overlapping pairs ("パスワード" → "パス", "スワ", "ワー", "ード"), because those
 * scripts put no space between words and have no stemmer. A single character stays one token.
 */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) {
    if (!UNSPACED_CHARACTER.test(word)) {
      tokens.push(word);
      continue;
    }
    for (const part of word.split(UNSPACED)) {
      if (!part) continue;
      if (!UNSPACED.test(part) || part.length === 1) {
        tokens.push(part);
        continue;
      }
      for (let index = 0; index < part.length - 1; index++) tokens.push(part.slice(index, index + 2));
    }
  }
  return tokens;
}

/** Word terms of a query, normalised, without duplicates. */
export function queryTerms(text: string): string[] {
  const terms = normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(terms)];
}

/** How a backend that stems its index says which words matched: the matched terms and its stemmer. */
export interface StemMatch {
  stems: ReadonlySet<string>;
  stem: (word: string) => string;
}

/**
 * Ranges in `text` where a word starts with one of `terms` (prefix match, as typeahead finds
 * "pass" in "password"). With `stemmed`, a word whose stem matched is marked whole ("Connection"
 * for "connecting"): the reader sees their word, never a cut-off stem. Japanese and Chinese terms
 * are marked wherever they occur. Ranges are sorted and never overlap.
 */
export function findMatchRanges(
  text: string,
  terms: readonly string[],
  field: MatchRange['field'],
  stemmed?: StemMatch,
): MatchRange[] {
  if ((!terms.length && !stemmed?.stems.size) || !text) return [];
  const folded = normalise(text);
  // NFD folding can change length (e.g. ligatures are rare, accents are dropped); only use the
  // folded text when offsets still line up with the original.
  const haystack = folded.length === text.length ? folded : text.toLowerCase();
  const ranges: MatchRange[] = [];
  for (const word of haystack.matchAll(WORD_OR_UNSPACED_RUN)) {
    const start = word.index;
    let best = 0;
    if (UNSPACED_CHARACTER.test(word[0])) {
      ranges.push(...unspacedRanges(word[0], start, terms, field));
      continue;
    }
    if (stemmed && (stemmed.stems.has(word[0]) || stemmed.stems.has(stemmed.stem(word[0])))) best = word[0].length;
    for (const term of terms) {
      if (term.length > best && word[0].startsWith(term)) best = term.length;
    }
    if (best > 0) ranges.push({ field, start, end: start + best });
  }
  return ranges;
}

/** Where Japanese or Chinese terms occur inside one run of text, merged where they overlap. */
function unspacedRanges(run: string, offset: number, terms: readonly string[], field: MatchRange['field']): MatchRange[] {
  const marked = new Array<boolean>(run.length).fill(false);
  for (const term of terms) {
    if (!UNSPACED_CHARACTER.test(term)) continue;
    for (let at = run.indexOf(term); at >= 0; at = run.indexOf(term, at + 1)) marked.fill(true, at, at + term.length);
  }
  const ranges: MatchRange[] = [];
  for (let index = 0; index < run.length; index++) {
    if (!marked[index]) continue;
    const start = index;
    while (index < run.length && marked[index]) index++;
    ranges.push({ field, start: offset + start, end: offset + index });
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
