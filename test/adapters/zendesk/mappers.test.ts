/**
 * The Zendesk mappers on their own, without a server. Payloads are written by hand with the field
 * names of Zendesk's Requests, Ticket Forms, Ticket Fields and Help Center API references (the
 * examples in the published documents lack fields every real answer has, such as `created_at`).
 */
import { expect } from '@open-wc/testing';
import { fromAttributes } from '../../../src/adapters/zendesk/attributes.js';
import {
  catalogItem,
  catalogVariable,
  createRequestBody,
  formFields,
  isSameRequest,
  requestDraft,
} from '../../../src/adapters/zendesk/catalog-mappers.js';
import { createZendeskClient, getRequest } from '../../../src/adapters/zendesk/client.js';
import {
  goodOrBad,
  ownComment,
  satisfactionBody,
  searchResults,
  ticketSummary,
  zendeskArticle,
  zendeskState,
  zendeskTicket,
} from '../../../src/adapters/zendesk/mappers.js';
import type { ZendeskField, ZendeskForm } from '../../../src/adapters/zendesk/catalog-schemas.js';
import type { ZendeskComments, ZendeskRequest } from '../../../src/adapters/zendesk/vendor-schemas.js';
import { AdapterError } from '../../../src/core/adapter.js';
import { configFrom } from '../../../src/core/registry.js';

const root = 'https://acme.zendesk.com';
const request = (overrides: Partial<ZendeskRequest> = {}): ZendeskRequest => ({
  id: 33,
  subject: 'Help, my printer is on fire!',
  description: 'The fire is very colorful.',
  status: 'open',
  priority: 'normal',
  created_at: '2026-11-02T09:00:00Z',
  updated_at: '2026-11-02T11:00:00Z',
  ticket_form_id: 47,
  ...overrides,
});
const conversation: ZendeskComments = {
  comments: [
    { id: 1, body: 'The fire is very colorful.', public: true, author_id: 7, created_at: '2026-11-02T09:00:00Z' },
    { id: 2, body: 'Internal: the toner again.', public: false, author_id: 9, created_at: '2026-11-02T09:30:00Z' },
    { id: 3, body: 'Please step away from the printer.', public: true, author_id: 9, created_at: '2026-11-02T10:00:00Z' },
    { id: 4, body: 'Done, thanks.', public: true, author_id: 7, created_at: '2026-11-02T11:00:00Z' },
  ],
  users: [
    { id: 7, name: 'Sam Rivera', agent: false },
    { id: 9, name: 'Priya Nair', agent: true },
  ],
};
// The first entry is the documented ListTicketFields example.
const fields: ZendeskField[] = [
  {
    id: 34,
    type: 'subject',
    title: 'Subject',
    title_in_portal: 'Subject',
    description: 'This is the subject field of a ticket',
    required_in_portal: true,
    visible_in_portal: true,
    editable_in_portal: true,
    regexp_for_validation: null,
  },
  { id: 35, type: 'description', title: 'Description', title_in_portal: 'Tell us more', required_in_portal: true, visible_in_portal: true },
  {
    id: 36,
    type: 'tagger',
    title: 'Device',
    required_in_portal: true,
    visible_in_portal: true,
    custom_field_options: [
      { name: 'Standard laptop', value: 'laptop_standard' },
      { name: 'Performance laptop', value: 'laptop_performance' },
    ],
  },
  { id: 37, type: 'regexp', title: 'Asset tag', visible_in_portal: true, regexp_for_validation: '^A\\d{5}$' },
  { id: 38, type: 'text', title: 'Agent notes', visible_in_portal: false },
  { id: 39, type: 'lookup', title: 'Related user', visible_in_portal: true },
];
const form: ZendeskForm = { id: 47, name: 'Snowboard Problem', display_name: 'Snowboard Damage', ticket_field_ids: [36, 34, 38, 35, 37, 39, 99] };

