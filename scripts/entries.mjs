// The package's entry points, read from package.json `exports` (adding an entry there is enough
// for `npm run build` and `npm run size` to pick it up), and the tsc step both scripts run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** What an entry is: decides how `npm run size` measures it and against which budget. */
function kindOf(subpath) {
  if (subpath === '.') return 'kit';
  if (subpath === './provider') return 'provider';
  if (subpath === './core') return 'core';
  // React components around the elements: they need React, which the kit's own pages never load.
  if (subpath === './react') return 'react-wrappers';
  if (subpath === './adapters/memory') return 'memory-adapter';
  if (subpath.startsWith('./adapters/')) return 'adapter';
  return 'element';
}

function targetOf(condition) {
  if (typeof condition === 'string') return condition;
  return condition?.import ?? condition?.default;
}

/**
 * @returns {{ subpath: string, name: string, kind: string, dist: string, source: string, hasSource: boolean }[]}
 * Paths are relative to the repo root. Only JavaScript modules compiled from src/ are entries:
 * the CDN bundle, the manifest and package.json are exported files, not modules we compile.
 */
export function packageEntries() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const entries = [];
  for (const [subpath, condition] of Object.entries(pkg.exports ?? {})) {
    const target = targetOf(condition);
    if (!target?.startsWith('./dist/') || !target.endsWith('.js') || target.startsWith('./dist/cdn/')) continue;
    const dist = target.slice(2);
    const source = dist.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
    entries.push({
      subpath,
      name: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
      kind: kindOf(subpath),
      dist,
      source,
      hasSource: existsSync(new URL(`../${source}`, import.meta.url)),
    });
  }
  return entries;
}

export function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

/** Runs a package's Node script (resolved from node_modules, no npx) in the repo root. */
export function runNode(script, args, what) {
  const result = spawnSync(process.execPath, [require.resolve(script), ...args], { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) fail(`${what} could not start: ${result.error.message}`);
  if (result.status !== 0) fail(`${what} failed with exit code ${result.status} (errors above).`);
}

/** Cleans dist/ and compiles src/ with tsconfig.build.json; returns the entries that exist. */
export function compileTypeScript() {
  rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
  runNode('typescript/bin/tsc', ['-p', 'tsconfig.build.json'], 'tsc -p tsconfig.build.json');
  const present = [];
  for (const entry of packageEntries()) {
    if (!entry.hasSource) {
      console.log(`  skipped ${entry.name}: ${entry.source} does not exist yet`);
      continue;
    }
    if (!existsSync(new URL(`../${entry.dist}`, import.meta.url))) {
      fail(`${entry.source} compiled, but ${entry.dist} is missing: is it outside tsconfig.build.json "include"?`);
    }
    present.push(entry);
  }
  console.log(`  dist/: ${present.map((entry) => entry.name).join(', ')}`);
  return present;
}
