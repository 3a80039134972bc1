// `npm run demo` / `npm run dev`; also the base of Storybook's and the bench harness's Vite servers.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  // Lit's TypeScript decorators, compiled as tsc does with `experimentalDecorators` and
  // `useDefineForClassFields: false`. Vite 8 transforms TypeScript with Oxc; spelled out here so
  // that no file depends on which tsconfig Oxc finds, because standard decorators and `accessor`
  // left in the output do not parse in Chromium. Assigned (not defined) fields keep class fields
  // from shadowing Lit's reactive accessors.
  oxc: {
    decorator: { legacy: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
    assumptions: { setPublicClassFields: true },
    target: 'es2022',
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    open: false,
    // The demo imports ../src directly.
    fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] },
  },
  build: { target: 'es2022' },
});
