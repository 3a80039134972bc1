import { defineElement } from '../shared/define.js';
import { SxCatalogCard } from './sx-catalog-card.component.js';

export * from './sx-catalog-card.component.js';
export type { SxRequestSubmitDetail } from './sx-catalog-card.events.js';

defineElement('sx-catalog-card', SxCatalogCard, { className: 'SxCatalogCard', entry: 'catalog' });

declare global {
  interface HTMLElementTagNameMap {
    'sx-catalog-card': SxCatalogCard;
  }
}
