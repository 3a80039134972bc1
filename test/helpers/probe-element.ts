/**
 * A minimal element on SxElement, for testing what every sx-* element inherits (backend lookup,
 * locale, events, the not-connected message) before any real widget is involved.
 */
import { html } from 'lit';
import { SxElement } from '../../src/elements/shared/sx-element.js';
import { renderNotConnected } from '../../src/elements/shared/problem.js';
import { defineMessages } from '../../src/core/i18n/index.js';
import { base } from '../../src/styles/shared.styles.js';

const messages = defineMessages({ 'probe.connected': 'Connected to {name}' }, {
  de: async () => ({ 'probe.connected': 'Verbunden mit {name}' }),
});

declare global {
  interface SxEventMap {
    'sx-probe': { value: number };
  }
}

export class SxProbe extends SxElement<typeof messages.en> {
  static override styles = base;

  constructor() {
    super(messages);
  }

  get connection() {
    return this.service.connection;
  }

  get locale() {
    return this.localize.locale;
  }

  get writingDirection() {
    return this.localize.dir;
  }

  protected override render() {
    const connection = this.service.connection;
    if (!connection) return renderNotConnected(this.localize.t.bind(this.localize));
    return html`<p>${this.localize.t('probe.connected', { name: connection.adapter.name })}</p>`;
  }
}

if (!customElements.get('sx-probe')) customElements.define('sx-probe', SxProbe);
