import type { Translation } from '../translate.js';
import type { CoreMessages } from './en.js';

// The spaces before ? ! ; : » and after « are U+202F (narrow no-break): see docs/glossary/fr.md.
export const fr: Translation<CoreMessages> = {
  'common.retry': 'Réessayer',
  'common.close': 'Fermer',
  'common.cancel': 'Annuler',
  'common.loading': 'Chargement…',
  'common.signIn': 'Se connecter',
  'common.offline': 'Vous êtes hors ligne. Nous enverrons vos modifications dès votre retour en ligne.',
  'common.staleData': 'Voici les dernières informations reçues. Elles ne sont peut-être plus à jour.',
  'config.missing.title': 'Ce widget n’est pas encore connecté',
  'config.missing.body':
    'Placez-le dans <sx-provider adapter="…"> ou définissez une valeur par défaut avec configure({ adapter }). Le README explique les deux.',
  'config.unsupported': 'Le centre de services connecté ne propose pas cette fonction.',
  'error.network.title': 'Impossible de joindre le centre de services',
  'error.network.body': 'Vérifiez votre connexion et réessayez.',
  'error.timeout.title': 'Le centre de services met trop de temps à répondre',
  'error.timeout.body': 'Il est peut-être très sollicité. Réessayez dans un instant.',
  'error.unauthorized.title': 'Veuillez vous connecter',
  'error.unauthorized.body': 'Votre session a expiré. Reconnectez-vous, puis réessayez.',
  'error.forbidden.title': 'Vous n’avez pas accès à ce contenu',
  'error.forbidden.body': 'Si vous pensez devoir y avoir accès, contactez le centre de services.',
  'error.not-found.title': 'Nous ne trouvons pas ce contenu',
  'error.not-found.body': 'Il a peut-être été déplacé ou supprimé.',
  'error.rate-limited.title': 'Trop de tentatives en ce moment',
  'error.rate-limited.body': 'Patientez un peu, puis réessayez.',
  'error.rate-limited.wait': { one: 'Réessayez dans {count} seconde.', many: 'Réessayez dans {count} secondes.', other: 'Réessayez dans {count} secondes.' },
  'error.conflict.title': 'Cet élément a changé pendant que vous le consultiez',
  'error.conflict.body': 'Rechargez pour voir la dernière version.',
  'error.invalid-response.title': 'Le centre de services a envoyé une réponse illisible',
  'error.invalid-response.body': 'Le problème vient de chez nous, pas de vous. Réessayez plus tard.',
  'error.server.title': 'Le centre de services a rencontré un problème',
  'error.server.body': 'Ce n’est pas de votre faute. Réessayez dans un instant.',
};
