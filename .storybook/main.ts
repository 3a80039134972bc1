import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: '@storybook/web-components-vite',
  addons: ['@storybook/addon-a11y'],
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
    return viteConfig;
  },
};

export default config;
