import { expect } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import { PHRASINGS_PER_ARTICLE } from '../../../src/adapters/memory/learned-phrasings.js';
import type { Article } from '../../../src/core/schemas.js';

const updatedAt = '2026-01-01T00:00:00Z';
const ARTICLES: Article[] = [
  { id: 'WLAN', title: 'Connect a notebook to the corporate WLAN', body: '<p>Choose the Larkspur network and sign in.</p>', updatedAt },
  { id: 'PWD', title: 'Reset your password', body: '<p>Use the self-service page to choose a new password.</p>', updatedAt },
  { id: 'LAPTOP', title: 'Order a new laptop', body: '<p>Laptops are replaced every four years.</p>', updatedAt },
  {
    id: 'BADGE',
    title: 'Replace a lost badge',
    body: '<p>Report it at reception.</p>',
    updatedAt,
    phrasings: ['my door card is gone'],
  },
];

let run = 0;
function backend(options: MemoryAdapterOptions = {}): MemoryAdapter {
  run += 1;
  return createMemoryAdapter({
    dbName: `learned-phrasings-${Date.now()}-${run}`,
    persist: false,
    articles: ARTICLES,
    catalog: [],
    tickets: [],
    people: [],
    ...options,
  });
}

let write = 0;
function rate(adapter: MemoryAdapter, articleId: string, helpful: boolean, query: string) {
  write += 1;
  return adapter.sendArticleFeedback({ articleId, helpful, query }, { idempotencyKey: `vote-${write}` });
}

async function search(adapter: MemoryAdapter, text: string) {
  return (await adapter.searchKnowledge({ text, limit: 5, sources: ['articles'], locale: 'en' })).hits;
}

describe('memory adapter: phrasings learned from readers', () => {
  it('finds an article by the words a reader searched with before rating it helpful', async () => {
    const adapter = backend();
    expect((await search(adapter, 'internet keeps dropping')).map((hit) => hit.id)).not.to.include('WLAN');
    await rate(adapter, 'WLAN', true, 'internet keeps dropping at my desk');
    const hits = await search(adapter, 'internet keeps dropping');
    expect(hits[0]?.id).to.equal('WLAN');
    expect(await adapter.learnedPhrasings('WLAN')).to.deep.equal([
      { articleId: 'WLAN', phrasing: 'internet keeps dropping at my desk', score: 1 },
    ]);
  });

  it('still finds learned phrasings after a reload (a new adapter on the same database)', async () => {
    const dbName = `learned-phrasings-reload-${Date.now()}`;
    const first = backend({ dbName, persist: true });
    await rate(first, 'WLAN', true, 'internet keeps dropping');
    const reloaded = backend({ dbName, persist: true });
    expect((await search(reloaded, 'internet dropping'))[0]?.id).to.equal('WLAN');
    expect(await reloaded.learnedPhrasings()).to.have.length(1);
    await reloaded.reset();
  });

  it('never learns a query that holds a secret, an e-mail address or a card number', async () => {
    const adapter = backend();
    for (const query of [
      'password: Hunter2! wifi',
      'vpn for sam.rivera@larkspur.example',
      'refund 4111 1111 1111 1111',
      'token ghp_4f9aK2LmQ8xZ7wP3nB6vT1rY5sD0',
    ]) {
      await rate(adapter, 'LAPTOP', true, query);
    }
    expect(await adapter.learnedPhrasings()).to.deep.equal([]);
    for (const words of ['hunter2', 'larkspur example', '4111', 'ghp_4f9aK2LmQ8xZ7wP3nB6vT1rY5sD0']) {
      expect((await search(adapter, words)).map((hit) => hit.id), words).not.to.include('LAPTOP');
    }
  });

  it("counts one person's repeated vote once", async () => {
    const once = backend();
    await rate(once, 'LAPTOP', true, 'computer is ancient');
    const repeated = backend();
    for (let time = 0; time < 5; time++) await rate(repeated, 'LAPTOP', true, 'Computer is  ancient');
    expect(await repeated.learnedPhrasings('LAPTOP')).to.deep.equal([{ articleId: 'LAPTOP', phrasing: 'Computer is ancient', score: 1 }]);
    const [onceHit] = await search(once, 'ancient');
    const [repeatedHit] = await search(repeated, 'ancient');
    expect(repeatedHit?.id).to.equal('LAPTOP');
    expect(repeatedHit?.score).to.equal(onceHit?.score);
  });

  it('weakens a phrasing on "not helpful" for the same words, and drops it when nobody is left for it', async () => {
    const dbName = `learned-phrasings-votes-${Date.now()}`;
    const ana = backend({ dbName, persist: true, person: 'ana' });
    await rate(ana, 'LAPTOP', true, 'computer is ancient');
    const ben = backend({ dbName, persist: true, person: 'ben' });
    await rate(ben, 'LAPTOP', true, 'computer is ancient');
    expect((await ben.learnedPhrasings('LAPTOP'))[0]?.score).to.equal(2);
    const [confirmed] = await search(ben, 'ancient');

    const carla = backend({ dbName, persist: true, person: 'carla' });
    await rate(carla, 'LAPTOP', false, 'computer is ancient');
    expect((await carla.learnedPhrasings('LAPTOP'))[0]?.score).to.equal(1);
    const [weakened] = await search(carla, 'ancient');
    expect(weakened?.id).to.equal('LAPTOP');
    expect(weakened!.score).to.be.below(confirmed!.score);

    const dan = backend({ dbName, persist: true, person: 'dan' });
    await rate(dan, 'LAPTOP', false, 'computer is ancient');
    expect(await dan.learnedPhrasings('LAPTOP')).to.deep.equal([]);
    expect((await search(dan, 'ancient')).map((hit) => hit.id)).not.to.include('LAPTOP');
    await dan.reset();
  });

  it('does not let one wrong vote outrank the article whose title matches', async () => {
    const adapter = backend();
    await rate(adapter, 'LAPTOP', true, 'reset your password');
    const hits = await search(adapter, 'reset your password');
    expect(hits.map((hit) => hit.id).slice(0, 2)).to.deep.equal(['PWD', 'LAPTOP']);
  });

  it('forgets what it learned on reset()', async () => {
    const adapter = backend();
    await rate(adapter, 'WLAN', true, 'internet keeps dropping');
    await adapter.reset();
    expect(await adapter.learnedPhrasings()).to.deep.equal([]);
    expect((await search(adapter, 'internet dropping')).map((hit) => hit.id)).not.to.include('WLAN');
  });

  it('keeps at most a fixed number of phrasings per article, the newest pushing out the weakest', async () => {
    const adapter = backend();
    for (let index = 0; index <= PHRASINGS_PER_ARTICLE; index++) await rate(adapter, 'LAPTOP', true, `slow machine number ${index}`);
    const learned = await adapter.learnedPhrasings('LAPTOP');
    expect(learned).to.have.length(PHRASINGS_PER_ARTICLE);
    expect(learned.map((entry) => entry.phrasing)).not.to.include('slow machine number 0');
    expect(learned.map((entry) => entry.phrasing)).to.include(`slow machine number ${PHRASINGS_PER_ARTICLE}`);
  });

  it("searches the author's own alternate questions (`phrasings`) too", async () => {
    const hits = await search(backend(), 'door card gone');
    expect(hits[0]?.id).to.equal('BADGE');
  });
});
