import { expect } from '@open-wc/testing';
import { AdapterError, capabilities, type ServiceAdapter } from '../../src/core/adapter.js';
import type { SearchHit } from '../../src/core/schemas.js';
import { MAX_LIST_ENTRIES, withValidation } from '../../src/core/validate.js';

const hit = (n: number): SearchHit => ({ kind: 'article', id: `KB${n}`, title: `Article ${n}`, snippet: '', matches: [], score: 1 });
const summary = (n: number) => ({
  id: `T${n}`,
  number: `INC${n}`,
  title: `Ticket ${n}`,
  state: 'in-progress' as const,
  stateLabel: 'In progress',
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
  permissions: { comment: true, reopen: false, confirm: false },
});

/** A backend that answers every list with 100,000 entries, whatever was asked. */
function floodingAdapter(): ServiceAdapter {
  const many = <T>(make: (n: number) => T) => Array.from({ length: 100_000 }, (_, n) => make(n));
  return {
    name: 'flood',
    id: 'flood:test',
    capabilities: capabilities('search', 'tickets', 'catalog', 'people'),
    searchKnowledge: async (query) => ({ query: query.text, hits: many(hit), total: 100_000 }),
    listTickets: async () => ({ tickets: many(summary), total: 100_000 }),
    getTicket: async () => Promise.reject(new AdapterError('not-found', 'none')),
    listCatalog: async () => ({
      items: many((n) => ({ id: `C${n}`, name: `Item ${n}`, shortDescription: '', categories: [], approvalRequired: false })),
      categories: [],
      total: 100_000,
    }),
    getCatalogItem: async () => Promise.reject(new AdapterError('not-found', 'none')),
    searchPeople: async () => many((n) => ({ id: `P${n}`, name: `Person ${n}` })),
  };
}

describe('withValidation', () => {
  it('cuts a huge answer down to what was asked before checking it, and keeps the reported total', async () => {
    const adapter = withValidation(floodingAdapter());
    const results = await adapter.searchKnowledge!({ text: 'vpn', limit: 8, sources: ['articles'] });
    expect(results.hits).to.have.length(8);
    expect(results.total).to.equal(100_000);
    expect((await adapter.listTickets!({ filter: 'all', limit: 20 })).tickets).to.have.length(20);
    expect((await adapter.listTickets!({ filter: 'all' })).tickets).to.have.length(MAX_LIST_ENTRIES);
    const catalog = await adapter.listCatalog!({});
    expect(catalog.items).to.have.length(MAX_LIST_ENTRIES);
    expect(catalog.total).to.equal(100_000);
    expect(await adapter.searchPeople!('sam')).to.have.length(MAX_LIST_ENTRIES);
  });

  it('still rejects a malformed entry inside what it keeps', async () => {
    const adapter = withValidation({
      ...floodingAdapter(),
      searchKnowledge: async () => ({ query: 'vpn', hits: [hit(1), { ...hit(2), title: '' }], total: 2 }),
    });
    const error = await adapter.searchKnowledge!({ text: 'vpn', limit: 8, sources: ['articles'] }).catch((failure: unknown) => failure);
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).kind).to.equal('invalid-response');
  });
});
