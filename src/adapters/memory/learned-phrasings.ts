/**
 * What the embedded backend learns from readers: when someone rates an article helpful after a
 * search, the words they searched with become a phrasing of that article ("people also searched
 * for"), indexed in its own field (search-index.ts). Guarded: a query that may hold a secret, an
 * address or a card number is never learned (core/search-privacy.ts `isLearnableQuery`, on the
 * rule recent searches use); one person's vote counts once however often it is sent; "not helpful" for the same words
 * takes a vote away; each article keeps at most `PHRASINGS_PER_ARTICLE`. Kept in the backend's
 * store, so learning survives a reload; `reset()` forgets it with everything else.
 */
import type { ArticleFeedback } from '../../core/schemas.js';
import { isLearnableQuery } from '../../core/search-privacy.js';
import { normalise } from '../../core/search-query.js';
import type { SearchIndex } from './search-index.js';
import type { KeyValueStore } from './store.js';

export const PHRASINGS_PER_ARTICLE = 20;
/** A phrasing many people confirmed counts more, up to this many times one person's vote. */
const MOST_VOTES_COUNTED = 3;
const STORE_KEY = 'learned-phrasings';

export interface LearnedPhrasing {
  articleId: string;
  /** The words as the first person typed them. */
  text: string;
  /** Each voter's latest vote: 1 helpful, -1 not helpful. */
  votes: Record<string, 1 | -1>;
  learnedAt: string;
}

/** A phrasing as authors read it: the words, and how many more people found it helpful than not. */
export interface PhrasingScore {
  articleId: string;
  phrasing: string;
  score: number;
}

/** "Can't  log IN?" and "cant log in" are the same phrasing. */
function wordsKey(text: string): string {
  return (normalise(text).replace(/['’`]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

function scoreOf(entry: LearnedPhrasing): number {
  return Object.values(entry.votes).reduce<number>((sum, vote) => sum + vote, 0);
}

export class PhrasingLearning {
  private entries = new Map<string, LearnedPhrasing>();
  private store?: KeyValueStore;

  constructor(
    private readonly index: SearchIndex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Reads what was learned before (call before the index is built). */
  async load(store: KeyValueStore): Promise<void> {
    this.store = store;
    const saved = (await store.get<LearnedPhrasing[]>('meta', STORE_KEY)) ?? [];
    this.entries = new Map(saved.map((entry) => [entryKey(entry.articleId, entry.text), entry]));
  }

  /**
   * An article's learned phrasings for the index: those more people found helpful than not, each
   * repeated by its score (at most `MOST_VOTES_COUNTED`), so agreement weighs more than one vote.
   */
  phrasingsOf(articleId: string): string[] {
    return this.scores(articleId).flatMap(({ phrasing, score }) =>
      Array.from({ length: Math.min(score, MOST_VOTES_COUNTED) }, () => phrasing),
    );
  }

  /** What was learned, strongest first (for authors, demos and tests). */
  scores(articleId?: string): PhrasingScore[] {
    return [...this.entries.values()]
      .filter((entry) => articleId === undefined || entry.articleId === articleId)
      .map((entry) => ({ articleId: entry.articleId, phrasing: entry.text, score: scoreOf(entry) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score);
  }

  /**
   * Counts `voter`'s feedback on the words they searched with; returns the phrasing when the
   * vote changed what is learned.
   */
  async vote(feedback: ArticleFeedback, voter: string): Promise<PhrasingScore | undefined> {
    const text = feedback.query?.trim().replace(/\s+/g, ' ') ?? '';
    if (!text || !isLearnableQuery(text) || !this.index.hasArticle(feedback.articleId)) return undefined;
    const key = entryKey(feedback.articleId, text);
    const vote = feedback.helpful ? 1 : -1;
    let entry = this.entries.get(key);
    if (entry?.votes[voter] === vote) return undefined;
    if (!entry) {
      // "Not helpful" for words nobody taught the article has nothing to weaken.
      if (!feedback.helpful || !this.makeRoom(feedback.articleId)) return undefined;
      entry = { articleId: feedback.articleId, text, votes: {}, learnedAt: this.now().toISOString() };
      this.entries.set(key, entry);
    }
    entry.votes[voter] = vote;
    this.index.setLearned(feedback.articleId, this.phrasingsOf(feedback.articleId));
    await this.save();
    return { articleId: entry.articleId, phrasing: entry.text, score: scoreOf(entry) };
  }

  /** Forgets everything learned (the store itself is cleared by the caller). */
  forget(): void {
    const articles = new Set([...this.entries.values()].map((entry) => entry.articleId));
    this.entries.clear();
    for (const articleId of articles) this.index.setLearned(articleId, []);
  }

  /** Below the cap, or the weakest of an article's phrasings (oldest first) gives way to a new one. */
  private makeRoom(articleId: string): boolean {
    const own = [...this.entries.entries()].filter(([, entry]) => entry.articleId === articleId);
    const counted = own.filter(([, entry]) => scoreOf(entry) > 0);
    if (counted.length < PHRASINGS_PER_ARTICLE) return true;
    const [weakest] = counted.sort(
      ([, a], [, b]) => scoreOf(a) - scoreOf(b) || a.learnedAt.localeCompare(b.learnedAt),
    );
    // Words several people confirmed are not pushed out by one newcomer.
    if (!weakest || scoreOf(weakest[1]) > 1) return false;
    this.entries.delete(weakest[0]);
    return true;
  }

  private async save(): Promise<void> {
    await this.store?.put('meta', STORE_KEY, [...this.entries.values()]);
  }
}

function entryKey(articleId: string, text: string): string {
  return `${articleId}\n${wordsKey(text)}`;
}
