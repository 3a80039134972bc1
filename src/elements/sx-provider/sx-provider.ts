import { SxProvider } from './sx-provider.component.js';

export * from './sx-provider.component.js';

if (!customElements.get('sx-provider')) customElements.define('sx-provider', SxProvider);

declare global {
  interface HTMLElementTagNameMap {
    'sx-provider': SxProvider;
  }
}
