import { expect } from '@open-wc/testing';
import { createGlpiAdapter, fromAttributes, type GlpiAdapterOptions } from '../../../src/adapters/glpi/index.js';
import { AdapterError, type AdapterErrorKind } from '../../../src/core/adapter.js';
import { configFrom } from '../../../src/core/registry.js';
import type { SatisfactionResponse } from '../../../src/core/schemas.js';
import { withValidation } from '../../../src/core/validate.js';
import { runAdapterContract } from '../contract.js';
import { fixtureControl, type FixtureFault } from '../rest/fixture-control.js';

const baseUrl = '/__fixtures/glpi';
const fixture = fixtureControl(baseUrl);
const appToken = 'sx-kit-app-token';
const getUserToken = () => 'personal-token-of-sam';
const getToken = () => 'oauth-token-of-sam';
const legacy = (options: Partial<GlpiAdapterOptions> = {}) => createGlpiAdapter({ baseUrl, appToken, getUserToken, retries: 0, ...options });
const highLevel = (options: Partial<GlpiAdapterOptions> = {}) => createGlpiAdapter({ baseUrl, api: 'v2', getToken, retries: 0, ...options });
const v1 = (options?: Partial<GlpiAdapterOptions>) => withValidation(legacy(options));
const v2 = (options?: Partial<GlpiAdapterOptions>) => withValidation(highLevel(options));

const FAULTS: Partial<Record<AdapterErrorKind, FixtureFault>> = {
  server: { status: 500 },
  unauthorized: { status: 401 },
  'rate-limited': { status: 429, retryAfter: 120 },
};

interface FixtureState {
  sessions: [string, number][];
  killed: string[];
  tickets: { id: number; name: string; status: number; itilcategories_id: number; urgency: number; type: number; requester: number }[];
  followups: { id: number; items_id: number; users_id: number; content: string; is_private: number }[];
  solutions: { id: number; items_id: number; status: number }[];
  surveys: { id: number; tickets_id: number; satisfaction: number | null; comment: string | null; date_answered: string | null }[];
}
const state = () => fixture.state<FixtureState>();
const requests = async (method: string, path: string) => (await fixture.requests()).filter((request) => request.method === method && request.path.endsWith(path));

async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, 'the call should fail').to.be.instanceOf(AdapterError);
  return error as AdapterError;
}

runAdapterContract('glpi (legacy API)', {
  create: async () => {
    await fixture.reset();
    return legacy();
  },
  fixtures: {
    searchText: 'vpn',
    openTicketId: '1',
    // GLPI opens a survey only when a ticket closes, so the rated ticket is a closed one; confirming
    // a solved ticket is checked below.
    resolvedTicketId: '2',
    reopenTicketId: '5',
    catalogItemId: '2',
    catalogValues: { name: 'New laptop', content: 'Mine no longer starts.', urgency: '4' },
    missingId: '9999',
  },
  injectFault: (_adapter, kind) => fixture.fault(FAULTS[kind] ?? { status: 500 }),
});

runAdapterContract('glpi (high-level API)', {
  create: async () => {
    await fixture.reset();
    return highLevel();
  },
  fixtures: { searchText: 'vpn', openTicketId: '1', resolvedTicketId: '5', missingId: '9999' },
  injectFault: (_adapter, kind) => fixture.fault(FAULTS[kind] ?? { status: 500 }),
});

