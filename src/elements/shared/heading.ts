/**
 * Heading levels that fit the host page: each element's `heading-level` attribute sets the level
 * of its top headings and every heading below goes one level deeper, so an element under the
 * page's `h1` can start at `h2` instead of skipping to `h3`.
 */
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

// Six fixed tags: nothing from outside ever reaches `unsafeStatic`.
const TAGS = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** A whole number 1–6 from an attribute; anything else is `fallback`. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const level = typeof value === 'string' ? Number(value) : value;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6 ? (level as HeadingLevel) : fallback;
}

/** The tag of a heading `depth` levels below the top level `level` (h6 at the deepest); for `lit/static-html.js`. */
export function headingTag(level: number, depth = 0): StaticValue {
  return TAGS[Math.min(Math.max(Math.trunc(level) + depth, 1), 6) - 1]!;
}
