import { expect } from '@open-wc/testing';
import { createTopdeskAdapter, incidentState, isoDate, priorityLevel, type TopdeskAdapterOptions } from '../../../src/adapters/topdesk/index.js';
import { AdapterError, type AdapterErrorKind } from '../../../src/core/adapter.js';
import type { SatisfactionResponse } from '../../../src/core/schemas.js';
import { withValidation } from '../../../src/core/validate.js';
import { runAdapterContract } from '../contract.js';
import { fixtureControl, type FixtureFault } from '../rest/fixture-control.js';
import { runRemoteAdapterSuite } from '../rest/remote-suite.js';

const baseUrl = '/__fixtures/topdesk';
const fixture = fixtureControl(baseUrl);
const getToken = () => 'token-of-sam';
const uuid = (n: number) => `5b1c0e2a-0000-4000-8000-${String(n).padStart(12, '0')}`;
const INCIDENT = (n: number) => uuid(1000 + n);
const SAM = uuid(1);
const signedIn = (options: Partial<TopdeskAdapterOptions> = {}) => withValidation(createTopdeskAdapter({ baseUrl, getToken, retries: 0, ...options }));

const FAULTS: Partial<Record<AdapterErrorKind, FixtureFault>> = {
  server: { status: 500 },
  unauthorized: { status: 401 },
  'rate-limited': { status: 429, retryAfter: 120 },
};

runAdapterContract('topdesk', {
  create: async () => {
    await fixture.reset();
    return createTopdeskAdapter({ baseUrl, getToken, retries: 0 });
  },
  fixtures: {
    searchText: 'vpn',
    openTicketId: INCIDENT(1),
    resolvedTicketId: INCIDENT(2),
    missingId: uuid(9999),
  },
  injectFault: (_adapter, kind) => fixture.fault(FAULTS[kind] ?? { status: 500 }),
});

runRemoteAdapterSuite('topdesk', {
  prefix: baseUrl,
  // With the person's id given, reading their incidents is one request.
  create: (options) => createTopdeskAdapter({ baseUrl, personId: SAM, ...options }),
  publicRead: (adapter) => adapter.searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] }),
  personalRead: (adapter) => adapter.listTickets!({ filter: 'all' }),
  missingRead: (adapter) => adapter.getTicket!(uuid(9999)),
  incomplete: {
    path: '/tas/api/incidents',
    omit: '0.modificationDate',
    named: '0.modificationDate',
    read: (adapter) => adapter.listTickets!({ filter: 'open' }),
  },
});

