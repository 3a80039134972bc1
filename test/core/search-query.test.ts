import { expect } from '@open-wc/testing';
import {
  DEFAULT_SYNONYMS,
  editDistance,
  expandQuery,
  findMatchRanges,
  normalise,
  queryTerms,
  searchTokens,
  splitByRanges,
  suggestSpelling,
  synonymVocabulary,
} from '../../src/core/search-query.js';
import { defaultSynonyms } from '../../src/core/synonyms.js';
import { isLearnableQuery } from '../../src/core/search-privacy.js';
import { loadStemmer, loadedStemmer } from '../../src/core/stemmers.js';

describe('search-query', () => {
  it('keeps its original helpers: folding, terms, ranges, splitting', () => {
    expect(normalise('Café WLAN')).to.equal('cafe wlan');
    expect(queryTerms('VPN vpn, Outlook!')).to.deep.equal(['vpn', 'outlook']);
    const ranges = findMatchRanges('Reset your password', ['pass'], 'title');
    expect(ranges).to.deep.equal([{ field: 'title', start: 11, end: 15 }]);
    expect(splitByRanges('Reset your password', ranges)).to.deep.equal([
      { text: 'Reset your ', match: false },
      { text: 'pass', match: true },
      { text: 'word', match: false },
    ]);
  });

  it('turns "can\'t get on the wifi" into the words a service desk titles its article with', () => {
    const expanded = expandQuery("can't get on the wifi");
    expect(expanded.terms).to.deep.equal(['wifi']);
    expect(expanded.added).to.include.members(['wlan', 'wireless', 'connect']);
    expect(expanded.text.split(' ').at(-1), 'the word being typed stays last').to.equal('wifi');
    expect(expanded.original).to.equal("can't get on the wifi");
  });

  it('maps "can\'t log in" to password reset and locked accounts, with or without the apostrophe', () => {
    for (const query of ["I can't log in", 'cant log in', 'Cannot sign in']) {
      expect(expandQuery(query).added, query).to.include.members(['password', 'reset', 'account', 'locked']);
    }
  });

  it('knows everyday abbreviations and device words', () => {
    expect(expandQuery('laptop battery').added).to.include('notebook');
    expect(expandQuery('Deleting my acc.').added).to.include('account');
  });

  it('leaves product nicknames to the host page: "fb" means nothing by default, and a page map adds it', () => {
    expect(expandQuery('Deleting FB acc.').added).not.to.include('facebook');
    for (const nickname of ['fb', 'gdocs', 'yt', 'insta', 'strike through']) expect(DEFAULT_SYNONYMS, nickname).not.to.have.property(nickname);
    const page = { ...DEFAULT_SYNONYMS, fb: ['facebook'] };
    expect(expandQuery('Deleting FB acc.', page).added).to.include.members(['facebook', 'account']);
  });

  it('matches whole words only: "fbi" is not "fb", "cell" inside "excellent" is nothing', () => {
    const page = { ...DEFAULT_SYNONYMS, fb: ['facebook'] };
    expect(expandQuery('fbi', page).added).to.deep.equal([]);
    expect(expandQuery('excellent').added).to.deep.equal([]);
  });

  it('has an everyday map per shipped language, each with the English words too', async () => {
    const german = await defaultSynonyms('de-CH');
    expect(expandQuery('kann mich nicht anmelden', german).added).to.include.members(['passwort', 'konto', 'gesperrt']);
    expect(expandQuery('laptop', german).added).to.include('notebook');
    expect(expandQuery('mdp oublie', await defaultSynonyms('fr')).added).to.include('passe');
    expect(await defaultSynonyms('ja')).to.equal(DEFAULT_SYNONYMS);
  });

  it('takes a custom map, and null turns expansion off but still drops stop words', () => {
    expect(expandQuery('the kiosk', { kiosk: ['self service terminal'] }).text).to.equal('self service terminal kiosk');
    expect(expandQuery('the wifi', null).text).to.equal('wifi');
  });

  it('never sends an empty query when only stop words were typed', () => {
    expect(expandQuery('how to').text).to.equal('how to');
  });

  it('does not repeat words already typed', () => {
    expect(expandQuery('wifi wlan').added).not.to.include('wlan');
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('teh', 'the')).to.equal(1);
    expect(editDistance('phisihng', 'phishing')).to.equal(1);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
    expect(editDistance('abc', 'xyzxyz', 1)).to.be.greaterThan(1);
  });

  it('suggests the nearest known words, and nothing when every word is known', () => {
    const vocabulary = synonymVocabulary(DEFAULT_SYNONYMS);
    expect(suggestSpelling('paswrod', vocabulary)).to.equal('password');
    expect(suggestSpelling('wirless netwrk', vocabulary)).to.equal('wireless network');
    expect(suggestSpelling('password', vocabulary)).to.equal(undefined);
    expect(suggestSpelling('xyzzyq', vocabulary)).to.equal(undefined);
  });

  it('stems each language with its own rules, loading them only when asked', async () => {
    expect(loadedStemmer('nl'), 'Dutch rules are not loaded before a Dutch text').to.equal(undefined);
    const english = await loadStemmer('en-GB');
    expect(['connection', 'connecting', 'connects'].map(english)).to.deep.equal(['connect', 'connect', 'connect']);
    expect(english('0x80070005'), 'codes are kept').to.equal('0x80070005');
    const dutch = await loadStemmer('nl');
    expect(dutch('printers')).to.equal(dutch('printer'));
    expect(loadedStemmer('nl')).to.equal(dutch);
    expect((await loadStemmer('ja'))('パスワード'), 'no stemmer for Japanese').to.equal('パスワード');
  });

  it('learns no query that may hold a secret, an address or a card number', () => {
    expect(isLearnableQuery('wifi keeps dropping')).to.equal(true);
    expect(isLearnableQuery('ok')).to.equal(false);
    expect(isLearnableQuery('password: Hunter2!')).to.equal(false);
    expect(isLearnableQuery('mail sam.rivera@larkspur.example')).to.equal(false);
    expect(isLearnableQuery('4111 1111 1111 1111')).to.equal(false);
  });

  it('splits Japanese text into character pairs and marks a typed Japanese word where it occurs', () => {
    expect(searchTokens('VPNに接続')).to.deep.equal(['VPN', 'に接', '接続']);
    expect(searchTokens('Reset パスワード')).to.deep.equal(['Reset', 'パス', 'スワ', 'ワー', 'ード']);
    const ranges = findMatchRanges('パスワードをリセット', ['リセ', 'セッ', 'ット'], 'title');
    expect(ranges).to.deep.equal([{ field: 'title', start: 6, end: 10 }]);
  });

  it('marks a whole word when its stem matched, and a typed prefix as typed', () => {
    const stem = (word: string) => word.replace(/(ion|ing|s)$/, '');
    const ranges = findMatchRanges('Connection to printers', ['pri'], 'title', { stems: new Set(['connect']), stem });
    expect(ranges).to.deep.equal([
      { field: 'title', start: 0, end: 10 },
      { field: 'title', start: 14, end: 17 },
    ]);
  });
});
