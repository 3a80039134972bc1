import { expect } from '@open-wc/testing';
import { entriesOf, textsOf } from './i18n-catalogs.js';

const NARROW_NBSP = '\u202F';

/** French: a narrow no-break space before ? ! ; : » and after «, so no line starts with them. */
function frenchSpacingProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/[?!;:»]/g)) {
    if (text[match.index - 1] !== NARROW_NBSP) problems.push(`“${match[0]}” at ${match.index} without U+202F before it`);
  }
  for (const match of text.matchAll(/«/g)) {
    if (text[match.index + 1] !== NARROW_NBSP) problems.push(`“«” at ${match.index} without U+202F after it`);
  }
  return problems;
}

/** Spanish: every question and exclamation opens with ¿ or ¡ before it closes. */
function spanishMarkProblems(text: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  for (const char of text) {
    if (char === '¿' || char === '¡') open.push(char);
    else if (char === '?' || char === '!') {
      const expected = char === '?' ? '¿' : '¡';
      if (open.pop() !== expected) problems.push(`“${char}” without “${expected}”`);
    }
  }
  if (open.length) problems.push(`“${open.join('')}” never closed`);
  return problems;
}

describe('typography', () => {
  it('French keeps ? ! ; : » and « on the line of their words', async () => {
    const problems = (await entriesOf('fr')).flatMap(({ key, message }) =>
      // config.missing.body quotes code on purpose.
      key === 'config.missing.body' ? [] : textsOf(message).flatMap((text) => frenchSpacingProblems(text).map((p) => `${key}: ${p}`)),
    );
    expect(problems).to.deep.equal([]);
  });

  it('Spanish opens every question with ¿ and every exclamation with ¡', async () => {
    const entries = await entriesOf('es');
    expect(entries.filter(({ message }) => textsOf(message).some((text) => text.includes('¿'))).length).to.be.greaterThan(10);
    const problems = entries.flatMap(({ key, message }) => textsOf(message).flatMap((text) => spanishMarkProblems(text).map((p) => `${key}: ${p}`)));
    expect(problems).to.deep.equal([]);
  });

  it('the checks catch what the review found', () => {
    expect(frenchSpacingProblems('Vouliez-vous dire « {suggestion} » ?')).to.have.length(3);
    expect(frenchSpacingProblems('Ouvert\u00A0: {title}')).to.have.length(1);
    expect(frenchSpacingProblems(`Ouvert${NARROW_NBSP}: {title}`)).to.deep.equal([]);
    expect(spanishMarkProblems('Cuánto estás de acuerdo?')).to.have.length(1);
    expect(spanishMarkProblems('¿Querías decir «wifi»?')).to.deep.equal([]);
  });
});
