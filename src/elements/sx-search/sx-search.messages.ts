import { defineMessages } from '../../core/i18n/index.js';
import { en, type SearchMessages } from './messages/en.js';

// The element's strings join the typed catalog `registerTranslation` takes.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SxMessages extends SearchMessages {}
}

/** English bundled; other languages load when a page uses them. */
export const messages = defineMessages(en, {
  de: () => import('./messages/de.js').then((m) => m.de),
  fr: () => import('./messages/fr.js').then((m) => m.fr),
  nl: () => import('./messages/nl.js').then((m) => m.nl),
  es: () => import('./messages/es.js').then((m) => m.es),
  ar: () => import('./messages/ar.js').then((m) => m.ar),
  ja: () => import('./messages/ja.js').then((m) => m.ja),
});
