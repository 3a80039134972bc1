// `npm run build`: dist/ (tsc: one ES module + .d.ts per source module), dist/cdn/sx-kit.js
// (rollup: everything in one file) and custom-elements.json (the analyzer, from element JSDoc).
import { existsSync } from 'node:fs';
import { rollup } from 'rollup';
import { compileTypeScript, fail, repoRoot, runNode } from './entries.mjs';

const started = performance.now();
process.chdir(repoRoot);

console.log('build: TypeScript → dist/');
const entries = compileTypeScript();
if (!entries.some((entry) => entry.subpath === '.')) fail('build failed: src/index.ts does not exist, so there is no CDN bundle to build.');

console.log('build: CDN bundle (rollup.config.mjs)');
const { default: config } = await import('../rollup.config.mjs');
let bundle;
try {
  bundle = await rollup(config);
  const { output } = await bundle.write(config.output);
  checkCdnBundle(output.find((item) => item.type === 'chunk'), bundle.watchFiles);
} catch (error) {
  fail(`build failed in rollup: ${error.message}`);
} finally {
  await bundle?.close();
}
console.log(`  ${config.output.file}`);

console.log('build: custom-elements.json (custom-elements-manifest.config.mjs)');
runNode('@custom-elements-manifest/analyzer/cem.js', ['analyze', '--quiet'], 'cem analyze');
if (!existsSync('custom-elements.json')) fail('build failed: cem analyze wrote no custom-elements.json.');
console.log('  custom-elements.json');

console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/**
 * Two ways the CDN file can build fine and still be broken in a browser:
 * - a define file (`elements/sx-x/sx-x.js`) tree-shaken away because package.json `sideEffects`
 *   does not list it: the element is never registered;
 * - a dynamic import rollup cannot follow (a template-literal path): it stays in the file and
 *   loads relative to wherever the CDN file is hosted, where nothing exists.
 */
function checkCdnBundle(chunk, loadedModules) {
  const defineFile = /[/\\]dist[/\\]elements[/\\]([^/\\]+)[/\\]\1\.js$/;
  const dropped = loadedModules.filter((id) => defineFile.test(id) && !(chunk.modules[id]?.renderedLength > 0));
  if (dropped.length) {
    throw new Error(
      `the CDN bundle dropped ${dropped.map((id) => id.slice(id.indexOf('dist'))).join(', ')}: ` +
        'these modules register elements; list them in package.json "sideEffects".',
    );
  }
  const leftover = chunk.code.match(/.{0,40}\bimport\s*\(.{0,60}/);
  if (leftover) {
    throw new Error(
      `the CDN bundle still contains a dynamic import rollup could not follow (use a literal path): …${leftover[0]}…`,
    );
  }
}
