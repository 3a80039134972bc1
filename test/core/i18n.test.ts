import { expect, fixture, html } from '@open-wc/testing';
import {
  catalogLanguage,
  coreMessages,
  directionOf,
  formatList,
  formatMessage,
  formatRelative,
  loadCatalog,
  nearestLang,
  resolveLocale,
  SUPPORTED_LANGUAGES,
} from '../../src/core/i18n/index.js';

describe('i18n', () => {
  it('resolves the locale from the provider, then the nearest lang, then the document', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="de-AT"><p><span></span></p></div>`);
    const span = outer.querySelector('span')!;
    expect(resolveLocale(span, 'fr')).to.equal('fr');
    expect(resolveLocale(span)).to.equal('de-AT');
    expect(nearestLang(document.createElement('div'))).to.equal(undefined);
  });

  it('finds a lang attribute across a shadow boundary', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="ar"></div>`);
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(nearestLang(inner)).to.equal('ar');
  });

  it('ignores a broken lang and speaks a supported base language', () => {
    const div = document.createElement('div');
    div.setAttribute('lang', '%%%');
    expect(resolveLocale(div, 'not a locale!')).to.equal(resolveLocale(document.createElement('div')));
    expect(catalogLanguage('de-CH')).to.equal('de');
    expect(catalogLanguage('sw')).to.equal('en');
  });

  it('writes Arabic right to left', () => {
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('de')).to.equal('ltr');
  });

  it('chooses plural forms by the locale’s rules', () => {
    const message = { one: '{count} result', other: '{count} results' };
    expect(formatMessage(message, 'en', { count: 1 })).to.equal('1 result');
    expect(formatMessage(message, 'en', { count: 1200 })).to.equal('1,200 results');
    expect(formatMessage('Hi {name}', 'en', { name: 'Sam' })).to.equal('Hi Sam');
    expect(formatMessage('Hi {name}', 'en')).to.equal('Hi {name}');
  });

  it('loads the German catalog lazily and falls back to English for a language without one', async () => {
    const de = await loadCatalog(coreMessages, 'de');
    expect(de['common.retry']).to.equal('Erneut versuchen');
    const sw = await loadCatalog(coreMessages, 'sw');
    expect(sw['common.retry']).to.equal('Try again');
  });

  it('translates every shared string into every shipped language', async () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const catalog = await loadCatalog(coreMessages, language);
      for (const key of Object.keys(coreMessages.en)) {
        expect(catalog[key as keyof typeof catalog], `${language}: ${key}`).to.not.equal(undefined);
      }
      if (language !== 'en') expect(catalog['common.retry'], language).not.to.equal(coreMessages.en['common.retry']);
    }
  });

  it('joins lists the reader’s way, not with a bare comma', () => {
    expect(formatList(['Name', 'Date'], 'en')).to.equal('Name and Date');
    expect(formatList(['Name', 'Date', 'Model'], 'de')).to.equal('Name, Date und Model');
    expect(formatList(['名前', '日付', '機種'], 'ja')).to.equal('名前、日付、機種');
    expect(formatList(['الاسم', 'التاريخ'], 'ar')).to.equal('الاسم والتاريخ');
  });

  it('counts the comment limit through the plural rules, in the reader’s digits', async () => {
    const { en } = await import('../../src/elements/sx-ticket-status/messages/en.js');
    const { ar } = await import('../../src/elements/sx-ticket-status/messages/ar.js');
    expect(formatMessage(en['comment.counter'], 'en', { typed: '29', count: 2000 })).to.equal('29 of 2,000 characters');
    expect(formatMessage(en['comment.counter'], 'en', { typed: '1', count: 1 })).to.equal('1 of 1 character');
    expect(formatMessage(ar['comment.counter'], 'ar', { typed: '29', count: 2000 })).to.equal(
      `عدد الأحرف: 29 من ${new Intl.NumberFormat('ar').format(2000)}`,
    );
  });

  it('says relative times in the reader’s language', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(formatRelative('2026-11-23T13:00:00Z', 'en', now)).to.equal('in 3 hours');
    expect(formatRelative('2026-11-22T10:00:00Z', 'de', now)).to.equal('gestern');
  });
});
