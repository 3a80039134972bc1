import { expect } from '@open-wc/testing';
import { createZammadAdapter, type ZammadAdapterOptions } from '../../../src/adapters/zammad/index.js';
import { AdapterError, type AdapterErrorKind } from '../../../src/core/adapter.js';
import { withValidation } from '../../../src/core/validate.js';
import { runAdapterContract } from '../contract.js';
import { fixtureControl, type FixtureFault } from '../rest/fixture-control.js';
import { runRemoteAdapterSuite } from '../rest/remote-suite.js';

const baseUrl = '/__fixtures/zammad';
const fixture = fixtureControl(baseUrl);
const getToken = () => 'token-of-sam';
/** The fixture's groups, as the desk's admin would tell the page. */
const followUp = { Facilities: { possible: 'new_ticket' }, Finance: { possible: 'new_ticket_after_certain_time', reopenTimeInDays: 7 } } as const;
const signedIn = (options: Partial<ZammadAdapterOptions> = {}) =>
  withValidation(createZammadAdapter({ baseUrl, getToken, retries: 0, locale: 'en-us', followUp, ...options }));
const key = () => crypto.randomUUID();

const FAULTS: Partial<Record<AdapterErrorKind, FixtureFault>> = {
  server: { status: 500 },
  unauthorized: { status: 401 },
  'rate-limited': { status: 429, retryAfter: 120 },
};

runAdapterContract('zammad', {
  create: async () => {
    await fixture.reset();
    return createZammadAdapter({ baseUrl, getToken, retries: 0, followUp });
  },
  fixtures: { searchText: 'vpn', openTicketId: '1', resolvedTicketId: '2', missingId: '9999' },
  injectFault: (_adapter, kind) => fixture.fault(FAULTS[kind] ?? { status: 500 }),
});

runRemoteAdapterSuite('zammad', {
  prefix: baseUrl,
  create: (options) => createZammadAdapter({ baseUrl, ...options }),
  publicRead: (adapter) => adapter.searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] }),
  personalRead: (adapter) => adapter.listTickets!({ filter: 'all' }),
  missingRead: (adapter) => adapter.getTicket!('9999'),
  incomplete: { path: '/api/v1/tickets', omit: '0.updated_at', named: '0.updated_at', read: (adapter) => adapter.listTickets!({ filter: 'open' }) },
});

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  expect(error, 'the call should fail').to.be.instanceOf(AdapterError);
  return error as AdapterError;
}

