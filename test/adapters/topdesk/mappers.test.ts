/**
 * The TOPdesk mappers on their own, fed payloads in the shapes TOPdesk documents for its Incident
 * Management API (`GET /tas/api/incidents/id/{id}`, `…/progresstrail`) and its Knowledge Base API
 * (`knowledgeItems` with `translation.content`). Dates carry TOPdesk's offset without a colon
 * (`+0000`). The same shapes feed test/fixtures/topdesk-routes.mjs.
 */
import { expect } from '@open-wc/testing';
import { fromAttributes } from '../../../src/adapters/topdesk/attributes.js';
import { createTopdeskClient } from '../../../src/adapters/topdesk/client.js';
import { toArticle, toFeedback, toSearchResults, toTicket, toTicketSummary, toTrailComments } from '../../../src/adapters/topdesk/mappers.js';
import { IncidentSchema, KnowledgeItemSchema, TrailSchema } from '../../../src/adapters/topdesk/vendor-schemas.js';
import { AdapterError } from '../../../src/core/adapter.js';
import { configFrom } from '../../../src/core/registry.js';
import { TicketSchema, type SatisfactionResponse } from '../../../src/core/schemas.js';
import { parseOrThrow } from '../../../src/core/validate.js';

const root = 'https://acme.topdesk.net';
const ID = '5b1c0e2a-0000-4000-8000-000000001001';
const NOW = Date.parse('2026-11-02T09:00:00Z');
const PRIYA = { id: 'op-priya', name: 'Priya Nair' };

/** An incident as the Incident Management API answers it (fields we do not read left in). */
function incident(overrides: Record<string, unknown> = {}) {
  return parseOrThrow(
    IncidentSchema,
    {
      id: ID,
      status: 'firstLine',
      number: 'I 2611 001',
      request: 'Wi-Fi drops in meeting room 4.',
      caller: { id: 'p-sam', dynamicName: 'Sam Rivera', branch: null },
      briefDescription: 'Wi-Fi drops in meeting room 4',
      callType: { id: 'ct', name: 'Incident' },
      priority: { id: 'pr2', name: 'P2 - High' },
      targetDate: '2026-11-03T09:00:00.000+0000',
      onHold: false,
      feedbackRating: null,
      operator: PRIYA,
      operatorGroup: { id: 'og', name: 'Service Desk' },
      processingStatus: { id: 'ps', name: 'In progress' },
      completed: false,
      completedDate: null,
      closed: false,
      callDate: '2026-10-30T14:20:00.000+0000',
      creationDate: '2026-10-30T14:21:00.000+0000',
      modificationDate: '2026-10-30T15:20:00.000+0100',
      majorCall: false,
      ...overrides,
    },
    'incident',
  );
}

