import { defineElement } from '../shared/define.js';
import { SxSearch } from './sx-search.component.js';

export * from './sx-search.component.js';
export type * from './sx-search.events.js';

defineElement('sx-search', SxSearch, { className: 'SxSearch', entry: 'search' });

declare global {
  interface HTMLElementTagNameMap {
    'sx-search': SxSearch;
  }
}
