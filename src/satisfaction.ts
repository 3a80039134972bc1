/** `sx-kit/satisfaction`: registers <sx-satisfaction>. */
export * from './elements/sx-satisfaction/sx-satisfaction.js';
