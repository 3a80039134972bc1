import { expect } from '@open-wc/testing';
import { RecentSearches } from '../../../src/elements/sx-search/recent-searches.js';
import { escalationUrl, groupHits, isStorable, parseSources } from '../../../src/elements/sx-search/search-helpers.js';
import type { SearchHit } from '../../../src/core/schemas.js';

const hit = (kind: SearchHit['kind'], id: string): SearchHit => ({ kind, id, title: id, snippet: '', matches: [], score: 1 });

describe('sx-search helpers', () => {
  beforeEach(() => localStorage.removeItem('sx-kit:recent-searches'));

  it('reads the sources attribute, ignoring unknown names', () => {
    expect(parseSources('articles catalog')).to.deep.equal(['articles', 'catalog']);
    expect(parseSources('catalog, bogus')).to.deep.equal(['catalog']);
    expect(parseSources('')).to.deep.equal(['articles']);
  });

  it('groups articles before catalog items and numbers the options in that order', () => {
    const groups = groupHits([hit('catalog-item', 'c1'), hit('article', 'a1'), hit('article', 'a2')]);
    expect(groups.map((group) => group.kind)).to.deep.equal(['article', 'catalog-item']);
    expect(groups.flatMap((group) => group.hits.map(({ hit, index }) => `${index}:${hit.id}`))).to.deep.equal([
      '0:a1',
      '1:a2',
      '2:c1',
    ]);
  });

  it('carries the query to the escalation URL as q, keeping other parameters', () => {
    const url = new URL(escalationUrl('/portal?id=sc_cat_item&sys_id=42', "can't print", 'https://intranet.example/help'));
    expect(url.pathname).to.equal('/portal');
    expect(url.searchParams.get('sys_id')).to.equal('42');
    expect(url.searchParams.get('q')).to.equal("can't print");
  });

  it('never remembers something that looks like a secret or an address', () => {
    expect(isStorable('vpn not connecting')).to.equal(true);
    expect(isStorable('INC0012001')).to.equal(true);
    expect(isStorable('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc123')).to.equal(false);
    expect(isStorable('ghp_4f9aK2LmQ8xZ7wP3nB6vT1rY5sD0')).to.equal(false);
    expect(isStorable('password: Hunter2!')).to.equal(false);
    expect(isStorable('sam.rivera@larkspur.example')).to.equal(false);
    expect(isStorable('4111 1111 1111 1111')).to.equal(false);
  });

  it('keeps five recent searches per backend, newest first, without duplicates', () => {
    const recent = new RecentSearches();
    for (const query of ['one', 'two', 'three', 'four', 'five', 'six', 'Two']) recent.remember('a', query);
    recent.remember('b', 'other backend');
    recent.remember('a', 'token=abcdefghijklmnop1234');
    expect(recent.list('a')).to.deep.equal(['Two', 'six', 'five', 'four', 'three']);
    recent.forget('a');
    expect(recent.list('a')).to.deep.equal([]);
    expect(recent.list('b')).to.deep.equal(['other backend']);
  });
});
