import { expect } from '@open-wc/testing';
import { createServiceNowAdapter, isoDate, ticketState, type ServiceNowAdapterOptions } from '../../../src/adapters/servicenow/index.js';
import type { AdapterErrorKind } from '../../../src/core/adapter.js';
import { withValidation } from '../../../src/core/validate.js';
import { runAdapterContract } from '../contract.js';
import { fixtureControl, type FixtureFault } from '../rest/fixture-control.js';
import { runRemoteAdapterSuite } from '../rest/remote-suite.js';

const instanceUrl = '/__fixtures/servicenow';
const fixture = fixtureControl(instanceUrl);
const getToken = () => 'oauth-token-of-sam';
/** The fixture's sys_ids: a two-letter table prefix, zero-padded to 32 characters. */
const sysId = (prefix: string, n: number) => `${prefix}${String(n).padStart(32 - prefix.length, '0')}`;
const INCIDENT = (n: number) => sysId('c1', n);
const SAM = sysId('a5', 1);
const LAPTOP = sysId('d1', 1);
const SOFTWARE = sysId('d1', 2);
const laptop = { itemId: LAPTOP, values: { model: 'standard', for_person: SAM, needed_by: '2026-12-01', accessories: ['dock', 'headset'], express: true } };

const signedIn = (options: Partial<ServiceNowAdapterOptions> = {}) => withValidation(createServiceNowAdapter({ instanceUrl, getToken, retries: 0, ...options }));

interface Journal {
  element_id: string;
  element: string;
  value: string;
}
const FAULTS: Partial<Record<AdapterErrorKind, FixtureFault>> = {
  server: { status: 500 },
  unauthorized: { status: 401 },
  'rate-limited': { status: 429, retryAfter: 120 },
};

runAdapterContract('servicenow', {
  create: async () => {
    await fixture.reset();
    return createServiceNowAdapter({ instanceUrl, getToken, retries: 0 });
  },
  fixtures: {
    searchText: 'vpn',
    openTicketId: INCIDENT(1),
    resolvedTicketId: INCIDENT(2),
    reopenTicketId: INCIDENT(3),
    catalogItemId: LAPTOP,
    catalogValues: laptop.values,
    missingId: 'INC9999999',
  },
  injectFault: (_adapter, kind) => fixture.fault(FAULTS[kind] ?? { status: 500 }),
});

runRemoteAdapterSuite('servicenow', {
  prefix: instanceUrl,
  // One ticket table, so that reading the person's tickets is one request.
  create: (options) => createServiceNowAdapter({ instanceUrl, ticketTables: { incident: 'caller_id' }, ...options }),
  publicRead: (adapter) => adapter.searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] }),
  personalRead: (adapter) => adapter.listTickets!({ filter: 'all' }),
  missingRead: (adapter) => adapter.getTicket!('INC9999999'),
  incomplete: {
    path: '/api/now/table/incident',
    omit: 'result.0.short_description',
    named: 'result.0.short_description',
    read: (adapter) => adapter.listTickets!({ filter: 'open' }),
  },
});

