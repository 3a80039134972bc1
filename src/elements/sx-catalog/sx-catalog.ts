import { defineElement } from '../shared/define.js';
import { SxCatalog } from './sx-catalog.component.js';

export * from './sx-catalog.component.js';

defineElement('sx-catalog', SxCatalog, { className: 'SxCatalog', entry: 'catalog' });

declare global {
  interface HTMLElementTagNameMap {
    'sx-catalog': SxCatalog;
  }
}
