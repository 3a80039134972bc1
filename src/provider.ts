/** `sx-kit/provider`: registers <sx-provider> and the adapters it can create by name. */
export * from './elements/sx-provider/sx-provider.js';
