import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from 'virtual:sx-kit-manifest';

// Every docs page's tables (attributes, properties, events, slots, parts, CSS custom properties)
// and description come from the manifest, matched by each story file's `component` tag name.
setCustomElementsManifest(manifest);

const LOCALES = ['en', 'de', 'fr', 'nl', 'es', 'ar', 'ja'] as const;

/**
 * Toolbar switches for what every element must handle: colour scheme, text direction, language
 * and reduced motion. The story renders inside a wrapper carrying them, as a host page would.
 * Reduced motion sets the kit's public `--sx-duration` token to 0: a page cannot switch the
 * `prefers-reduced-motion` media query itself (use the OS or DevTools rendering emulation).
 */
const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour scheme',
      toolbar: { title: 'Theme', icon: 'mirror', dynamicTitle: true, items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }] },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', dynamicTitle: true, items: [{ value: 'ltr', title: 'LTR' }, { value: 'rtl', title: 'RTL' }] },
    },
    locale: {
      description: 'Language (lang attribute)',
      toolbar: { title: 'Locale', icon: 'globe', dynamicTitle: true, items: LOCALES.map((locale) => ({ value: locale, title: locale })) },
    },
    motion: {
      description: 'Motion',
      toolbar: { title: 'Motion', icon: 'play', dynamicTitle: true, items: [{ value: 'full', title: 'Full motion' }, { value: 'reduced', title: 'Reduced motion' }] },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr', locale: 'en', motion: 'full' },
  decorators: [
    (story, { globals }) => {
      const scheme = globals.theme === 'dark' ? 'dark' : 'light';
      const motion = globals.motion === 'reduced' ? '--sx-duration: 0ms;' : '';
      return html`<div
        lang=${globals.locale ?? 'en'}
        dir=${globals.dir === 'rtl' ? 'rtl' : 'ltr'}
        data-motion=${globals.motion ?? 'full'}
        style="color-scheme: ${scheme}; ${motion} background: Canvas; color: CanvasText; padding: 1rem;"
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    // Violations fail: the addon panel and `npm run test:storybook` (scripts/storybook-a11y.mjs) agree.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