describe('topdesk adapter', () => {
  beforeEach(() => fixture.reset());

  it('shows processing statuses in plain states, keeps TOPdesk’s words, and finds the caller first', async () => {
    const { tickets } = await signedIn().listTickets!({ filter: 'all' });
    const byNumber = Object.fromEntries(tickets.map((ticket) => [ticket.number, ticket]));
    expect(byNumber['I 2611 001']).to.include({ state: 'in-progress', stateLabel: 'In progress', title: 'Wi-Fi drops in meeting room 4' });
    expect(byNumber['I 2611 002']).to.include({ state: 'resolved', stateLabel: 'Completed' });
    expect(byNumber['I 2611 003']).to.include({ state: 'waiting-on-you', stateLabel: 'Waiting for user' });
    expect(byNumber['I 2611 004']).to.include({ state: 'closed', stateLabel: 'Closed' });
    expect(byNumber['I 2611 005']).to.include({ state: 'new', stateLabel: 'Logged' });
    expect(byNumber['I 2611 006'], 'someone else’s incident').to.equal(undefined);
    expect(byNumber['I 2611 005']!.priority).to.deep.equal({ level: 'critical', label: 'P1 - Critical' });
    expect(byNumber['I 2611 001']!.assignee).to.deep.equal({ name: 'Priya Nair', group: 'Service Desk' });
    expect(byNumber['I 2611 001']!.createdAt).to.equal('2026-10-30T14:20:00.000+00:00');
    expect(byNumber['I 2611 004']!.permissions).to.deep.equal({ comment: false, reopen: false, confirm: false });
    const requests = await fixture.requests();
    expect(requests.map((request) => request.path)).to.deep.equal(['/tas/api/persons/current', '/tas/api/incidents']);
    expect(requests[1]!.query.query).to.equal(`caller.id==${SAM}`);

    const open = await signedIn({ personId: SAM }).listTickets!({ filter: 'open' });
    expect(open.tickets.map((ticket) => ticket.number).sort()).to.deep.equal(['I 2611 001', 'I 2611 003', 'I 2611 005']);
    expect((await fixture.requests()).at(-1)!.query.query).to.equal(`caller.id==${SAM};completed==false`);
  });

  it('maps statuses, custom statuses and priority names', () => {
    const status = (name: string, flags: { completed?: boolean; closed?: boolean; operator?: boolean } = {}) =>
      incidentState({ processingStatus: { name }, completed: flags.completed, closed: flags.closed, operator: flags.operator ? { id: 'o1', name: 'Op' } : null }, { 'met leverancier': 'in-progress' });
    expect(status('Logged')).to.deep.equal(['new', 'Logged']);
    expect(status('Waiting for user')).to.deep.equal(['waiting-on-you', 'Waiting for user']);
    expect(status('Met leverancier')).to.deep.equal(['in-progress', 'Met leverancier']);
    expect(status('Something new', { operator: true })).to.deep.equal(['assigned', 'Something new']);
    expect(status('Something new')).to.deep.equal(['new', 'Something new']);
    expect(status('In progress', { completed: true })).to.deep.equal(['resolved', 'In progress']);
    expect(status('Completed', { completed: true, closed: true })).to.deep.equal(['closed', 'Completed']);
    const table = [
      ['P1 - Critical', 'critical'],
      ['P2', 'high'],
      ['3 Normal', 'moderate'],
      ['Urgent', 'critical'],
      ['High', 'high'],
      ['Low', 'low'],
      ['Planned', 'planning'],
      ['Whenever', undefined],
    ] as const;
    for (const [name, level] of table) expect(priorityLevel(name), name).to.equal(level);
    expect(isoDate('2026-11-02T09:00:00.000+0100')).to.equal('2026-11-02T09:00:00.000+01:00');
  });

  it('shows the progress trail without entries hidden from the caller, agents marked', async () => {
    const ticket = await signedIn().getTicket!(INCIDENT(1));
    expect(ticket.events.map((event) => [event.type, event.author?.name, event.author?.isAgent, event.text])).to.deep.equal([
      ['created', undefined, undefined, undefined],
      ['comment', 'Sam Rivera', false, 'It drops every ten minutes, mostly in the afternoon.'],
      ['comment', 'Priya Nair', true, 'We are looking at the access point.'],
    ]);
    expect(JSON.stringify(ticket)).not.to.contain('Internal');
  });

  it('shows the target date as the resolution SLA, paused while on hold', async () => {
    const running = await signedIn().getTicket!(INCIDENT(1));
    expect(running.sla).to.deep.equal({ kind: 'resolution', dueAt: '2036-01-01T09:00:00.000+00:00', breached: false, paused: false });
    const onHold = await signedIn().getTicket!(INCIDENT(3));
    expect(onHold.sla).to.deep.equal({ kind: 'resolution', dueAt: '2026-11-02T07:20:00.000+00:00', breached: true, paused: true });
    const done = await signedIn().getTicket!(INCIDENT(2));
    expect(done.sla!.breached, 'completed before its target date').to.equal(false);
    expect((await signedIn().getTicket!(INCIDENT(5))).sla, 'no target date, no SLA').to.equal(undefined);
  });

  it('adds an action once even when a new page sends it again', async () => {
    const first = await signedIn().addComment!(INCIDENT(3), 'A Jabra Evolve 40, please.', { idempotencyKey: 'a1' });
    const again = await signedIn().addComment!(INCIDENT(3), 'A Jabra Evolve 40, please.', { idempotencyKey: 'a1' });
    expect(again.id).to.equal(first.id);
    expect(first.author).to.deep.equal({ name: 'Sam Rivera', isAgent: false });
    expect((await fixture.requests()).filter((request) => request.method === 'PATCH')).to.have.length(1);
  });

  it('stores a 1–5 rating on a completed incident, and refuses scales TOPdesk cannot hold', async () => {
    const answer = (scale: SatisfactionResponse['scale'], score: number): SatisfactionResponse => ({
      id: `r-${scale}`,
      subject: { type: 'ticket', id: INCIDENT(2) },
      scale,
      score,
      reasons: [],
      comment: 'Quick and friendly',
      anonymous: false,
      submittedAt: new Date().toISOString(),
    });
    const adapter = signedIn();
    expect((await adapter.getSurveyState!({ type: 'ticket', id: INCIDENT(2) })).answered).to.equal(false);
    await adapter.submitSatisfaction!(answer('csat5', 4), { idempotencyKey: 'r1' });
    expect((await adapter.getSurveyState!({ type: 'ticket', id: INCIDENT(2) })).answered).to.equal(true);
    const { ratings } = await fixture.state<{ ratings: { number: string; feedbackRating: number; feedbackMessage: string }[] }>();
    expect(ratings).to.deep.equal([{ number: 'I 2611 002', feedbackRating: 4, feedbackMessage: 'Quick and friendly' }]);
    const refused = await adapter.submitSatisfaction!(answer('nps11', 9), { idempotencyKey: 'r2' }).catch((error: unknown) => error);
    expect(refused).to.be.instanceOf(AdapterError);
  });

  it('finds knowledge items people may see by their words, with match ranges', async () => {
    const results = await signedIn().searchKnowledge!({ text: 'vpn', limit: 5, sources: ['articles'] });
    expect(results.hits.map((hit) => hit.title)).to.deep.equal(['Connect to the VPN from home']);
    const hit = results.hits[0]!;
    expect(hit.snippet).to.equal('Install the VPN client and choose the nearest gateway.');
    expect(hit.matches.map(({ field, start, end }) => (field === 'title' ? hit.title : hit.snippet).slice(start, end))).to.deep.equal(['VPN', 'VPN']);
    expect((await fixture.requests())[0]!.query.query).to.equal('visibility.sspVisibility==VISIBLE;archived==false');
    const article = await signedIn().getArticle!(hit.id);
    expect(article).to.include({ title: 'Connect to the VPN from home', updatedAt: '2026-10-12T13:00:00.000+00:00' });
    expect(article.body).to.contain('More detail');
    expect(article.tags).to.deep.equal(['vpn', 'remote', 'home']);
  });

  it('declares what TOPdesk offers a caller', () => {
    const { capabilities } = createTopdeskAdapter({ baseUrl: 'https://acme.topdesk.net/' });
    expect(capabilities).to.include({ tickets: true, comments: true, sla: true, satisfaction: true, reopen: false, confirm: false, catalog: false, requests: false });
  });
});
