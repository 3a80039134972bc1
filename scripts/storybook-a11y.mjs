// `npm run test:storybook`: axe-core on every story of the built Storybook, failing on any violation.
// Run `npm run build-storybook` first. Each story opens in its own browser context (fresh storage)
// at iframe.html?id=…&viewMode=story, as the a11y addon sees it; the check runs twice over:
//   1. the addon's own verdict, reported when the story finishes (parameters.a11y.test = 'error'
//      in .storybook/preview.ts makes any violation a failure),
//   2. axe again once the widgets have settled (data loaded, DOM quiet), since the addon checks
//      right after the play function, often before an embedded backend has answered.
// Both use the addon's context (the whole body minus Storybook's own wrappers), its rule set
// (`region` off: a story is not a page) and the story's `parameters.a11y` config and options.
//   node scripts/storybook-a11y.mjs [--filter <text in story id>] [--globals theme:dark;dir:rtl]
//                                   [--concurrency <n>] [--dir storybook-static]
// --globals sets the toolbar (theme, dir, locale, motion in .storybook/preview.ts) for every story.
// The functions handed to page.evaluate / addInitScript run in the story's page, not in Node.
/* global window, document, MutationObserver */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, MISSING_CHROMIUM } from './chromium.mjs';

/**
 * Stories not checked, each with the reason (printed on every run). Keep it empty unless a story
 * cannot be checked at all; a real violation is fixed or reported, never listed here.
 * @type {Map<string, string>}
 */
const EXCLUDED = new Map();

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    filter: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
    globals: { type: 'string', default: '' },
  },
});
const staticDir = path.resolve(options.dir);
const concurrency = Math.max(1, Number(options.concurrency) || 1);

/** Render, play function and the addon's own axe run; generous, as axe over the 500-card story takes ~12 s on a loaded machine. */
const RENDER_TIMEOUT_MS = 90_000;
/** The DOM (shadow roots included) must stay unchanged this long to count as settled... */
const QUIET_MS = 600;
/** ...within this budget; a story still changing after it (a live clock, say) is checked as it is. */
const SETTLE_BUDGET_MS = 10_000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

function fail(message) {
  console.error(`test:storybook: ${message}`);
  process.exit(1);
}

function serve(root) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs before Storybook's own code: records the STORY_FINISHED event (status and the addon's reports). */
function captureStoryFinished() {
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value?.on?.('storyFinished', (event) => {
        window.__sxStoryFinished = JSON.parse(JSON.stringify(event));
      });
    },
  });
}

/** Resolves once no element, text or attribute changed for `quietMs` anywhere, shadow roots included. */
async function waitForQuietDom({ quietMs, budgetMs }) {
  const roots = [];
  const collect = (root) => {
    roots.push(root);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot);
  };
  const pending = () => {
    roots.length = 0;
    collect(document);
    return roots.flatMap((root) => [...root.querySelectorAll('*')]).filter((element) => element.localName.startsWith('sx-'));
  };
  // Lit's updateComplete first: every sx-* element has rendered what it knows.
  await Promise.all(pending().map((element) => element.updateComplete));
  let changedAt = performance.now();
  const observer = new MutationObserver(() => (changedAt = performance.now()));
  const observed = new Set();
  const observeAll = () => {
    pending();
    for (const root of roots) {
      if (observed.has(root)) continue;
      observed.add(root);
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    }
  };
  const started = performance.now();
  while (performance.now() - started < budgetMs) {
    observeAll();
    if (performance.now() - changedAt >= quietMs) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  observer.disconnect();
  return performance.now() - changedAt >= quietMs;
}

/** axe-core as the addon runs it (see @storybook/addon-a11y's a11yRunner), with the story's parameters. */
async function runAxe() {
  const a11y = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y ?? {};
  const context = { include: document.body, exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'] };
  if (a11y.context?.include) context.include = a11y.context.include;
  if (a11y.context?.exclude) context.exclude = context.exclude.concat(a11y.context.exclude);
  window.axe.reset();
  window.axe.configure({ ...a11y.config, rules: [{ id: 'region', enabled: false }, ...(a11y.config?.rules ?? [])] });
  const result = await window.axe.run(context, { ...a11y.options, resultTypes: ['violations'] });
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.flat(Infinity).join(' >>> ')),
  }));
}

