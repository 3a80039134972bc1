/**
 * The ServiceNow mappers on their own, fed payloads in the shapes ServiceNow documents: Table API
 * records read with `sysparm_display_value=all` (every field `{ value, display_value, link }`),
 * task_sla and sys_journal_field rows, the Knowledge Management API's search and article answers,
 * and the Service Catalog API's item with `variables` (type codes as in ServiceNow's variable
 * types). The same shapes feed test/fixtures/servicenow-routes.mjs.
 */
import { expect } from '@open-wc/testing';
import { fromAttributes } from '../../../src/adapters/servicenow/attributes.js';
import { CatalogItemDetailSchema } from '../../../src/adapters/servicenow/catalog-client.js';
import { toCatalogItem, toCatalogList, toOrderVariables } from '../../../src/adapters/servicenow/catalog-mappers.js';
import { createServiceNowClient } from '../../../src/adapters/servicenow/client.js';
import { toArticle, toSearchResults, toSla, toTicket, toTicketSummary } from '../../../src/adapters/servicenow/mappers.js';
import { JournalSchema, KnowledgeArticleSchema, KnowledgeSearchSchema, RecordSchema, TaskSlaSchema } from '../../../src/adapters/servicenow/vendor-schemas.js';
import { AdapterError } from '../../../src/core/adapter.js';
import { configFrom } from '../../../src/core/registry.js';
import { TicketSchema } from '../../../src/core/schemas.js';
import { parseOrThrow } from '../../../src/core/validate.js';

const root = 'https://acme.service-now.com';
const field = (value: string, display_value = value) => ({ value, display_value });
const reference = (value: string, display_value: string, table: string) => ({ value, display_value, link: `${root}/api/now/table/${table}/${value}` });

/** An incident as `GET /api/now/table/incident?sysparm_display_value=all` answers it. */
function incidentRecord(overrides: Record<string, unknown> = {}) {
  return parseOrThrow(
    RecordSchema,
    {
      sys_id: field('c1000000000000000000000000000001'),
      number: field('INC0010001'),
      short_description: field('Wi-Fi drops in meeting room 4'),
      description: field('Wi-Fi drops in meeting room 4.'),
      state: field('2', 'In Progress'),
      priority: field('3', '3 - Moderate'),
      hold_reason: field('', ''),
      assigned_to: reference('a5000000000000000000000000000002', 'Priya Nair', 'sys_user'),
      assignment_group: reference('b1000000000000000000000000000001', 'Service Desk', 'sys_user_group'),
      opened_at: field('2026-10-30 14:20:00', '2026-10-30 07:20:00'),
      sys_created_on: field('2026-10-30 14:21:00'),
      sys_updated_on: field('2026-10-30 14:50:00'),
      resolved_at: field('', ''),
      close_notes: field(''),
      ...overrides,
    },
    'incident',
  );
}

