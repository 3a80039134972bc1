export * from './translate.js';
export * from './locale.js';
export * from './format.js';
// Explicit exports win over `export *`: everything that loads catalogs through this module
// (LocalizeController) sees translations registered at run time as well as the shipped ones.
export { catalogLanguage, loadCatalog, onTranslationChange, registerTranslation } from './register.js';
export type { SxTranslation, SxTranslationOverrides } from './register.js';
import { defineMessages } from './translate.js';
import { en } from './messages/en.js';

/** Shared strings (states, errors); each element adds a bundle of its own. */
export const coreMessages = defineMessages(en, {
  de: () => import('./messages/de.js').then((m) => m.de),
  fr: () => import('./messages/fr.js').then((m) => m.fr),
  nl: () => import('./messages/nl.js').then((m) => m.nl),
  es: () => import('./messages/es.js').then((m) => m.es),
  ar: () => import('./messages/ar.js').then((m) => m.ar),
  ja: () => import('./messages/ja.js').then((m) => m.ja),
});
export type { CoreMessages } from './messages/en.js';