describe('zammad adapter', () => {
  beforeEach(() => fixture.reset());

  it('shows Zammad states as plain stages, keeps Zammad’s words, and lists only the customer’s tickets', async () => {
    const { tickets, total } = await signedIn().listTickets!({ filter: 'all' });
    const byNumber = Object.fromEntries(tickets.map((ticket) => [ticket.number, ticket]));
    expect(byNumber['26001']).to.include({ state: 'in-progress', stateLabel: 'open', title: 'Wi-Fi drops in meeting room 4' });
    expect(byNumber['26002']).to.include({ state: 'resolved', stateLabel: 'pending close' });
    expect(byNumber['26003']).to.include({ state: 'in-progress', stateLabel: 'pending reminder' });
    expect(byNumber['26004']).to.include({ state: 'closed', stateLabel: 'closed' });
    expect(byNumber['26005']).to.include({ state: 'new', stateLabel: 'new' });
    expect(byNumber['26006'], 'someone else’s ticket').to.equal(undefined);
    expect(total).to.equal(7);
    expect(byNumber['26003']!.priority).to.deep.equal({ level: 'high', label: '3 high' });
    expect(byNumber['26001']!.assignee).to.deep.equal({ group: 'Users' });
    expect(byNumber['26001']!.url).to.equal('/__fixtures/zammad/#ticket/zoom/1');
    expect(tickets[0]!.updatedAt >= tickets.at(-1)!.updatedAt, 'newest first').to.equal(true);
    const [request] = await fixture.requests();
    expect(request!.path).to.equal('/api/v1/tickets');
    expect(request!.query).to.deep.equal({ expand: 'true', page: '1', per_page: '100' });

    const open = await signedIn().listTickets!({ filter: 'open' });
    expect(open.tickets.map((ticket) => ticket.number).sort()).to.deep.equal(['26001', '26003', '26005']);
    const finished = await signedIn().listTickets!({ filter: 'resolved', text: 'lamp' });
    expect(finished.tickets.map((ticket) => ticket.number)).to.deep.equal(['26007']);
  });

  it('shows public articles only, the first one as the request, agents marked', async () => {
    const ticket = await signedIn().getTicket!('1');
    expect(ticket.description).to.equal('It drops every ten minutes, mostly in the afternoon.');
    expect(ticket.events.map((event) => [event.type, event.author?.name, event.author?.isAgent, event.text])).to.deep.equal([
      ['created', 'Sam Rivera', false, 'It drops every ten minutes, mostly in the afternoon.'],
      ['comment', 'Priya Nair', true, 'We are looking at the access point.'],
    ]);
    expect(JSON.stringify(ticket)).not.to.contain('Internal').and.not.to.contain('auto-assigned');
  });

  it('follows each group’s follow-up rule for closed tickets', async () => {
    const { tickets } = await signedIn().listTickets!({ filter: 'resolved' });
    const rights = Object.fromEntries(tickets.map((ticket) => [ticket.number, ticket.permissions]));
    expect(rights['26002'], 'pending close: confirm or reopen').to.deep.equal({ comment: true, reopen: true, confirm: true });
    expect(rights['26007'], 'Facilities: new ticket only').to.deep.equal({ comment: false, reopen: false, confirm: false });
    expect(rights['26004'], 'Finance, closed long ago').to.deep.equal({ comment: false, reopen: false, confirm: false });
    expect(rights['26008'], 'Finance, closed yesterday').to.deep.equal({ comment: true, reopen: true, confirm: false });

    const reopened = await signedIn().reopenTicket!('8', 'The report is still rejected.', { idempotencyKey: key() });
    expect(reopened).to.include({ state: 'in-progress', stateLabel: 'open' });
    expect(reopened.events.at(-1)).to.include({ type: 'comment', text: 'The report is still rejected.' });

    // Zammad itself refuses when the page was told wrong: the refusal is "forbidden", not a retryable fault.
    const refused = await rejection(signedIn({ followUp: {} }).reopenTicket!('7', 'Still flickers.', { idempotencyKey: key() }));
    expect(refused).to.include({ kind: 'forbidden', status: 422 });
    expect(refused.message).to.contain('Cannot follow-up on a closed ticket');
    const comment = await rejection(signedIn({ followUp: {} }).addComment!('4', 'Any news?', { idempotencyKey: key() }));
    expect(comment).to.include({ kind: 'forbidden', status: 422 });
    const { tickets: after } = await fixture.state<{ tickets: { number: string; state: string }[] }>();
    expect(after.find((item) => item.number === '26007')!.state).to.equal('closed');
  });

  it('closes a solved ticket when the customer confirms, and reopens one with the reason as an article', async () => {
    const closed = await signedIn().confirmResolution!('2', { idempotencyKey: key() });
    expect(closed).to.include({ state: 'closed', stateLabel: 'closed' });
    const puts = (await fixture.requests()).filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.path)).to.deep.equal(['/api/v1/tickets/2']);

    await fixture.reset();
    const adapter = signedIn();
    const first = await adapter.reopenTicket!('2', 'Outlook asked again this morning.', { idempotencyKey: 'reopen-1' });
    // A new page (after a lost answer) sends the same reopen again: it finds the reason already there.
    await signedIn().reopenTicket!('2', 'Outlook asked again this morning.', { idempotencyKey: 'reopen-1' });
    expect(first.state).to.equal('in-progress');
    const { articles } = await fixture.state<{ articles: { ticket_id: number; body: string; internal: boolean; type: string; sender: string }[] }>();
    const sent = articles.filter((item) => item.body === 'Outlook asked again this morning.').map(({ ticket_id, internal, type, sender }) => ({ ticket_id, internal, type, sender }));
    expect(sent).to.deep.equal([{ ticket_id: 2, internal: false, type: 'web', sender: 'Customer' }]);
  });

  it('adds a public web article once even when a new page sends it again', async () => {
    const first = await signedIn().addComment!('3', 'A Jabra Evolve 40, please.', { idempotencyKey: 'a1' });
    const again = await signedIn().addComment!('3', 'A Jabra Evolve 40, please.', { idempotencyKey: 'a1' });
    expect(again.id).to.equal(first.id);
    expect(first.author).to.deep.equal({ name: 'Sam Rivera', isAgent: false });
    const posts = (await fixture.requests()).filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.path)).to.deep.equal(['/api/v1/ticket_articles']);
    const { articles } = await fixture.state<{ articles: { body: string; internal: boolean; type: string }[] }>();
    expect(articles.at(-1)).to.include({ body: 'A Jabra Evolve 40, please.', internal: false, type: 'web' });
  });

  it('works on a cookie session, echoing the CSRF token Zammad hands out', async () => {
    const cookie = '_zammad_session_fixture';
    document.cookie = `${cookie}=sam; path=${baseUrl}`;
    try {
      const adapter = withValidation(createZammadAdapter({ baseUrl, retries: 0 }));
      const event = await adapter.addComment!('1', 'Sent over the session.', { idempotencyKey: key() });
      expect(event.text).to.equal('Sent over the session.');
      const post = (await fixture.requests()).find((request) => request.method === 'POST')!;
      expect(post.headers['x-csrf-token']).to.equal('csrf-of-sam');
      expect(post.headers.authorization).to.equal(undefined);
    } finally {
      document.cookie = `${cookie}=; path=${baseUrl}; max-age=0`;
    }
  });

  it('finds published answers with match ranges and opens one, also when content and translation ids differ', async () => {
    const results = await signedIn().searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] });
    expect(results.hits.map((hit) => hit.title)).to.deep.equal(['Connect to the VPN from home']);
    const hit = results.hits[0]!;
    expect(hit).to.include({ id: '12:12', snippet: 'Install the VPN client and choose the nearest gateway.', category: 'Network', url: '/__fixtures/zammad/help/en-us/3-network/12-connect-to-the-vpn-from-home' });
    expect(hit.matches.map(({ field, start, end }) => (field === 'title' ? hit.title : hit.snippet).slice(start, end))).to.deep.equal(['VPN', 'VPN']);
    const search = (await fixture.requests())[0]!;
    expect([search.method, search.path]).to.deep.equal(['POST', '/api/v1/knowledge_bases/search']);

    const article = await signedIn().getArticle!(hit.id);
    expect(article).to.include({ title: 'Connect to the VPN from home', category: 'Network', url: hit.url, locale: 'en-us' });
    expect(article.body).to.contain('nearest gateway');
    expect(article.tags).to.deep.equal(['vpn', 'remote']);

    const [password] = (await signedIn().searchKnowledge!({ text: 'password', limit: 5, sources: ['articles'] })).hits;
    await fixture.reset();
    expect(password!.id).to.equal('13:21');
    expect((await signedIn().getArticle!(password!.id)).body).to.contain('self-service page');
    expect((await fixture.requests()).map((request) => request.query.include_contents)).to.deep.equal(['21', '30']);
  });

  it('never shows internal answers, and reports a missing one as not-found', async () => {
    const results = await signedIn().searchKnowledge!({ text: 'gateway maintenance', limit: 5, sources: ['articles'] });
    expect(results.hits.map((hit) => hit.title)).to.deep.equal(['Connect to the VPN from home']);
    expect((await rejection(signedIn().getArticle!('99:99'))).kind).to.equal('not-found');
    expect((await rejection(signedIn().getArticle!('15:15'))).kind).to.equal('forbidden');
  });

  it('reads every page of tickets (Zammad gives at most 100 a page) and stops at a short one', async () => {
    const pages: string[] = [];
    const paged: typeof fetch = async (input) => {
      const url = new URL(String(input), location.href);
      const page = Number(url.searchParams.get('page'));
      pages.push(`${page}/${url.searchParams.get('per_page')}`);
      const count = page === 1 ? 100 : 3;
      const tickets = Array.from({ length: count }, (_, index) => {
        const id = (page - 1) * 100 + index + 1;
        return { id, number: String(30000 + id), title: `Ticket ${id}`, state: 'open', owner_id: 1, created_at: '2026-11-01T09:00:00Z', updated_at: new Date(Date.UTC(2026, 10, 1) + id * 60_000).toISOString() };
      });
      return new Response(JSON.stringify(tickets), { headers: { 'Content-Type': 'application/json' } });
    };
    const list = await signedIn({ fetch: paged }).listTickets!({ filter: 'open', limit: 10 });
    expect(pages).to.deep.equal(['1/100', '2/100']);
    expect(list.total).to.equal(103);
    expect(list.tickets.map((ticket) => ticket.number).slice(0, 2), 'newest first, cut to the limit').to.deep.equal(['30103', '30102']);
    expect(list.tickets).to.have.length(10);
  });

  it('declares what Zammad offers a customer: no catalog, no satisfaction store', () => {
    const { capabilities } = createZammadAdapter({ baseUrl: 'https://desk.example.com/' });
    expect(capabilities).to.include({ search: true, articles: true, tickets: true, comments: true, reopen: true, confirm: true, catalog: false, requests: false, satisfaction: false, 'survey-state': false, sla: false });
  });
});