describe('servicenow mappers: tickets', () => {
  it('maps states to plain words and keeps ServiceNow’s own label', () => {
    const summary = (table: string, overrides: Record<string, unknown>) => toTicketSummary(table, incidentRecord(overrides), root);
    expect(summary('incident', {})).to.include({ state: 'in-progress', stateLabel: 'In Progress' });
    expect(summary('incident', { state: field('3', 'On Hold'), hold_reason: field('1', 'Awaiting Caller') }), 'awaiting caller').to.include({
      state: 'waiting-on-you',
      stateLabel: 'On Hold',
    });
    expect(summary('incident', { state: field('3', 'On Hold'), hold_reason: field('4', 'Awaiting Vendor') })).to.include({ state: 'in-progress', stateLabel: 'On Hold' });
    expect(summary('incident', { state: field('1', 'New'), assigned_to: field('', '') })).to.include({ state: 'new', stateLabel: 'New' });
    expect(summary('incident', { state: field('1', 'New') }), 'new but someone has it').to.include({ state: 'assigned', stateLabel: 'New' });
    expect(summary('incident', { state: field('8', 'Canceled') })).to.include({ state: 'cancelled', stateLabel: 'Canceled' });
    expect(summary('sc_req_item', { state: field('2', 'Work in Progress') })).to.include({ state: 'in-progress', stateLabel: 'Work in Progress' });
    expect(summary('sc_req_item', { state: field('3', 'Closed Complete') })).to.include({ state: 'closed', stateLabel: 'Closed Complete' });
    expect(summary('incident', { state: field('42', '') }), 'an unknown value, no label').to.include({ state: 'in-progress', stateLabel: '42' });
  });

  it('lets the requester comment until the ticket is closed, and confirm or reopen only a resolved incident', () => {
    const permissions = (table: string, state: string) => toTicketSummary(table, incidentRecord({ state: field(state) }), root).permissions;
    expect(permissions('incident', '2')).to.deep.equal({ comment: true, reopen: false, confirm: false });
    expect(permissions('incident', '6')).to.deep.equal({ comment: true, reopen: true, confirm: true });
    expect(permissions('incident', '7')).to.deep.equal({ comment: false, reopen: false, confirm: false });
    expect(permissions('incident', '8')).to.deep.equal({ comment: false, reopen: false, confirm: false });
    expect(permissions('sc_req_item', '4')).to.deep.equal({ comment: false, reopen: false, confirm: false });
  });

  it('reads priority, people, dates and the portal link', () => {
    const ticket = toTicketSummary('incident', incidentRecord(), root);
    expect(ticket).to.deep.include({
      id: 'c1000000000000000000000000000001',
      number: 'INC0010001',
      title: 'Wi-Fi drops in meeting room 4',
      priority: { level: 'moderate', label: '3 - Moderate' },
      assignee: { name: 'Priya Nair', group: 'Service Desk' },
      createdAt: '2026-10-30T14:20:00Z',
      updatedAt: '2026-10-30T14:50:00Z',
      url: `${root}/sp?id=ticket&table=incident&sys_id=c1000000000000000000000000000001`,
    });
    expect(toTicketSummary('incident', incidentRecord({ priority: field('1', '1 - Critical') }), root).priority).to.deep.equal({ level: 'critical', label: '1 - Critical' });
    expect(toTicketSummary('incident', incidentRecord({ priority: field('5', '') }), root).priority, 'no label: the level').to.deep.equal({ level: 'planning', label: 'planning' });
    expect(toTicketSummary('incident', incidentRecord({ priority: field('', '') }), root).priority).to.equal(undefined);
    const unassigned = toTicketSummary('incident', incidentRecord({ assigned_to: field('', ''), assignment_group: field('', ''), opened_at: undefined }), root);
    expect(unassigned.assignee).to.equal(undefined);
    expect(unassigned.createdAt, 'without opened_at, the record’s creation').to.equal('2026-10-30T14:21:00Z');
  });

  it('tells the requester’s comments from the agents’, and ends with the resolution', () => {
    const journal = parseOrThrow(
      JournalSchema,
      [
        { sys_id: 'j1', element_id: 'c1', element: 'comments', value: 'It drops every ten minutes.', sys_created_by: 'sam.rivera', sys_created_on: '2026-10-30 14:30:00' },
        { sys_id: 'j2', element_id: 'c1', element: 'comments', value: 'We are looking at the access point.', sys_created_by: 'priya.nair', sys_created_on: '2026-10-30 14:40:00' },
        { sys_id: 'j3', element_id: 'c1', element: 'comments', value: 'Firmware updated.', sys_created_by: 'beth.anglin', sys_created_on: '2026-10-30 14:45:00' },
      ],
      'journal',
    );
    const record = incidentRecord({ state: field('6', 'Resolved'), resolved_at: field('2026-10-30 14:42:00'), close_notes: field('Cleared the cached credentials.') });
    const people = [{ sys_id: 'a5-2', user_name: 'priya.nair', name: 'Priya Nair' }];
    const ticket = toTicket({ table: 'incident', record, requester: 'sam.rivera', requesterName: 'Sam Rivera' }, root, journal, people);
    expect(ticket.events.map((event) => [event.type, event.at, event.author?.name, event.author?.isAgent, event.text])).to.deep.equal([
      ['created', '2026-10-30T14:20:00Z', 'Sam Rivera', false, undefined],
      ['comment', '2026-10-30T14:30:00Z', 'Sam Rivera', false, 'It drops every ten minutes.'],
      ['comment', '2026-10-30T14:40:00Z', 'Priya Nair', true, 'We are looking at the access point.'],
      ['resolution', '2026-10-30T14:42:00Z', undefined, undefined, 'Cleared the cached credentials.'],
      ['comment', '2026-10-30T14:45:00Z', 'beth.anglin', true, 'Firmware updated.'],
    ]);
    expect(ticket.sla, 'task_sla not readable').to.equal(undefined);
    expect(TicketSchema.safeParse(ticket).success, 'a valid canonical ticket').to.equal(true);
  });

  it('shows the running task SLA, paused and breached as ServiceNow says, else the last one', () => {
    const slas = (rows: object[]) => parseOrThrow(TaskSlaSchema, rows, 'task_sla');
    const achieved = { planned_end_time: '2026-11-02 08:00:00', has_breached: 'false', stage: 'achieved', 'sla.target': 'response' };
    const running = { planned_end_time: '2026-11-04 09:00:00', has_breached: 'false', stage: 'in_progress', 'sla.target': 'resolution' };
    const paused = { planned_end_time: '2026-11-02 07:20:00', has_breached: 'true', stage: 'paused', 'sla.target': 'resolution' };
    expect(toSla(slas([achieved, running]))).to.deep.equal({ kind: 'resolution', dueAt: '2026-11-04T09:00:00Z', breached: false, paused: false });
    expect(toSla(slas([achieved, paused]))).to.deep.equal({ kind: 'resolution', dueAt: '2026-11-02T07:20:00Z', breached: true, paused: true });
    expect(toSla(slas([achieved]))).to.deep.equal({ kind: 'response', dueAt: '2026-11-02T08:00:00Z', breached: false, paused: false });
    expect(toSla(slas([]))).to.equal(undefined);
    expect(toSla(undefined)).to.equal(undefined);
  });
});