describe('servicenow adapter', () => {
  beforeEach(() => fixture.reset());

  it('shows incident and requested-item states in plain words and keeps ServiceNow’s labels', async () => {
    const { tickets, total } = await signedIn().listTickets!({ filter: 'all' });
    const byNumber = Object.fromEntries(tickets.map((ticket) => [ticket.number, ticket]));
    expect(byNumber.INC0010001).to.include({ state: 'in-progress', stateLabel: 'In Progress', title: 'Wi-Fi drops in meeting room 4' });
    expect(byNumber.INC0010002).to.include({ state: 'resolved', stateLabel: 'Resolved' });
    expect(byNumber.INC0010004, 'on hold, awaiting caller').to.include({ state: 'waiting-on-you', stateLabel: 'On Hold' });
    expect(byNumber.INC0010005).to.include({ state: 'closed', stateLabel: 'Closed' });
    expect(byNumber.INC0010006, 'new and unassigned').to.include({ state: 'new', stateLabel: 'New' });
    expect(byNumber.RITM0010001).to.include({ state: 'in-progress', stateLabel: 'Work in Progress' });
    expect(byNumber.INC0010007, 'someone else’s incident').to.equal(undefined);
    expect(total).to.equal(7);
    expect(byNumber.INC0010006!.priority).to.deep.equal({ level: 'critical', label: '1 - Critical' });
    expect(byNumber.INC0010001!.priority).to.deep.equal({ level: 'moderate', label: '3 - Moderate' });
    expect(byNumber.INC0010001!.assignee).to.deep.equal({ name: 'Priya Nair', group: 'Service Desk' });
    expect(byNumber.INC0010001!.createdAt).to.equal('2026-10-30T14:20:00Z');
    expect(byNumber.INC0010002!.permissions).to.deep.equal({ comment: true, reopen: true, confirm: true });
    expect(byNumber.RITM0010001!.permissions).to.deep.equal({ comment: true, reopen: false, confirm: false });

    const open = await signedIn().listTickets!({ filter: 'open' });
    expect(open.tickets.map((ticket) => ticket.number).sort()).to.deep.equal(['INC0010001', 'INC0010004', 'INC0010006', 'RITM0010001']);
    const resolved = await signedIn().listTickets!({ filter: 'resolved' });
    expect(resolved.tickets.map((ticket) => ticket.number).sort()).to.deep.equal(['INC0010002', 'INC0010003', 'INC0010005']);
    const request = (await fixture.requests()).findLast((entry) => entry.path === '/api/now/table/incident')!;
    expect(request.query.sysparm_query).to.equal('caller_id=javascript:gs.getUserID()^active=false^ORstate=6^ORDERBYDESCsys_updated_on');
    expect(request.query.sysparm_display_value).to.equal('all');
  });

  it('maps every state and priority value it knows', () => {
    const field = (value: string) => ({ value, display_value: `label ${value}` });
    const table = [
      ['incident', '1', '', '', 'new'],
      ['incident', '1', '', 'a1', 'assigned'],
      ['incident', '2', '', 'a1', 'in-progress'],
      ['incident', '3', '1', 'a1', 'waiting-on-you'],
      ['incident', '3', '4', 'a1', 'in-progress'],
      ['incident', '6', '', 'a1', 'resolved'],
      ['incident', '7', '', 'a1', 'closed'],
      ['incident', '8', '', 'a1', 'cancelled'],
      ['sc_req_item', '-5', '', '', 'new'],
      ['sc_req_item', '1', '', '', 'new'],
      ['sc_req_item', '2', '', '', 'in-progress'],
      ['sc_req_item', '3', '', '', 'closed'],
      ['sc_req_item', '4', '', '', 'cancelled'],
      ['sc_req_item', '7', '', '', 'cancelled'],
    ] as const;
    for (const [name, state, holdReason, assignedTo, expected] of table) {
      const [mapped, label] = ticketState(name, { state: field(state), hold_reason: field(holdReason), assigned_to: field(assignedTo) });
      expect(mapped, `${name} state ${state}`).to.equal(expected);
      expect(label).to.equal(`label ${state}`);
    }
    expect(isoDate('2026-11-02 09:05:00')).to.equal('2026-11-02T09:05:00Z');
  });

  it('tells the requester’s comments from the agents’ and never shows work notes', async () => {
    const ticket = await signedIn().getTicket!(INCIDENT(1));
    expect(ticket.events.map((event) => [event.type, event.author?.name, event.author?.isAgent, event.text])).to.deep.equal([
      ['created', 'Sam Rivera', false, undefined],
      ['comment', 'Sam Rivera', false, 'It drops every ten minutes, mostly in the afternoon.'],
      ['comment', 'Priya Nair', true, 'We are looking at the access point.'],
    ]);
    expect(JSON.stringify(ticket)).not.to.contain('Internal');
    const journal = (await fixture.requests()).find((entry) => entry.path === '/api/now/table/sys_journal_field')!;
    expect(journal.query.sysparm_query).to.contain('^element=comments^');
  });

  it('shows the running SLA from task_sla, paused and breached as ServiceNow says', async () => {
    const running = await signedIn().getTicket!(INCIDENT(1));
    expect(running.sla).to.deep.equal({ kind: 'resolution', dueAt: '2026-11-04T09:00:00Z', breached: false, paused: false });
    const paused = await signedIn().getTicket!('INC0010006');
    expect(paused.sla).to.deep.equal({ kind: 'resolution', dueAt: '2026-11-02T07:20:00Z', breached: true, paused: true });
    const none = await signedIn().getTicket!(INCIDENT(2));
    expect(none.sla).to.equal(undefined);
    expect(none.events.at(-1)).to.include({ type: 'resolution', text: 'Cleared the cached credentials.' });
  });

  it('shows a ticket without SLA and with agents by user name when the role cannot read task_sla or sys_user', async () => {
    await fixture.fault({ status: 403, path: '/api/now/table/task_sla' });
    await fixture.fault({ status: 403, path: '/api/now/table/sys_user' });
    const ticket = await signedIn().getTicket!(INCIDENT(1));
    expect(ticket.sla).to.equal(undefined);
    expect(ticket.events.at(-1)!.author).to.deep.equal({ name: 'priya.nair', isAgent: true });
    await fixture.reset();
    await fixture.fault({ status: 500, path: '/api/now/table/task_sla' });
    const error = await signedIn().getTicket!(INCIDENT(1)).catch((caught: unknown) => caught);
    expect((error as { kind?: string }).kind, 'other failures still fail').to.equal('server');
  });

  it('adds a comment once even when a new page sends it again', async () => {
    const first = await signedIn().addComment!(INCIDENT(4), 'A Jabra Evolve 40, please.', { idempotencyKey: 'c1' });
    const again = await signedIn().addComment!(INCIDENT(4), 'A Jabra Evolve 40, please.', { idempotencyKey: 'c1' });
    expect(again.id).to.equal(first.id);
    expect(first.author).to.deep.equal({ name: 'Sam Rivera', isAgent: false });
    const patches = (await fixture.requests()).filter((request) => request.method === 'PATCH');
    expect(patches).to.have.length(1);
    const { journal } = await fixture.state<{ journal: Journal[] }>();
    expect(journal.filter((entry) => entry.value === 'A Jabra Evolve 40, please.').map((entry) => entry.element)).to.deep.equal(['comments']);
  });

  it('confirms a resolution by closing the incident, and reopens with the instance’s own state', async () => {
    const closed = await signedIn().confirmResolution!(INCIDENT(2), { idempotencyKey: 'k1' });
    expect(closed).to.include({ state: 'closed', stateLabel: 'Closed' });
    expect(closed.permissions).to.deep.equal({ comment: false, reopen: false, confirm: false });
    const reopened = await signedIn({ states: { reopen: '1' } }).reopenTicket!(INCIDENT(3), 'Still black after the new cable.', { idempotencyKey: 'k2' });
    expect(reopened).to.include({ state: 'assigned', stateLabel: 'New' });
    expect(reopened.events.filter((event) => event.type === 'comment').at(-1)!.text).to.equal('Still black after the new cable.');
    const replay = await signedIn({ states: { reopen: '1' } }).reopenTicket!(INCIDENT(3), 'Still black after the new cable.', { idempotencyKey: 'k2' });
    expect(replay.events.filter((event) => event.text === 'Still black after the new cable.')).to.have.length(1);
  });

  it('offers catalog items with their variables in our types, hiding what a person cannot fill in', async () => {
    const list = await signedIn().listCatalog!({});
    expect(list.items.map((item) => item.name)).to.deep.equal(['New laptop', 'Software licence']);
    expect(list.categories.map((category) => category.name)).to.deep.equal(['Hardware', 'Software']);
    expect(list.items[0]!.cost).to.deep.equal({ amount: 1100, currency: 'USD', recurrence: 'once' });
    expect(list.items[1]!.cost, 'price hidden').to.equal(undefined);
    const item = await signedIn().getCatalogItem!(LAPTOP);
    expect(item.variables.map((variable) => [variable.name, variable.type, variable.required])).to.deep.equal([
      ['model', 'select', true],
      ['for_person', 'user', true],
      ['needed_by', 'date', false],
      ['justification', 'textarea', false],
      ['accessories', 'multiselect', false],
      ['express', 'checkbox', false],
    ]);
    expect(item.variables[0]!.options).to.deep.equal([
      { value: 'standard', label: 'Standard laptop' },
      { value: 'performance', label: 'Performance laptop' },
    ]);
    expect(item.variables[2]!.help).to.equal('The day the person starts.');
    expect(item.description).to.contain('delivered in 5 days');
  });

  it('orders an item once per key, found again through the correlation variable', async () => {
    const first = await signedIn().submitRequest!(laptop, { idempotencyKey: 'order-a' });
    const replay = await signedIn().submitRequest!(laptop, { idempotencyKey: 'order-a' });
    expect(replay).to.deep.equal(first);
    expect(first.number).to.match(/^RITM/);
    expect((await fixture.state<{ orders: number }>()).orders).to.equal(1);
    const second = await signedIn().submitRequest!(laptop, { idempotencyKey: 'order-b' });
    expect(second.ticketId, 'a new key is a new order, even minutes later').not.to.equal(first.ticketId);
    expect((await fixture.state<{ orders: number }>()).orders).to.equal(2);
    const ticket = await signedIn().getTicket!(first.ticketId);
    expect(ticket).to.include({ number: first.number, title: 'New laptop', state: 'new' });
  });

  it('without a correlation variable, treats the same item ordered minutes ago as the same order', async () => {
    const software = { itemId: SOFTWARE, values: { software: 'Visio' } };
    const first = await signedIn().submitRequest!(software, { idempotencyKey: 'order-c' });
    const again = await signedIn().submitRequest!(software, { idempotencyKey: 'order-c' });
    expect(again.ticketId).to.equal(first.ticketId);
    expect((await fixture.state<{ orders: number }>()).orders).to.equal(1);
  });

  it('turns the highlighted search snippet into text with match ranges', async () => {
    const results = await signedIn().searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] });
    const hit = results.hits[0]!;
    expect(hit).to.include({ id: sysId('f1', 1), title: 'Connect to the VPN from home', snippet: 'Install the VPN client, sign in and choose the nearest gateway.' });
    expect(hit.matches.map(({ field, start, end }) => [field, (field === 'title' ? hit.title : hit.snippet).slice(start, end)])).to.deep.equal([
      ['title', 'VPN'],
      ['snippet', 'VPN'],
    ]);
    const article = await signedIn().getArticle!(hit.id);
    expect(article).to.include({ title: 'Connect to the VPN from home', category: 'Network', updatedAt: '2026-10-12T13:01:00Z' });
    const catalogOnly = await signedIn().searchKnowledge!({ text: 'laptop', limit: 5, sources: ['catalog'] });
    expect(catalogOnly.hits, 'catalog items are not searched here').to.deep.equal([]);
  });

  it('finds people for person variables', async () => {
    const people = await signedIn().searchPeople!('pri');
    expect(people).to.deep.equal([{ id: sysId('a5', 2), name: 'Priya Nair', email: 'priya.nair@example.com', department: 'IT' }]);
  });

  it('sends the session token as X-UserToken, with the session cookie and no bearer', async () => {
    await createServiceNowAdapter({ instanceUrl, userToken: 'g-ck-123' }).listTickets!({ filter: 'open' });
    const headers = (await fixture.requests()).at(-1)!.headers;
    expect(headers['x-usertoken']).to.equal('g-ck-123');
    expect(headers.authorization).to.equal(undefined);
  });

  it('names itself after the instance and declares what ServiceNow can do', () => {
    const adapter = createServiceNowAdapter({ instanceUrl: 'https://acme.service-now.com/' });
    expect(adapter.id).to.equal('servicenow:https://acme.service-now.com');
    expect(adapter.capabilities.satisfaction, 'surveys are not in these APIs').to.equal(false);
    expect(adapter.capabilities['article-feedback'], 'no documented feedback endpoint').to.equal(false);
    expect(adapter.capabilities.sla).to.equal(true);
  });
});

// Last, so that it sees every request the tests above made.
describe('servicenow adapter: fits ServiceNow’s documented APIs', () => {
  it('every operation called exists there, and every fixture answer fits its schema', async function () {
    const { available, violations, operations } = await fixture.contract();
    if (!available) {
      console.warn('vendor specs not found (../shared/reference/vendor-specs): skipping the ServiceNow document check');
      return this.skip();
    }
    expect(violations).to.deep.equal([]);
    expect(operations.seen).to.include.members([
      'getRecordList',
      'patchRecordById',
      'knowledgeGetArticles',
      'knowledgeGetArticle',
      'catalogGetItems',
      'catalogGetItem',
      'catalogOrderNow',
    ]);
  });
});
