import { SxSearch } from './sx-search.component.js';

export * from './sx-search.component.js';
export type * from './sx-search.events.js';

if (!customElements.get('sx-search')) customElements.define('sx-search', SxSearch);

declare global {
  interface HTMLElementTagNameMap {
    'sx-search': SxSearch;
  }
}
