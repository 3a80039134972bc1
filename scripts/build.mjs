// `npm run build`: dist/ (tsc: one ES module + .d.ts per source module), dist/cdn/ (rollup: the
// script-tag entries and the chunks they load on demand), custom-elements.json (the analyzer,
// from element JSDoc) and, from it, dist/frameworks/ types and the editors' custom data.
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { rollup } from 'rollup';
import { compileTypeScript, fail, repoRoot, runNode } from './entries.mjs';
import { generateFrameworkTypes } from './framework-types.mjs';

const started = performance.now();
process.chdir(repoRoot);

console.log('build: TypeScript → dist/');
const entries = compileTypeScript();
if (!entries.some((entry) => entry.subpath === '.')) fail('build failed: src/index.ts does not exist, so there is no CDN bundle to build.');

console.log('build: CDN folder (rollup.config.mjs)');
const { default: config } = await import('../rollup.config.mjs');
const lazyModules = new Set();
let bundle;
try {
  bundle = await rollup({ ...config, input: scriptTagInputs(config.input), plugins: [...config.plugins, recordLazyModules(lazyModules)] });
  const { output } = await bundle.write(config.output);
  const chunks = output.filter((item) => item.type === 'chunk');
  checkCdnBundle(chunks, bundle.watchFiles);
  copyAssetsBesideChunks(chunks);
  const entries = chunks.filter((chunk) => chunk.isEntry);
  console.log(`  ${config.output.dir}/: ${entries.map((chunk) => chunk.fileName).join(', ')} + ${chunks.length - entries.length} chunks`);
  for (const warning of eagerLazyModules(chunks, lazyModules)) console.warn(`  warning: ${warning}`);
} catch (error) {
  fail(`build failed in rollup: ${error.message}`);
} finally {
  await bundle?.close();
}

console.log('build: custom-elements.json (custom-elements-manifest.config.mjs)');
runNode('@custom-elements-manifest/analyzer/cem.js', ['analyze', '--quiet'], 'cem analyze');
if (!existsSync('custom-elements.json')) fail('build failed: cem analyze wrote no custom-elements.json.');
console.log('  custom-elements.json');

console.log('build: framework types and editor data from the manifest (scripts/framework-types.mjs)');
try {
  for (const file of generateFrameworkTypes()) console.log(`  ${file}`);
} catch (error) {
  fail(`build failed generating framework types: ${error.message}`);
}

console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** The React wrappers are for bundlers (React is the page's own copy): no script-tag file for them. */
function scriptTagInputs(input) {
  return Object.fromEntries(Object.entries(input).filter(([, file]) => !file.replaceAll('\\', '/').startsWith('dist/react/')));
}

/**
 * Data files that code fetches relative to its own module (`new URL('./seed.json', import.meta.url)`)
 * must sit beside the chunk that module ended up in: rollup bundles the code, not the data.
 */
function copyAssetsBesideChunks(chunks) {
  const assets = [{ module: path.join('dist', 'adapters', 'memory', 'seed', 'index.js'), file: 'seed.json' }];
  for (const { module, file } of assets) {
    const chunk = chunks.find((candidate) => Object.keys(candidate.modules).some((id) => id.endsWith(module)));
    if (!chunk) throw new Error(`no CDN chunk holds ${module}, so ${file} has nowhere to go`);
    const target = path.join(config.output.dir, path.dirname(chunk.fileName), file);
    copyFileSync(path.join(path.dirname(module), file), target);
    console.log(`  ${target} (beside ${chunk.fileName})`);
  }
}

/**
 * Ways the CDN folder can build fine and still be broken (or bloated) in a browser:
 * - a module that only registers something (a define file `elements/sx-x/sx-x.js`, the adapter
 *   registry `adapters/builtin.js`) tree-shaken away because package.json `sideEffects` does not
 *   list it: the element or the adapters by name are never registered;
 * - a dynamic import rollup cannot follow (a template-literal path): it stays in the code and
 *   loads relative to wherever the CDN file is hosted, where nothing exists. Every `import(` left
 *   must name, as a literal, a file this build wrote;
 * - development-only code (Lit's dev mode, `process.env`) resolved in place of the production build.
 */
function checkCdnBundle(chunks, loadedModules) {
  const registers = /[/\\]dist[/\\](elements[/\\]([^/\\]+)[/\\]\2|adapters[/\\]builtin)\.js$/;
  const rendered = (id) => chunks.some((chunk) => chunk.modules[id]?.renderedLength > 0);
  const dropped = loadedModules.filter((id) => registers.test(id) && !rendered(id));
  if (dropped.length) {
    throw new Error(
      `the CDN build dropped ${dropped.map((id) => id.slice(id.indexOf('dist'))).join(', ')}: ` +
        'these modules register elements or adapters; list them in package.json "sideEffects".',
    );
  }
  const written = new Set(chunks.map((chunk) => chunk.fileName));
  for (const chunk of chunks) {
    // Development builds must not ship: Lit's dev mode (warnings, extra checks) and code that
    // reads `process.env`, which does not exist in a browser.
    const devOnly = /\bprocess\.env\b|Lit is in dev mode/.exec(chunk.code);
    if (devOnly) throw new Error(`${chunk.fileName} contains development-only code (${devOnly[0]}): check the export conditions of its dependencies`);
    for (const match of chunk.code.matchAll(/\bimport\s*\(/g)) {
      const rest = chunk.code.slice(match.index + match[0].length, match.index + match[0].length + 120);
      const target = rest.match(/^\s*(["'])(\.{1,2}\/[^"']+)\1\s*\)/)?.[2];
      if (!target || !written.has(path.posix.join(path.posix.dirname(chunk.fileName), target))) {
        throw new Error(
          `${chunk.fileName} still contains a dynamic import rollup could not follow (use a literal path): …import(${rest.slice(0, 60)}…`,
        );
      }
    }
  }
}

/** Remembers every module some code imports with `import()`: it is meant to load on demand. */
function recordLazyModules(ids) {
  return {
    name: 'record-lazy-modules',
    buildEnd() {
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id).dynamicImporters.length) ids.add(id);
    },
  };
}

/** A module imported lazily that still loads with sx-kit.js: a static import elsewhere pulls it in. */
function eagerLazyModules(chunks, lazyModules) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const upFront = new Set();
  const visit = (fileName) => {
    if (upFront.has(fileName) || !byName.has(fileName)) return;
    upFront.add(fileName);
    byName.get(fileName).imports.forEach(visit);
  };
  visit('sx-kit.js');
  return [...upFront].flatMap((fileName) =>
    Object.keys(byName.get(fileName).modules)
      .filter((id) => lazyModules.has(id))
      .map((id) => `${path.relative(process.cwd(), id)} is imported with import() but loads up front with sx-kit.js (a static import pulls it in)`),
  );
}
