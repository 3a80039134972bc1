import { SxCatalogCard } from './sx-catalog-card.component.js';

export * from './sx-catalog-card.component.js';
export type { SxRequestSubmitDetail } from './sx-catalog-card.events.js';

if (!customElements.get('sx-catalog-card')) customElements.define('sx-catalog-card', SxCatalogCard);

declare global {
  interface HTMLElementTagNameMap {
    'sx-catalog-card': SxCatalogCard;
  }
}
