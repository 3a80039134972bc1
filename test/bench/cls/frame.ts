/**
 * One element's first load on the embedded backend, as a page would have it: the element with a
 * paragraph of host content below it, so any growth of the element after its first paint moves
 * that content. Reports the layout shift score (CLS, shifts without recent input) once the element
 * has shown its data and nothing moved for a second.
 */
import '../../../src/provider.js';
import '../../../src/search.js';
import '../../../src/ticket-status.js';
import '../../../src/satisfaction.js';
import '../../../src/catalog.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';

const MARKUP: Record<string, string> = {
  'sx-search': '<sx-search sources="articles catalog" context="getting started"></sx-search>',
  'sx-ticket-status': '<sx-ticket-status></sx-ticket-status>',
  'sx-catalog-card': '<sx-catalog-card item-id="cat-new-laptop" variant="full"></sx-catalog-card>',
  'sx-catalog': '<sx-catalog></sx-catalog>',
  'sx-satisfaction': '<sx-satisfaction topic="laptop-refresh" scale="csat5" max-prompts="100"></sx-satisfaction>',
};

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: readonly { node?: Node | null }[];
}

/** "sx-catalog > .grid": where a shifted node is, across shadow roots. */
function describe(node: Node | null | undefined): string {
  const path: string[] = [];
  for (let current = node; current && path.length < 4; ) {
    if (current instanceof Element) path.unshift(current.localName + (current.classList.length ? `.${[...current.classList].join('.')}` : ''));
    const root = current.getRootNode();
    current = current.parentNode instanceof Element ? current.parentNode : root instanceof ShadowRoot ? root.host : null;
  }
  return path.join(' > ') || 'text';
}

const element = new URLSearchParams(location.search).get('element') ?? 'sx-search';
let score = 0;
let lastShift = performance.now();
const moved = new Map<string, number>();
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as LayoutShift[]) {
    if (entry.hadRecentInput) continue;
    score += entry.value;
    lastShift = performance.now();
    for (const source of entry.sources) moved.set(describe(source.node), (moved.get(describe(source.node)) ?? 0) + entry.value);
  }
}).observe({ type: 'layout-shift', buffered: true });

const provider = document.createElement('sx-provider');
provider.adapter = createMemoryAdapter({ dbName: `bench-cls-${element}-${Date.now()}`, persist: false });
provider.innerHTML = MARKUP[element]!;
const below = Object.assign(document.createElement('p'), { className: 'below', textContent: 'Host page content below the widget.' });
document.body.append(provider, below);

// Settled: a second without a shift, after the data had time to arrive (the seed loads first).
const started = performance.now();
while (performance.now() - started < 2500 || performance.now() - lastShift < 1000) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  if (performance.now() - started > 15_000) break;
}
const worst = [...moved].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([where]) => where);
parent.postMessage({ from: 'cls-frame', element, score, worst }, '*');
