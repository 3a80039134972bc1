// `npm run demo` / `npm run dev`; also the base of Storybook's and the bench harness's Vite servers.
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Lit's TypeScript decorators, compiled the way tsc does with `experimentalDecorators` and
 * `useDefineForClassFields: false`. Vite 8 transforms TypeScript with Oxc, which otherwise leaves
 * standard decorators and `accessor` in the output, and Chromium cannot parse those.
 * Field assignments (not [[Define]]) keep class fields from shadowing Lit's reactive accessors.
 */
export const litDecorators: NonNullable<UserConfig['oxc']> = {
  decorator: { legacy: true },
  typescript: { removeClassFieldsWithoutInitializer: true },
  assumptions: { setPublicClassFields: true },
  target: 'es2022',
};

export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  oxc: litDecorators,
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    open: false,
    // The demo imports ../src directly.
    fs: { allow: [repoRoot] },
  },
  build: { target: 'es2022' },
});
