import { aTimeout, expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { capabilities, toAdapterError, type SearchQuery, type ServiceAdapter } from '../../../src/core/adapter.js';
import type { ServiceConnection } from '../../../src/core/connection.js';
import type { SearchHit, SearchResults } from '../../../src/core/schemas.js';
import type { KeyValueStorage } from '../../../src/core/storage.js';
import { didYouMean, toAnswer, Vocabulary } from '../../../src/elements/sx-search/query-tools.js';
import { RecentSearches } from '../../../src/elements/sx-search/recent-searches.js';
import { REMOTE_DEBOUNCE_MS, SearchController, type SearchHost } from '../../../src/elements/sx-search/search-controller.js';

const hit = (kind: SearchHit['kind'], id: string, title = id): SearchHit => ({ kind, id, title, snippet: '', matches: [], score: 1 });
const results = (hits: SearchHit[], suggestion?: string): SearchResults => ({ query: '', hits, total: hits.length, ...(suggestion ? { suggestion } : {}) });

describe('sx-search controller: did you mean', () => {
  it('offers the backend suggestion when nothing was found', () => {
    expect(didYouMean('paswrod', results([], 'password'), [])).to.equal('password');
  });

  it('falls back to the closest known words when the backend suggests nothing', () => {
    expect(didYouMean('paswrod resett', results([]), ['password', 'reset'])).to.equal('password reset');
  });

  it('offers nothing when something was found, or when the suggestion is the query itself', () => {
    expect(didYouMean('paswrod', results([hit('article', 'a')], 'password'), ['password'])).to.equal(undefined);
    expect(didYouMean('VPN', results([], 'vpn'), [])).to.equal(undefined);
    expect(didYouMean('zqxwv', results([]), ['password'])).to.equal(undefined);
  });

  it('learns title words of three letters or more beside the synonym words, and rebuilds for a new map', () => {
    const vocabulary = new Vocabulary();
    const words = vocabulary.learn({ 'cant print': ['printer'] }, [hit('article', 'a', 'Set up a VPN on macOS')]);
    expect([...words]).to.include.members(['cant', 'print', 'printer', 'vpn', 'macos']);
    expect(words.has('up')).to.equal(false);
    const replaced = vocabulary.learn(null, []);
    expect(replaced.has('printer'), 'the old map is forgotten').to.equal(false);
    expect(replaced.has('vpn'), 'titles are learned again from the next results').to.equal(false);
  });
});

describe('sx-search controller: grouping', () => {
  it('groups once, articles first, and numbers the options in the order the groups show them', () => {
    const answer = toAnswer(
      { typed: 'laptop', expandedQuery: 'laptop', sources: ['articles', 'catalog'] },
      results([hit('catalog-item', 'c1'), hit('article', 'a1'), hit('catalog-item', 'c2'), hit('article', 'a2')]),
      [],
    );
    expect(answer.groups.map((group) => group.kind)).to.deep.equal(['article', 'catalog-item']);
    expect(answer.options.map((option) => `${option.index}:${option.kind === 'hit' ? option.hit.id : option.text}`)).to.deep.equal([
      '0:a1',
      '1:a2',
      '2:c1',
      '3:c2',
    ]);
    expect(answer.groups.flatMap((group) => group.hits.map(({ index }) => index))).to.deep.equal([0, 1, 2, 3]);
    expect(answer).not.to.have.property('suggestion');
  });
});

describe('sx-search controller: recent searches', () => {
  beforeEach(() => localStorage.removeItem('sx-kit:recent-searches'));

  it('stores them in local storage per backend, in the format earlier versions wrote', () => {
    localStorage.setItem('sx-kit:recent-searches', JSON.stringify({ a: ['printer'] }));
    const recent = new RecentSearches();
    expect(recent.list('a')).to.deep.equal(['printer']);
    recent.remember('a', 'vpn');
    expect(JSON.parse(localStorage.getItem('sx-kit:recent-searches')!)).to.deep.equal({ a: ['vpn', 'printer'] });
  });

  it('still remembers for the page when storage is blocked, and never throws', () => {
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const recent = new RecentSearches(blocked);
    expect(recent.list('a')).to.deep.equal([]);
    expect(recent.remember('a', 'vpn')).to.deep.equal(['vpn']);
    expect(recent.remember('a', 'printer')).to.deep.equal(['printer', 'vpn']);
    expect(recent.list('a')).to.deep.equal(['printer', 'vpn']);
    recent.forget('a');
    expect(recent.list('a')).to.deep.equal([]);
  });

  it('ignores what another program left under the key', () => {
    for (const foreign of ['"text"', '[1,2]', '{"a":"not a list"}', '{"a":[1,"vpn",null]}', 'not json']) {
      const storage: KeyValueStorage = { getItem: () => foreign, setItem: () => undefined, removeItem: () => undefined };
      const list = new RecentSearches(storage).list('a');
      expect(list, foreign).to.deep.equal(foreign.includes('vpn') ? ['vpn'] : []);
    }
  });
});

describe('sx-search controller: debounce', () => {
  function setup(adapterName: string, debounce?: number) {
    const asked: string[] = [];
    const adapter: ServiceAdapter = {
      name: adapterName,
      id: `${adapterName}-${Math.random()}`,
      capabilities: capabilities('search'),
      searchKnowledge: async (query: SearchQuery) => {
        asked.push(query.text);
        return results([hit('article', query.text)]);
      },
    };
    const connection: ServiceConnection = {
      adapter,
      outbox: undefined as never,
      has: (capability) => capability === 'search',
      close: () => undefined,
    };
    const controllers: ReactiveController[] = [];
    const events: string[] = [];
    const host: SearchHost = {
      limit: 8,
      sources: 'articles',
      noRecent: true,
      debounce,
      synonyms: null,
      addController: (controller) => void controllers.push(controller),
      removeController: () => undefined,
      requestUpdate: () => undefined,
      updateComplete: Promise.resolve(true),
      reportError: (_operation, error) => toAdapterError(error),
      emit: ((name: string, detail: unknown) => {
        events.push(name);
        return new CustomEvent(name, { detail });
      }) as SearchHost['emit'],
    };
    const controller = new SearchController(host, { connection, has: connection.has }, { locale: 'en', t: (key) => key });
    controllers.forEach((each) => each.hostConnected?.());
    return { controller, asked, events, stop: () => controllers.forEach((each) => each.hostDisconnected?.()) };
  }

  it('asks a remote backend once, for the last text, after a pause in typing', async () => {
    const { controller, asked, events, stop } = setup('remote');
    for (const text of ['v', 'vp', 'vpn']) controller.input(text);
    await aTimeout(REMOTE_DEBOUNCE_MS / 2);
    expect(asked, 'nothing asked while typing').to.deep.equal([]);
    await aTimeout(REMOTE_DEBOUNCE_MS);
    expect(asked).to.deep.equal(['vpn']);
    expect(events).to.deep.equal(['sx-search']);
    expect(controller.status).to.equal('results');
    stop();
  });

  it('asks the embedded backend on every keystroke from the second letter', async () => {
    const { controller, asked, stop } = setup('memory');
    for (const text of ['v', 'vp', 'vpn']) controller.input(text);
    await aTimeout(0);
    expect(asked).to.deep.equal(['vp', 'vpn']);
    expect(controller.hits.map((each) => each.id)).to.deep.equal(['vpn'], 'only the newest answer is shown');
    stop();
  });

  it('uses the debounce the page sets, also 0 for a remote backend', async () => {
    const { controller, asked, stop } = setup('remote', 0);
    controller.input('vpn');
    await aTimeout(0);
    expect(asked).to.deep.equal(['vpn']);
    stop();
  });

  it('drops a pending search when the box is emptied, and when the element goes away', async () => {
    const first = setup('remote');
    first.controller.input('vpn');
    first.controller.clear();
    const second = setup('remote');
    second.controller.input('printer');
    second.stop();
    await aTimeout(REMOTE_DEBOUNCE_MS + 50);
    expect(first.asked).to.deep.equal([]);
    expect(first.controller.status).to.equal('idle');
    expect(second.asked).to.deep.equal([]);
    first.stop();
  });
});
