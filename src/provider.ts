/** `sx-kit/provider`: registers <sx-provider> and the kit's adapters it can create by name. */
import './adapters/builtin.js';
export * from './elements/sx-provider/sx-provider.js';