describe('topdesk mappers: incidents', () => {
  it('maps processing statuses to plain states and keeps TOPdesk’s status name', () => {
    const state = (overrides: Record<string, unknown>, statuses?: Record<string, 'in-progress'>) => {
      const { state: mapped, stateLabel } = toTicketSummary(incident(overrides), root, NOW, statuses);
      return [mapped, stateLabel];
    };
    expect(state({})).to.deep.equal(['in-progress', 'In progress']);
    expect(state({ processingStatus: { name: 'Waiting for user' } })).to.deep.equal(['waiting-on-you', 'Waiting for user']);
    expect(state({ processingStatus: { name: 'Logged' }, operator: null })).to.deep.equal(['new', 'Logged']);
    expect(state({ processingStatus: { name: 'Doorgezet' } }), 'unknown status, an operator has it').to.deep.equal(['assigned', 'Doorgezet']);
    expect(state({ processingStatus: { name: 'Met leverancier' } }, { 'met leverancier': 'in-progress' })).to.deep.equal(['in-progress', 'Met leverancier']);
    expect(state({ processingStatus: { name: 'Completed' }, completed: true })).to.deep.equal(['resolved', 'Completed']);
    expect(state({ processingStatus: null, completed: true, closed: true }), 'no status name: our state as the label').to.deep.equal(['closed', 'closed']);
  });

  it('reads priority names, people, dates and the portal link', () => {
    const ticket = toTicketSummary(incident(), root, NOW);
    expect(ticket).to.deep.include({
      id: ID,
      number: 'I 2611 001',
      title: 'Wi-Fi drops in meeting room 4',
      description: 'Wi-Fi drops in meeting room 4.',
      priority: { level: 'high', label: 'P2 - High' },
      assignee: { name: 'Priya Nair', group: 'Service Desk' },
      createdAt: '2026-10-30T14:20:00.000+00:00',
      updatedAt: '2026-10-30T15:20:00.000+01:00',
      permissions: { comment: true, reopen: false, confirm: false },
      url: `${root}/tas/public/ssp/content/detail/incident?unid=5b1c0e2a000040008000000000001001`,
    });
    expect(toTicketSummary(incident({ priority: { name: 'Whenever' } }), root, NOW).priority, 'a name that says no level').to.equal(undefined);
    expect(toTicketSummary(incident({ priority: null, operator: null, operatorGroup: null, briefDescription: '' }), root, NOW)).to.deep.include({
      priority: undefined,
      assignee: undefined,
      title: 'I 2611 001',
    });
    expect(toTicketSummary(incident({ closed: true, completed: true }), root, NOW).permissions.comment, 'closed: no more actions').to.equal(false);
  });

  it('takes the target date as the resolution SLA: breached by the clock or by a late completion, paused on hold', () => {
    const sla = (overrides: Record<string, unknown>, now = NOW) => toTicketSummary(incident(overrides), root, now).sla;
    expect(sla({})).to.deep.equal({ kind: 'resolution', dueAt: '2026-11-03T09:00:00.000+00:00', breached: false, paused: false });
    expect(sla({}, Date.parse('2026-11-04T00:00:00Z'))!.breached, 'open past its target').to.equal(true);
    expect(sla({ onHold: true })!.paused).to.equal(true);
    expect(sla({ completed: true, completedDate: '2026-11-02T18:00:00.000+0000' }, Date.parse('2027-01-01T00:00:00Z'))!.breached, 'completed in time').to.equal(false);
    expect(sla({ completed: true, completedDate: '2026-11-03T10:00:00.000+0000' })!.breached, 'completed late').to.equal(true);
    expect(sla({ targetDate: null })).to.equal(undefined);
  });

  it('shows only the progress-trail entries the caller may see, operators marked as agents', () => {
    const trail = parseOrThrow(
      TrailSchema,
      [
        { id: 't1', memoText: 'It drops every ten minutes.', plainText: 'It drops every ten minutes.', flag: 0, invisibleForCaller: false, entryDate: '2026-10-30T14:30:00.000+0000', creationDate: '2026-10-30T14:30:00.000+0000', operator: null, person: { id: 'p-sam', name: 'Sam Rivera' } },
        { id: 't2', memoText: '<p>Internal: AP-4 firmware.</p>', plainText: 'Internal: AP-4 firmware.', invisibleForCaller: true, entryDate: '2026-10-30T14:35:00.000+0000', operator: PRIYA, person: null },
        { id: 't3', memoText: '<p>We are looking at the <b>access point</b>.</p>', invisibleForCaller: false, creationDate: '2026-10-30T14:40:00.000+0000', operator: PRIYA, person: null },
        { id: 't4', memoText: '', plainText: '', invisibleForCaller: false, entryDate: '2026-10-30T14:45:00.000+0000', operator: PRIYA, person: null },
      ],
      'trail',
    );
    expect(toTrailComments(trail).map((entry) => [entry.id, entry.text, entry.author?.isAgent, entry.personId])).to.deep.equal([
      ['t1', 'It drops every ten minutes.', false, 'p-sam'],
      ['t3', 'We are looking at the access point.', true, undefined],
    ]);
    const ticket = toTicket(incident(), [...trail].reverse(), root, NOW);
    expect(ticket.events.map((event) => [event.type, event.at, event.author?.name])).to.deep.equal([
      ['created', '2026-10-30T14:20:00.000+00:00', undefined],
      ['comment', '2026-10-30T14:30:00.000+00:00', 'Sam Rivera'],
      ['comment', '2026-10-30T14:40:00.000+00:00', 'Priya Nair'],
    ]);
    expect(JSON.stringify(ticket)).not.to.contain('personId');
    expect(JSON.stringify(ticket)).not.to.contain('Internal');
    expect(TicketSchema.safeParse(ticket).success, 'a valid canonical ticket').to.equal(true);
  });
});

