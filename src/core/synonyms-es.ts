/** Everyday Spanish words about IT, with the English map (see synonyms.ts). */
import { DEFAULT_SYNONYMS, type SynonymMap } from './search-query.js';

const ACCESO = ['restablecer contrasena', 'cuenta bloqueada', 'iniciar sesion'];

export const SYNONYMS_ES: SynonymMap = {
  ...DEFAULT_SYNONYMS,
  wifi: ['wlan', 'inalambrica', 'red'],
  inalambrica: ['wifi', 'wlan'],
  'no puedo entrar': ACCESO,
  'no puedo iniciar sesion': ACCESO,
  'olvide mi contrasena': ['restablecer contrasena'],
  clave: ['contrasena'],
  bloqueada: ['cuenta bloqueada', 'desbloquear'],
  portatil: ['laptop', 'notebook'],
  ordenador: ['computadora', 'portatil'],
  impresora: ['imprimir', 'impresion'],
  teletrabajo: ['vpn', 'acceso remoto'],
  correo: ['email', 'outlook'],
  movil: ['telefono', 'smartphone'],
  pantalla: ['monitor'],
};
