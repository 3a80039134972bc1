// The script-tag page weight of DESIGN.md section 6, measured in Chromium on the built dist/cdn/:
// test/bench/page-weight/index.html (one <script type="module">, the four widgets over the REST
// adapter) served with the README's strict Content-Security-Policy, the REST fixture backend
// (test/fixtures/rest-routes.mjs) under /api/sx. Counts the gzip (-9) bytes of every JavaScript
// file the page requests: until all four widgets show data, then after a search, an opened
// article, a request form and a rating. Fails on a CSP violation, a page error or a failed request.
//
// `node scripts/page-weight.mjs [--why] [--cdn=DIR]`, `npm run bench -- page-weight`; `npm run size` prints it too.
// `--why` lists the biggest modules of the files loaded before the widgets show data.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import Koa from 'koa';
import { chromium } from 'playwright-core';
import { restRoutes } from '../test/fixtures/rest-routes.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { repoRoot } from './entries.mjs';

export const PAGE_WEIGHT_BUDGETS = { ready: 30, used: 60 };
const PAGE = '/test/bench/page-weight/index.html';
// `--cdn=DIR` measures another build of the folder (e.g. one made with other rollup options) at the same URL.
const cdnArg = process.argv.find((arg) => arg.startsWith('--cdn='));
const cdnDir = cdnArg ? path.resolve(cdnArg.slice('--cdn='.length)) : path.join(repoRoot, 'dist', 'cdn');
const servedDirs = [cdnDir, path.join(repoRoot, 'test', 'bench', 'page-weight')];
// The README's policy, Trusted Types included (lit-html and DOMPurify each create a named policy).
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html dompurify";
const STEP_TIMEOUT_MS = 20_000;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

/** The page, dist/cdn/ and the REST fixture backend, on 127.0.0.1 with a free port. */
async function startServer() {
  const app = new Koa();
  app.use(async (context, next) => {
    if (context.path !== '/api/sx' && !context.path.startsWith('/api/sx/')) return next();
    // Stands in for the portal's session cookie: the fixture wants to know who is asking.
    context.req.headers.authorization ??= 'Bearer page-weight';
    context.path = `/__fixtures/rest${context.path.slice('/api/sx'.length)}`;
    if (!(await restRoutes(context))) context.status = 404;
  });
  app.use(async (context) => {
    const requested = decodeURIComponent(context.path);
    const file = requested.startsWith('/dist/cdn/') ? path.join(cdnDir, requested.slice('/dist/cdn/'.length)) : path.join(repoRoot, requested);
    if (!servedDirs.some((dir) => file.startsWith(dir + path.sep))) return void (context.status = 404);
    try {
      context.body = await readFile(file);
    } catch {
      return void (context.status = 404);
    }
    context.type = types[path.extname(file)] ?? 'application/octet-stream';
    if (file.endsWith('.html')) context.set('Content-Security-Policy', CSP);
  });
  const server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** What a person does after the page shows data; each step waits for what it opens. */
async function usePage(page) {
  const search = page.locator('sx-search');
  await search.locator('input').first().fill('vpn');
  const result = search.getByRole('option', { name: /VPN/ }).first();
  await result.waitFor({ timeout: STEP_TIMEOUT_MS });
  await result.click();
  await search.getByText('Install the client').first().waitFor({ timeout: STEP_TIMEOUT_MS });

  const card = page.locator('sx-catalog-card');
  await card.locator('[part~="request-button"]').click();
  await card.locator('form').first().waitFor({ timeout: STEP_TIMEOUT_MS });

  const rating = page.locator('sx-satisfaction [part~="scale"] input[type="radio"]').last();
  await rating.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(
    () => document.querySelector('sx-satisfaction')?.shadowRoot?.querySelector('[part~="scale"] input:checked'),
    undefined,
    { timeout: STEP_TIMEOUT_MS },
  );
}

/** All four widgets show backend data (text from test/fixtures/rest-routes.mjs). */
async function widgetsShowData(page) {
  await Promise.all([
    page.locator('sx-search input').first().waitFor({ timeout: STEP_TIMEOUT_MS }),
    page.locator('sx-ticket-status').getByText('Wi-Fi drops in meeting room 4').first().waitFor({ timeout: STEP_TIMEOUT_MS }),
    page.locator('sx-satisfaction [part~="scale"] input[type="radio"]').first().waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS }),
    page.locator('sx-catalog-card').getByText('New laptop').first().waitFor({ timeout: STEP_TIMEOUT_MS }),
  ]);
}

/** Resolves once no script request has been open for `quietMs`. */
async function scriptsSettled(pending, quietMs = 400) {
  let quietSince = performance.now();
  while (performance.now() - quietSince < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (pending.size) quietSince = performance.now();
  }
}

/**
 * @returns {Promise<{ skipped?: string, error?: string, problems: string[], ready?: Phase, used?: Phase }>}
 * where a Phase is `{ gzip: number, files: { file: string, gzip: number }[] }`, files up to that point.
 */
