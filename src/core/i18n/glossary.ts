/**
 * The agreed words of every shipped language: one term per concept the widgets name, one form of
 * address, and the words a catalog must not use instead. docs/glossary/ explains them to
 * translators; test/core/i18n-glossary.test.ts holds every catalog to them. Nothing in the widgets
 * imports this file, so it costs the bundles nothing.
 *
 * Patterns are regular-expression sources, matched case-insensitively with the `u` flag against
 * message text (never keys). `(?<!\p{L})` and `(?!\p{L})` stand for word edges in any script.
 */
import type { Language } from './translate.js';

export const CONCEPTS = ['request', 'article', 'service-desk', 'catalog', 'rating'] as const;
export type Concept = (typeof CONCEPTS)[number];

export interface TermRule {
  /** The word to use, in its base form (inflected forms are fine). */
  term: string;
  /** Must appear in every message whose English text matches the concept's `english` pattern. */
  required: string;
  /** Must never appear: the other words that were used for this concept. */
  forbidden: readonly string[];
}

export interface AvoidRule {
  pattern: string;
  why: string;
  /** Only keys matching this pattern are checked (the word is right elsewhere). */
  keys?: string;
}

export interface LanguageGlossary {
  /** How the reader is addressed, in one line. */
  address: string;
  terms: Record<Concept, TermRule>;
  /** Words that break the form of address, the regional variant or the house style. */
  avoid: readonly AvoidRule[];
}

/** Where English names each concept; `keys` lists messages that use the word as a verb. */
export const CONCEPT_IN_ENGLISH: Record<Concept, { pattern: string; exceptKeys?: readonly string[] }> = {
  request: {
    pattern: '(?<!\\p{L})requests?(?!\\p{L})',
    // "Request something", "Request {name}", the Request button, "Make another request": said with the verb.
    exceptKeys: ['search.group.catalog', 'card.request', 'form.title', 'card.noRequests', 'submit.another'],
  },
  article: { pattern: '(?<!\\p{L})articles?(?!\\p{L})' },
  'service-desk': { pattern: 'service desk' },
  catalog: { pattern: '(?<!\\p{L})catalog(?!\\p{L})' },
  rating: { pattern: '(?<!\\p{L})feedback(?!\\p{L})' },
};

const word = (w: string) => `(?<!\\p{L})(?:${w})(?!\\p{L})`;

