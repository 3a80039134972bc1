import { expect } from '@open-wc/testing';
import { createZendeskAdapter, goodOrBad, snippetText } from '../../../src/adapters/zendesk/index.js';
import type { AdapterErrorKind } from '../../../src/core/adapter.js';
import type { SatisfactionResponse } from '../../../src/core/schemas.js';
import { withValidation } from '../../../src/core/validate.js';
import { runAdapterContract } from '../contract.js';
import { fixtureControl, type FixtureFault } from '../rest/fixture-control.js';
import { runRemoteAdapterSuite } from '../rest/remote-suite.js';

const baseUrl = '/__fixtures/zendesk';
const fixture = fixtureControl(baseUrl);
const getToken = () => 'oauth-token-of-sam';
const signedIn = (options: { correlationFieldId?: number } = {}) =>
  withValidation(createZendeskAdapter({ baseUrl, getToken, ...options }));

const FAULTS: Partial<Record<AdapterErrorKind, FixtureFault>> = {
  server: { status: 500 },
  unauthorized: { status: 401 },
  'rate-limited': { status: 429, retryAfter: 120 },
};
const laptop = {
  itemId: '500',
  values: { subject: 'Laptop for a new starter', description: 'Starts on Monday.', custom_4: 'laptop_standard', custom_5: '2026-12-01' },
};

runAdapterContract('zendesk', {
  create: async () => {
    await fixture.reset();
    return createZendeskAdapter({ baseUrl, getToken, retries: 0 });
  },
  fixtures: {
    searchText: 'vpn',
    openTicketId: '101',
    resolvedTicketId: '102',
    reopenTicketId: '103',
    catalogItemId: laptop.itemId,
    catalogValues: laptop.values,
    missingId: '999999',
  },
  injectFault: (_adapter, kind) => fixture.fault(FAULTS[kind] ?? { status: 500 }),
});

runRemoteAdapterSuite('zendesk', {
  prefix: baseUrl,
  create: (options) => createZendeskAdapter({ baseUrl, ...options }),
  publicRead: (adapter) => adapter.searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] }),
  personalRead: (adapter) => adapter.listTickets!({ filter: 'all' }),
  missingRead: (adapter) => adapter.getTicket!('999999'),
  incomplete: {
    path: '/api/v2/requests',
    omit: 'requests.0.subject',
    named: 'requests.0.subject',
    read: (adapter) => adapter.listTickets!({ filter: 'open' }),
  },
});

