/**
 * WCAG 1.3.3 Sensory Characteristics: instructions name a control by its words, never by where it
 * is, its shape, size or colour, or a sound ("the button on the right", "the green tick"). Checked
 * on every shipped catalog in English and German, the languages the team reads; the translations
 * follow the English (the glossary tests hold them to it).
 */
import { expect } from '@open-wc/testing';
import { entriesOf, type Entry } from './i18n-catalogs.js';

/** Words that place, shape, colour or sound out a control; "right" as in "correct" and "green SLAs" as a term are not. */
const SENSORY: Record<'en' | 'de', RegExp> = {
  en: /\b(on|to|at|in) the (left|right|top|bottom|corner)\b|\b(above|below|beneath|top[- ](left|right)|bottom[- ](left|right))\b|\b(round|square|circular|red|green|blue|yellow|orange|grey|gray) (button|link|icon|box|tick|mark|area|circle)\b|\b(beep|chime|sound|tone)\b/i,
  de: /\b(links|rechts|oben|unten|oberhalb|unterhalb|ecke)\b|\b(runde|eckige|rote|grüne|blaue|gelbe|graue)[nmrs]? (knopf|schaltfläche|link|symbol|feld|haken|kreis)\b|\b(piepton|signalton|ton)\b/i,
};

const text = (entry: Entry) => (typeof entry.message === 'string' ? entry.message : JSON.stringify(entry.message));

describe('instructions do not rely on sensory characteristics (1.3.3)', () => {
  for (const language of ['en', 'de'] as const) {
    it(`no ${language} message names a control by position, shape, colour or sound`, async () => {
      const hits = (await entriesOf(language)).filter((entry) => SENSORY[language].test(text(entry))).map((entry) => `${entry.bundle} ${entry.key}: ${text(entry)}`);
      expect(hits).to.deep.equal([]);
    });
  }

  it('the check finds such an instruction', () => {
    expect(SENSORY.en.test('Press the green button on the right')).to.equal(true);
    expect(SENSORY.de.test('Klicken Sie oben rechts auf den roten Knopf')).to.equal(true);
    expect(SENSORY.en.test('Choose Send to share your comment')).to.equal(false);
  });
});
