/**
 * Search quality on StackFAQ (web apps; ../shared/reference/search-relevance, see its
 * stackfaq-README.txt): each thread is an article (title = question, body = answers), and each
 * rephrasing of the question must find its thread. The `"*"` in each rephrasing list splits the
 * tuning group (before it: the only one field boosts and learning were tuned on) from the
 * held-out group (after it: the one reported). Figures: (a) as shipped, (b) after every tuning
 * rephrasing was sent once as "helpful" feedback for its thread (one in ten also for a wrong
 * thread), the way readers teach the embedded backend their words.
 */
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { MemoryAdapter } from '../../src/adapters/memory/memory-adapter.js';
import { SearchIndex } from '../../src/adapters/memory/search-index.js';
import { DEFAULT_SYNONYMS, expandQuery, type SynonymMap } from '../../src/core/search-query.js';
import type { Article } from '../../src/core/schemas.js';
import { publish, type BenchFigure } from './harness.js';

export interface StackFaqThread {
  rephr: string[];
  question: string;
  answer: string | string[];
}

export interface QualityReport {
  queries: number;
  top1: number;
  mrr10: number;
  /** Milliseconds per query (expansion plus search). */
  times: number[];
}

const REFERENCE_PATH = 'search-relevance/stackfaq-webapps.json';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

export function threadsToArticles(threads: readonly StackFaqThread[]): Article[] {
  return threads.map((thread, index) => ({
    id: `SF${String(index + 1).padStart(4, '0')}`,
    title: thread.question,
    body: (Array.isArray(thread.answer) ? thread.answer : [thread.answer]).map((answer) => `<p>${escapeHtml(answer)}</p>`).join(''),
    updatedAt: '2026-01-01T00:00:00Z',
  }));
}

/** The rephrasings of one group: 'tune' before the "*", 'test' after it. */
export function rephrasings(threads: readonly StackFaqThread[], group: 'tune' | 'test'): { query: string; id: string }[] {
  return threads.flatMap((thread, index) => {
    const split = thread.rephr.indexOf('*');
    const list = group === 'tune' ? thread.rephr.slice(0, split) : thread.rephr.slice(split + 1);
    return list
      .filter((query): query is string => typeof query === 'string' && query.trim() !== '')
      .map((query) => ({ query, id: `SF${String(index + 1).padStart(4, '0')}` }));
  });
}

/** One in this many rephrasings is also (wrongly) voted helpful for another thread. */
const NOISE_EVERY = 10;

/**
 * An embedded backend over the threads that has learned from readers: each of `taught` sent once
 * as helpful feedback for its thread, every tenth also for the next thread (noise).
 */
export async function learnedBackend(threads: readonly StackFaqThread[], taught: readonly { query: string; id: string }[]): Promise<MemoryAdapter> {
  const adapter = createMemoryAdapter({
    dbName: `bench-sx-search-quality-${Date.now()}`,
    persist: false,
    articles: threadsToArticles(threads),
    catalog: [],
    tickets: [],
    people: [],
  });
  const ids = threadsToArticles(threads).map((article) => article.id);
  for (const [index, { query, id }] of taught.entries()) {
    await adapter.sendArticleFeedback({ articleId: id, helpful: true, query }, { idempotencyKey: `tune-${index}` });
    if (index % NOISE_EVERY === 0) {
      const wrong = ids[(ids.indexOf(id) + 1) % ids.length] as string;
      await adapter.sendArticleFeedback({ articleId: wrong, helpful: true, query }, { idempotencyKey: `noise-${index}` });
    }
  }
  return adapter;
}

/** As `evaluate`, through a backend's `searchKnowledge` (as the element asks it). */
export async function evaluateBackend(adapter: MemoryAdapter, queries: readonly { query: string; id: string }[]): Promise<QualityReport> {
  let top1 = 0;
  let reciprocal = 0;
  const times: number[] = [];
  for (const { query, id } of queries) {
    const start = performance.now();
    const text = expandQuery(query, DEFAULT_SYNONYMS).text || query;
    const results = await adapter.searchKnowledge({ text, limit: 10, sources: ['articles'], locale: 'en' });
    times.push(performance.now() - start);
    const rank = results.hits.findIndex((hit) => hit.id === id);
    if (rank === 0) top1 += 1;
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  }
  return { queries: queries.length, top1: top1 / queries.length, mrr10: reciprocal / queries.length, times };
}

export async function buildIndex(threads: readonly StackFaqThread[]): Promise<SearchIndex> {
  const index = new SearchIndex();
  await index.build(threadsToArticles(threads), []);
  return index;
}

/**
 * Top-1 accuracy and MRR@10 of `queries`. `synonyms` searches as the element does (expansion
 * first); `null` as the element with `synonyms = null` (stop words dropped, nothing added);
 * 'raw' sends the text exactly as typed.
 */
export function evaluate(index: SearchIndex, queries: readonly { query: string; id: string }[], synonyms: SynonymMap | null | 'raw'): QualityReport {
  let top1 = 0;
  let reciprocal = 0;
  const times: number[] = [];
  for (const { query, id } of queries) {
    const start = performance.now();
    const text = synonyms === 'raw' ? query : expandQuery(query, synonyms).text || query;
    const results = index.search({ text, limit: 10, sources: ['articles'] });
    times.push(performance.now() - start);
    const rank = results.hits.findIndex((hit) => hit.id === id);
    if (rank === 0) top1 += 1;
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  }
  return { queries: queries.length, top1: top1 / queries.length, mrr10: reciprocal / queries.length, times };
}

/**
 * The StackFAQ threads, or undefined with the reason. The bench harness (and the test runner) serve
 * ../shared/reference under /__fixtures/reference/ when it is beside the clone.
 */
export async function loadStackFaq(): Promise<{ threads?: StackFaqThread[]; reason?: string }> {
  const response = await fetch(`/__fixtures/reference/${REFERENCE_PATH}`);
  if (!response.ok) return { reason: `skipped: reference data not found (${REFERENCE_PATH})` };
  const data = (await response.json()) as { root: { qapair: StackFaqThread[] } };
  return { threads: data.root.qapair };
}

function figure(label: string, report: QualityReport, threads: number): BenchFigure {
  return {
    name: `sx-search: StackFAQ ${label} (time per query)`,
    unit: 'ms',
    samples: report.times,
    note: `top-1 accuracy ${(report.top1 * 100).toFixed(1)} %, MRR@10 ${report.mrr10.toFixed(3)} on ${report.queries} rephrasings of ${threads} threads`,
  };
}

async function quality(): Promise<BenchFigure[]> {
  const { threads, reason } = await loadStackFaq();
  if (!threads) return [{ name: 'sx-search: StackFAQ search quality', unit: 'ms', samples: [], note: reason }];
  const index = await buildIndex(threads);
  const heldOut = rephrasings(threads, 'test');
  const learned = await learnedBackend(threads, rephrasings(threads, 'tune'));
  return [
    figure('held-out, (a) as shipped', evaluate(index, heldOut, DEFAULT_SYNONYMS), threads.length),
    figure('held-out, (a) without query expansion', evaluate(index, heldOut, null), threads.length),
    figure('held-out, (b) after learning from the tuning group', await evaluateBackend(learned, heldOut), threads.length),
    figure('tuning group, (a) as shipped (tuned on, not a result)', evaluate(index, rephrasings(threads, 'tune'), DEFAULT_SYNONYMS), threads.length),
  ];
}

publish(quality());