describe('servicenow mappers: knowledge', () => {
  it('turns a highlighted search answer into text hits with match ranges', () => {
    const answer = parseOrThrow(
      KnowledgeSearchSchema,
      {
        meta: { start: 0, end: 2, fields: '', query: 'vpn', filter: '', kb: '', language: 'en', count: 7, ts_query_id: 'q1', status: { code: 200 } },
        articles: [
          { link: '?id=kb_article_view&sys_kb_id=f1&sysparm_rank=1', rank: 1, id: 'kb_knowledge:f1', title: 'Connect to the VPN from home\n\t\t', snippet: 'Install the <B>VPN</B> client &amp; sign in.', score: 14.5, number: 'KB0010001', fields: {} },
          { rank: 2, id: 'kb_knowledge:f2', title: 'VPN gateways', snippet: null, number: 'KB0010002', fields: {} },
        ],
      },
      'search',
    );
    const results = toSearchResults('VPN', 'vpn', answer, root);
    expect(results.total).to.equal(7);
    const [first, second] = results.hits;
    expect(first).to.include({ kind: 'article', id: 'f1', title: 'Connect to the VPN from home', snippet: 'Install the VPN client & sign in.', url: `${root}/sp?id=kb_article_view&sys_kb_id=f1&sysparm_rank=1`, score: 14.5 });
    expect(first!.matches.map(({ field: name, start, end }) => [name, (name === 'title' ? first!.title : first!.snippet).slice(start, end)])).to.deep.equal([
      ['title', 'VPN'],
      ['snippet', 'VPN'],
    ]);
    expect(second, 'no score: ranked by position, no link').to.include({ id: 'f2', snippet: '', score: 0.5, url: undefined });
  });

  it('maps an article with its category and update time', () => {
    const article = parseOrThrow(
      KnowledgeArticleSchema,
      {
        content: '<p>Install the VPN client.</p>',
        template: false,
        number: 'KB0010001',
        sys_id: 'f1',
        short_description: ' Connect to the VPN from home ',
        fields: {
          sys_updated_on: { display_value: '2026-10-12 06:01:00', name: 'sys_updated_on', label: 'Updated', type: 'glide_date_time', value: '2026-10-12 13:01:00' },
          kb_category: { display_value: 'Network', name: 'kb_category', label: 'Category', type: 'reference', value: 'f2' },
        },
      },
      'article',
    );
    expect(toArticle(article, root)).to.deep.equal({
      id: 'f1',
      title: 'Connect to the VPN from home',
      body: '<p>Install the VPN client.</p>',
      url: `${root}/sp?id=kb_article&sys_id=f1`,
      category: 'Network',
      phrasings: undefined,
      updatedAt: '2026-10-12T13:01:00Z',
      locale: undefined,
    });
    const withMeta = parseOrThrow(
      KnowledgeArticleSchema,
      { ...article, fields: { ...article.fields, meta: { display_value: 'vpn, working from home, cannot reach intranet', name: 'meta', label: 'Meta', type: 'string', value: 'vpn' } } },
      'article',
    );
    expect(toArticle(withMeta, root).phrasings, "the meta field's phrases are phrasings").to.deep.equal(['working from home', 'cannot reach intranet']);
  });
});

