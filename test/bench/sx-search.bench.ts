/**
 * <sx-search> on the embedded backend: keystroke to rendered results with 10,000 generated
 * articles (DESIGN budget: p95 ≤ 16 ms, one frame), and search quality on StackFAQ (top-1 and
 * MRR@10 of the held-out rephrasings, with and without lay-language expansion).
 */
import '../../src/elements/sx-provider/sx-provider.js';
import '../../src/elements/sx-search/sx-search.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { generateArticles } from '../../src/adapters/memory/seed/generate.js';
import { DEFAULT_SYNONYMS } from '../../src/core/search-query.js';
import { publish, type BenchFigure } from './harness.js';
import { buildIndex, evaluate, loadStackFaq, rephrasings } from './sx-search-quality.bench.js';

/** Typed one key at a time, as people do: each prefix is one sample. */
const TYPED = [
  'vpn not connecting',
  "can't get on the wifi",
  'printer offline',
  'reset password',
  'outlook calendar sharing',
  'laptop battery',
  'teams meeting room',
  'badge not recognised',
];

async function typeahead(): Promise<BenchFigure> {
  const adapter = createMemoryAdapter({
    dbName: `bench-sx-search-${Date.now()}`,
    persist: false,
    articles: generateArticles(10_000),
    catalog: [],
    tickets: [],
    people: [],
  });
  // The index is built before the first keystroke, as it is by the time a person starts typing.
  await adapter.searchKnowledge({ text: 'warm up', limit: 8, sources: ['articles'] });
  const provider = document.createElement('sx-provider');
  provider.adapter = adapter;
  const search = document.createElement('sx-search');
  provider.append(search);
  document.body.append(provider);
  await search.updateComplete;
  const input = search.shadowRoot!.querySelector('input')!;
  input.focus();

  const samples: number[] = [];
  for (const phrase of TYPED) {
    for (let length = 1; length <= phrase.length; length++) {
      const text = phrase.slice(0, length);
      // The element searches from the second letter on (one letter of an alphabet is not a query).
      if (text.trim().length < 2 || text.endsWith(' ')) continue;
      const searched = new Promise<void>((resolve) =>
        search.addEventListener('sx-search', (event) => event.detail.query === text.trim() && resolve(), { once: false }),
      );
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
      await searched;
      await search.updateComplete;
      samples.push(performance.now() - start);
      await new Promise(requestAnimationFrame);
    }
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await search.updateComplete;
  }
  provider.remove();
  return {
    name: 'sx-search: keystroke to rendered results, 10,000 articles',
    unit: 'ms',
    samples,
    budget: 16,
    note: `${samples.length} keystrokes over ${TYPED.length} queries, embedded backend, lay-language expansion on`,
  };
}

async function quality(): Promise<BenchFigure[]> {
  const { threads, reason } = await loadStackFaq();
  if (!threads) return [{ name: 'sx-search: StackFAQ search quality', unit: 'ms', samples: [], note: reason }];
  const index = await buildIndex(threads);
  const heldOut = rephrasings(threads, 'test');
  const runs = [
    { label: 'with query expansion', report: evaluate(index, heldOut, DEFAULT_SYNONYMS) },
    { label: 'without query expansion', report: evaluate(index, heldOut, null) },
  ];
  return runs.map(({ label, report }) => ({
    name: `sx-search: StackFAQ held-out, ${label} (time per query)`,
    unit: 'ms' as const,
    samples: report.times,
    note: `top-1 accuracy ${(report.top1 * 100).toFixed(1)} %, MRR@10 ${report.mrr10.toFixed(3)} on ${report.queries} held-out rephrasings of ${threads.length} threads`,
  }));
}

publish((async () => [await typeahead(), ...(await quality())])());
