/** `sx-kit/search`: registers <sx-search>. */
export * from './elements/sx-search/sx-search.js';
