// Browser tests run in Debian's Chromium (no browser downloads on these machines): see scripts/test.mjs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { axTreePlugin } from './test/a11y/ax-plugin.mjs';
import { prismServer } from './test/fixtures/prism-plugin.mjs';
import { networkPlugin } from './test/fixtures/network-plugin.mjs';
import { reactPlugin } from './test/react/wtr-react.mjs';
import { fixtureMiddleware } from './test/fixtures/server-plugin.mjs';

// The vendors' OpenAPI documents served by Prism under /__prism/ (test/**/*.prism.test.ts).
const prism = prismServer();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Standard decorators do not parse in Chromium 156: compile Lit's TS decorators down to ES2022.
  plugins: [reactPlugin, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), prism.plugin, axTreePlugin(), networkPlugin()],
  middleware: [fixtureMiddleware(), prism.middleware],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
    }),
  ],
  // One test file at a time: two cores also run the dev server, Prism and the browser itself.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  filterBrowserLogs: ({ type }) => type === 'error',
};
