import { expect } from '@open-wc/testing';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import type { AdapterErrorKind } from '../../../src/core/adapter.js';
import { withValidation } from '../../../src/core/validate.js';
import { runAdapterContract } from '../contract.js';
import { fixtureControl, type FixtureFault } from './fixture-control.js';
import { runRemoteAdapterSuite } from './remote-suite.js';
// The insights endpoints' tests run here, before the check that every documented operation was called.
import './insights-suite.js';

const baseUrl = '/__fixtures/rest';
const fixture = fixtureControl(baseUrl);
const getToken = () => 'token-of-sam';

const FAULTS: Partial<Record<AdapterErrorKind, FixtureFault>> = {
  server: { status: 500 },
  unauthorized: { status: 401 },
  // Longer than the client waits on its own, so the error reaches the caller at once.
  'rate-limited': { status: 429, retryAfter: 120 },
};

runAdapterContract('rest', {
  create: async () => {
    await fixture.reset();
    return createRestAdapter({ baseUrl, getToken, retries: 0 });
  },
  fixtures: {
    searchText: 'vpn',
    openTicketId: 'REQ1001',
    resolvedTicketId: 'REQ1002',
    reopenTicketId: 'REQ1003',
    catalogItemId: 'laptop',
    catalogValues: { model: 'standard', needed_by: '2026-12-01' },
    missingId: 'REQ9999',
  },
  injectFault: (_adapter, kind) => fixture.fault(FAULTS[kind] ?? { status: 500 }),
});

runRemoteAdapterSuite('rest', {
  prefix: baseUrl,
  create: (options) => createRestAdapter({ baseUrl, ...options }),
  publicRead: (adapter) => adapter.searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] }),
  personalRead: (adapter) => adapter.listTickets!({ filter: 'all' }),
  missingRead: (adapter) => adapter.getTicket!('REQ9999'),
  incomplete: {
    path: '/tickets',
    omit: 'tickets.0.state',
    named: 'tickets.0.state',
    read: (adapter) => adapter.listTickets!({ filter: 'open' }),
  },
});

describe('rest adapter', () => {
  beforeEach(() => fixture.reset());

  it('polls an unchanged ticket with its ETag and sees a change at once', async () => {
    const adapter = withValidation(createRestAdapter({ baseUrl, getToken }));
    const first = await adapter.getTicket!('REQ1001');
    const again = await adapter.getTicket!('REQ1001');
    const log = await fixture.requests();
    expect(log.at(-1)!.headers['if-none-match']).to.be.a('string');
    expect(again).to.deep.equal(first);
    await adapter.addComment!('REQ1001', 'The access point blinks red.', { idempotencyKey: 'etag-1' });
    const changed = await adapter.getTicket!('REQ1001');
    expect(changed.events.at(-1)!.text).to.equal('The access point blinks red.');
  });

  it('sends the idempotency key, so a write repeated after a reload is stored once', async () => {
    const write = (text: string) =>
      createRestAdapter({ baseUrl, getToken }).addComment!('REQ1005', text, { idempotencyKey: 'reload-1' });
    const before = await write('Model Jabra Evolve 40, please.');
    const after = await write('Model Jabra Evolve 40, please.');
    expect(after.id).to.equal(before.id);
    expect((await fixture.requests()).at(-1)!.headers['idempotency-key']).to.equal('reload-1');
    const ticket = await createRestAdapter({ baseUrl, getToken }).getTicket!('REQ1005');
    expect(ticket.events.filter((event) => event.text === 'Model Jabra Evolve 40, please.')).to.have.length(1);
  });

  it('offers only the capabilities the service implements', () => {
    const adapter = createRestAdapter({ baseUrl, capabilities: ['search', 'articles', 'watch'] });
    expect(adapter.capabilities.search).to.equal(true);
    expect(adapter.capabilities.watch, 'no push over plain REST').to.equal(false);
    expect(adapter.capabilities.tickets).to.equal(false);
    expect(adapter.listTickets).to.equal(undefined);
    expect(adapter.searchKnowledge).to.be.a('function');
  });

  it('remembers the answer and the people lookup for a request form', async () => {
    const adapter = withValidation(createRestAdapter({ baseUrl, getToken }));
    expect((await adapter.searchPeople!('sam')).map((person) => person.name)).to.deep.equal(['Sam Rivera', 'Samira Haddad']);
    await adapter.sendArticleFeedback!({ articleId: 'KB1001', helpful: true, query: 'vpn' }, { idempotencyKey: 'fb-1' });
    const state = await adapter.getSurveyState!({ type: 'ticket', id: 'REQ1002' });
    expect(state.answered).to.equal(false);
  });
});

// Last, so that it sees every request the tests above made.
describe('rest adapter: openapi.yaml is the single source', () => {
  it('every request the adapter made, and every answer of the fixture server, fits the document', async () => {
    const { violations, operations } = await fixture.contract();
    expect(violations).to.deep.equal([]);
    expect([...operations.documented].sort()).to.deep.equal([...new Set(operations.seen)].sort());
  });
});
