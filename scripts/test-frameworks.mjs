// `npm run test:frameworks`: the example apps in demo/frameworks/ as a developer builds them.
// Packs the kit (building it first if dist/ is missing), then for each app: a fresh `npm install`
// of the tarball, the app's own strict type check and build, and Chromium on the built app:
// the object property `synonyms` set by the framework (before <sx-search> is defined, except in
// React whose wrappers define on import) must reach the element as an object, typing must bring
// the typed `sx-search` event into the page, and a new map set after definition must take effect.
//   node scripts/test-frameworks.mjs [react vue svelte angular] [--skip-pack]
// --skip-pack reuses demo/frameworks/.pack/sx-kit.tgz. Prints "N passed, N failed" last.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, MISSING_CHROMIUM } from './chromium.mjs';
import { repoRoot } from './entries.mjs';

const FRAMEWORKS_DIR = path.join(repoRoot, 'demo', 'frameworks');
const PACK_DIR = path.join(FRAMEWORKS_DIR, '.pack');
/** Where each app's package.json expects the kit (`file:../.pack/sx-kit.tgz`). */
const TARBALL = path.join(PACK_DIR, 'sx-kit.tgz');
/** Each app and the folder its build writes the page to. */
const APPS = { react: 'dist', vue: 'dist', svelte: 'dist', angular: 'dist/browser' };
const STEP_TIMEOUT_MS = 15_000;

const args = process.argv.slice(2);
const chosen = args.filter((arg) => !arg.startsWith('--'));
const unknown = chosen.filter((name) => !(name in APPS));
if (unknown.length) fail(`unknown app ${unknown.join(', ')}: choose from ${Object.keys(APPS).join(', ')}`);
const apps = chosen.length ? chosen : Object.keys(APPS);

const executablePath = chromiumPath();
if (!executablePath) fail(MISSING_CHROMIUM);

if (args.includes('--skip-pack')) {
  if (!existsSync(TARBALL)) fail(`--skip-pack: ${path.relative(repoRoot, TARBALL)} does not exist`);
} else {
  pack();
}

const results = [];
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  for (const name of apps) results.push(await testApp(name));
} finally {
  await browser.close();
}

console.log(`\n${'app'.padEnd(9)}${'install'.padStart(9)}${'build'.padStart(9)}${'browser'.padStart(9)}  result`);
for (const { name, times, problem } of results) {
  const cells = ['install', 'build', 'browser'].map((step) => (times[step] === undefined ? '–' : `${times[step].toFixed(1)} s`).padStart(9));
  console.log(`${name.padEnd(9)}${cells.join('')}  ${problem ? `✗ ${problem.split('\n')[0]}` : '✓'}`);
}
const failed = results.filter((result) => result.problem).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

function pack() {
  if (!existsSync(path.join(repoRoot, 'dist', 'index.js'))) run('npm', ['run', 'build', '--silent'], repoRoot, 'npm run build');
  mkdirSync(PACK_DIR, { recursive: true });
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', PACK_DIR], repoRoot, 'npm pack'));
  renameSync(path.join(PACK_DIR, packed.filename), TARBALL);
  console.log(`packed ${packed.filename}: ${(statSync(TARBALL).size / 1024).toFixed(0)} KB, ${packed.files.length} files`);
}

async function testApp(name) {
  const cwd = path.join(FRAMEWORKS_DIR, name);
  const times = {};
  const timed = async (step, action) => {
    const started = performance.now();
    try {
      return await action();
    } finally {
      times[step] = (performance.now() - started) / 1000;
    }
  };
  console.log(`\n— ${name}`);
  try {
    // No lockfile is kept and the kit comes from the new tarball, as in a fresh clone.
    rmSync(path.join(cwd, 'package-lock.json'), { force: true });
    rmSync(path.join(cwd, 'node_modules', 'sx-kit'), { recursive: true, force: true });
    rmSync(path.join(cwd, 'dist'), { recursive: true, force: true });
    await timed('install', () => run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], cwd, `${name}: npm install`));
    await timed('build', () => run('npm', ['run', 'build'], cwd, `${name}: npm run build (type check and bundle)`));
    await timed('browser', () => checkInChromium(name, path.join(cwd, APPS[name])));
    console.log(`✓ ${name}`);
    return { name, times };
  } catch (error) {
    console.log(`✗ ${name}\n    ${error.message.split('\n').slice(0, 40).join('\n    ')}`);
    return { name, times, problem: error.message };
  }
}