describe('servicenow mappers: catalog', () => {
  const variable = (type: number, name: string, extra: object = {}) => ({ id: `e-${name}`, name, label: name.toUpperCase(), type, mandatory: false, ...extra });
  const detail = parseOrThrow(
    CatalogItemDetailSchema,
    {
      sys_id: 'd1',
      name: 'New laptop',
      short_description: 'A laptop for a new or current employee',
      description: '<p>Delivered in 5 days.</p>',
      category: { sys_id: 'd2', title: 'Hardware' },
      show_price: true,
      price: '$1,100.00',
      price_currency: 'USD',
      variables: [
        variable(2, 'justification'),
        variable(3, 'colour', { choices: [{ label: 'Black', value: 'black' }] }),
        variable(5, 'model', { mandatory: true, choices: [{ index: 0, label: 'Standard laptop', value: 'standard', price: '' }] }),
        variable(6, 'asset_tag', { mandatory: 'true', help_text: 'On the sticker.' }),
        variable(7, 'express'),
        variable(8, 'for_person', { reference: 'sys_user' }),
        variable(9, 'needed_by'),
        variable(16, 'phone'),
        variable(21, 'accessories', { choices: [{ label: 'Dock', value: 'dock' }, { label: 'Headset', value: 'headset' }] }),
        variable(8, 'location', { reference: 'cmn_location' }),
        variable(11, 'info'),
        variable(6, 'sx_request_key'),
      ],
    },
    'catalog item',
  );

  it('maps each variable type a person can fill in, and leaves out the rest', () => {
    const item = toCatalogItem(detail, root, 'sx_request_key');
    expect(item.variables.map(({ name, type, required }) => [name, type, required])).to.deep.equal([
      ['justification', 'textarea', false],
      ['colour', 'select', false],
      ['model', 'select', true],
      ['asset_tag', 'text', true],
      ['express', 'checkbox', false],
      ['for_person', 'user', false],
      ['needed_by', 'date', false],
      ['phone', 'text', false],
      ['accessories', 'multiselect', false],
    ]);
    const byName = Object.fromEntries(item.variables.map((entry) => [entry.name, entry]));
    expect(byName.model!.options).to.deep.equal([{ value: 'standard', label: 'Standard laptop' }]);
    expect(byName.accessories!.options).to.have.length(2);
    expect(byName.asset_tag).to.include({ label: 'ASSET_TAG', help: 'On the sticker.' });
    expect(byName.express!.options, 'no choices, no options').to.equal(undefined);
    expect(item).to.include({ description: '<p>Delivered in 5 days.</p>', url: `${root}/sp?id=sc_cat_item&sys_id=d1` });
    expect(item.cost).to.deep.equal({ amount: 1100, currency: 'USD', recurrence: 'once' });
  });

  it('lists items with their categories once, and hides a price the item does not show', () => {
    const software = { sys_id: 'd3', name: 'Software licence', short_description: null, category: { sys_id: 'd4', title: 'Software' }, show_price: false, price: '$10.00', price_currency: 'USD' };
    const list = toCatalogList([detail, { ...detail, sys_id: 'd5', name: 'Dock' }, software], root);
    expect(list.categories).to.deep.equal([
      { id: 'd2', name: 'Hardware' },
      { id: 'd4', name: 'Software' },
    ]);
    expect(list.items[2]).to.include({ shortDescription: '', cost: undefined });
    expect(list.total).to.equal(3);
  });

  it('writes every requested value as the string order_now takes, with the request key when the item has room for it', () => {
    const values = { model: 'standard', accessories: ['dock', 'headset'], express: true, quantity: 2 };
    expect(toOrderVariables(values)).to.deep.equal({ model: 'standard', accessories: 'dock,headset', express: 'true', quantity: '2' });
    expect(toOrderVariables({ model: 'standard' }, { name: 'sx_request_key', key: 'order-a' })).to.deep.equal({ sx_request_key: 'order-a', model: 'standard' });
  });
});

