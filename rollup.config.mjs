// The script-tag build in dist/cdn/, from dist/ (compiled by tsc), run by scripts/build.mjs:
// - sx-kit.js: every element + provider, for one <script type="module" src=".../sx-kit.js">;
// - search.js, ticket-status.js, satisfaction.js, catalog.js, provider.js: one entry each, from
//   package.json `exports` (scripts/entries.mjs), for a page that wants a single element;
// - chunks/: code the entries share, and everything src/ imports with `import()` (an adapter when a
//   provider names it, the embedded backend and its seed, each locale catalog, the sanitiser,
//   validation): fetched only when the page first needs it. Chunk URLs are relative to the file
//   that imports them, so the folder works wherever it is hosted; names are content-hashed, so a
//   CDN may cache chunks forever.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { packageEntries } from './scripts/entries.mjs';

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

export default {
  input: cdnInputs(),
  plugins: [
    nodeResolve({ browser: true }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  onwarn,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
    // Maps point at dist/*.js and carry their text: nothing else needs hosting to debug.
    sourcemap: true,
    sourcemapExcludeSources: false,
  },
};
