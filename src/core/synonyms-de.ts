/** Everyday German words about IT, with the English map (see synonyms.ts). */
import { DEFAULT_SYNONYMS, type SynonymMap } from './search-query.js';

const ANMELDEN = ['passwort zurucksetzen', 'konto gesperrt', 'anmelden'];

export const SYNONYMS_DE: SynonymMap = {
  ...DEFAULT_SYNONYMS,
  wlan: ['wifi', 'wireless', 'netzwerk'],
  funknetz: ['wlan', 'wifi'],
  'kann mich nicht anmelden': ANMELDEN,
  'komme nicht rein': ANMELDEN,
  'anmeldung geht nicht': ANMELDEN,
  gesperrt: ['konto gesperrt', 'entsperren'],
  kennwort: ['passwort'],
  'passwort vergessen': ['passwort zurucksetzen'],
  laptop: ['notebook'],
  notebook: ['laptop'],
  rechner: ['computer', 'laptop'],
  drucker: ['drucken', 'druckauftrag'],
  druckt: ['drucker'],
  'home office': ['vpn', 'fernzugriff'],
  homeoffice: ['vpn', 'fernzugriff'],
  handy: ['smartphone', 'mobiltelefon'],
  bildschirm: ['monitor', 'display'],
  email: ['e mail', 'outlook'],
  'e mail': ['email', 'outlook'],
};
