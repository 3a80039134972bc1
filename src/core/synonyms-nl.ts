/** Everyday Dutch words about IT, with the English map (see synonyms.ts). */
import { DEFAULT_SYNONYMS, type SynonymMap } from './search-query.js';

const INLOGGEN = ['wachtwoord resetten', 'account geblokkeerd', 'inloggen'];

export const SYNONYMS_NL: SynonymMap = {
  ...DEFAULT_SYNONYMS,
  wifi: ['wlan', 'draadloos', 'netwerk'],
  draadloos: ['wifi', 'wlan'],
  'kan niet inloggen': INLOGGEN,
  'kom er niet in': INLOGGEN,
  'wachtwoord vergeten': ['wachtwoord resetten'],
  geblokkeerd: ['account geblokkeerd', 'deblokkeren'],
  laptop: ['notebook'],
  printer: ['printen', 'afdrukken'],
  thuiswerken: ['vpn', 'op afstand'],
  mobieltje: ['telefoon', 'smartphone'],
  scherm: ['monitor', 'beeldscherm'],
};
