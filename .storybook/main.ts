import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * The docs pages read the elements' API from the custom-elements manifest. It is generated here,
 * from the current sources with the package's own analyzer config, so the docs never lag behind
 * the JSDoc and a fresh clone needs no `npm run build` first. It goes to a cache folder, not to
 * ./custom-elements.json, which only `npm run build` writes.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
// Relative to `root`: the analyzer joins --outdir to its working directory, even an absolute one.
const manifestDir = 'node_modules/.cache/sx-kit-storybook';
const analyzer = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
// Storybook may evaluate this file more than once per run; the manifest is needed once.
if (!process.env.SX_STORYBOOK_MANIFEST) {
  execFileSync(process.execPath, [analyzer, 'analyze', '--quiet', '--outdir', manifestDir], { cwd: root, stdio: 'inherit' });
  process.env.SX_STORYBOOK_MANIFEST = path.join(root, manifestDir, 'custom-elements.json');
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: '@storybook/web-components-vite',
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The builder loads ../vite.config.ts, whose `oxc` options compile Lit's decorators; without
  // them the stories still build but Chromium cannot parse them. Fail loudly instead.
  viteFinal(viteConfig) {
    const oxc = viteConfig.oxc;
    if (!oxc || !oxc.decorator?.legacy) {
      throw new Error('vite.config.ts must set oxc.decorator.legacy (Lit TypeScript decorators) for Storybook.');
    }
    // Storybook's manager and axe are big by nature; the warning would only be noise.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 2000 };
    // preview.ts imports the generated manifest under this name (typed in manifest.d.ts).
    const alias = { find: /^virtual:sx-kit-manifest$/, replacement: process.env.SX_STORYBOOK_MANIFEST! };
    const existing = viteConfig.resolve?.alias;
    const aliases = Array.isArray(existing) ? existing : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }));
    viteConfig.resolve = { ...viteConfig.resolve, alias: [...aliases, alias] };
    return viteConfig;
  },
};

export default config;
