/**
 * sx-kit: every element registered, and the public API.
 * Import a single element's entry (`sx-kit/search`) instead to ship only that one.
 */
import './provider.js';

export * from './core/index.js';
export { SxProvider } from './elements/sx-provider/sx-provider.component.js';