describe('servicenow client: what it asks for and what it accepts', () => {
  const respond = (body: unknown, requested: URL[] = []) => ({
    requested,
    fetch: async (input: RequestInfo | URL) => {
      requested.push(new URL(String(input)));
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json', 'X-Total-Count': '1' } });
    },
  });

  it('reads public comments only: work notes are never asked for', async () => {
    const { fetch, requested } = respond({ result: [] });
    await createServiceNowClient({ instanceUrl: root, fetch, userToken: 't' }).journal('c1');
    expect(requested[0]!.pathname).to.equal('/api/now/table/sys_journal_field');
    expect(requested[0]!.searchParams.get('sysparm_query')).to.equal('element_id=c1^element=comments^ORDERBYDESCsys_created_on');
  });

  it('refuses a record that lacks a documented field, naming it, as an invalid-response', async () => {
    const { number: _, ...withoutNumber } = incidentRecord();
    const { fetch } = respond({ result: [withoutNumber] });
    const error = await createServiceNowClient({ instanceUrl: root, fetch, retries: 0 })
      .tickets('incident', 'caller_id', 'javascript:gs.getUserID()', 'open', undefined, 10)
      .catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).kind).to.equal('invalid-response');
    expect((error as AdapterError).issues.map((issue) => issue.path)).to.include('result.0.number');
  });

  it('refuses a date in another format than ServiceNow’s UTC one', () => {
    const bad = () => incidentRecord({ sys_updated_on: field('30/10/2026 14:50') });
    expect(bad).to.throw(AdapterError).with.property('kind', 'invalid-response');
  });
});

describe('servicenow attributes', () => {
  it('reads the instance, language and knowledge bases from the provider’s attributes', () => {
    expect(fromAttributes(configFrom({ 'base-url': 'https://acme.service-now.com', language: 'de', 'kb-ids': 'kb1, kb2 ,' }))).to.deep.equal({
      instanceUrl: 'https://acme.service-now.com',
      language: 'de',
      kbIds: ['kb1', 'kb2'],
    });
    expect(fromAttributes(configFrom({ 'kb-ids': '' }))).to.deep.equal({ instanceUrl: '', language: undefined, kbIds: undefined });
  });
});
