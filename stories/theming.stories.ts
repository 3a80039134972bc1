import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import { SURVEY_POLICY_KEY } from '../src/core/survey-policy.js';
import '../src/provider.js';
import '../src/elements/sx-search/sx-search.js';
import '../src/elements/sx-satisfaction/sx-satisfaction.js';
import '../src/elements/sx-catalog-card/sx-catalog-card.js';
import '../src/elements/sx-ticket-status/sx-ticket-status.js';

/** The public colour tokens a portal changes most, with the kit's light defaults (src/styles/tokens.styles.ts). */
const colours = [
  { token: '--sx-color-accent', label: 'Accent (buttons, links, selection)', light: '#1f5fbf' },
  { token: '--sx-color-on-accent', label: 'Text on accent', light: '#ffffff' },
  { token: '--sx-color-text', label: 'Text', light: '#1c2430' },
  { token: '--sx-color-surface', label: 'Surface', light: '#ffffff' },
  { token: '--sx-color-border', label: 'Borders', light: '#8792a2' },
  { token: '--sx-color-focus', label: 'Focus ring', light: '#1f5fbf' },
] as const;

/** Length tokens, edited in px and written in rem (16 px = 1 rem), as the kit's defaults are. */
const lengths = [
  { token: '--sx-radius', label: 'Corner radius', min: 0, max: 24, value: 8 },
  { token: '--sx-space', label: 'Spacing unit', min: 2, max: 16, value: 8 },
  { token: '--sx-font-size', label: 'Font size', min: 12, max: 22, value: 16 },
] as const;

const fonts = [
  { value: 'inherit', label: 'The page’s font (default)' },
  { value: 'system-ui, sans-serif', label: 'System UI' },
  { value: 'Georgia, serif', label: 'Serif' },
  { value: 'ui-monospace, monospace', label: 'Monospace' },
];

let count = 0;

/**
 * A form that sets the kit's public `--sx-*` tokens on a wrapper around live widgets, and shows
 * the CSS to paste into the portal's stylesheet. Only what the owner changed is set: untouched
 * colours keep their `light-dark()` defaults, so the dark switch still shows the kit's dark palette.
 */
function tokenEditor() {
  const wrapper = createRef<HTMLDivElement>();
  const output = createRef<HTMLElement>();
  const changed = new Map<string, string>();
  const adapter = createMemoryAdapter({ dbName: `story-theming-${Date.now()}-${++count}`, persist: false, latency: 150 });
  localStorage.removeItem(SURVEY_POLICY_KEY);

  const showCss = () => {
    const lines = [...changed].map(([token, value]) => `  ${token}: ${value};`);
    output.value!.textContent = lines.length ? `.portal {\n${lines.join('\n')}\n}` : '/* Nothing changed yet: the kit follows the page. */';
  };

  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const box = wrapper.value!;
    if (input.name === 'dark') {
      const dark = (input as HTMLInputElement).checked;
      box.style.colorScheme = dark ? 'dark' : 'light';
      changed.set('color-scheme', dark ? 'dark' : 'light');
    } else if (input.name === 'rtl') {
      box.dir = (input as HTMLInputElement).checked ? 'rtl' : 'ltr';
    } else if (input.name.startsWith('--sx-')) {
      const value = input.type === 'range' ? `${Number(input.value) / 16}rem` : input.value;
      const shown = input.closest('label')?.querySelector('output');
      if (shown) shown.textContent = `${input.value} px`;
      box.style.setProperty(input.name, value);
      changed.set(input.name, value);
    }
    showCss();
  };

  const onReset = () => {
    const box = wrapper.value!;
    for (const token of changed.keys()) box.style.removeProperty(token);
    box.style.colorScheme = 'light';
    box.dir = 'ltr';
    changed.clear();
    // The form's own reset restores the inputs; their outputs follow on the next frame.
    requestAnimationFrame(() => {
      for (const label of box.closest('.theming')!.querySelectorAll('label')) {
        const range = label.querySelector<HTMLInputElement>('input[type=range]');
        const shown = label.querySelector('output');
        if (range && shown) shown.textContent = `${range.value} px`;
      }
      showCss();
    });
  };

  return html`<div class="theming" style="display: grid; grid-template-columns: minmax(14rem, 18rem) 1fr; gap: 1.5rem; align-items: start">
    <style>
      .theming form { display: grid; gap: 1rem; font: 0.875rem/1.4 system-ui, sans-serif; }
      .theming fieldset { display: grid; gap: 0.5rem; margin: 0; border: 1px solid #8792a2; border-radius: 0.375rem; }
      .theming label { display: flex; gap: 0.5rem; align-items: center; justify-content: space-between; }
      .theming input[type='color'] { inline-size: 2.75rem; block-size: 1.75rem; }
      .theming output { white-space: nowrap; }
      .theming pre { margin: 0; padding: 0.75rem; white-space: pre-wrap; background: #f4f6f9; color: #1c2430; border-radius: 0.375rem; }
    </style>
    <form @input=${onInput} @change=${onInput} @reset=${onReset} aria-label="Theme tokens">
      <fieldset>
        <legend>Colours</legend>
        ${colours.map((colour) => html`<label>${colour.label}<input type="color" name=${colour.token} value=${colour.light} /></label>`)}
      </fieldset>
      <fieldset>
        <legend>Shape and type</legend>
        ${lengths.map(
          (length) => html`<label
            >${length.label}
            <input type="range" name=${length.token} min=${length.min} max=${length.max} value=${length.value} />
            <output>${length.value} px</output></label
          >`,
        )}
        <label
          >Font
          <select name="--sx-font-family">
            ${fonts.map((font) => html`<option value=${font.value}>${font.label}</option>`)}
          </select></label
        >
      </fieldset>
      <fieldset>
        <legend>Page</legend>
        <label>Dark theme <input type="checkbox" name="dark" /></label>
        <label>Right to left (dir="rtl") <input type="checkbox" name="rtl" /></label>
      </fieldset>
      <button type="reset">Reset</button>
      <section aria-label="CSS for your portal">
        <p style="margin: 0 0 0.25rem">CSS for your portal:</p>
        <pre ${ref(output)}>/* Nothing changed yet: the kit follows the page. */</pre>
      </section>
    </form>
    <div ${ref(wrapper)} class="portal" style="display: grid; gap: 1.5rem; padding: 1rem; font: 1rem/1.5 system-ui, sans-serif; background: Canvas; color: CanvasText; color-scheme: light">
      <sx-provider .adapter=${adapter}>
        <sx-search context="vpn"></sx-search>
        <sx-catalog-card item-id="cat-new-laptop" variant="compact"></sx-catalog-card>
        <sx-satisfaction ticket-id="INC0012003" scale="csat5" subject-label="INC0012003 · VPN drops every hour"></sx-satisfaction>
        <sx-ticket-status ticket-id="INC0012001"></sx-ticket-status>
      </sx-provider>
    </div>
  </div>`;
}

const meta: Meta = {
  title: 'Guides/Theming',
  parameters: { layout: 'padded' },
};
export default meta;

/** Change a token and every widget on the right follows; the CSS under the form is what to paste. */
export const LiveTokens: StoryObj = { name: 'Live tokens', render: () => tokenEditor() };