/** @returns {Promise<{ id: string, skipped?: string, errors: string[], violations: object[], unsettled?: boolean }>} */
async function checkStory(browser, baseUrl, storyId, axeSource) {
  const globals = options.globals ? `&globals=${encodeURIComponent(options.globals)}` : '';
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  try {
    await page.addInitScript(captureStoryFinished);
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story${globals}`);
    const handle = await page.waitForFunction(() => window.__sxStoryFinished, null, { timeout: RENDER_TIMEOUT_MS }).catch(() => null);
    if (!handle) return { id: storyId, errors: [...errors, `did not finish rendering within ${RENDER_TIMEOUT_MS / 1000} s`], violations: [] };
    const finished = await handle.jsonValue();
    const parameters = await page.evaluate(() => window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y ?? {});
    if (parameters.disable === true || parameters.test === 'off') {
      return { id: storyId, skipped: `parameters.a11y ${parameters.disable ? 'disable: true' : "test: 'off'"}`, errors, violations: [] };
    }
    if (finished.status !== 'success' && !finished.reporters?.some((report) => report.type === 'a11y')) {
      errors.push(`story status "${finished.status}" (render or play function failed)`);
    }
    const addonViolations = (finished.reporters ?? [])
      .filter((report) => report.type === 'a11y')
      .flatMap((report) => {
        if (report.result?.error) return [{ id: 'addon-error', impact: 'n/a', help: String(report.result.error.message ?? report.result.error), targets: [] }];
        return (report.result?.violations ?? []).map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          targets: violation.nodes.map((node) => [node.target].flat(Infinity).join(' >>> ')),
          when: 'addon',
        }));
      });
    const settled = await page.evaluate(waitForQuietDom, { quietMs: QUIET_MS, budgetMs: SETTLE_BUDGET_MS });
    // The addon's own axe-core instance when it has loaded one (same package, so the same version).
    if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: axeSource });
    const settledViolations = (await page.evaluate(runAxe)).map((violation) => ({ ...violation, when: 'settled' }));
    // One line per rule and element: the same finding from both runs is listed once.
    const seen = new Set();
    const violations = [...addonViolations, ...settledViolations].filter((violation) => {
      const key = `${violation.id}|${violation.targets.join(',')}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    return { id: storyId, errors, violations, unsettled: !settled, warnOnly: parameters.test === 'todo' };
  } finally {
    await context.close();
  }
}

async function main() {
  const indexFile = path.join(staticDir, 'index.json');
  if (!existsSync(indexFile)) fail(`${path.relative(process.cwd(), indexFile)} not found: run \`npm run build-storybook\` first.`);
  const executablePath = chromiumPath();
  if (!executablePath) fail(MISSING_CHROMIUM);
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries ?? {});
  const stories = entries.filter((entry) => entry.type === 'story').map((entry) => entry.id);
  const docsPages = entries.filter((entry) => entry.type === 'docs').length;
  const selected = stories.filter((id) => !options.filter || id.includes(options.filter));
  if (selected.length === 0) fail(options.filter ? `no story id contains "${options.filter}".` : 'index.json lists no stories.');

  const started = performance.now();
  const server = await serve(staticDir);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  const results = [];
  const queue = selected.filter((id) => !EXCLUDED.has(id));
  try {
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let id = queue.shift(); id; id = queue.shift()) {
          const result = await checkStory(browser, baseUrl, id, axeSource);
          const failed = result.errors.length > 0 || (result.violations.length > 0 && !result.warnOnly);
          console.log(`${result.skipped ? '-' : failed ? '✗' : '✓'} ${id}${result.unsettled ? ' (still changing after 10 s)' : ''}`);
          results.push(result);
        }
      }),
    );
  } finally {
    await browser.close();
    server.close();
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const failures = results.filter((result) => result.errors.length > 0 || (result.violations.length > 0 && !result.warnOnly));
  const warnings = results.filter((result) => result.warnOnly && result.violations.length > 0);
  const skipped = [...results.filter((result) => result.skipped).map((result) => [result.id, result.skipped])];
  for (const id of selected) if (EXCLUDED.has(id)) skipped.push([id, EXCLUDED.get(id)]);

  for (const result of [...failures, ...warnings].sort((a, b) => a.id.localeCompare(b.id))) {
    console.log(`\n${result.warnOnly && result.errors.length === 0 ? 'warning (a11y.test: todo)' : 'FAIL'} ${result.id}`);
    for (const error of result.errors) console.log(`  error: ${error}`);
    for (const violation of result.violations) {
      console.log(`  ${violation.id} (${violation.impact}, ${violation.when}): ${violation.help}`);
      for (const target of violation.targets.slice(0, 5)) console.log(`    at ${target}`);
      if (violation.targets.length > 5) console.log(`    … and ${violation.targets.length - 5} more`);
    }
  }
  if (skipped.length) {
    console.log('\nNot checked:');
    for (const [id, reason] of skipped) console.log(`  ${id}: ${reason}`);
  }
  console.log(
    `\ntest:storybook: ${results.filter((result) => !result.skipped).length} stories checked ` +
      `(${stories.length} in the build, ${docsPages} docs pages)${options.globals ? ` with globals ${options.globals}` : ''}, ${failures.length} failed, ${warnings.length} with warnings, ` +
      `${skipped.length} not checked, in ${seconds} s.`,
  );
  process.exit(failures.length > 0 ? 1 : 0);
}

await main();
