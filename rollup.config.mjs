// The script-tag build in dist/cdn/, from dist/ (compiled by tsc), run by scripts/build.mjs:
// - sx-kit.js: every element + provider, for one <script type="module" src=".../sx-kit.js">;
// - search.js, ticket-status.js, satisfaction.js, catalog.js, provider.js: one entry each, from
//   package.json `exports` (scripts/entries.mjs), for a page that wants a single element;
// - chunks/: code the entries share (kit-shared-….js: what two or more elements load up front, see
//   scripts/cdn-chunks.mjs), and everything src/ imports with `import()` (an adapter when a
//   provider names it, the embedded backend and its seed, each locale catalog, the sanitiser,
//   validation): fetched only when the page first needs it. Chunk URLs are relative to the file
//   that imports them, so the folder works wherever it is hosted; names are content-hashed, so a
//   CDN may cache chunks forever.
import path from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { sharedUpFront } from './scripts/cdn-chunks.mjs';
import { packageEntries } from './scripts/entries.mjs';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { sharedDecorate } from './scripts/shared-decorate.mjs';

/**
 * Shared with `npm run size`, so its figures are what this build ships. `module` lets terser mangle
 * and drop top-level names; more `passes` were measured at under 0.1 kB for twice the time.
 * Private `#fields` are mangled already; other property names are not (they cross chunks).
 */
export const terserOptions = { ecma: 2022, module: true, format: { comments: false } };

/** What the CDN build does to dist/'s code before terser; `npm run size` measures with it too. */
export function shippedCodePlugins() {
  return [sharedDecorate(), minifyLiterals()];
}

/**
 * A CDN file that still imports a bare specifier fails in the browser: stop the build. Silence
 * what is noise: tsc's `__decorate` helper reads top-level `this`, and zod's comments and
 * circular imports are the library's own business.
 */
export function onwarn(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') {
    throw new Error(`CDN bundle: ${warning.message}`);
  }
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  const inDependency = [warning.id, ...(warning.ids ?? [])].some((id) => id?.includes('/node_modules/'));
  if (inDependency && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  warn(warning);
}

/** `sx-kit.js` for the package itself, `<subpath>.js` for each element entry and the provider. */
export function cdnInputs() {
  const inputs = {};
  for (const entry of packageEntries()) {
    if (!entry.hasSource || !['kit', 'element', 'provider'].includes(entry.kind)) continue;
    inputs[entry.kind === 'kit' ? 'sx-kit' : entry.subpath.slice(2)] = entry.dist;
  }
  return inputs;
}

/**
 * Rollup names a chunk after its main module's file; "index" or "de" says nothing in a network
 * panel, so those take their folder's name: chunks/rest-….js, chunks/sx-search.de-….js.
 */
function chunkName(chunk) {
  const parts = (chunk.facadeModuleId ?? '').split(/[\\/]/);
  const file = parts.at(-1)?.replace(/\.js$/, '');
  if (file === 'index') return parts.at(-2);
  if (parts.at(-2) === 'messages') return `${parts.at(-3)}.${file}`;
  return chunk.name;
}

const elementEntryFiles = new Set(
  packageEntries()
    .filter((entry) => entry.hasSource && entry.kind === 'element')
    // Resolved as rollup resolves `input`: from the working directory (build.mjs: the repo root).
    .map((entry) => path.resolve(entry.dist)),
);

export default {
  input: cdnInputs(),
  plugins: [
    nodeResolve({ browser: true }),
    ...shippedCodePlugins(),
    terser(terserOptions),
  ],
  onwarn,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
    manualChunks: sharedUpFront((id) => elementEntryFiles.has(id)),
    // Maps point at dist/*.js and carry their text: nothing else needs hosting to debug.
    sourcemap: true,
    sourcemapExcludeSources: false,
  },
};
