import { expect } from '@open-wc/testing';
import { createJsmAdapter, jsmState, unhighlight, type JsmAdapterOptions } from '../../../src/adapters/jsm/index.js';
import { AdapterError, type AdapterErrorKind } from '../../../src/core/adapter.js';
import type { SatisfactionResponse } from '../../../src/core/schemas.js';
import { withValidation } from '../../../src/core/validate.js';
import { runAdapterContract } from '../contract.js';
import { fixtureControl, type FixtureFault } from '../rest/fixture-control.js';
import { runRemoteAdapterSuite } from '../rest/remote-suite.js';

const siteUrl = '/__fixtures/jsm';
const fixture = fixtureControl(siteUrl);
const getToken = () => 'oauth-token-of-sam';
const signedIn = (options: Partial<JsmAdapterOptions> = {}) =>
  withValidation(createJsmAdapter({ siteUrl, serviceDeskId: 10, getToken, retries: 0, ...options }));

interface FixtureState {
  feedback: Record<string, { rating: number; comment?: { body: string } }>;
  requests: { key: string; status: string; comments: { body: string; public: boolean; author: string }[] }[];
  queryViolations: string[];
}
const fixtureState = () => fixture.state<FixtureState>();
const stored = async (key: string) => (await fixtureState()).requests.find((request) => request.key === key)!;
const posts = async (path: string) =>
  (await fixture.requests()).filter((request) => request.method === 'POST' && request.path.endsWith(path));

async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  const error: unknown = await promise.then(() => new Error('the call should fail'), (reason: unknown) => reason);
  expect(error).to.be.instanceOf(AdapterError);
  return error as AdapterError;
}

const FAULTS: Partial<Record<AdapterErrorKind, FixtureFault>> = {
  server: { status: 500 },
  unauthorized: { status: 401 },
  'rate-limited': { status: 429, retryAfter: 120 },
};
const laptop = {
  itemId: '11003',
  values: {
    summary: 'Laptop for a new starter',
    description: 'Starts on Monday.',
    customfield_10010: '10101',
    customfield_10011: '2026-12-01',
    customfield_10012: ['10200', '10201'],
    customfield_10013: 2,
  },
};
const answer = (id: string, ticket: string, scale: SatisfactionResponse['scale'], score: number, comment?: string): SatisfactionResponse => ({
  id,
  subject: { type: 'ticket', id: ticket },
  scale,
  score,
  reasons: [],
  comment,
  anonymous: false,
  submittedAt: new Date().toISOString(),
});

runAdapterContract('jsm', {
  create: async () => {
    await fixture.reset();
    return createJsmAdapter({ siteUrl, serviceDeskId: '10', getToken, retries: 0 });
  },
  fixtures: {
    searchText: 'vpn',
    openTicketId: 'IT-101',
    resolvedTicketId: 'IT-102',
    reopenTicketId: 'IT-103',
    catalogItemId: laptop.itemId,
    catalogValues: laptop.values,
    missingId: 'IT-999999',
  },
  injectFault: (_adapter, kind) => fixture.fault(FAULTS[kind] ?? { status: 500 }),
});

runRemoteAdapterSuite('jsm', {
  prefix: siteUrl,
  create: (options) => createJsmAdapter({ siteUrl, serviceDeskId: 10, ...options }),
  publicRead: (adapter) => adapter.searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] }),
  personalRead: (adapter) => adapter.listTickets!({ filter: 'all' }),
  missingRead: (adapter) => adapter.getTicket!('IT-999999'),
  incomplete: {
    path: '/rest/servicedeskapi/request',
    omit: 'values.0.currentStatus',
    named: 'values.0.currentStatus',
    read: (adapter) => adapter.listTickets!({ filter: 'open' }),
  },
});