export const GLOSSARY: Record<Language, LanguageGlossary> = {
  en: {
    address: 'you; plain, friendly sentences; "we" is the service desk.',
    terms: {
      request: { term: 'request', required: word('requests?'), forbidden: [word('tickets?'), word('incidents?')] },
      article: { term: 'article', required: word('articles?'), forbidden: [word('KB'), word('knowledge base')] },
      'service-desk': { term: 'service desk', required: 'service desk', forbidden: [word('help ?desk'), word('support team')] },
      catalog: { term: 'catalog', required: word('catalog'), forbidden: [word('catalogue')] },
      rating: { term: 'feedback', required: word('feedback'), forbidden: [word('survey')] },
    },
    avoid: [
      { pattern: '"', why: 'typographic quotes “…” and ’, not straight ones', keys: '^(?!config\\.missing\\.body$)' },
      { pattern: word('CSAT'), why: 'end users read “feedback”; only the service-owner dashboard names CSAT', keys: '^(?!insights\\.)' },
    ],
  },
  de: {
    address: 'Sie (formal), with the polite imperative: "Bitte geben Sie … ein", not the bare infinitive.',
    terms: {
      request: { term: 'Anfrage', required: 'Anfrage', forbidden: [word('Tickets?'), word('Vorgang'), word('Antrag')] },
      article: { term: 'Artikel', required: 'Artikel', forbidden: [word('Beitrag'), word('Wissensartikel')] },
      'service-desk': { term: 'Service Desk', required: 'Service Desk', forbidden: [word('Helpdesk'), word('Support'), 'IT-Hilfe'] },
      catalog: { term: 'Katalog', required: 'Katalog', forbidden: [word('Verzeichnis')] },
      rating: { term: 'Feedback', required: 'Feedback', forbidden: [word('Umfrage')] },
    },
    avoid: [
      { pattern: word('du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer'), why: 'Sie, never du' },
      { pattern: word('Rückmeldung'), why: 'feedback is “Feedback”; “Rückmeldung” is the next update', keys: '^(feedback|satisfaction)\\.' },
      { pattern: '\\s…', why: 'no space before the ellipsis' },
      { pattern: 'Bitte (?:\\p{L}+ )*(?:eingeben|auswählen|wählen)\\.', why: 'polite imperative, not the bare infinitive' },
    ],
  },
  fr: {
    address: 'vous; French typography: a narrow no-break space (U+202F) before ? ! ; : » and after «.',
    terms: {
      request: { term: 'demande', required: 'demande', forbidden: [word('tickets?'), word('requêtes?')] },
      article: { term: 'article', required: 'article', forbidden: [word('fiches?')] },
      'service-desk': {
        term: 'centre de services',
        required: 'centre de services',
        forbidden: [word('support'), 'service d[’\']assistance', word('help ?desk')],
      },
      catalog: { term: 'catalogue', required: 'catalogue', forbidden: [word('catalog')] },
      rating: { term: 'avis', required: word('avis'), forbidden: [word('feedback')] },
    },
    avoid: [
      { pattern: word('tu|toi|ton|ta|tes|te'), why: 'vous, never tu' },
      { pattern: '"', why: 'guillemets « … »', keys: '^(?!config\\.missing\\.body$)' },
    ],
  },
  nl: {
    address: 'u (formal) everywhere, also in search and the catalog; quotes ‘…’.',
    terms: {
      request: { term: 'aanvraag', required: 'aanvra', forbidden: [word('tickets?'), word('verzoeken|verzoek')] },
      article: { term: 'artikel', required: 'artikel', forbidden: [word('kennisartikel')] },
      'service-desk': { term: 'servicedesk', required: 'servicedesk', forbidden: [word('helpdesk'), word('klantenservice'), 'service desk'] },
      catalog: { term: 'catalogus', required: 'catalogus', forbidden: [word('catalogue')] },
      rating: { term: 'feedback', required: 'feedback', forbidden: [word('beoordeling')] },
    },
    avoid: [
      { pattern: word('je|jij|jou|jouw|jullie'), why: 'u, never je' },
      { pattern: word('reactie'), why: '“reactie” is a comment; feedback on help is “feedback”', keys: '^(feedback|satisfaction)\\.' },
      { pattern: '"', why: 'quotes ‘…’', keys: '^(?!config\\.missing\\.body$)' },
    ],
  },
  es: {
    address: 'tú (Spain Spanish, es-ES) everywhere, also in the ticket status; every ? and ! opens with ¿ and ¡.',
    terms: {
      request: { term: 'solicitud', required: 'solicit', forbidden: [word('tickets?'), word('peticiones|petición')] },
      article: { term: 'artículo', required: 'artículo', forbidden: [word('notas?')] },
      'service-desk': {
        term: 'centro de servicios',
        required: 'centro de servicios',
        forbidden: ['centro de servicio(?!s)', 'servicio de asistencia', 'centro de soporte', 'mesa de ayuda', 'soporte técnico'],
      },
      catalog: { term: 'catálogo', required: 'catálogo', forbidden: [word('catalogo')] },
      rating: { term: 'opinión', required: 'opini[oó]n', forbidden: [word('retroalimentación'), word('feedback')] },
    },
    avoid: [
      { pattern: word('usted|ustedes'), why: 'tú, never usted' },
      { pattern: word('su|sus') + ' (?:solicitud|respuesta|comentario|problema|opinión|sesión|conexión)', why: 'tu, not su' },
      { pattern: word('escriba|cuéntenos|responda|elija|introduzca|rellene|pruebe|compruebe|inicie|espere|intente'), why: 'tú imperative' },
      { pattern: word('qué tan|quisiste|computadora|celular'), why: 'Spain Spanish, not Latin American' },
    ],
  },
  ar: {
    address: 'masculine singular imperative (the usual interface convention): اختر، اكتب، تواصل.',
    terms: {
      request: { term: 'طلب', required: 'طلب', forbidden: ['تذكر[ةت]', 'بلاغ'] },
      article: { term: 'مقالة', required: 'مقال', forbidden: ['موضوع'] },
      'service-desk': { term: 'مكتب الخدمة', required: 'مكتب الخدمة', forbidden: ['مكتب المساعدة', 'الدعم الفني'] },
      catalog: { term: 'الكتالوج', required: 'كتالوج', forbidden: ['الفهرس'] },
      rating: { term: 'رأي', required: 'رأي', forbidden: ['ملاحظات', 'تقييمك'] },
    },
    avoid: [{ pattern: 'يرجى', why: 'one spelling of “please”: يُرجى' }],
  },
  ja: {
    address: 'です/ます; the reader is a colleague, not a customer (no お客様); full-width ：（）; a space between a number and Japanese.',
    terms: {
      request: {
        term: 'リクエスト',
        required: 'リクエスト',
        // 申請する stays the verb for ordering a catalog service; the thing itself is a リクエスト.
        forbidden: ['申請(?!する|でき|し)', 'チケット', 'インシデント'],
      },
      article: { term: '記事', required: '記事', forbidden: ['ナレッジ'] },
      'service-desk': { term: 'サービスデスク', required: 'サービスデスク', forbidden: ['ヘルプデスク', 'サポート窓口'] },
      catalog: { term: 'カタログ', required: 'カタログ', forbidden: ['一覧表'] },
      rating: { term: 'フィードバック', required: 'フィードバック', forbidden: ['ご意見'] },
    },
    avoid: [
      { pattern: 'お客様', why: 'colleagues are not customers' },
      { pattern: '再オープン', why: 'jargon: 再開' },
      { pattern: '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}] ?[:(]', why: 'full-width ： and （ after Japanese' },
    ],
  },
};
