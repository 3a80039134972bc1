/** `sx-kit/insights`: registers <sx-insights>. */
export * from './elements/sx-insights/sx-insights.js';
