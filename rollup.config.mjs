// The CDN build: dist/index.js (compiled by tsc) and every dependency in ONE file, for
// <script type="module" src=".../sx-kit.js">. Run by scripts/build.mjs after tsc.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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

export default {
  input: 'dist/index.js',
  plugins: [
    nodeResolve({ browser: true }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  onwarn,
  output: {
    file: 'dist/cdn/sx-kit.js',
    format: 'es',
    // Locale catalogs and the embedded backend's seed are dynamic imports; one file means no
    // chunk URLs to resolve relative to wherever the file is hosted.
    inlineDynamicImports: true,
    sourcemap: true,
  },
};