describe('glpi adapter, legacy API', () => {
  beforeEach(() => fixture.reset());

  it('opens one session with the personal token and the App-Token, sends Session-Token after, and ends it', async () => {
    const adapter = legacy();
    await adapter.listTickets!({ filter: 'all' });
    await adapter.getTicket!('1');
    const log = await fixture.requests();
    expect(log[0]).to.deep.include({ path: '/apirest.php/initSession' });
    expect(log[0]!.headers).to.include({ authorization: 'user_token personal-token-of-sam', 'app-token': appToken });
    expect(log.filter((request) => request.path.endsWith('/initSession'))).to.have.length(1);
    const token = (await state()).sessions[0]![0];
    for (const request of log.slice(1)) {
      expect(request.headers, request.path).to.include({ 'session-token': token, 'app-token': appToken });
      expect(request.headers.authorization, request.path).to.equal(undefined);
    }
    await adapter.endSession();
    expect((await state()).killed).to.deep.equal([token]);
    expect((await state()).sessions).to.deep.equal([]);
  });

  it('uses a session the host already holds, and opens none of its own', async () => {
    const opened = await fetch(`${baseUrl}/apirest.php/initSession`, { headers: { Authorization: 'user_token personal-token-of-sam', 'App-Token': appToken } });
    const { session_token: sessionToken } = (await opened.json()) as { session_token: string };
    await fixture.requests();
    await v1({ getUserToken: undefined, getSessionToken: () => sessionToken }).listTickets!({ filter: 'all' });
    const log = await fixture.requests();
    expect(log.map((request) => request.path)).to.deep.equal(['/apirest.php/initSession', '/apirest.php/Ticket']);
    expect(log[1]!.headers['session-token']).to.equal(sessionToken);
  });

  it('opens a new session once when GLPI says the session expired', async () => {
    const adapter = v1();
    await adapter.listTickets!({ filter: 'all' });
    await fixture.fault({ status: 401, path: '/Ticket', times: 1 });
    const { tickets } = await adapter.listTickets!({ filter: 'all' });
    expect(tickets).to.have.length(5);
    expect(await requests('GET', '/initSession')).to.have.length(2);
  });

  it('shows GLPI statuses as plain states, keeps GLPI’s labels, and lists only the requester’s tickets', async () => {
    const { tickets, total } = await v1().listTickets!({ filter: 'all' });
    expect(total).to.equal(5);
    const byId = Object.fromEntries(tickets.map((ticket) => [ticket.id, ticket]));
    expect(byId['1']).to.include({ number: '#1', state: 'assigned', stateLabel: 'Processing (assigned)', title: 'Wi-Fi drops in meeting room 4' });
    expect(byId['2']).to.include({ state: 'closed', stateLabel: 'Closed' });
    expect(byId['3']).to.include({ state: 'waiting-on-you', stateLabel: 'Pending' });
    expect(byId['4']).to.include({ state: 'new', stateLabel: 'New' });
    expect(byId['5']).to.include({ state: 'resolved', stateLabel: 'Solved' });
    expect(byId['6'], 'Beth’s ticket').to.equal(undefined);
    expect(byId['4']!.priority).to.deep.equal({ level: 'critical', label: 'Very high' });
    expect(byId['1']!.createdAt).to.equal('2026-10-30T14:20:00+00:00');
    expect(byId['5']!.permissions).to.deep.equal({ comment: true, reopen: true, confirm: true });
    expect(byId['2']!.permissions).to.deep.equal({ comment: false, reopen: false, confirm: false });
    const [list] = await requests('GET', '/Ticket');
    expect(list!.query).to.include({ range: '0-49', sort: '19', order: 'DESC' });

    const open = await v1().listTickets!({ filter: 'open' });
    expect(open.tickets.map((ticket) => ticket.id).sort()).to.deep.equal(['1', '3', '4']);
    const done = await v1().listTickets!({ filter: 'resolved' });
    expect(done.tickets.map((ticket) => ticket.id).sort()).to.deep.equal(['2', '5']);
  });

  it('pages with range and reads the total from Content-Range', async () => {
    const { tickets, total } = await v1().listTickets!({ filter: 'all', limit: 2 });
    expect(tickets).to.have.length(2);
    expect(total).to.equal(5);
    expect((await requests('GET', '/Ticket'))[0]!.query.range).to.equal('0-1');
  });

  it('shows public followups and the solution, never a private followup, the desk marked as agent', async () => {
    const ticket = await v1().getTicket!('1');
    expect(ticket.events.map((event) => [event.type, event.author?.name, event.author?.isAgent, event.text])).to.deep.equal([
      ['created', undefined, undefined, undefined],
      ['comment', 'Sam Rivera', false, 'It drops every ten minutes, mostly in the afternoon.'],
      ['comment', 'Priya Nair', true, 'We are looking at the access point.'],
    ]);
    expect(JSON.stringify(ticket)).not.to.match(/Internal|Note to self/);
    const solved = await v1().getTicket!('5');
    expect(solved.events.at(-1)).to.deep.include({ type: 'resolution', text: 'Replaced the toner cartridge.', author: { name: 'Priya Nair', isAgent: true } });
    expect((await requests('GET', '/ITILFollowup'))[0]!.query['add_keys_names[]']).to.equal('users_id');
  });

  it('adds a public followup once, even when a new page sends it again', async () => {
    const text = 'Still dropping.\nAlso in room 5.';
    const first = await v1().addComment!('1', text, { idempotencyKey: 'c1' });
    const again = await v1().addComment!('1', text, { idempotencyKey: 'c1' });
    expect(again.id).to.equal(first.id);
    expect(first).to.deep.include({ type: 'comment', text: 'Still dropping. Also in room 5.', author: { name: 'Sam Rivera', isAgent: false } });
    const posts = await requests('POST', '/ITILFollowup');
    expect(posts).to.have.length(1);
    const stored = (await state()).followups.at(-1)!;
    expect(stored).to.deep.include({ items_id: 1, users_id: 7, is_private: 0, content: '<p>Still dropping.<br>Also in room 5.</p>' });
  });

  it('escapes what the requester typed', async () => {
    await v1().addComment!('1', '<img src=x onerror=alert(1)> & done', { idempotencyKey: 'c2' });
    expect((await state()).followups.at(-1)!.content).to.equal('<p>&#60;img src=x onerror=alert(1)&#62; &#38; done</p>');
  });

  it('approves the proposed solution once: the ticket closes and GLPI opens its survey', async () => {
    const ticket = await v1().confirmResolution!('5', { idempotencyKey: 'ok5' });
    expect(ticket).to.include({ state: 'closed', stateLabel: 'Closed' });
    await v1().confirmResolution!('5', { idempotencyKey: 'ok5' });
    const posts = (await state()).followups.filter((item) => item.items_id === 5);
    expect(posts).to.have.length(1);
    const { solutions, surveys } = await state();
    expect(solutions.find((item) => item.items_id === 5)!.status, 'accepted').to.equal(3);
    expect(surveys.map((survey) => survey.tickets_id)).to.include(5);
  });

  it('refuses the solution with the reason: the ticket is worked on again', async () => {
    const ticket = await v1().reopenTicket!('5', 'Still blank pages.', { idempotencyKey: 'no5' });
    expect(ticket.state).to.equal('assigned');
    expect(ticket.permissions).to.include({ reopen: false, confirm: false });
    expect(ticket.events.find((event) => event.text === 'Still blank pages.')?.type).to.equal('comment');
    expect((await state()).solutions.find((item) => item.items_id === 5)!.status, 'refused').to.equal(4);
    await v1().reopenTicket!('5', 'Still blank pages.', { idempotencyKey: 'no5' });
    expect((await state()).followups.filter((item) => item.items_id === 5)).to.have.length(1);
  });

  it('answers the ticket’s survey on GLPI’s scale, and refuses what GLPI cannot hold', async () => {
    const answer = (scale: SatisfactionResponse['scale'], score: number, ticketId = '2'): SatisfactionResponse => ({
      id: `r-${scale}-${ticketId}`,
      subject: { type: 'ticket', id: ticketId },
      scale,
      score,
      reasons: [],
      comment: 'Quick and friendly',
      anonymous: false,
      submittedAt: new Date().toISOString(),
    });
    const adapter = v1();
    expect((await adapter.getSurveyState!({ type: 'ticket', id: '2' })).answered).to.equal(false);
    await adapter.submitSatisfaction!(answer('csat5', 4), { idempotencyKey: 'r1' });
    expect((await adapter.getSurveyState!({ type: 'ticket', id: '2' })).answered).to.equal(true);
    expect((await state()).surveys[0]).to.include({ tickets_id: 2, satisfaction: 4, comment: 'Quick and friendly' });
    expect((await failure(adapter.submitSatisfaction!(answer('nps11', 9), { idempotencyKey: 'r2' }))).kind).to.equal('invalid-response');
    expect((await failure(adapter.submitSatisfaction!(answer('csat5', 5, '1'), { idempotencyKey: 'r3' }))).kind, 'no survey yet').to.equal('conflict');
  });

  it('finds FAQ items by their words with match ranges, and reads one (escaped HTML decoded)', async () => {
    const results = await v1().searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] });
    expect(results.hits.map((hit) => hit.title)).to.deep.equal(['Connect to the VPN from home']);
    expect(results.total).to.equal(1);
    const hit = results.hits[0]!;
    expect(hit.snippet).to.equal('Install the VPN client and choose the nearest gateway.');
    expect(hit.matches.map(({ field, start, end }) => (field === 'title' ? hit.title : hit.snippet).slice(start, end))).to.deep.equal(['VPN', 'VPN']);
    const [search] = await requests('GET', '/search/KnowbaseItem');
    expect(search!.query).to.include({ 'criteria[0][field]': '1', 'criteria[1][field]': '7', 'criteria[1][link]': 'OR', 'criteria[0][value]': 'vpn', range: '0-4' });
    const article = await v1().getArticle!('2');
    expect(article).to.include({ title: 'Reset a forgotten password', body: '<p>Use the self-service page and your phone.</p>', updatedAt: '2026-10-12T13:02:00+00:00' });
    expect(article.url).to.equal('/__fixtures/glpi/front/knowbaseitem.form.php?id=2');
  });

  it('finds an item by any word of an expanded query, as the search box sends it', async () => {
    // GLPI's `contains` matches one phrase: the whole expanded text would match nothing.
    const results = await v1().searchKnowledge!({ text: 'vpn virtual private network remote access', limit: 5, sources: ['articles'] });
    expect(results.hits.map((hit) => hit.title)).to.include('Connect to the VPN from home');
  });

  it('offers the helpdesk’s request categories as the catalog, and opens one ticket per request', async () => {
    const list = await v1().listCatalog!({});
    expect(list.items.map((item) => [item.id, item.name, item.categories])).to.deep.equal([
      ['1', 'Hardware', []],
      ['2', 'Laptop', ['Hardware']],
    ]);
    const item = await v1().getCatalogItem!('2');
    expect(item.shortDescription).to.equal('A new or replacement laptop.');
    expect(item.variables.map((variable) => [variable.name, variable.type, variable.required ?? false])).to.deep.equal([
      ['name', 'text', true],
      ['content', 'textarea', true],
      ['urgency', 'select', false],
    ]);
    const request = { itemId: '2', values: { name: 'New laptop', content: 'Mine no longer starts.', urgency: '4' } };
    const receipt = await v1().submitRequest!(request, { idempotencyKey: 'q1' });
    expect(receipt).to.include({ state: 'new' });
    // A new page re-sending the same request finds it instead of opening a second ticket.
    const again = await v1().submitRequest!(request, { idempotencyKey: 'q1' });
    expect(again.ticketId).to.equal(receipt.ticketId);
    expect(await requests('POST', '/Ticket')).to.have.length(1);
    expect((await state()).tickets.find((ticket) => String(ticket.id) === receipt.ticketId)).to.include({
      name: 'New laptop',
      type: 2,
      itilcategories_id: 2,
      urgency: 4,
      requester: 7,
    });
  });

  it('maps GLPI’s error codes: a missing right (a 401 in GLPI) is forbidden, a missing session unauthorized', async () => {
    const forbidden = await failure(v1().getTicket!('6'));
    expect(forbidden).to.include({ kind: 'forbidden', status: 401 });
    const noSession = await failure(v1({ getUserToken: undefined }).listTickets!({ filter: 'all' }));
    expect(noSession).to.include({ kind: 'unauthorized', status: 400 });
    const wrongApp = await failure(v1({ appToken: 'nope' }).listTickets!({ filter: 'all' }));
    expect(wrongApp.kind).to.equal('unauthorized');
    const badToken = await failure(v1({ getUserToken: () => 'guess' }).listTickets!({ filter: 'all' }));
    expect(badToken).to.include({ kind: 'unauthorized', status: 401 });
    expect((await failure(v1().getTicket!('9999'))).kind).to.equal('not-found');
  });

  it('reports slow, broken and incomplete answers', async () => {
    await fixture.fault({ status: 429, retryAfter: 120 });
    expect(await failure(v1({ retries: 2 }).listTickets!({ filter: 'all' }))).to.include({ kind: 'rate-limited', retryAfter: 120 });
    await fixture.reset();
    await fixture.fault({ status: 503, times: 1 });
    await v1({ retries: 1 }).searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] });
    await fixture.reset();
    await fixture.fault({ delayMs: 2000 });
    expect((await failure(v1({ timeoutMs: 150 }).listTickets!({ filter: 'all' }))).kind).to.equal('timeout');
    await fixture.reset();
    await fixture.fault({ malformed: true, path: '/Ticket' });
    expect((await failure(v1().listTickets!({ filter: 'all' }))).kind).to.equal('invalid-response');
    await fixture.reset();
    await fixture.fault({ path: '/Ticket', omit: '0.date_mod' });
    const incomplete = await failure(v1().listTickets!({ filter: 'all' }));
    expect(incomplete.kind).to.equal('invalid-response');
    expect(incomplete.message).to.contain('0.date_mod');
  });

  it('declares what a GLPI requester can do through the legacy API', () => {
    expect(legacy().capabilities).to.include({ tickets: true, comments: true, confirm: true, reopen: true, catalog: true, requests: true, satisfaction: true, 'survey-state': true, sla: false, 'article-feedback': false });
  });
});

