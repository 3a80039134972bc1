/**
 * Helpers shared by the seed article files: ids, URLs and timestamps follow one pattern, so each
 * topic file only holds the words.
 */
import type { Article } from '../../../core/schemas.js';

export const HELP_BASE = 'https://help.larkspur.example';

/** `kbId(1)` is `KB0010001`. */
export function kbId(n: number): string {
  return `KB${String(10000 + n).padStart(7, '0')}`;
}

export function kbUrl(n: number): string {
  return `${HELP_BASE}/kb/${kbId(n)}`;
}

/** An HTML link to another seed article, for "see also" lines in bodies. */
export function kbLink(n: number, text: string): string {
  return `<a href="${kbUrl(n)}">${text}</a>`;
}

/**
 * Builds an article of one category. `date` is `MM-DD` in 2026; the time of day is derived from
 * the number so that articles updated the same day still sort in a stable order.
 */
export function articleMaker(category: string) {
  return (n: number, title: string, summary: string, tags: string[], date: string, body: string): Article => {
    const hour = String(7 + (n % 10)).padStart(2, '0');
    const minute = String((n * 7) % 60).padStart(2, '0');
    return {
      id: kbId(n),
      title,
      summary,
      body: body.trim().replace(/\n\s*/g, '\n'),
      url: kbUrl(n),
      category,
      tags,
      updatedAt: `2026-${date}T${hour}:${minute}:00Z`,
      locale: 'en',
    };
  };
}
