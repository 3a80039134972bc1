import { SxCatalog } from './sx-catalog.component.js';

export * from './sx-catalog.component.js';

if (!customElements.get('sx-catalog')) customElements.define('sx-catalog', SxCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'sx-catalog': SxCatalog;
  }
}
