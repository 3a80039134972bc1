// `npm run size [-- --check] [--why] [--no-page] [--no-compile]`: what each entry point costs a
// page, min and min+gzip (-9), against the budgets of DESIGN.md section 6. Reports only; `--check`
// exits 1 when a figure is over budget.
//
// Measured from dist/ (what ships), bundled in memory with rollup + node-resolve + the CDN build's
// minifying (one shared decorator helper, Lit template literals, then terser; rollup.config.mjs):
// - element entries and `sx-kit`: the entry with everything it imports statically (lit, core,
//   zod/mini, …) = "one element + lit + core" and "all four elements + provider + core".
//   Dynamic imports (locale catalogs) stay separate chunks and are reported on their own line;
//   lazily imported adapters are left out (each adapter is measured as its own entry).
// - adapters: the adapter's own code. Core, zod and lit are shared with the elements on the page,
//   so they are left out (without that, zod/mini alone would exceed the 4 kB vendor budget).
//   The memory adapter includes its search engine; its lazily imported seed is reported apart.
// - dist/cdn/ (the script-tag build, as built by `npm run build`): each entry with the chunks it
//   imports statically (what a page with that one <script> loads up front), then the chunks loaded
//   on demand. Then the script-tag page weight measured in Chromium (scripts/page-weight.mjs).
// 1 kB = 1000 bytes (the unit of the budgets and of the figures in TOOLCHAIN.md).
// `--why` also lists the biggest modules of each entry (rendered bytes before minifying).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { shippedCodePlugins, terserOptions } from '../rollup.config.mjs';
import { compileTypeScript, packageEntries, repoRoot } from './entries.mjs';
import { reportPageWeight } from './page-weight.mjs';

const check = process.argv.includes('--check');
const why = process.argv.includes('--why');
const cdnDir = path.join(repoRoot, 'dist', 'cdn');

const budgets = { kit: 30, element: 14, adapter: 4, 'memory-adapter': 12 };
const descriptions = {
  kit: 'all four elements + provider + core',
  element: 'one element + lit + core',
  provider: 'provider + lit + core',
  core: 'core',
  adapter: 'adapter code (core, zod shared)',
  'memory-adapter': 'adapter + search engine (core, zod shared)',
};

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    newest = Math.max(newest, statSync(path.join(dir, name)).mtimeMs);
  }
  return newest;
}

/**
 * dist/ is what we measure: compile it when it is missing or older than src/ (that also removes
 * dist/cdn/). `--no-compile` measures dist/ as it is, e.g. right after `npm run build`.
 */
function ensureFreshDist(entries) {
  if (process.argv.includes('--no-compile')) return;
  const distFiles = entries.map((entry) => path.join(repoRoot, entry.dist));
  const stale =
    distFiles.some((file) => !existsSync(file)) ||
    Math.min(...distFiles.map((file) => statSync(file).mtimeMs)) < newestMtime(path.join(repoRoot, 'src'));
  if (stale) {
    console.log('size: dist/ is missing or older than src/, compiling first');
    compileTypeScript();
  }
}

const sharedWithElements = (id, importer) => {
  if (/^(lit|@lit\/|zod)(\/|$)/.test(id)) return true;
  const absolute = importer && id.startsWith('.') ? path.resolve(path.dirname(importer), id) : id;
  return absolute.startsWith(path.join(repoRoot, 'dist', 'core') + path.sep);
};

/**
 * The provider imports adapters lazily by name; each adapter is an entry measured on its own, so
 * elsewhere its dynamic import stays out (it would count the memory adapter's seed several times).
 */
