/** Everyday French words about IT, with the English map (see synonyms.ts). */
import { DEFAULT_SYNONYMS, type SynonymMap } from './search-query.js';

const CONNEXION = ['reinitialiser mot de passe', 'compte bloque', 'connexion'];

export const SYNONYMS_FR: SynonymMap = {
  ...DEFAULT_SYNONYMS,
  wifi: ['wlan', 'sans fil', 'reseau'],
  'sans fil': ['wifi', 'wlan'],
  'impossible de me connecter': CONNEXION,
  'peux pas me connecter': CONNEXION,
  'mot de passe oublie': ['reinitialiser mot de passe'],
  mdp: ['mot de passe'],
  bloque: ['compte bloque', 'debloquer'],
  portable: ['ordinateur portable', 'laptop'],
  ordi: ['ordinateur'],
  imprimante: ['impression', 'imprimer'],
  teletravail: ['vpn', 'acces distant'],
  courriel: ['email', 'messagerie', 'outlook'],
  mail: ['email', 'messagerie'],
  ecran: ['moniteur', 'affichage'],
};