describe('zendesk adapter', () => {
  beforeEach(() => fixture.reset());

  it('shows Zendesk statuses in plain states and keeps Zendesk’s words', async () => {
    const { tickets } = await signedIn().listTickets!({ filter: 'all' });
    const byId = Object.fromEntries(tickets.map((ticket) => [ticket.id, ticket]));
    expect(byId['101']).to.include({ state: 'in-progress', stateLabel: 'Open', number: '#101' });
    expect(byId['105']).to.include({ state: 'waiting-on-you', stateLabel: 'Awaiting your reply' });
    expect(byId['102']).to.include({ state: 'resolved', stateLabel: 'Solved' });
    expect(byId['104']).to.include({ state: 'closed', stateLabel: 'Closed' });
    expect(byId['101']!.priority).to.deep.equal({ level: 'moderate', label: 'Normal' });
    expect(byId['104']!.permissions).to.deep.equal({ comment: false, reopen: false, confirm: false });
    expect(byId['102']!.sla, 'requesters cannot see SLAs in Zendesk').to.equal(undefined);
    const open = await signedIn().listTickets!({ filter: 'open' });
    expect(open.tickets.map((ticket) => ticket.id).sort()).to.deep.equal(['101', '105']);
    expect((await fixture.requests()).at(-1)!.query.status).to.equal('new,open,pending,hold');
  });

  it('tells who wrote each comment on a request', async () => {
    const ticket = await signedIn().getTicket!('101');
    expect(ticket.events.map((event) => [event.type, event.author?.name, event.author?.isAgent])).to.deep.equal([
      ['created', 'Sam Rivera', false],
      ['comment', 'Priya Nair', true],
    ]);
  });

  it('turns the highlighted search snippet into text with match ranges', async () => {
    const results = await signedIn().searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] });
    const hit = results.hits[0]!;
    expect(hit.snippet).to.equal('Install the VPN client, sign in and choose the nearest gateway.');
    expect(hit.matches.map(({ start, end }) => hit.snippet.slice(start, end))).to.deep.equal(['VPN']);
    expect(snippetText('<em>Tom</em> &amp; <b>Jerry</b> <em>cats</em>')).to.deep.equal({
      snippet: 'Tom & Jerry cats',
      matches: [
        { field: 'snippet', start: 0, end: 3 },
        { field: 'snippet', start: 12, end: 16 },
      ],
    });
  });

  it('records article feedback as an up or down vote', async () => {
    await signedIn().sendArticleFeedback!({ articleId: '360002', helpful: false }, { idempotencyKey: 'v1' });
    await signedIn().sendArticleFeedback!({ articleId: '360001', helpful: true }, { idempotencyKey: 'v2' });
    const { votes } = await fixture.state<{ votes: { item_id: number; value: number }[] }>();
    expect(votes.map(({ item_id, value }) => [item_id, value])).to.deep.equal([
      [360002, -1],
      [360001, 1],
    ]);
  });

  it('stores ratings as good or bad, and sends nothing for a neutral answer', async () => {
    const answer = (id: string, subject: string, scale: SatisfactionResponse['scale'], score: number): SatisfactionResponse => ({
      id,
      subject: { type: 'ticket', id: subject },
      scale,
      score,
      reasons: [],
      comment: `answer ${id}`,
      anonymous: false,
      submittedAt: new Date().toISOString(),
    });
    const adapter = signedIn();
    await adapter.submitSatisfaction!(answer('r1', '102', 'csat5', 5), { idempotencyKey: 'r1' });
    await adapter.submitSatisfaction!(answer('r2', '103', 'thumbs', 0), { idempotencyKey: 'r2' });
    const neutral = await adapter.submitSatisfaction!(answer('r3', '104', 'csat5', 3), { idempotencyKey: 'r3' });
    expect(neutral.id).to.equal('r3');
    const { ratings } = await fixture.state<{ ratings: { ticket_id: number; score: string; comment: string }[] }>();
    expect(ratings.map(({ ticket_id, score, comment }) => [ticket_id, score, comment])).to.deep.equal([
      [102, 'good', 'answer r1'],
      [103, 'bad', 'answer r2'],
    ]);
    const table = [
      ['csat5', 1, 'bad'], ['csat5', 3, undefined], ['csat5', 4, 'good'],
      ['emoji5', 2, 'bad'], ['thumbs', 1, 'good'],
      ['ces7', 3, 'bad'], ['ces7', 4, undefined], ['ces7', 5, 'good'],
      ['nps11', 6, 'bad'], ['nps11', 8, undefined], ['nps11', 9, 'good'],
    ] as const;
    for (const [scale, score, expected] of table) expect(goodOrBad({ scale, score }), `${scale} ${score}`).to.equal(expected);
  });

  it('offers ticket forms as catalog items, with the fields a requester sees', async () => {
    const adapter = signedIn();
    const list = await adapter.listCatalog!({});
    expect(list.items.map((item) => item.name)).to.deep.equal(['Request hardware', 'Ask a question']);
    const item = await adapter.getCatalogItem!('500');
    expect(item.variables.map((variable) => [variable.name, variable.type, variable.required])).to.deep.equal([
      ['subject', 'text', true],
      ['description', 'textarea', true],
      ['priority', 'select', false],
      ['custom_4', 'select', true],
      ['custom_5', 'date', false],
    ]);
    expect(item.variables[1]!.label).to.equal('Describe what you need');
    expect(item.variables[3]!.options).to.deep.equal([
      { value: 'laptop_standard', label: 'Standard laptop' },
      { value: 'laptop_performance', label: 'Performance laptop' },
    ]);
  });

  it('creates a request once even when a new page sends it again (no correlation field)', async () => {
    const first = await signedIn().submitRequest!(laptop, { idempotencyKey: 'order-1' });
    const again = await signedIn().submitRequest!(laptop, { idempotencyKey: 'order-1' });
    expect(again.ticketId).to.equal(first.ticketId);
    const posts = (await fixture.requests()).filter((request) => request.method === 'POST');
    expect(posts).to.have.length(1);
    const created = await signedIn().getTicket!(first.ticketId);
    expect(created).to.include({ title: 'Laptop for a new starter', state: 'new' });
  });

  it('with a correlation field, tells two orders of the same thing apart by their keys', async () => {
    const adapter = () => signedIn({ correlationFieldId: 7 });
    const first = await adapter().submitRequest!(laptop, { idempotencyKey: 'order-a' });
    const replay = await adapter().submitRequest!(laptop, { idempotencyKey: 'order-a' });
    const second = await adapter().submitRequest!(laptop, { idempotencyKey: 'order-b' });
    expect(replay.ticketId).to.equal(first.ticketId);
    expect(second.ticketId).not.to.equal(first.ticketId);
  });

  it('adds a comment once even when a new page sends it again', async () => {
    const first = await signedIn().addComment!('105', 'A Jabra Evolve 40, please.', { idempotencyKey: 'c1' });
    const again = await signedIn().addComment!('105', 'A Jabra Evolve 40, please.', { idempotencyKey: 'c1' });
    expect(again.id).to.equal(first.id);
    const ticket = await signedIn().getTicket!('105');
    expect(ticket.events.filter((event) => event.text === 'A Jabra Evolve 40, please.')).to.have.length(1);
    expect(ticket.state, 'a reply answers the desk’s question').to.equal('in-progress');
  });

  it('reopens a solved request by replying to it', async () => {
    const ticket = await signedIn().reopenTicket!('103', 'Still black after the new cable.', { idempotencyKey: 'ro-1' });
    expect(ticket).to.include({ state: 'in-progress', stateLabel: 'Open' });
    expect(ticket.events.at(-1)!.text).to.equal('Still black after the new cable.');
    expect(ticket.permissions.reopen).to.equal(false);
  });

  it('builds URLs from a subdomain', () => {
    const adapter = createZendeskAdapter({ subdomain: 'acme' });
    expect(adapter.id).to.equal('zendesk:https://acme.zendesk.com');
    expect(adapter.capabilities.sla).to.equal(false);
    expect(adapter.capabilities.confirm).to.equal(false);
  });
});

// Last, so that it sees every request the tests above made.
describe('zendesk adapter: fits Zendesk’s published API documents', () => {
  it('every operation called exists there, and every fixture answer fits its schema', async function () {
    const { available, violations, operations } = await fixture.contract();
    if (!available) {
      console.warn('vendor specs not found (../shared/reference/vendor-specs): skipping the Zendesk document check');
      return this.skip();
    }
    expect(violations).to.deep.equal([]);
    expect(operations.seen).to.include.members([
      'ArticleSearch',
      'ShowArticle',
      'CreateArticleUpVote',
      'ListRequests',
      'CreateRequest',
      'ShowRequest',
      'UpdateRequest',
      'ListComments',
      'CreateTicketSatisfactionRating',
      'ListTicketForms',
      'ShowTicketForm',
      'ListTicketFields',
    ]);
  });
});
