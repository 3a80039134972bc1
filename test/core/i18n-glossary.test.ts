import { expect } from '@open-wc/testing';
import { CONCEPT_IN_ENGLISH, CONCEPTS, GLOSSARY, type LanguageGlossary } from '../../src/core/i18n/glossary.js';
import type { Language } from '../../src/core/i18n/index.js';
import { entriesOf, LANGUAGES, textsOf, type Entry } from './i18n-catalogs.js';

const pattern = (source: string) => new RegExp(source, 'iu');

/** Every place a catalog breaks its glossary: a forbidden term or word, or a concept without its term. */
function breaches(glossary: LanguageGlossary, entries: readonly Entry[]): string[] {
  const found: string[] = [];
  for (const { key, english, message } of entries) {
    const texts = textsOf(message);
    for (const concept of CONCEPTS) {
      const rule = glossary.terms[concept];
      for (const forbidden of rule.forbidden) {
        if (texts.some((text) => pattern(forbidden).test(text))) found.push(`${key}: ${concept} is “${rule.term}”, not /${forbidden}/`);
      }
      const inEnglish = CONCEPT_IN_ENGLISH[concept];
      if (inEnglish.exceptKeys?.includes(key)) continue;
      const englishNames = pattern(inEnglish.pattern).test(typeof english === 'string' ? english : english.other);
      const other = typeof message === 'string' ? message : message.other;
      if (englishNames && !pattern(rule.required).test(other)) found.push(`${key}: says ${concept} without “${rule.term}”`);
    }
    for (const avoid of glossary.avoid) {
      if (avoid.keys && !pattern(avoid.keys).test(key)) continue;
      if (texts.some((text) => pattern(avoid.pattern).test(text))) found.push(`${key}: ${avoid.why}`);
    }
  }
  return found;
}

const entry = (key: string, message: string, english = message): Entry => ({ bundle: 'test', key, english, message });

describe('glossary', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every catalog uses the glossary's term for each concept and its one form of address`, async () => {
      expect(breaches(GLOSSARY[language], await entriesOf(language))).to.deep.equal([]);
    });

    it(`${language}: a rate limit never reads as “too many requests” (the request is a ticket)`, async () => {
      const title = (await entriesOf(language)).find((e) => e.key === 'error.rate-limited.title')!;
      expect(title.message).to.be.a('string');
      expect(title.message as string).not.to.match(pattern(GLOSSARY[language].terms.request.required));
    });
  }

  it('catches the words the review found (so a passing catalog means something)', () => {
    const old: [Language, Entry][] = [
      ['fr', entry('card.noRequests', 'Veuillez vous adresser au support.', 'Please ask the service desk.')],
      ['es', entry('waiting.title', 'Necesitamos algo de usted')],
      ['es', entry('satisfaction.question.csat5', '¿Qué tan satisfecho estás?')],
      ['es', entry('ticket.openInDesk', 'Abrir en el centro de servicio', 'Open in the service desk')],
      ['nl', entry('search.offline.title', 'Je bent offline')],
      ['nl', entry('feedback.thanks.helpful', 'Bedankt voor je reactie.')],
      ['ja', entry('form.submit', '申請を送信', 'Send request')],
      ['ja', entry('waiting.title', 'お客様からの情報が必要です')],
      ['ar', entry('error.required', 'يرجى ملء هذا الحقل.')],
      ['de', entry('satisfaction.sending', 'Ihr Feedback wird gesendet …')],
    ];
    for (const [language, bad] of old) expect(breaches(GLOSSARY[language], [bad]), `${language} ${bad.key}`).to.have.length.greaterThan(0);
    expect(breaches(GLOSSARY.ja, [entry('card.request', '申請する', 'Request')])).to.deep.equal([]);
  });

  it('has a term and a form of address for every concept in every shipped language', () => {
    for (const language of LANGUAGES) {
      expect(GLOSSARY[language].address, language).to.have.length.greaterThan(10);
      for (const concept of CONCEPTS) expect(GLOSSARY[language].terms[concept].term, `${language} ${concept}`).to.not.equal('');
    }
  });
});
