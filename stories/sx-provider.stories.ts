import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/provider.js';
import '../src/elements/sx-search/sx-search.js';
import '../src/elements/sx-ticket-status/sx-ticket-status.js';

// <sx-provider> renders nothing of its own: it connects the widgets inside it. These stories
// configure it the way a page without a build step does, with attributes only. (Not JSDoc, so
// that the docs page shows the element's own description from the manifest.)
const meta: Meta = {
  title: 'Elements/sx-provider',
  component: 'sx-provider',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** `adapter="memory"`: the embedded demo backend, created by name; the widgets share it. */
export const ByAttributes: Story = {
  name: 'Configured by attributes',
  render: () => html`<sx-provider adapter="memory" latency="200">
    <div style="display: grid; gap: 1.5rem; max-width: 48rem">
      <sx-search></sx-search>
      <sx-ticket-status ticket-id="INC0012001"></sx-ticket-status>
    </div>
  </sx-provider>`,
};

/** `locale="de"` for every widget inside, whatever the page's `lang` says. */
export const Locale: Story = {
  name: 'Locale for the widgets inside',
  render: () => html`<sx-provider adapter="memory" locale="de">
    <div style="max-width: 48rem"><sx-ticket-status ticket-id="INC0012002"></sx-ticket-status></div>
  </sx-provider>`,
};

/** An adapter name nobody registered: the provider says so in place of the widgets. */
export const UnknownAdapter: Story = {
  name: 'Unknown adapter name',
  render: () => html`<sx-provider adapter="no-such-backend"><sx-search></sx-search></sx-provider>`,
};
