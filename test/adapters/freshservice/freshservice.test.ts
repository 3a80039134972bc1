import { expect } from '@open-wc/testing';
import { createFreshserviceAdapter, type FreshserviceAdapterOptions } from '../../../src/adapters/freshservice/index.js';
import { AdapterError, type AdapterErrorKind } from '../../../src/core/adapter.js';
import { withValidation } from '../../../src/core/validate.js';
import { runAdapterContract } from '../contract.js';
import { fixtureControl, type FixtureFault } from '../rest/fixture-control.js';
import { runRemoteAdapterSuite } from '../rest/remote-suite.js';

const baseUrl = '/__fixtures/freshservice';
const fixture = fixtureControl(baseUrl);
const getToken = () => 'token-of-sam';
const requesterEmail = 'sam.rivera@example.com';
const SAM = 1000000678;
const signedIn = (options: Partial<FreshserviceAdapterOptions> = {}) =>
  withValidation(createFreshserviceAdapter({ baseUrl, getToken, requesterEmail, retries: 0, ...options }));

const FAULTS: Partial<Record<AdapterErrorKind, FixtureFault>> = {
  server: { status: 500 },
  unauthorized: { status: 401 },
  'rate-limited': { status: 429, retryAfter: 120 },
};
const laptop = { itemId: '11', values: { model: 'standard', needed_by: '2026-12-01', reason: 'New starter on Monday' } };

interface FixtureState {
  notes: Record<string, { body: string; user_id: number; incoming: boolean; private: boolean }[]>;
  statusChanges: { id: number; from: number; to: number }[];
  placed: { ticket: number; item: number; email: string; quantity: number; custom_fields: Record<string, unknown> }[];
}

runAdapterContract('freshservice', {
  create: async () => {
    await fixture.reset();
    return createFreshserviceAdapter({ baseUrl, getToken, requesterEmail, retries: 0 });
  },
  fixtures: {
    searchText: 'vpn',
    openTicketId: '266',
    resolvedTicketId: '267',
    reopenTicketId: '268',
    catalogItemId: laptop.itemId,
    catalogValues: laptop.values,
    missingId: '999999',
  },
  injectFault: (_adapter, kind) => fixture.fault(FAULTS[kind] ?? { status: 500 }),
});

runRemoteAdapterSuite('freshservice', {
  prefix: baseUrl,
  // With the requester's id given, reading their tickets is one request.
  create: (options) => createFreshserviceAdapter({ baseUrl, requesterEmail, requesterId: SAM, ...options }),
  publicRead: (adapter) => adapter.searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] }),
  personalRead: (adapter) => adapter.listTickets!({ filter: 'all' }),
  missingRead: (adapter) => adapter.getTicket!('999999'),
  incomplete: {
    path: '/api/v2/tickets/filter',
    omit: 'tickets.0.subject',
    named: 'tickets.0.subject',
    read: (adapter) => adapter.listTickets!({ filter: 'open' }),
  },
});

