import { expect } from '@open-wc/testing';
import { formatMessage, type Message } from '../../src/core/i18n/index.js';
import { entriesOf, LANGUAGES } from './i18n-catalogs.js';

/** The counts the review replayed, plus a million for the CLDR "many" of French and Spanish. */
const COUNTS = [0, 1, 2, 3, 11, 100, 1000, 1_000_000];

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
const placeholdersOf = (message: Message) =>
  new Set(Object.values(typeof message === 'string' ? [message] : message).flatMap((text: string) => [...placeholders(text)]));

/** The plural categories of the language that the message has no form of its own for. */
function missingForms(message: Message, language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return typeof message === 'string' ? ['a plain string'] : categories.filter((category) => !message[category]);
}

/** How each sample count reads: its form exists, shows the number in the reader's digits, leaves nothing unfilled. */
function countProblems(english: Message, message: Message, language: string): string[] {
  if (typeof message === 'string') return ['a plain string'];
  const rules = new Intl.PluralRules(language);
  const number = new Intl.NumberFormat(language);
  const problems: string[] = [];
  for (const count of COUNTS) {
    const params = Object.fromEntries([...placeholdersOf(english)].map((name) => [name, name === 'count' ? count : `«${name}»`]));
    const form = (count === 0 ? message.zero : undefined) ?? message[rules.select(count)];
    const text = formatMessage(message, language, params);
    if (!form) problems.push(`${count}: no ${rules.select(count)} form`);
    else if (form.includes('{count}') && !text.includes(number.format(count))) problems.push(`${count}: number missing in “${text}”`);
    if (/\{\w+\}/.test(text)) problems.push(`${count}: unfilled placeholder in “${text}”`);
  }
  return problems;
}

/** The "other" form keeps every placeholder English has; no form invents one. */
function placeholderProblems(english: Message, message: Message): string[] {
  if (typeof english === 'string') return [];
  const known = placeholdersOf(english);
  const other = typeof message === 'string' ? message : message.other;
  return [
    ...[...placeholders(english.other)].filter((name) => !other.includes(`{${name}}`)).map((name) => `other lacks {${name}}`),
    ...[...placeholdersOf(message)].filter((name) => !known.has(name)).map((name) => `unknown {${name}}`),
  ];
}

describe('plural forms', () => {
  for (const language of LANGUAGES) {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it(`${language}: every counted message has its own form for each of ${categories.join(', ')}`, async () => {
      const counted = (await entriesOf(language)).filter((entry) => typeof entry.english !== 'string');
      expect(counted.length, 'counted messages found').to.be.greaterThan(14);
      expect(counted.flatMap(({ key, message }) => missingForms(message, language).map((m) => `${key}: ${m}`))).to.deep.equal([]);
    });

    it(`${language}: ${COUNTS.join(', ')} each read with their own form and number, nothing unfilled`, async () => {
      const counted = (await entriesOf(language)).filter((entry) => typeof entry.english !== 'string');
      const problems = counted.flatMap(({ key, english, message }) => countProblems(english, message, language).map((p) => `${key} ${p}`));
      expect(problems).to.deep.equal([]);
    });

    it(`${language}: the "other" form keeps every placeholder English has, and no form invents one`, async () => {
      const problems = (await entriesOf(language)).flatMap(({ key, english, message }) => placeholderProblems(english, message).map((p) => `${key}: ${p}`));
      expect(problems).to.deep.equal([]);
    });
  }

  it('catches the Arabic the review found, and a count left in a plain string', () => {
    const oldMore = { one: 'عرض {count} آخر', other: 'عرض {count} أخرى' };
    expect(missingForms(oldMore, 'ar')).to.have.members(['zero', 'two', 'few', 'many']);
    expect(countProblems({ one: '{count} more', other: '{count} more' }, oldMore, 'ar')).to.include('2: no two form');
    expect(missingForms('{count} of {max} characters', 'en')).to.deep.equal(['a plain string']);
    expect(placeholderProblems({ one: '{count} field: {fields}', other: '{count} fields: {fields}' }, { other: '{count} 件' })).to.deep.equal([
      'other lacks {fields}',
    ]);
  });

  it('Arabic says 2, 3 to 10, 11 to 99 and 100 characters each their own way', async () => {
    const entry = (await entriesOf('ar')).find((e) => e.key === 'error.max-length')!;
    const say = (count: number) => formatMessage(entry.message, 'ar', { count });
    expect(say(2)).to.contain('حرفين');
    expect(say(3)).to.contain('أحرف');
    expect(say(11)).to.contain('حرفًا');
    expect(say(500)).to.match(/حرف\.$/);
  });
});