describe('zendesk mappers, on payloads with Zendesk’s documented field names', () => {
  it('maps every request status to a plain state and keeps the words Zendesk shows a requester', () => {
    expect(Object.fromEntries((['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const).map((status) => [status, zendeskState(status)]))).to.deep.equal({
      new: ['new', 'New'],
      open: ['in-progress', 'Open'],
      pending: ['waiting-on-you', 'Awaiting your reply'],
      hold: ['in-progress', 'On-hold'],
      solved: ['resolved', 'Solved'],
      closed: ['closed', 'Closed'],
    });
    expect(ticketSummary(request({ status: 'pending', priority: 'urgent' }), root)).to.deep.include({
      id: '33',
      number: '#33',
      state: 'waiting-on-you',
      stateLabel: 'Awaiting your reply',
      priority: { level: 'critical', label: 'Urgent' },
      url: `${root}/hc/requests/33`,
    });
    expect(ticketSummary(request({ status: 'solved' }), root).permissions).to.deep.equal({ comment: true, reopen: true, confirm: false });
    expect(ticketSummary(request({ status: 'closed' }), root).permissions).to.deep.equal({ comment: false, reopen: false, confirm: false });
    expect(ticketSummary(request({ priority: null }), root).priority).to.equal(undefined);
  });

  it('tells the request’s story from its public comments only, the first being the request itself', () => {
    const ticket = zendeskTicket(request(), conversation, root);
    expect(ticket.events.map((event) => [event.id, event.type, event.author?.name, event.author?.isAgent, event.text])).to.deep.equal([
      ['1', 'created', 'Sam Rivera', false, 'The fire is very colorful.'],
      ['3', 'comment', 'Priya Nair', true, 'Please step away from the printer.'],
      ['4', 'comment', 'Sam Rivera', false, 'Done, thanks.'],
    ]);
    expect(zendeskTicket(request(), { comments: [] }, root).events).to.deep.equal([{ id: '33-created', type: 'created', at: '2026-11-02T09:00:00Z' }]);
  });

  it('finds the requester’s own recent comment with the same text, never an agent’s', () => {
    const now = Date.parse('2026-11-02T11:05:00Z');
    expect(ownComment(conversation, ' Done, thanks. ', now)).to.deep.equal({
      id: '4',
      type: 'comment',
      at: '2026-11-02T11:00:00Z',
      text: 'Done, thanks.',
      author: { name: 'Sam Rivera', isAgent: false },
    });
    expect(ownComment(conversation, 'Done, thanks.', now + 3_600_000), 'an hour later it is a new comment').to.equal(undefined);
    expect(ownComment(conversation, 'Please step away from the printer.', now), 'an agent wrote that').to.equal(undefined);
  });

  it('turns Help Center search results and articles into hits and articles', () => {
    const article = {
      id: 35467,
      title: 'Printing orders',
      body: '<p>Open the order and choose Print.</p>',
      html_url: `${root}/hc/en-us/articles/35467`,
      updated_at: '2026-10-01T08:00:00Z',
      edited_at: '2026-09-30T08:00:00Z',
      locale: 'en-us',
      label_names: ['printing'],
      snippet: 'Open the <em>order</em> &amp; choose Print.',
    };
    const results = searchResults('order', [article, { ...article, id: 35468, snippet: null }], 10, 1);
    expect(results).to.deep.equal({
      query: 'order',
      total: 10,
      hits: [
        {
          kind: 'article',
          id: '35467',
          title: 'Printing orders',
          snippet: 'Open the order & choose Print.',
          matches: [{ field: 'snippet', start: 9, end: 14 }],
          url: `${root}/hc/en-us/articles/35467`,
          score: 1,
        },
      ],
    });
    expect(zendeskArticle(article)).to.deep.equal({
      id: '35467',
      title: 'Printing orders',
      body: '<p>Open the order and choose Print.</p>',
      url: `${root}/hc/en-us/articles/35467`,
      tags: ['printing'],
      phrasings: undefined,
      updatedAt: '2026-09-30T08:00:00Z',
      locale: 'en-us',
    });
    const labelled = { ...article, label_names: ['printing', 'printer  says offline', 'cannot print'] };
    expect(zendeskArticle(labelled).phrasings, 'multi-word labels are phrasings').to.deep.equal(['printer says offline', 'cannot print']);
  });

  it('offers a ticket form as a catalog item with the fields a requester sees, in the form’s order', () => {
    expect(catalogItem(form, root)).to.deep.equal({
      id: '47',
      name: 'Snowboard Damage',
      shortDescription: '',
      categories: [],
      approvalRequired: false,
      url: `${root}/hc/requests/new?ticket_form_id=47`,
    });
    const shown = formFields(form, fields);
    expect(shown.map((field) => field.id), 'hidden, unsupported and unknown fields are left out').to.deep.equal([36, 34, 35, 37]);
    expect(shown.map(catalogVariable)).to.deep.equal([
      {
        name: 'custom_36',
        label: 'Device',
        type: 'select',
        required: true,
        options: [
          { value: 'laptop_standard', label: 'Standard laptop' },
          { value: 'laptop_performance', label: 'Performance laptop' },
        ],
        pattern: undefined,
        help: undefined,
      },
      { name: 'subject', label: 'Subject', type: 'text', required: true, options: undefined, pattern: undefined, help: 'This is the subject field of a ticket' },
      { name: 'description', label: 'Tell us more', type: 'textarea', required: true, options: undefined, pattern: undefined, help: undefined },
      { name: 'custom_37', label: 'Asset tag', type: 'text', required: false, options: undefined, pattern: '^A\\d{5}$', help: undefined },
    ]);
  });

  it('writes a filled-in form as a request, with the answers in the first comment when there is no description', () => {
    const values = { subject: 'New laptop', custom_36: 'laptop_standard', custom_37: 'A12345' };
    const draft = requestDraft(form, formFields(form, fields), values);
    expect(draft).to.deep.equal({
      formId: 47,
      subject: 'New laptop',
      description: 'Device: laptop_standard\nAsset tag: A12345',
      customFields: [
        { id: 36, value: 'laptop_standard' },
        { id: 37, value: 'A12345' },
      ],
    });
    expect(createRequestBody(draft, { ...values, priority: 'high' }, { fieldId: 360001, key: 'order-1' })).to.deep.equal({
      request: {
        subject: 'New laptop',
        comment: { body: 'Device: laptop_standard\nAsset tag: A12345' },
        ticket_form_id: 47,
        custom_fields: [
          { id: 36, value: 'laptop_standard' },
          { id: 37, value: 'A12345' },
          { id: 360001, value: 'order-1' },
        ],
        priority: 'high',
        type: undefined,
      },
    });
    expect(requestDraft(form, [], {}).subject, 'no subject: the form’s name').to.equal('Snowboard Damage');

    const earlier = request({ subject: 'New laptop', description: draft.description, custom_fields: [{ id: 360001, value: 'order-1' }] });
    const now = Date.parse('2026-11-02T09:05:00Z');
    expect(isSameRequest(earlier, draft, now), 'same form, subject and text, minutes ago').to.equal(true);
    expect(isSameRequest(earlier, draft, now + 3_600_000)).to.equal(false);
    expect(isSameRequest(earlier, draft, now + 3_600_000, { fieldId: 360001, key: 'order-1' }), 'the key decides, however late').to.equal(true);
    expect(isSameRequest(earlier, draft, now, { fieldId: 360001, key: 'order-2' }), 'another key: another order').to.equal(false);
  });

  it('stores good or bad only, and turns a neutral answer into neither', () => {
    const table = [
      ['thumbs', 1, 'good'],
      ['thumbs', 0, 'bad'],
      ['csat5', 4, 'good'],
      ['csat5', 3, undefined],
      ['csat5', 2, 'bad'],
      ['emoji5', 5, 'good'],
      ['ces7', 4, undefined],
      ['nps11', 9, 'good'],
      ['nps11', 7, undefined],
      ['nps11', 6, 'bad'],
    ] as const;
    for (const [scale, score, expected] of table) expect(goodOrBad({ scale, score }), `${scale} ${score}`).to.equal(expected);
    expect(satisfactionBody('good', 'Quick and kind.')).to.deep.equal({ satisfaction_rating: { score: 'good', comment: 'Quick and kind.' } });
  });

  it('reports a request with an undocumented status or without a subject as invalid-response', async () => {
    const served: unknown[] = [{ request: request({ status: 'archived' as ZendeskRequest['status'] }) }, { request: { ...request(), subject: undefined } }, { request: request() }];
    const fetch = async () => new Response(JSON.stringify(served.shift()), { headers: { 'Content-Type': 'application/json' } });
    const client = createZendeskClient({ subdomain: 'acme', fetch, retries: 0 });
    for (const named of ['request.status', 'request.subject']) {
      const error: unknown = await getRequest(client, '33').then(() => undefined, (reason: unknown) => reason);
      expect(error).to.be.instanceOf(AdapterError);
      expect(error).to.have.property('kind', 'invalid-response');
      expect((error as AdapterError).message).to.include(named);
    }
    expect((await getRequest(client, '33')).subject).to.equal('Help, my printer is on fire!');
  });
});

describe('zendesk provider attributes', () => {
  it('reads base-url, subdomain and locale', () => {
    expect(fromAttributes(configFrom({ subdomain: 'acme', locale: 'de' }))).to.deep.equal({ baseUrl: undefined, subdomain: 'acme', locale: 'de' });
    expect(fromAttributes(configFrom({ 'base-url': '/zendesk', locale: '' }))).to.deep.equal({ baseUrl: '/zendesk', subdomain: undefined, locale: undefined });
  });
});