describe('topdesk mappers: knowledge', () => {
  const item = (n: number, title: string, description: string, keywords: string) =>
    parseOrThrow(
      KnowledgeItemSchema,
      {
        id: `ki-${n}`,
        number: `KI 000${n}`,
        modificationDate: '2026-10-12T13:00:00.000+0000',
        translation: { language: 'en', modificationDate: '2026-10-12T13:00:00.000+0000', content: { title, description, keywords } },
      },
      'knowledge item',
    );
  const items = [
    item(1, 'Connect to the VPN from home', '<p>Install the VPN client.</p>', 'vpn, remote'),
    item(2, 'Reset a forgotten password', '<p>Use the self-service page.</p>', 'password'),
    item(3, 'Working from home', '<p>Tips.</p>', 'vpn'),
  ];

  it('finds items by their words, title matches first, keywords counting too', () => {
    const results = toSearchResults('VPN', ['vpn'], items, root, 5);
    expect(results.hits.map((hit) => [hit.id, hit.score])).to.deep.equal([
      ['ki-1', 4],
      ['ki-3', 1],
    ]);
    expect(results.total).to.equal(2);
    expect(results.hits[0]).to.include({ kind: 'article', snippet: 'Install the VPN client.', url: `${root}/tas/public/ssp/content/detail/knowledgeitem?unid=ki-1` });
    expect(toSearchResults('VPN', ['vpn'], items, root, 1).hits, 'limited').to.have.length(1);
    expect(toSearchResults('printer', ['printer'], items, root, 5)).to.deep.equal({ query: 'printer', hits: [], total: 0 });
  });

  it('maps an item with its tags, and refuses one without any modification date', () => {
    const full = parseOrThrow(
      KnowledgeItemSchema,
      { id: 'ki-1', translation: { language: 'nl', content: { title: 'VPN', description: '<p>Short.</p>', content: '<p>Long.</p>', keywords: 'vpn; remote,home' } }, modificationDate: '2026-10-12T13:00:00.000+0200' },
      'knowledge item',
    );
    expect(toArticle(full, root)).to.deep.equal({
      id: 'ki-1',
      title: 'VPN',
      summary: 'Short.',
      body: '<p>Long.</p>',
      url: `${root}/tas/public/ssp/content/detail/knowledgeitem?unid=ki-1`,
      tags: ['vpn', 'remote', 'home'],
      phrasings: undefined,
      updatedAt: '2026-10-12T13:00:00.000+02:00',
      locale: 'nl',
    });
    const phrased = { ...full, translation: { ...full.translation, content: { ...full.translation.content, keywords: 'vpn; werken van thuis, kan niet verbinden' } } };
    expect(toArticle(phrased, root).phrasings, 'multi-word keywords are phrasings').to.deep.equal(['werken van thuis', 'kan niet verbinden']);
    const undated = { ...full, modificationDate: null };
    expect(() => toArticle(undated, root)).to.throw(AdapterError).with.property('kind', 'invalid-response');
  });
});

describe('topdesk mappers: ratings', () => {
  const answer = (scale: SatisfactionResponse['scale'], score: number, type: 'ticket' | 'topic' = 'ticket'): SatisfactionResponse => ({
    id: 'r1',
    subject: { type, id: ID },
    scale,
    score,
    reasons: [],
    comment: 'Quick and friendly',
    anonymous: false,
    submittedAt: '2026-11-02T09:00:00Z',
  });

  it('writes a 1–5 rating of an incident to its feedback fields and refuses what TOPdesk cannot hold', () => {
    expect(toFeedback(answer('csat5', 4))).to.deep.equal({ feedbackRating: 4, feedbackMessage: 'Quick and friendly' });
    expect(toFeedback(answer('emoji5', 5)).feedbackRating).to.equal(5);
    expect(() => toFeedback(answer('nps11', 9))).to.throw(AdapterError);
    expect(() => toFeedback(answer('csat5', 4, 'topic'))).to.throw(AdapterError);
  });
});

describe('topdesk client: what it accepts', () => {
  const answering = (status: number, body?: unknown) => async () =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  it('refuses an incident that lacks a documented field, naming it, as an invalid-response', async () => {
    const { modificationDate: _, ...withoutDate } = incident();
    const client = createTopdeskClient({ baseUrl: root, personId: 'p-sam', fetch: answering(200, [withoutDate]), retries: 0 });
    const error = await client.incidents('p-sam', 'all', 10).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).kind).to.equal('invalid-response');
    expect((error as AdapterError).issues.map((issue) => issue.path)).to.include('0.modificationDate');
  });

  it('reads 204 No Content as no incidents', async () => {
    const client = createTopdeskClient({ baseUrl: root, fetch: answering(204) });
    expect(await client.incidents('p-sam', 'open', 10)).to.deep.equal([]);
  });
});

describe('topdesk attributes', () => {
  it('reads the base URL, person and language from the provider’s attributes', () => {
    expect(fromAttributes(configFrom({ 'base-url': 'https://acme.topdesk.net', 'person-id': 'p-sam', language: 'nl' }))).to.deep.equal({
      baseUrl: 'https://acme.topdesk.net',
      personId: 'p-sam',
      language: 'nl',
    });
    expect(fromAttributes(configFrom({ 'person-id': '' }))).to.deep.equal({ baseUrl: '', personId: undefined, language: undefined });
  });
});
