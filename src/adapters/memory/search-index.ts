/**
 * Full-text search of the embedded backend, on MiniSearch: words stemmed in each article's
 * language (the same way for the index and the query), prefix and typo tolerance for the word
 * being typed, field boosts, and a field of alternate phrasings (written by authors or learned
 * from readers, learned-phrasings.ts) weighted below the title and above the body. The index is built in slices of a few milliseconds (time-slices.ts), so that 10,000
 * articles never block the main thread for long, even on a slow or busy device; queries stay
 * synchronous and fast. Hits carry plain-text snippets and match ranges.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchQuery } from '../../core/adapter.js';
import { htmlToText } from '../../core/html-text.js';
import type { Article, CatalogItemSummary, SearchHit, SearchResults } from '../../core/schemas.js';
import { STOP_WORDS, findMatchRanges, normalise, queryTerms, searchTokens } from '../../core/search-query.js';
import { UNSPACED_CHARACTER } from '../../core/search-text.js';
import { NO_STEMMING, loadStemmer, loadedStemmer, stemmingLanguage, type Stemmer } from '../../core/stemmers.js';
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
  /** Alternate questions in the readers' words: the author's, then the learned ones. */
  phrasings: string;
  /** Title and tags again, their inflected words unstemmed, for typo tolerance. */
  words: string;
}

/** Where a word matches counts this much (title highest; phrasings below it, above the body). */
export const FIELD_BOOSTS = { title: 3, tags: 2, phrasings: 2, summary: 1.2, category: 0.5, body: 0.6, words: 0.5 } as const;

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

function articleDocument(article: Article, learned: readonly string[]): Document {
  return {
    key: `a:${article.id}`,
    kind: 'article',
    id: article.id,
    title: article.title,
    summary: article.summary ?? '',
    tags: (article.tags ?? []).join(' '),
    category: article.category ?? '',
    body: indexableText(article.body),
    phrasings: [...(article.phrasings ?? []), ...learned].join('\n'),
    words: `${article.title} ${(article.tags ?? []).join(' ')}`,
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
    phrasings: '',
    words: `${item.name} ${item.categories.join(' ')}`,
  };
}

/** What a typed query is searched as: stemmed terms, the word being typed also as a prefix. */
interface QueryTerms {
  terms: string[];
  /** The last term is the word being typed, unstemmed: it is completed as a prefix. */
  prefixLast: boolean;
  /** The term before the last is the stem of the word being typed: it carries the typo tolerance. */
  stemBeforeLast: boolean;
}

/** The tokens of `text` that carry meaning, folded. */
function meaningfulWords(text: string): string[] {
  return searchTokens(text)
    .map(normalise)
    .filter((word) => !STOP_WORDS.has(word));
}

function toQueryTerms(text: string, stem: Stemmer): QueryTerms {
  const words = meaningfulWords(text);
  const typing = words.at(-1);
  const terms = new Set(words.slice(0, -1).map(stem));
  if (typing === undefined) return { terms: [], prefixLast: false, stemBeforeLast: false };
  // The stem of the word being typed, then the word as written, which is completed as a prefix:
  // "printi" is no stem of anything yet. Character pairs (CJK) are not completed.
  terms.delete(stem(typing));
  terms.add(stem(typing));
  terms.delete(typing);
  terms.add(typing);
  return { terms: [...terms], prefixLast: !UNSPACED_CHARACTER.test(typing), stemBeforeLast: stem(typing) !== typing };
}

export interface SearchIndexOptions extends TimeSliceOptions {
  /** The language of articles and queries that name none (default `en`). */
  locale?: string;
}

export class SearchIndex {
  /** The stemmer of the document being added: MiniSearch's term hook does not see the document. */
  private stemming: Stemmer = NO_STEMMING;
  private readonly engine = new MiniSearch<Document>({
    idField: 'key',
    fields: ['title', 'summary', 'tags', 'category', 'body', 'phrasings', 'words'],
    storeFields: ['kind'],
    tokenize: searchTokens,
    // Words like "the" and "how" match nearly every article: they cost time and rank nothing.
    processTerm: (term, field) => {
      const word = normalise(term);
      if (STOP_WORDS.has(word)) return null;
      const stem = this.stemming(word);
      // `words` keeps the title's and tags' inflected words as written: a typo is measured against
      // what people write ("phisihng" is two edits from "phishing", three from its stem "phish").
      // Words that are their own stem are in the other fields already.
      if (field === 'words') return stem === word ? null : word;
      if (stem !== word && !this.surface.has(stem)) this.surface.set(stem, word);
      return stem;
    },
    searchOptions: {
      boost: FIELD_BOOSTS,
      // Queries arrive as terms already stemmed (toQueryTerms).
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      maxFuzzy: 2,
    },
  });
  private readonly articles = new Map<string, Article>();
  private readonly catalog = new Map<string, CatalogItemSummary>();
  private readonly learned = new Map<string, readonly string[]>();
  /** A word each stem was indexed from, for "did you mean". */
  private readonly surface = new Map<string, string>();
  /** Languages of the indexed texts: a query in another language is stemmed as the default. */
  private readonly languages = new Set<string>();
  private readonly locale: string;

  /** `options` is for tests (a fake clock, a spy on the yields) and for the default language. */
  constructor(private readonly options: SearchIndexOptions = {}) {
    this.locale = options.locale ?? 'en';
  }

