import { defineElement } from '../shared/define.js';
import { SxProvider } from './sx-provider.component.js';

export * from './sx-provider.component.js';

defineElement('sx-provider', SxProvider, { className: 'SxProvider', entry: 'provider' });

declare global {
  interface HTMLElementTagNameMap {
    'sx-provider': SxProvider;
  }
}