describe('glpi adapter, high-level API', () => {
  beforeEach(() => fixture.reset());

  it('sends the OAuth2 token as a bearer, keeps GLPI’s status names, and hides private followups', async () => {
    const adapter = v2();
    const { tickets, total } = await adapter.listTickets!({ filter: 'all' });
    expect(total).to.equal(5);
    expect(tickets.find((ticket) => ticket.id === '3')).to.include({ state: 'waiting-on-you', stateLabel: 'Pending' });
    const ticket = await adapter.getTicket!('1');
    expect(ticket.events.filter((event) => event.type === 'comment').map((event) => event.author?.name)).to.deep.equal(['Sam Rivera', 'Priya Nair']);
    expect(JSON.stringify(ticket)).not.to.match(/Internal|Note to self/);
    for (const request of await fixture.requests()) {
      expect(request.path, 'the high-level API only').to.match(/^\/api\.php\/v2\//);
      expect(request.headers.authorization).to.equal('Bearer oauth-token-of-sam');
      expect(request.headers['session-token']).to.equal(undefined);
    }
    expect((await requests('GET', '/Assistance/Ticket'))[0]!.query).to.include({ sort: 'date_mod:desc', limit: '50' });
  });

  it('searches the knowledge base with an RSQL filter and reads an article', async () => {
    const results = await v2().searchKnowledge!({ text: 'VPN client', limit: 5, sources: ['articles'] });
    expect(results.hits.map((hit) => hit.id)).to.deep.equal(['1']);
    expect((await requests('GET', '/Knowledgebase/Article'))[0]!.query.filter).to.equal('name=ilike="*VPN client*",content=ilike="*VPN client*"');
    expect(await v2().getArticle!('1')).to.include({ title: 'Connect to the VPN from home', updatedAt: '2026-10-12T13:01:00+00:00' });
  });

  it('adds a public followup through the ticket’s timeline, once per key', async () => {
    const first = await v2().addComment!('3', 'A Jabra Evolve 40, please.', { idempotencyKey: 'h1' });
    const again = await v2().addComment!('3', 'A Jabra Evolve 40, please.', { idempotencyKey: 'h1' });
    expect(again.id).to.equal(first.id);
    expect(first.author).to.deep.equal({ name: 'Sam Rivera', isAgent: false });
    expect(await requests('POST', '/Assistance/Ticket/3/Timeline/Followup')).to.have.length(1);
    expect((await state()).followups.at(-1)).to.include({ items_id: 3, is_private: 0, content: '<p>A Jabra Evolve 40, please.</p>' });
  });

  it('reports GLPI’s errors by kind', async () => {
    expect((await failure(v2().getTicket!('6'))).kind, 'another person’s ticket').to.equal('not-found');
    expect((await failure(v2({ getToken: undefined }).listTickets!({ filter: 'all' }))).kind).to.equal('unauthorized');
  });

  it('leaves out what the high-level API has no route for', () => {
    const { capabilities } = highLevel();
    expect(capabilities).to.include({ search: true, articles: true, tickets: true, comments: true, confirm: false, reopen: false, satisfaction: false, catalog: false, requests: false });
  });
});

describe('glpi adapter attributes', () => {
  it('reads the API, App-Token, time offset and survey scale; never a credential', () => {
    const options = fromAttributes(configFrom({ 'base-url': 'https://glpi.example', api: 'v2', 'app-token': 'app', 'utc-offset': '+01:00', 'inquest-max-rate': '10', 'user-token': 'secret' }));
    expect(options).to.deep.equal({ baseUrl: 'https://glpi.example', api: 'v2', appToken: 'app', utcOffset: '+01:00', inquestMaxRate: 10 });
    expect(fromAttributes(configFrom({ 'base-url': '/glpi' }))).to.include({ api: 'v1', inquestMaxRate: undefined });
  });
});
