import { expect } from '@open-wc/testing';
import {
  DEFAULT_SYNONYMS,
  editDistance,
  expandQuery,
  findMatchRanges,
  normalise,
  queryTerms,
  splitByRanges,
  suggestSpelling,
  synonymVocabulary,
} from '../../src/core/search-query.js';

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
    expect(expandQuery('Deleting FB acc.').added).to.include.members(['facebook', 'account']);
  });

  it('matches whole words only: "fbi" is not "fb", "cell" inside "excellent" is nothing', () => {
    expect(expandQuery('fbi').added).to.deep.equal([]);
    expect(expandQuery('excellent').added).to.deep.equal([]);
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
});