export async function measurePageWeight() {
  if (!existsSync(path.join(cdnDir, 'sx-kit.js'))) return { skipped: 'dist/cdn/ is not built (npm run build)', problems: [] };
  if (!chromiumPath()) return { skipped: 'no Chromium (set CHROME_PATH or apt-get install -y chromium)', problems: [] };

  const { server, origin } = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const problems = [];
  const scripts = []; // in request order: { url, body: Promise<Buffer> }
  const pending = new Set();
  try {
    const context = await browser.newContext();
    // Injected by the browser, so it runs before the page's own script and needs no CSP exception.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
      });
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    page.on('request', (request) => {
      if (request.resourceType() !== 'script') return;
      pending.add(request);
      const entry = { url: request.url(), body: undefined };
      scripts.push(entry);
      entry.body = request
        .response()
        .then((response) => response?.body())
        .finally(() => pending.delete(request));
    });
    page.on('requestfailed', (request) => {
      pending.delete(request);
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(origin + PAGE);
    await widgetsShowData(page);
    const readyCount = scripts.length;
    await usePage(page);
    await scriptsSettled(pending);

    const sized = await Promise.all(
      scripts.map(async ({ url, body }) => ({ file: new URL(url).pathname.replace(/^\/dist\/cdn\//, ''), gzip: gzipSync((await body) ?? '', { level: 9 }).length })),
    );
    const phase = (files) => ({ files, gzip: files.reduce((total, file) => total + file.gzip, 0) });
    return { problems, ready: phase(sized.slice(0, readyCount)), used: phase(sized) };
  } catch (error) {
    return { error: error.message.split('\n')[0], problems };
  } finally {
    await browser.close();
    server.close();
  }
}

// ---- which modules the bytes are: minified characters per source, from each file's source map ----

const VLQ = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((char, index) => [char, index]));

function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VLQ[char];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Minified characters of `file` (relative to dist/cdn/) attributed to each source module. */
export function modulesOf(file) {
  const code = readFileSync(path.join(cdnDir, file), 'utf8').split('\n');
  const map = JSON.parse(readFileSync(path.join(cdnDir, `${file}.map`), 'utf8'));
  const bytes = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    const starts = [];
    for (const segment of line.split(',').filter(Boolean)) {
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) source += sourceDelta;
      starts.push([column, sourceDelta === undefined ? undefined : source]);
    }
    starts.forEach(([start, from], index) => {
      if (from === undefined) return;
      const end = starts[index + 1]?.[0] ?? code[lineIndex]?.length ?? start;
      const name = map.sources[from];
      bytes.set(name, (bytes.get(name) ?? 0) + end - start);
    });
  });
  const sourceDir = path.dirname(path.join(cdnDir, file));
  return [...bytes].map(([name, length]) => ({
    module: path.relative(repoRoot, path.resolve(sourceDir, name)).replace(/^.*node_modules\//, ''),
    min: length,
  }));
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

/** Prints the two figures against their budgets; returns what the caller needs for its exit code. */
export async function reportPageWeight({ why = false, log = console.log } = {}) {
  const result = await measurePageWeight();
  if (result.skipped) {
    log(`page-weight: skipped: ${result.skipped}`);
    return { skipped: true, failed: false, over: 0 };
  }
  if (result.error) {
    log(`page-weight: failed: ${result.error}`);
    for (const problem of result.problems) log(`  ${problem}`);
    return { failed: true, over: 0 };
  }
  const rows = [
    ['script-tag page, four widgets over REST: JS (gzip) before they show data', result.ready, PAGE_WEIGHT_BUDGETS.ready],
    ['  … after a search, an opened article, a request form and a rating', result.used, PAGE_WEIGHT_BUDGETS.used],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, phase, budget] of rows) {
    log(`${label.padEnd(width)}  ${kB(phase.gzip).padStart(6)} kB  ≤ ${budget}  ${phase.gzip <= budget * 1000 ? 'OK' : 'OVER'}  (${phase.files.length} files)`);
  }
  const later = result.used.files.slice(result.ready.files.length);
  log(`  loaded later: ${later.map((file) => `${file.file} ${kB(file.gzip)}`).join(', ') || 'nothing'}`);
  if (why) {
    log('  files before data, gzip kB:');
    for (const file of [...result.ready.files].sort((a, b) => b.gzip - a.gzip)) log(`    ${kB(file.gzip).padStart(6)}  ${file.file}`);
    const modules = result.ready.files.flatMap((file) => (existsSync(path.join(cdnDir, `${file.file}.map`)) ? modulesOf(file.file) : []));
    log('  biggest modules before data (minified bytes):');
    for (const { module, min } of modules.sort((a, b) => b.min - a.min).slice(0, 20)) log(`    ${String(min).padStart(7)}  ${module}`);
  }
  for (const problem of result.problems) log(`  page-weight problem: ${problem}`);
  const over = rows.filter(([, phase, budget]) => phase.gzip > budget * 1000).length;
  return { failed: result.problems.length > 0, over, result };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { failed } = await reportPageWeight({ why: process.argv.includes('--why') });
  if (failed) process.exit(1);
}

/**
 * `npm run bench [-- page-weight]`: runs when there is no name filter or one is `page-weight`. Alone
 * (`-- page-weight`), it exits with the bench's rules (1 on a failure, or over budget with --check).
 */
export async function benchPageWeight(filters, args) {
  if (filters.length && !filters.includes('page-weight')) return { failed: false, over: 0 };
  const outcome = await reportPageWeight({ why: args.includes('--why') });
  if (filters.length && filters.every((filter) => filter === 'page-weight')) {
    process.exit(outcome.failed || (args.includes('--check') && outcome.over) ? 1 : 0);
  }
  return outcome;
}
