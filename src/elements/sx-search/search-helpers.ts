/**
 * Plain logic of <sx-search>, apart from rendering: which sources to ask, how results group, where
 * "Ask the service desk" leads, and which searches may be remembered.
 */
import type { SearchHit, SearchSource } from '../../core/schemas.js';

/**
 * Every source, checked against the schema's list by the compiler: importing the schema's own
 * list at run time would pull zod into the element's bundle.
 */
const KNOWN_SOURCES: Record<SearchSource, true> = { articles: true, catalog: true };

/** `sources="articles catalog"` as a list; articles when nothing valid is named. */
export function parseSources(value: string | undefined): SearchSource[] {
  const named = (value ?? '').split(/[\s,]+/).filter((name): name is SearchSource => Object.hasOwn(KNOWN_SOURCES, name));
  return named.length ? [...new Set(named)] : ['articles'];
}

export interface HitGroup {
  kind: SearchHit['kind'];
  hits: { hit: SearchHit; index: number }[];
}

/** Hits grouped by kind (articles first), each keeping its position in the flat option order. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups: HitGroup[] = [];
  let index = 0;
  for (const kind of ['article', 'catalog-item'] as const) {
    const members = hits.filter((hit) => hit.kind === kind);
    if (members.length) groups.push({ kind, hits: members.map((hit) => ({ hit, index: index++ })) });
  }
  return groups;
}

/** The integrator's escalation URL with the query as its `q` parameter (relative URLs allowed). */
export function escalationUrl(href: string, query: string, base = document.baseURI): string {
  const url = new URL(href, base);
  if (query.trim()) url.searchParams.set('q', query.trim());
  else url.searchParams.delete('q');
  return url.href;
}

/** Whether a query may be kept in the browser (the rule is core's, shared with learned phrasings). */
export { isKeepableQuery as isStorable } from '../../core/search-privacy.js';
