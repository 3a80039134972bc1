/**
 * Full-text search of the embedded backend, on MiniSearch: prefix and typo tolerance, field
 * boosts. The index is built in slices of a few milliseconds (time-slices.ts), so that 10,000
 * articles never block the main thread for long, even on a slow or busy device; queries stay
 * synchronous and fast. Hits carry plain-text snippets and match ranges.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchQuery } from '../../core/adapter.js';
import { htmlToText } from '../../core/html-text.js';
import type { Article, CatalogItemSummary, SearchHit, SearchResults } from '../../core/schemas.js';
import { STOP_WORDS, findMatchRanges, normalise, queryTerms } from '../../core/search-query.js';
import { TimeSlices, type TimeSliceOptions } from './time-slices.js';

interface Document {
  key: string;
  kind: SearchHit['kind'];
  id: string;
  title: string;
  summary: string;
  tags: string;
  category: string;
  /** The start of the body as plain words: for matching only, never displayed. */
  body: string;
}

/** How much of an article body is indexed: enough for its answer's words, small enough to stay fast. */
const BODY_INDEX_LENGTH = 300;

/** Body words for the index. Never rendered, so a plain tag strip is enough (no sanitising cost). */
function indexableText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|nbsp|#39);/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, BODY_INDEX_LENGTH);
}

const SNIPPET_LENGTH = 180;

function articleDocument(article: Article): Document {
  return {
    key: `a:${article.id}`,
    kind: 'article',
    id: article.id,
    title: article.title,
    summary: article.summary ?? '',
    tags: (article.tags ?? []).join(' '),
    category: article.category ?? '',
    body: indexableText(article.body),
  };
}

function catalogDocument(item: CatalogItemSummary): Document {
  return {
    key: `c:${item.id}`,
    kind: 'catalog-item',
    id: item.id,
    title: item.name,
    summary: item.shortDescription,
    tags: item.categories.join(' '),
    category: item.categories[0] ?? '',
    body: '',
  };
}

export class SearchIndex {
  private readonly engine = new MiniSearch<Document>({
    idField: 'key',
    fields: ['title', 'summary', 'tags', 'category', 'body'],
    storeFields: ['kind'],
    // Words like "the" and "how" match nearly every article: they cost time and rank nothing.
    processTerm: (term) => {
      const word = normalise(term);
      return STOP_WORDS.has(word) ? null : word;
    },
    searchOptions: {
      boost: { title: 3, tags: 2, summary: 1.2, category: 0.5, body: 0.6 },
      // Typeahead completes the word being typed (the last one); a one-letter prefix would match
      // most of the vocabulary and cost more than a frame on 10,000 articles.
      prefix: (term, index, terms) => index === terms.length - 1 && term.length > 1,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      maxFuzzy: 2,
    },
  });
  private readonly articles = new Map<string, Article>();
  private readonly catalog = new Map<string, CatalogItemSummary>();

  /** `slicing` is for tests: a fake clock or a spy on the yields. */
  constructor(private readonly slicing: TimeSliceOptions = {}) {}

  async build(articles: readonly Article[], catalog: readonly CatalogItemSummary[]): Promise<void> {
    this.engine.removeAll();
    this.articles.clear();
    this.catalog.clear();
    // One document at a time, each prepared just before it is indexed: preparing every body up
    // front would itself be a long task with 10,000 articles.
    const slices = new TimeSlices(this.slicing);
    for (const article of articles) {
      await slices.next();
      this.articles.set(article.id, article);
      this.engine.add(articleDocument(article));
    }
    for (const item of catalog) {
      await slices.next();
      this.catalog.set(item.id, item);
      this.engine.add(catalogDocument(item));
    }
  }

  search(query: SearchQuery): SearchResults {
    const text = query.text.trim() || query.context || '';
    const kinds = new Set<SearchHit['kind']>(
      query.sources.map((source) => (source === 'catalog' ? 'catalog-item' : 'article')),
    );
    const results = text
      ? this.engine.search(text, { filter: (result) => kinds.has(result.kind as SearchHit['kind']) })
      : [];
    const hits = results.slice(0, query.limit).map((result) => this.toHit(result, query.text));
    const suggestion = results.length === 0 && text ? this.suggest(text) : undefined;
    return { query: query.text, hits, total: results.length, suggestion };
  }

  private toHit(result: SearchResult, typed: string): SearchHit {
    const [prefix, id] = [String(result.id).slice(0, 1), String(result.id).slice(2)];
    const terms = [...new Set([...queryTerms(typed), ...result.terms.map(normalise)])];
    if (prefix === 'a') {
      const article = this.articles.get(id) as Article;
      const snippet = article.summary || htmlToText(article.body).slice(0, SNIPPET_LENGTH);
      return {
        kind: 'article',
        id,
        title: article.title,
        snippet,
        matches: [...findMatchRanges(article.title, terms, 'title'), ...findMatchRanges(snippet, terms, 'snippet')],
        url: article.url,
        category: article.category,
        score: result.score,
      };
    }
    const item = this.catalog.get(id) as CatalogItemSummary;
    return {
      kind: 'catalog-item',
      id,
      title: item.name,
      snippet: item.shortDescription,
      matches: [
        ...findMatchRanges(item.name, terms, 'title'),
        ...findMatchRanges(item.shortDescription, terms, 'snippet'),
      ],
      url: item.url,
      category: item.categories[0],
      score: result.score,
    };
  }

  /** A "did you mean" from the index's own vocabulary, for a query that found nothing. */
  private suggest(text: string): string | undefined {
    const [best] = this.engine.autoSuggest(text, { fuzzy: 0.34, prefix: false, combineWith: 'AND' });
    return best && best.suggestion !== normalise(text) ? best.suggestion : undefined;
  }
}