describe('jsm adapter', () => {
  beforeEach(() => fixture.reset());

  it('shows JSM statuses in plain states, keeps JSM’s words, and lists only the person’s own requests', async () => {
    const { tickets } = await signedIn().listTickets!({ filter: 'all' });
    const byId = Object.fromEntries(tickets.map((ticket) => [ticket.id, ticket]));
    expect(Object.keys(byId).sort()).to.deep.equal(['IT-101', 'IT-102', 'IT-103', 'IT-104', 'IT-105', 'IT-106', 'IT-107']);
    expect(byId['IT-101']).to.include({ state: 'in-progress', stateLabel: 'In progress', number: 'IT-101', title: 'Wi-Fi drops in meeting room 4' });
    expect(byId['IT-102']).to.include({ state: 'resolved', stateLabel: 'Resolved' });
    expect(byId['IT-104']).to.include({ state: 'closed', stateLabel: 'Closed' });
    expect(byId['IT-105']).to.include({ state: 'waiting-on-you', stateLabel: 'Waiting for customer' });
    expect(byId['IT-106']).to.include({ state: 'cancelled', stateLabel: 'Canceled' });
    expect(byId['IT-101']!.url).to.equal('https://acme.atlassian.net/servicedesk/customer/portal/10/IT-101');
    expect(byId['IT-101']!.createdAt, 'Jira’s +0100 written as an ISO offset').to.match(/\+01:00$/);
    expect(byId['IT-102']!.sla, 'customers cannot read JSM SLAs').to.equal(undefined);
    expect(byId['IT-102']!.priority, 'customers cannot see priorities').to.equal(undefined);
    expect(byId['IT-104']!.permissions.comment).to.equal(false);
    const query = (await fixture.requests()).at(-1)!.query;
    expect(query).to.include({ requestOwnership: 'OWNED_REQUESTS', requestStatus: 'ALL_REQUESTS', serviceDeskId: '10' });

    const open = await signedIn().listTickets!({ filter: 'open' });
    expect(open.tickets.map((ticket) => ticket.id).sort()).to.deep.equal(['IT-101', 'IT-105', 'IT-107']);
    const done = await signedIn().listTickets!({ filter: 'resolved', text: 'outlook' });
    expect(done.tickets.map((ticket) => ticket.id)).to.deep.equal(['IT-102']);
    expect((await fixture.requests()).at(-1)!.query).to.include({ requestStatus: 'CLOSED_REQUESTS', searchTerm: 'outlook' });
  });

  it('maps status names and categories, and lets the host name its own statuses', () => {
    const table = [
      ['Waiting for support', 'NEW', 'new'],
      ['In progress', 'INDETERMINATE', 'in-progress'],
      ['Waiting for customer', 'INDETERMINATE', 'waiting-on-you'],
      ['Waiting for customer', 'NEW', 'waiting-on-you'],
      ['Resolved', 'DONE', 'resolved'],
      ['Done', 'DONE', 'closed'],
      ['Closed', 'DONE', 'closed'],
      ['Canceled', 'DONE', 'cancelled'],
      ['Declined', 'DONE', 'cancelled'],
      ['Resolved', 'INDETERMINATE', 'in-progress'],
      ['Resolved', undefined, 'resolved'],
      ['Waiting for support', undefined, 'new'],
      ['Escalated', undefined, 'in-progress'],
    ] as const;
    for (const [name, category, state] of table) expect(jsmState(name, category), `${name} ${category}`).to.equal(state);
    expect(jsmState('Fix proposed', 'INDETERMINATE', { 'Fix proposed': 'resolved' })).to.equal('resolved');
    expect(jsmState('Fix proposed', 'INDETERMINATE', { Resolved: 'closed' })).to.equal('in-progress');
  });

  it('tells who wrote each public comment and shows the status history', async () => {
    const ticket = await signedIn().getTicket!('IT-101');
    expect(ticket.events.map((event) => [event.type, event.author?.name, event.author?.isAgent, event.state ?? event.text])).to.deep.equal([
      ['created', 'Sam Rivera', false, 'Wi-Fi drops in meeting room 4.'],
      ['comment', 'Priya Nair', true, 'We are looking at the access point.'],
      ['state-change', undefined, undefined, 'in-progress'],
      ['comment', 'Alex Kim', false, 'Same here in room 5.'],
    ]);
    expect(ticket.events.some((event) => event.text?.includes('firmware')), 'internal comments stay internal').to.equal(false);
    expect(ticket.updatedAt).to.equal(ticket.events.at(-1)!.at);
    const commentQuery = (await fixture.requests()).find((request) => request.path.endsWith('/comment'))!.query;
    expect(commentQuery).to.include({ public: 'true', internal: 'false' });
    const resolved = await signedIn().getTicket!('IT-102');
    expect(resolved.events.filter((event) => event.type === 'resolution').map((event) => event.state)).to.deep.equal(['resolved']);
  });

  it('turns highlighted knowledge base hits into text with match ranges that link out to the article', async () => {
    const results = await signedIn().searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] });
    expect(results.hits.map((hit) => hit.id)).to.deep.equal(['8786177', '8786180']);
    const hit = results.hits[0]!;
    expect(hit.title).to.equal('Connect to the VPN from home');
    expect(hit.snippet).to.equal('Install the VPN client, sign in and choose the nearest gateway.');
    const slice = (field: 'title' | 'snippet') =>
      hit.matches.filter((match) => match.field === field).map(({ start, end }) => hit[field].slice(start, end));
    expect(slice('title')).to.deep.equal(['VPN']);
    expect(slice('snippet')).to.deep.equal(['VPN']);
    expect(hit.url).to.equal('https://acme.atlassian.net/rest/servicedeskapi/knowledgebase/article/view/8786177');
    const call = (await fixture.requests()).at(-1)!;
    expect(call.path).to.equal('/rest/servicedeskapi/servicedesk/10/knowledgebase/article');
    expect(call.query).to.include({ query: 'vpn', highlight: 'true', limit: '5' });
    expect(call.headers['x-experimentalapi']).to.equal('opt-in');
    expect(unhighlight('@@@hl@@@Tom@@@endhl@@@ & Jerry @@@hl@@@cats@@@endhl@@@', 'snippet')).to.deep.equal({
      text: 'Tom & Jerry cats',
      matches: [
        { field: 'snippet', start: 0, end: 3 },
        { field: 'snippet', start: 12, end: 16 },
      ],
    });
  });

  it('without a service desk, searches every knowledge base and offers no catalog', async () => {
    const adapter = createJsmAdapter({ siteUrl, getToken });
    expect(adapter.capabilities).to.include({ catalog: false, requests: false, articles: false, sla: false, search: true });
    expect(adapter.listCatalog).to.equal(undefined);
    await adapter.searchKnowledge!({ text: 'printer', limit: 3, sources: ['articles'] });
    expect((await fixture.requests()).at(-1)!.path).to.equal('/rest/servicedeskapi/knowledgebase/article');
    expect(adapter.id).to.equal('jsm:/__fixtures/jsm');
  });

  it('offers confirm and reopen where a customer transition matches, and performs them', async () => {
    const resolved = await signedIn().getTicket!('IT-102');
    expect(resolved.permissions).to.deep.equal({ comment: true, reopen: true, confirm: true });
    const open = await signedIn().getTicket!('IT-101');
    expect(open.permissions, '"Cancel request" is neither').to.deep.equal({ comment: true, reopen: false, confirm: false });

    const confirmed = await signedIn().confirmResolution!('IT-102', { idempotencyKey: 'c-1' });
    expect(confirmed).to.include({ state: 'closed', stateLabel: 'Closed' });
    const [transition] = await posts('/IT-102/transition');
    expect(transition).to.not.equal(undefined);
    // A new page replaying the same confirmation finds the request closed and sends nothing.
    expect((await signedIn().confirmResolution!('IT-102', { idempotencyKey: 'c-1' })).state).to.equal('closed');
    expect(await posts('/IT-102/transition')).to.have.length(1);

    const reopened = await signedIn().reopenTicket!('IT-103', 'Still black after the new cable.', { idempotencyKey: 'r-1' });
    expect(reopened).to.include({ state: 'new', stateLabel: 'Waiting for support' });
    expect(reopened.events.at(-1)).to.include({ type: 'comment', text: 'Still black after the new cable.' });
    expect(reopened.events.some((event) => event.type === 'reopened')).to.equal(true);
    expect((await stored('IT-103')).comments.at(-1)).to.deep.equal({ body: 'Still black after the new cable.', public: true, author: 'Sam Rivera' });

    const error = await failure(signedIn().confirmResolution!('IT-101', { idempotencyKey: 'c-2' }));
    expect(error.kind).to.equal('conflict');
    expect((await stored('IT-101')).status).to.equal('In progress');
  });

  it('follows the host’s own status names and transition names', async () => {
    const custom = signedIn({ statusMap: { 'Fix proposed': 'resolved' }, confirmTransition: /it works/i });
    const ticket = await custom.getTicket!('IT-107');
    expect(ticket).to.include({ state: 'resolved', stateLabel: 'Fix proposed' });
    expect(ticket.permissions).to.deep.equal({ comment: true, reopen: true, confirm: true });
    const open = await custom.listTickets!({ filter: 'open' });
    expect(open.tickets.map((item) => item.id), 'a status mapped to resolved is not open').to.not.include('IT-107');
    expect((await custom.confirmResolution!('IT-107', { idempotencyKey: 'k' })).state).to.equal('closed');
    expect((await stored('IT-107')).status).to.equal('Closed');
  });

  it('adds a public comment once even when a new page sends it again', async () => {
    const first = await signedIn().addComment!('IT-105', 'A Jabra Evolve 40, please.', { idempotencyKey: 'k1' });
    const again = await signedIn().addComment!('IT-105', 'A Jabra Evolve 40, please.', { idempotencyKey: 'k1' });
    expect(again.id).to.equal(first.id);
    expect(await posts('/IT-105/comment')).to.have.length(1);
    const ticket = await signedIn().getTicket!('IT-105');
    expect(ticket.events.filter((event) => event.text === 'A Jabra Evolve 40, please.')).to.have.length(1);
    expect(ticket.state, 'the reply hands the request back to the desk').to.equal('new');
  });

  it('offers request types as the catalog, with the fields a customer fills in', async () => {
    const adapter = signedIn();
    const list = await adapter.listCatalog!({});
    expect(list.items.map((item) => item.name)).to.deep.equal(['Get IT help', 'Request hardware', 'Request a new account']);
    expect(list.categories).to.deep.equal([
      { id: '12', name: 'Common requests' },
      { id: '13', name: 'Hardware and accounts' },
    ]);
    expect((await adapter.listCatalog!({ category: '12' })).items.map((item) => item.id)).to.deep.equal(['11001']);
    const item = await adapter.getCatalogItem!('11003');
    expect(item).to.include({ name: 'Request hardware', description: 'Tell us what you need and by when.', approvalRequired: false });
    expect(item.url).to.equal(`${siteUrl}/servicedesk/customer/portal/10/create/11003`);
    expect(item.variables.map((variable) => [variable.name, variable.type, Boolean(variable.required)])).to.deep.equal([
      ['summary', 'text', true],
      ['description', 'textarea', false],
      ['customfield_10010', 'select', true],
      ['customfield_10011', 'date', false],
      ['customfield_10012', 'multiselect', false],
      ['customfield_10013', 'number', false],
    ]);
    expect(item.variables[2]).to.deep.include({
      label: 'Device',
      default: '10100',
      options: [
        { value: '10100', label: 'Standard laptop' },
        { value: '10101', label: 'Performance laptop' },
      ],
    });
    expect(item.variables[3]!.help).to.equal('The latest day you need it.');
  });

  it('creates a request once even when a new page sends it again, in JSM’s field formats', async () => {
    const first = await signedIn().submitRequest!(laptop, { idempotencyKey: 'order-1' });
    const again = await signedIn().submitRequest!(laptop, { idempotencyKey: 'order-1' });
    expect(first).to.include({ number: 'IT-201', state: 'new' });
    expect(again.ticketId).to.equal(first.ticketId);
    expect(await posts('/rest/servicedeskapi/request')).to.have.length(1);
    const created = await signedIn().getTicket!(first.ticketId);
    expect(created).to.include({ title: 'Laptop for a new starter', description: 'Starts on Monday.', stateLabel: 'Waiting for support' });
    const other = await signedIn().submitRequest!({ ...laptop, values: { ...laptop.values, summary: 'Second laptop' } }, { idempotencyKey: 'order-2' });
    expect(other.ticketId).to.equal('IT-202');
  });

  it('reports a form JSM refuses as invalid-response, not as a crash', async () => {
    const { customfield_10010: _device, ...withoutDevice } = laptop.values;
    const error = await failure(signedIn().submitRequest!({ itemId: '11003', values: withoutDevice }, { idempotencyKey: 'x' }));
    expect(error.kind).to.equal('invalid-response');
    expect(error.status).to.equal(400);
  });

  it('stores CSAT ratings 1 to 5, maps thumbs, refuses scales with no honest equivalent', async () => {
    const adapter = signedIn();
    expect((await adapter.getSurveyState!({ type: 'ticket', id: 'IT-102' })).answered).to.equal(false);
    await adapter.submitSatisfaction!(answer('a1', 'IT-102', 'csat5', 4, 'Quick and kind.'), { idempotencyKey: 'a1' });
    await adapter.submitSatisfaction!(answer('a2', 'IT-103', 'thumbs', 0), { idempotencyKey: 'a2' });
    expect((await fixtureState()).feedback).to.deep.equal({
      'IT-102': { type: 'csat', rating: 4, comment: { body: 'Quick and kind.' } },
      'IT-103': { type: 'csat', rating: 1 },
    });
    expect((await adapter.getSurveyState!({ type: 'ticket', id: 'IT-102' })).answered).to.equal(true);
    await signedIn().submitSatisfaction!(answer('a1', 'IT-102', 'csat5', 4, 'Quick and kind.'), { idempotencyKey: 'a1' });
    expect(await posts('/IT-102/feedback'), 'a replay from a new page sends nothing').to.have.length(1);
    const feedbackCall = (await fixture.requests()).find((request) => request.path.endsWith('/feedback'))!;
    expect(feedbackCall.headers['x-experimentalapi']).to.equal('opt-in');

    for (const [scale, score] of [['nps11', 9], ['ces7', 6], ['csat5', 0]] as const) {
      const error = await failure(adapter.submitSatisfaction!(answer(`n-${scale}`, 'IT-104', scale, score), { idempotencyKey: `n-${scale}` }));
      expect(error.kind, `${scale} ${score}`).to.equal('invalid-response');
    }
    expect(await posts('/IT-104/feedback')).to.have.length(0);
  });
});

// Last, so that it sees every request the tests above made.
describe('jsm adapter: fits Atlassian’s published API document', () => {
  it('every operation, query parameter and header it sends exists there, and every answer fits', async function () {
    const { available, violations, operations } = await fixture.contract();
    if (!available) {
      console.warn('vendor specs not found (../shared/reference/vendor-specs): skipping the JSM document check');
      return this.skip();
    }
    expect(violations).to.deep.equal([]);
    expect((await fixtureState()).queryViolations).to.deep.equal([]);
    expect(operations.seen).to.include.members([
      'getArticles',
      'getArticlesByServiceDeskId',
      'getCustomerRequests',
      'createCustomerRequest',
      'getCustomerRequestByIdOrKey',
      'getRequestComments',
      'createRequestComment',
      'getCustomerRequestStatus',
      'getCustomerTransitions',
      'performCustomerTransition',
      'getFeedback',
      'postFeedback',
      'getRequestTypes',
      'getRequestTypeById',
      'getRequestTypeFields',
      'getRequestTypeGroups',
    ]);
    expect(operations.seen, 'SLAs are agent-only: never asked for').to.not.include('getSlaInformation');
  });
});
