/** `sx-kit/catalog`: registers <sx-catalog> and <sx-catalog-card>. */
export * from './elements/sx-catalog-card/sx-catalog-card.js';
export * from './elements/sx-catalog/sx-catalog.js';
