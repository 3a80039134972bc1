// `npm run bench [-- <name filter>] [--json] [--check]`: runs every bench page in headless
// Chromium and prints each figure's p50/p95/max against its budget (DESIGN.md section 6).
//
// Adding a bench page:
// 1. `test/bench/<name>.bench.html` loads `<script type="module" src="./<name>.bench.ts">`.
// 2. The module sets `window.__benchResult` to an array, or a promise of one, of
//    `{ name, unit: 'ms' | 'score', samples: number[], budget?: number, note?: string }`;
//    `publish()` and `sample()` from test/bench/harness.ts do both. `budget` is compared with p95.
// 3. To measure on a slower CPU, wrap the work in `withCpuThrottling(rate, work)` (harness.ts): it
//    calls `window.__benchSetCpuThrottling`, which this script answers with CDP's
//    `Emulation.setCPUThrottlingRate`.
// Pages are served by Vite (vite.config.ts: Lit decorators compiled, production builds of
// dependencies) from the repo root, so they import ../../src/… directly.
// `--json` also writes bench-results.json; `--check` exits 1 when a figure is over budget.
import { readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { referenceDir } from '../test/fixtures/reference-routes.mjs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumArgs, chromiumPath, MISSING_CHROMIUM } from './chromium.mjs';
import { repoRoot } from './entries.mjs';
import { benchPageWeight } from './page-weight.mjs';

const PAGE_TIMEOUT_MS = 120_000;
const args = process.argv.slice(2);
const filters = args.filter((arg) => !arg.startsWith('--'));
// The script-tag page weight runs on the built dist/cdn/, not on a Vite page (scripts/page-weight.mjs).
const pageWeight = await benchPageWeight(filters, args);
const benchDir = path.join(repoRoot, 'test', 'bench');
const pages = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.html'))
  .filter((file) => !filters.length || filters.some((filter) => file.includes(filter)))
  .sort();
if (!pages.length) {
  console.error(`bench: no test/bench/*.bench.html${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}
if (!chromiumPath()) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}

/** Serves ../shared/reference under /__fixtures/reference/, as the test runner does, when it exists. */
function referenceDataPlugin() {
  const prefix = '/__fixtures/reference/';
  return {
    name: 'sx-reference-data',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (!request.url?.startsWith(prefix)) return next();
        const file = path.resolve(referenceDir, decodeURIComponent(request.url.slice(prefix.length).split('?')[0]));
        try {
          if (!file.startsWith(referenceDir + path.sep)) throw new Error('outside the reference folder');
          const body = await readFile(file);
          response.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'text/plain');
          response.end(body);
        } catch {
          response.statusCode = 404;
          response.end('reference data not available');
        }
      });
    },
  };
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

// Production builds of dependencies: Lit's dev build adds checks we don't ship. Vite's dev server
// picks them from NODE_ENV (not from `mode`); their pre-bundled copies get their own cache.
process.env.NODE_ENV = 'production';
const server = await createServer({
  configFile: path.join(repoRoot, 'vite.config.ts'),
  root: repoRoot,
  mode: 'production',
  cacheDir: path.join(repoRoot, 'node_modules', '.vite-bench'),
  logLevel: 'warn',
  server: { port: 5180, strictPort: false, hmr: false },
  optimizeDeps: { entries: pages.map((page) => `test/bench/${page}`) },
  plugins: [referenceDataPlugin()],
});
await server.listen();
const baseUrl = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

const figures = [];
let failed = false;
try {
  for (const page of pages) {
    const tab = await browser.newPage();
    const cdp = await tab.context().newCDPSession(tab);
    await tab.exposeFunction('__benchSetCpuThrottling', (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate }));
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      // Failed requests are reported with their URL below.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
    });
    tab.on('response', (response) => {
      // Missing reference data is not an error: the page prints one "skipped" line instead.
      const optional = response.url().endsWith('/favicon.ico') || response.url().includes('/__fixtures/reference/');
      if (response.status() >= 400 && !optional) errors.push(`${response.status()} ${response.url()}`);
    });
    const started = performance.now();
    try {
      await tab.goto(new URL(`test/bench/${page}`, baseUrl).href);
      await tab.waitForFunction(() => window.__benchResult !== undefined, undefined, { timeout: PAGE_TIMEOUT_MS });
      const results = await tab.evaluate(() => window.__benchResult);
      for (const result of results) figures.push({ page, ...result });
      console.log(`bench: ${page} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed = true;
      console.error(`bench: ${page} failed: ${error.message.split('\n')[0]}`);
    }
    for (const error of errors) {
      failed = true;
      console.error(`  ${page}: ${error}`);
    }
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const rows = figures.map((figure) => {
  const sorted = [...figure.samples].sort((a, b) => a - b);
  const p95 = percentile(sorted, 0.95);
  return {
    ...figure,
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p95,
    max: sorted.at(-1),
    verdict: figure.budget === undefined ? '' : p95 <= figure.budget ? 'OK' : 'OVER',
  };
});

const header = ['figure', 'n', 'p50', 'p95', 'max', 'budget', ''];
const shown = (row, value) => (value === undefined ? '-' : value.toFixed(row.unit === 'score' ? 3 : 1));
const table = rows.map((row) => [row.name, String(row.n), shown(row, row.p50), shown(row, row.p95), shown(row, row.max), row.budget === undefined ? '-' : `≤ ${row.budget}`, row.verdict]);
const widths = header.map((_, column) => Math.max(...[header, ...table].map((cells) => cells[column].length)));
const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
console.log(`\n${line(header)}  (ms; CLS figures are unitless scores)`);
for (const [index, cells] of table.entries()) {
  console.log(line(cells));
  if (rows[index].note) console.log(`  ${rows[index].note}`);
}

if (args.includes('--json')) {
  writeFileSync(path.join(repoRoot, 'bench-results.json'), `${JSON.stringify(rows, null, 2)}\n`);
  console.log('bench: wrote bench-results.json');
}
const over = rows.filter((row) => row.verdict === 'OVER');
console.log(`bench: ${over.length ? `${over.length} over budget` : 'all within budget'}`);
if (failed || pageWeight.failed || (args.includes('--check') && (over.length || pageWeight.over))) process.exit(1);
