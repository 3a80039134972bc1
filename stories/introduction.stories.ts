import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Introduction',
};
export default meta;

export const Introduction: StoryObj = {
  render: () => html`
    <article style="max-width: 40rem; font: 1rem/1.5 system-ui, sans-serif">
      <h1>sx-kit</h1>
      <p>
        Service-experience widgets for intranet pages: knowledge search, ticket status, satisfaction
        and the service catalog, as framework-agnostic custom elements.
      </p>
      <p>
        Each widget asks a backend adapter for its data, so the same page works with ServiceNow,
        Jira Service Management, Zendesk, Freshservice, TOPdesk, GLPI, Zammad, a generic REST service
        or the embedded demo backend. Load it with one <code>&lt;script type="module"&gt;</code>,
        configure it with attributes and theme it with <code>--sx-*</code> custom properties.
      </p>
      <p>Use the toolbar to switch theme, text direction, language and motion for every story.</p>
    </article>
  `,
};