const adaptersApart = {
  name: 'adapters-apart',
  resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== 'string' || !specifier.startsWith('.')) return null;
    const adapters = path.join(repoRoot, 'dist', 'adapters') + path.sep;
    return !importer.startsWith(adapters) && path.resolve(path.dirname(importer), specifier).startsWith(adapters) ? false : null;
  },
};

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/** Bundles one entry; splits the output into what loads up front and what loads lazily. */
async function measure(entry) {
  const isAdapter = entry.kind === 'adapter' || entry.kind === 'memory-adapter';
  const bundle = await rollup({
    input: path.join(repoRoot, entry.dist),
    external: isAdapter ? sharedWithElements : undefined,
    // The CDN build's own minifying (rollup.config.mjs), so the figures are what ships.
    plugins: [adaptersApart, nodeResolve({ browser: true }), ...shippedCodePlugins(), terser({ ...terserOptions, maxWorkers: 1 })],
    // The build reports warnings; here they would only bury the table.
    onwarn: (warning) => {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`${entry.name}: ${warning.message}`);
    },
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();

  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const upFront = new Set();
  const visit = (fileName) => {
    if (upFront.has(fileName)) return;
    upFront.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) if (chunks.has(imported)) visit(imported);
  };
  visit([...chunks.values()].find((chunk) => chunk.isEntry).fileName);

  const sum = (files) =>
    files.reduce((total, chunk) => ({ min: total.min + chunk.code.length, gzip: total.gzip + gzipSize(chunk.code) }), { min: 0, gzip: 0 });
  const lazy = [...chunks.values()].filter((chunk) => !upFront.has(chunk.fileName));
  const modules = [...upFront].flatMap((fileName) => Object.entries(chunks.get(fileName).modules));
  return {
    modules: modules.filter(([, info]) => info.renderedLength > 0).sort((a, b) => b[1].renderedLength - a[1].renderedLength),
    main: sum([...upFront].map((fileName) => chunks.get(fileName))),
    lazy: lazy.length ? { ...sum(lazy), count: lazy.length, largest: Math.max(...lazy.map((chunk) => gzipSize(chunk.code))) } : undefined,
  };
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

const started = performance.now();
const entries = packageEntries();
for (const entry of entries.filter((entry) => !entry.hasSource)) console.log(`size: skipped ${entry.name}: ${entry.source} does not exist yet`);
// The React wrappers are measured by nobody's budget: React itself is the page's, and the elements are counted apart.
const present = entries.filter((entry) => entry.hasSource && entry.kind !== 'react-wrappers');
ensureFreshDist(present);

// Entries are independent: measure as many at once as there are cores (terser dominates the time).
const measurements = new Array(present.length);
let next = 0;
const worker = async () => {
  while (next < present.length) {
    const index = next++;
    measurements[index] = await measure(present[index]);
  }
};
await Promise.all(Array.from({ length: Math.min(availableParallelism(), present.length) }, worker));

const rows = [];
for (const [index, entry] of present.entries()) {
  const { main, lazy, modules } = measurements[index];
  if (why) {
    console.log(`${entry.name}, biggest modules (bytes before minifying):`);
    for (const [id, info] of modules.slice(0, 8)) {
      console.log(`  ${String(info.renderedLength).padStart(7)}  ${path.relative(repoRoot, id).replace(/^(\.\.\/)*node_modules\//, '')}`);
    }
  }
  const budget = budgets[entry.kind];
  rows.push({ label: `${entry.name}: ${descriptions[entry.kind]}`, ...main, budget });
  if (lazy) {
    const what = entry.kind === 'memory-adapter' ? 'seed data' : 'loaded lazily';
    rows.push({ label: `  + ${what}: ${lazy.count} chunk(s), largest ${kB(lazy.largest)} kB gz`, ...lazy });
  }
}
const header = ['entry', 'min kB', 'min+gz kB', 'budget', ''];
const table = rows.map((row) => [
  row.label,
  Number.isNaN(row.min) ? '-' : kB(row.min),
  Number.isNaN(row.gzip) ? '-' : kB(row.gzip),
  row.budget ? `≤ ${row.budget}` : '-',
  row.budget ? (row.gzip <= row.budget * 1000 ? 'OK' : 'OVER') : '',
]);
const widths = header.map((_, column) => Math.max(...[header, ...table].map((cells) => cells[column].length)));
const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
console.log(line(header));
for (const cells of table) console.log(line(cells));


printCdnFolder();
// The page figures need Chromium (scripts/page-weight.mjs); `--no-page` leaves them out.
const page = process.argv.includes('--no-page') ? { over: 0, failed: false } : await reportPageWeight({ why, log: console.log });

const over = rows.filter((row) => row.budget && row.gzip > row.budget * 1000).length + page.over;
console.log(`size: ${over ? `${over} over budget` : 'all within budget'} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
if (check && (over || page.failed)) process.exit(1);

/** Static imports of a built CDN file (`import…from"./x.js"`, `import"./x.js"`, `export…from`), not `import()`. */
function staticImportsOf(fileName, code) {
  const imports = [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["'](\.\.?\/[^"']+)["']/g)];
  return imports.map((match) => path.posix.join(path.posix.dirname(fileName), match[1]));
}

function printCdnFolder() {
  if (!existsSync(path.join(cdnDir, 'sx-kit.js'))) {
    console.log('\ndist/cdn/: not built (npm run build)');
    return;
  }
  const files = new Map(
    readdirSync(cdnDir, { recursive: true })
      .map((name) => name.split(path.sep).join('/'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => {
        const code = readFileSync(path.join(cdnDir, name), 'utf8');
        return [name, { min: Buffer.byteLength(code), gzip: gzipSize(code), imports: staticImportsOf(name, code) }];
      }),
  );
  const closure = (name, seen = new Set()) => {
    if (seen.has(name) || !files.has(name)) return seen;
    seen.add(name);
    for (const imported of files.get(name).imports) closure(imported, seen);
    return seen;
  };
  const total = (names) => [...names].reduce((sum, name) => sum + files.get(name).gzip, 0);
  const entries = [...files.keys()].filter((name) => !name.startsWith('chunks/')).sort((a, b) => (a === 'sx-kit.js' ? -1 : b === 'sx-kit.js' ? 1 : a.localeCompare(b)));
  const upFront = new Set(entries.flatMap((name) => [...closure(name)]));
  const lazy = [...files.keys()].filter((name) => !upFront.has(name)).sort();
  const catalogs = lazy.filter((name) => /\.[a-z]{2}(-[A-Z]{2})?-[\w-]+\.js$/.test(name));
  const allGzip = total(files.keys());

  console.log(`\ndist/cdn/: ${files.size} files, ${kB(allGzip)} kB gz in all; a page loads an entry and what it imports, the rest on demand`);
  for (const name of entries) {
    const loads = closure(name);
    console.log(`  ${name.padEnd(20)} ${kB(total(loads)).padStart(6)} kB gz up front (${loads.size} files, entry ${kB(files.get(name).gzip)})`);
  }
  console.log('  chunks shared by the entries, gz:');
  const shared = [...upFront].filter((name) => name.startsWith('chunks/')).sort((a, b) => files.get(b).gzip - files.get(a).gzip);
  console.log(`    ${shared.map((name) => `${name.slice(7)} ${kB(files.get(name).gzip)}`).join(', ')}`);
  console.log('  loaded on demand, gz:');
  const others = lazy.filter((name) => !catalogs.includes(name)).sort((a, b) => files.get(b).gzip - files.get(a).gzip);
  console.log(`    ${others.map((name) => `${name.slice(7)} ${kB(files.get(name).gzip)}`).join(', ')}`);
  if (catalogs.length) {
    const sizes = catalogs.map((name) => files.get(name).gzip);
    console.log(`    + ${catalogs.length} locale catalogs, ${kB(Math.min(...sizes))}–${kB(Math.max(...sizes))} each, only the active locale's load`);
  }
  console.log('');
}