describe('freshservice adapter', () => {
  beforeEach(() => fixture.reset());

  it('shows Freshservice statuses in plain states, keeps Freshservice’s words, and asks for the requester’s tickets only', async () => {
    const { tickets, total } = await signedIn().listTickets!({ filter: 'all' });
    const byId = Object.fromEntries(tickets.map((ticket) => [ticket.id, ticket]));
    expect(byId['266']).to.include({ state: 'in-progress', stateLabel: 'Open', number: '#INC-266', title: 'Wi-Fi drops in meeting room 4' });
    expect(byId['271']).to.include({ state: 'new', stateLabel: 'Open' });
    expect(byId['270']).to.include({ state: 'waiting-on-you', stateLabel: 'Pending' });
    expect(byId['267']).to.include({ state: 'resolved', stateLabel: 'Resolved' });
    expect(byId['269']).to.include({ state: 'closed', stateLabel: 'Closed' });
    expect(byId['273']).to.include({ number: '#SR-273' });
    expect(byId['272'], 'someone else’s ticket').to.equal(undefined);
    expect(total).to.equal(7);
    expect(byId['271']!.priority).to.deep.equal({ level: 'critical', label: 'Urgent' });
    expect(byId['267']!.permissions).to.deep.equal({ comment: true, reopen: true, confirm: true });
    expect(byId['269']!.permissions).to.deep.equal({ comment: false, reopen: false, confirm: false });
    expect(byId['266']!.url).to.equal(`${baseUrl}/support/tickets/266`);
    const requests = await fixture.requests();
    expect(requests.map((request) => request.path)).to.deep.equal(['/api/v2/requesters', '/api/v2/tickets/filter']);
    expect(requests[0]!.query.email).to.equal(requesterEmail);
    expect(requests[1]!.query.query).to.equal(`"requester_id:${SAM}"`);

    const open = await signedIn({ requesterId: SAM }).listTickets!({ filter: 'open' });
    expect(open.tickets.map((ticket) => ticket.id).sort()).to.deep.equal(['266', '270', '271']);
    expect((await fixture.requests()).at(-1)!.query.query).to.equal(`"requester_id:${SAM} AND (status:2 OR status:3)"`);
    const resolved = await signedIn({ statuses: { 6: ['resolved', 'Awaiting approval'] } }).listTickets!({ filter: 'resolved' });
    expect(resolved.tickets.map((ticket) => ticket.id).sort()).to.deep.equal(['267', '268', '269', '273']);
    expect((await fixture.requests()).at(-1)!.query.query).to.equal(`"requester_id:${SAM} AND (status:4 OR status:5 OR status:6)"`);
  });

  it('shows public replies and notes only, the requester’s with their name', async () => {
    const ticket = await signedIn().getTicket!('266');
    expect(ticket.events.map((event) => [event.type, event.author?.name, event.author?.isAgent, event.text])).to.deep.equal([
      ['created', 'Sam Rivera', false, 'Wi-Fi drops in meeting room 4.'],
      ['comment', 'Sam Rivera', false, 'It drops every ten minutes, mostly in the afternoon.'],
      ['comment', undefined, undefined, 'We are looking at the access point.'],
    ]);
    expect(JSON.stringify(ticket)).not.to.contain('Internal').and.not.to.contain('Status changed');
  });

  it('shows `due_by` as the resolution SLA of open tickets, paused while Pending', async () => {
    expect((await signedIn().getTicket!('266')).sla).to.deep.equal({ kind: 'resolution', dueAt: '2036-01-01T09:00:00Z', breached: false, paused: false });
    expect((await signedIn().getTicket!('270')).sla).to.deep.equal({ kind: 'resolution', dueAt: '2026-11-02T07:20:00Z', breached: true, paused: true });
    expect((await signedIn().getTicket!('267')).sla, 'resolved: no target to show').to.equal(undefined);
  });

  it('adds a public note as the requester once, even when a new page sends it again', async () => {
    const text = 'A Jabra Evolve 40, please.\nWith a <USB-C> plug & a case.';
    const first = await signedIn().addComment!('270', text, { idempotencyKey: 'c1' });
    const again = await signedIn().addComment!('270', text, { idempotencyKey: 'c1' });
    expect(again.id).to.equal(first.id);
    expect(first).to.deep.include({ type: 'comment', author: { name: 'Sam Rivera', isAgent: false }, text });
    const { notes } = await fixture.state<FixtureState>();
    expect(notes['270']).to.have.length(1);
    expect(notes['270']![0]).to.deep.include({
      body: '<div>A Jabra Evolve 40, please.<br>With a &lt;USB-C&gt; plug &amp; a case.</div>',
      user_id: SAM,
      incoming: true,
      private: false,
    });
  });

  it('reopens a resolved ticket with the reason as a note, and a replay changes nothing more', async () => {
    const ticket = await signedIn().reopenTicket!('268', 'Still black after the new cable.', { idempotencyKey: 'ro-1' });
    expect(ticket).to.include({ state: 'in-progress', stateLabel: 'Open' });
    expect(ticket.events.at(-1)!.text).to.equal('Still black after the new cable.');
    await signedIn().reopenTicket!('268', 'Still black after the new cable.', { idempotencyKey: 'ro-1' });
    const { notes, statusChanges } = await fixture.state<FixtureState>();
    expect(statusChanges).to.deep.equal([{ id: 268, from: 4, to: 2 }]);
    expect(notes['268']).to.have.length(1);
  });

  it('confirms a resolution by closing the ticket, once', async () => {
    const ticket = await signedIn().confirmResolution!('267', { idempotencyKey: 'ok-1' });
    expect(ticket).to.include({ state: 'closed', stateLabel: 'Closed' });
    await signedIn().confirmResolution!('267', { idempotencyKey: 'ok-1' });
    expect((await fixture.state<FixtureState>()).statusChanges).to.deep.equal([{ id: 267, from: 4, to: 5 }]);
    const other = await signedIn({ states: { confirm: 4 } }).confirmResolution!('268', { idempotencyKey: 'ok-2' });
    expect(other.state, 'a configured confirm status is written as given').to.equal('resolved');
  });

  it('searches published articles as the requester, with match ranges, and never opens a draft', async () => {
    const results = await signedIn().searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] });
    expect(results.hits.map((hit) => hit.title)).to.deep.equal(['Connect to the VPN from home']);
    expect(results.total).to.equal(1);
    const hit = results.hits[0]!;
    expect(hit.snippet).to.equal('Install the VPN client, sign in and choose the nearest gateway.');
    expect(hit.matches.map(({ field, start, end }) => (field === 'title' ? hit.title : hit.snippet).slice(start, end))).to.deep.equal(['VPN', 'VPN']);
    expect(hit.url).to.equal(`${baseUrl}/support/solutions/articles/2886`);
    const search = (await fixture.requests())[0]!;
    expect(search.query).to.deep.include({ search_term: 'vpn', user_email: requesterEmail, per_page: '5' });
    const article = await signedIn().getArticle!(hit.id);
    expect(article).to.include({ title: 'Connect to the VPN from home', body: '<p>Install the VPN client, sign in and choose the nearest gateway.</p>', updatedAt: '2026-10-03T09:00:00Z' });
    expect(article.tags).to.deep.equal(['vpn', 'remote']);
    const draft = await signedIn().getArticle!('2889').catch((error: unknown) => error);
    expect(draft).to.be.instanceOf(AdapterError).with.property('kind', 'not-found');
  });

  it('offers published service items with the custom fields a requester fills in', async () => {
    const adapter = signedIn({ currency: 'EUR' });
    const list = await adapter.listCatalog!({});
    expect(list.items.map((item) => item.name), 'no drafts; restricted items only through search').to.deep.equal(['Standard laptop']);
    expect(list.categories).to.deep.equal([
      { id: '811100', name: 'Hardware Provisioning' },
      { id: '811101', name: 'Software Installation' },
    ]);
    expect(list.items[0]).to.deep.include({ id: '11', categories: ['811100'], deliveryTime: { days: 2 }, cost: { amount: 1200, currency: 'EUR', recurrence: 'once' }, url: `${baseUrl}/support/catalog/items/11` });
    const found = await adapter.listCatalog!({ text: 'adobe' });
    expect(found.items.map((item) => item.name)).to.deep.equal(['Adobe Acrobat licence']);
    expect((await fixture.requests()).find((request) => request.path.endsWith('/items/search'))!.query.user_email).to.equal(requesterEmail);

    const item = await adapter.getCatalogItem!('11');
    expect(item.variables.map((variable) => [variable.name, variable.type, variable.required])).to.deep.equal([
      ['model', 'select', true],
      ['needed_by', 'date', false],
      ['accessories', 'multiselect', false],
      ['reason', 'textarea', false],
    ]);
    expect(item.variables[0]!.options).to.deep.equal([
      { value: 'standard', label: 'Standard 14"' },
      { value: 'performance', label: 'Performance 16"' },
    ]);
    expect(item.variables[3]!.help).to.equal('A sentence is enough');
    expect((await signedIn().getCatalogItem!('11')).cost, 'no currency given: no cost shown').to.equal(undefined);
    const draft = await adapter.getCatalogItem!('13').catch((error: unknown) => error);
    expect(draft).to.be.instanceOf(AdapterError).with.property('kind', 'not-found');
  });

  it('places a service request once, even when a new page sends it again', async () => {
    const first = await signedIn().submitRequest!(laptop, { idempotencyKey: 'order-1' });
    const again = await signedIn().submitRequest!(laptop, { idempotencyKey: 'order-1' });
    expect(again.ticketId).to.equal(first.ticketId);
    expect(first).to.include({ number: `#SR-${first.ticketId}`, state: 'new' });
    const { placed } = await fixture.state<FixtureState>();
    expect(placed).to.deep.equal([{ ticket: Number(first.ticketId), item: 11, email: requesterEmail, quantity: 1, custom_fields: laptop.values }]);
    const created = await signedIn().getTicket!(first.ticketId);
    expect(created).to.include({ title: 'Request for Sam Rivera: Standard laptop', state: 'new' });
  });

  it('reports a form Freshservice refuses (a mandatory field left out) without creating anything', async () => {
    const error = await signedIn()
      .submitRequest!({ itemId: '11', values: { needed_by: '2026-12-01' } }, { idempotencyKey: 'order-2' })
      .catch((reason: unknown) => reason);
    expect(error).to.be.instanceOf(AdapterError).with.property('kind', 'invalid-response');
    expect((error as AdapterError).message).to.contain('model');
    expect((await fixture.state<FixtureState>()).placed).to.deep.equal([]);
  });

  it('tells whether the requester already answered Freshservice’s own survey', async () => {
    expect(await signedIn().getSurveyState!({ type: 'ticket', id: '269' })).to.deep.equal({ answered: true, optedOut: false });
    expect(await signedIn().getSurveyState!({ type: 'ticket', id: '267' })).to.deep.equal({ answered: false, optedOut: false });
    expect(await signedIn().getSurveyState!({ type: 'topic', id: 'it-support' })).to.deep.equal({ answered: false, optedOut: false });
  });

  it('asks for sign-in when no requester is named, and refuses a person Freshservice does not know', async () => {
    const nobody = await withValidation(createFreshserviceAdapter({ baseUrl, getToken })).listTickets!({ filter: 'all' }).catch((error: unknown) => error);
    expect(nobody).to.be.instanceOf(AdapterError).with.property('kind', 'unauthorized');
    const stranger = await signedIn({ requesterEmail: 'nobody@example.com' }).listTickets!({ filter: 'all' }).catch((error: unknown) => error);
    expect(stranger).to.be.instanceOf(AdapterError).with.property('kind', 'forbidden');
  });

  it('declares what Freshservice offers a requester, and links to the real portal behind a proxy', () => {
    const adapter = createFreshserviceAdapter({ domain: 'acme', baseUrl: '/freshservice-proxy' });
    expect(adapter.id).to.equal('freshservice:https://acme.freshservice.com');
    expect(adapter.capabilities).to.include({ tickets: true, comments: true, reopen: true, confirm: true, catalog: true, requests: true, 'survey-state': true });
    expect(adapter.capabilities).to.include({ satisfaction: false, 'article-feedback': false, people: false, watch: false });
  });
});