  /**
   * Indexes `articles` and `catalog`; `learned` gives an article's learned phrasings. Loads the
   * stemmers of the articles' languages first (each only once per page).
   */
  async build(
    articles: readonly Article[],
    catalog: readonly CatalogItemSummary[],
    learned: (articleId: string) => readonly string[] = () => [],
  ): Promise<void> {
    this.engine.removeAll();
    this.articles.clear();
    this.catalog.clear();
    this.learned.clear();
    this.surface.clear();
    this.languages.clear();
    const locales = new Set([this.locale, ...articles.map((article) => article.locale ?? this.locale)]);
    for (const locale of locales) this.languages.add(stemmingLanguage(locale));
    await Promise.all([...locales].map(loadStemmer));
    // One document at a time, each prepared just before it is indexed: preparing every body up
    // front would itself be a long task with 10,000 articles.
    const slices = new TimeSlices(this.options);
    for (const article of articles) {
      await slices.next();
      this.articles.set(article.id, article);
      const phrasings = learned(article.id);
      if (phrasings.length) this.learned.set(article.id, phrasings);
      this.addArticle(article);
    }
    this.stemming = this.stemmerFor(this.locale);
    for (const item of catalog) {
      await slices.next();
      this.catalog.set(item.id, item);
      this.engine.add(catalogDocument(item));
    }
  }

  /** Replaces an article's learned phrasings (an empty list forgets them). */
  setLearned(articleId: string, phrasings: readonly string[]): void {
    const article = this.articles.get(articleId);
    if (!article) return;
    // Removed as it was indexed (same text, same stemmer): unlike `discard`, no vacuuming later
    // walks the index while new documents are added.
    this.stemming = this.stemmerFor(article.locale ?? this.locale);
    this.engine.remove(articleDocument(article, this.learned.get(articleId) ?? []));
    if (phrasings.length) this.learned.set(articleId, phrasings);
    else this.learned.delete(articleId);
    this.addArticle(article);
  }

  /** Whether an article of this id is indexed. */
  hasArticle(articleId: string): boolean {
    return this.articles.has(articleId);
  }

  /** Loads the stemmer a query in `locale` needs, so that `search` can stay synchronous. */
  async prepare(locale: string | undefined): Promise<void> {
    await loadStemmer(this.queryLocale(locale));
  }

  search(query: SearchQuery): SearchResults {
    const text = query.text.trim() || query.context || '';
    const kinds = new Set<SearchHit['kind']>(
      query.sources.map((source) => (source === 'catalog' ? 'catalog-item' : 'article')),
    );
    const stem = this.stemmerFor(this.queryLocale(query.locale));
    const { terms, prefixLast, stemBeforeLast } = toQueryTerms(text, stem);
    const results = terms.length
      ? this.engine.search(terms.join(' '), {
          filter: (result) => kinds.has(result.kind as SearchHit['kind']),
          // Typeahead completes the word being typed (the last one); a one-letter prefix would
          // match most of the vocabulary and cost more than a frame on 10,000 articles.
          prefix: (term, index, all) => prefixLast && index === all.length - 1 && term.length > 1,
          // Typo tolerance is the costliest part of a search: once per typed word, on its stem.
          fuzzy: (term, index, all) => term.length > 3 && !(stemBeforeLast && index === all.length - 1) && 0.2,
        })
      : [];
    const hits = results.slice(0, query.limit).map((result) => this.toHit(result, query.text));
    const suggestion = results.length === 0 && text ? this.suggest(text, stem) : undefined;
    return { query: query.text, hits, total: results.length, suggestion };
  }

  private addArticle(article: Article): void {
    this.stemming = this.stemmerFor(article.locale ?? this.locale);
    this.engine.add(articleDocument(article, this.learned.get(article.id) ?? []));
  }

  /** A query's language when articles in it are indexed, else the index's own. */
  private queryLocale(locale: string | undefined): string {
    return locale && this.languages.has(stemmingLanguage(locale)) ? locale : this.locale;
  }

  private stemmerFor(locale: string): Stemmer {
    return loadedStemmer(locale) ?? NO_STEMMING;
  }

  private toHit(result: SearchResult, typed: string): SearchHit {
    const [prefix, id] = [String(result.id).slice(0, 1), String(result.id).slice(2)];
    // Typed words mark by prefix; the index's matched terms are stems, so they mark whole words.
    const terms = queryTerms(typed);
    if (prefix === 'a') {
      const article = this.articles.get(id) as Article;
      const snippet = article.summary || htmlToText(article.body).slice(0, SNIPPET_LENGTH);
      const stemmed = { stems: new Set(result.terms), stem: this.stemmerFor(article.locale ?? this.locale) };
      return {
        kind: 'article',
        id,
        title: article.title,
        snippet,
        matches: [
          ...findMatchRanges(article.title, terms, 'title', stemmed),
          ...findMatchRanges(snippet, terms, 'snippet', stemmed),
        ],
        url: article.url,
        category: article.category,
        score: result.score,
      };
    }
    const item = this.catalog.get(id) as CatalogItemSummary;
    const stemmed = { stems: new Set(result.terms), stem: this.stemmerFor(this.locale) };
    return {
      kind: 'catalog-item',
      id,
      title: item.name,
      snippet: item.shortDescription,
      matches: [
        ...findMatchRanges(item.name, terms, 'title', stemmed),
        ...findMatchRanges(item.shortDescription, terms, 'snippet', stemmed),
      ],
      url: item.url,
      category: item.categories[0],
      score: result.score,
    };
  }

  /** A "did you mean" from the index's own vocabulary, for a query that found nothing. */
  private suggest(text: string, stem: Stemmer): string | undefined {
    const stems = meaningfulWords(text).map(stem);
    if (!stems.length) return undefined;
    const [best] = this.engine.autoSuggest(stems.join(' '), { fuzzy: 0.34, prefix: false, combineWith: 'AND' });
    // The index holds stems ("delet"): offer the words they were found as ("delete").
    const suggestion = best?.terms.map((term) => this.surface.get(term) ?? term).join(' ');
    return suggestion && suggestion !== normalise(text) ? suggestion : undefined;
  }
}