async function checkInChromium(name, root) {
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`${name}: the build wrote no ${path.relative(repoRoot, root)}/index.html`);
  const server = await serve(root);
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && errors.push(`console error: ${message.text()}`));
  const step = async (what, action) => {
    try {
      return await action();
    } catch (error) {
      throw new Error(`${name}: ${what}: ${error.message.split('\n')[0]}${errors.length ? `\n${errors.join('\n')}` : ''}`);
    }
  };
  try {
    await step('the page loads', () => page.goto(`http://127.0.0.1:${server.address().port}/`));
    const input = page.locator('sx-search input').first();
    await step('<sx-search> renders its search box', () => input.waitFor());

    const given = await page.locator('sx-search').evaluate((element) => ({
      type: typeof element.synonyms,
      words: element.synonyms && typeof element.synonyms === 'object' ? Object.keys(element.synonyms) : [],
      attribute: element.getAttribute('synonyms'),
    }));
    if (given.type !== 'object' || given.words.join() !== 'zorblax' || given.attribute !== null) {
      throw new Error(`${name}: synonyms did not arrive as an object property: ${JSON.stringify(given)}`);
    }

    await step('typing "zorblax" brings the sx-search event into the page', () => searchFor(page, input, 'zorblax', 'vpn'));
    // Escape closes the list of results, which covers what lies below the search box.
    await step('the button sets a second synonym map', async () => {
      await input.press('Escape');
      await page.click('#swap-synonyms');
    });
    await step('typing "flibber" uses the second map', () => searchFor(page, input, 'flibber', 'printer'));
    await step('<sx-ticket-status> shows INC0012001', () => page.locator('sx-ticket-status').getByText('docking station').first().waitFor());
    if (errors.length) throw new Error(`${name}: the page reported errors:\n${errors.join('\n')}`);
  } catch (error) {
    const picture = path.join(os.tmpdir(), `sx-frameworks-${name}.png`);
    await page.screenshot({ path: picture, fullPage: true }).catch(() => {});
    throw new Error(`${error.message}\n(screenshot: ${picture})`);
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Types `word` like a person and waits for the page to show the event it got, expanded by the map. */
async function searchFor(page, input, word, expansion) {
  await input.fill('');
  await input.pressSequentially(word, { delay: 30 });
  const output = page.locator('#received');
  const detail = await poll(async () => {
    const text = (await output.textContent()) ?? '';
    const shown = text.startsWith('{') ? JSON.parse(text) : undefined;
    return shown?.query === word ? shown : undefined;
  }, async () => `the page still shows ${JSON.stringify(await output.textContent())} as the last search`);
  if (!detail.expandedQuery.split(' ').includes(expansion) || !(detail.resultCount > 0)) {
    throw new Error(`the event's detail ${JSON.stringify(detail)} lacks "${expansion}" in expandedQuery or any result`);
  }
}

/** The first truthy answer of `probe`, asked every 100 ms until STEP_TIMEOUT_MS has passed. */
async function poll(probe, describeTimeout) {
  const deadline = performance.now() + STEP_TIMEOUT_MS;
  while (performance.now() < deadline) {
    const answer = await probe();
    if (answer) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(await describeTimeout());
}

/** A static server for a built app: files from `root`, index.html for anything else. */
function serve(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json', '.woff2': 'font/woff2' };
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (pathname === '/favicon.ico') return void response.writeHead(204).end();
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html');
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function run(command, commandArgs, cwd, what) {
  const child = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) {
    // eslint-disable-next-line no-control-regex
    const output = `${child.stdout}\n${child.stderr}`.replace(/\x1b\[[0-9;]*m/g, '').trim();
    throw new Error(`${what} failed (exit ${child.status}):\n${output.split('\n').slice(-30).join('\n')}`);
  }
  return child.stdout;
}

function fail(message) {
  console.error(`test-frameworks: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
