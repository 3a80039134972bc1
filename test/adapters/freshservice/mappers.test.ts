/**
 * The Freshservice mappers on their own, fed the example payloads of the vendor reference
 * (api.freshservice.com, API v2) as the endpoint sheet quotes them: "View a Ticket", "List All
 * Conversations of a Ticket", "Search Solution Articles", "Create a Service Catalog Item With Custom
 * Fields" and "Create a Service Request". Each is parsed with the adapter's vendor schemas first, so
 * a documented payload the schemas would refuse fails here.
 */
import { expect } from '@open-wc/testing';
import { fromAttributes } from '../../../src/adapters/freshservice/attributes.js';
import { catalogItem, catalogItemDetail, isOffered, isSameRequest, placeRequestBody, requesterFields } from '../../../src/adapters/freshservice/catalog-mappers.js';
import { ItemSchema } from '../../../src/adapters/freshservice/catalog-schemas.js';
import { noteHtml, ownNote, ticketQuery, ticketState, toArticle, toComments, toSearchResults, toTicket, toTicketSummary } from '../../../src/adapters/freshservice/mappers.js';
import { ConversationsSchema, SearchSchema, TicketEnvelopeSchema, type FreshserviceRequester } from '../../../src/adapters/freshservice/vendor-schemas.js';
import { AdapterError } from '../../../src/core/adapter.js';
import { configFrom } from '../../../src/core/registry.js';
import { CatalogItemSchema, TicketSchema } from '../../../src/core/schemas.js';
import { parseOrThrow } from '../../../src/core/validate.js';

const portal = 'https://domain.freshservice.com';
const NOW = Date.parse('2017-09-08T12:00:00Z');
const requester: FreshserviceRequester = { id: 1000000678, first_name: 'Rachel', last_name: 'Doe', primary_email: 'rachel@freshservice.com' };

/** "View a Ticket" (FS §39), attachments and all. */
const documentedTicket = () =>
  parseOrThrow(
    TicketEnvelopeSchema,
    {
      ticket: {
        cc_emails: [], fwd_emails: [], reply_cc_emails: [], fr_escalated: false, spam: false, email_config_id: null, group_id: null,
        priority: 3, requester_id: 1000000678, requested_for_id: 1000000670, responder_id: null, source: 2, status: 2, subject: 'Ticket Title',
        to_emails: null, sla_policy_id: 1000000029, department_id: null, id: 266, type: 'Incident', due_by: '2017-09-08T23:03:44Z',
        fr_due_by: '2017-09-08T15:03:44Z', is_escalated: false, description: '<div>this is a sample ticket</div>', description_text: 'this is a sample ticket',
        custom_fields: { custom_text: null, auto_checkbox: false }, created_at: '2017-09-08T11:03:44Z', updated_at: '2017-09-08T11:37:01Z',
        urgency: 1, impact: 1, category: null, sub_category: null, item_category: null, deleted: false, resolution_notes: null, resolution_notes_html: null,
        attachments: [{ content_type: 'text/plain', size: 5, name: 'attachment.txt', attachment_url: 'https://cdn.freshservice/data/Helpdesk/attachments/production/19852343/original/attachment.txt', created_at: '2017-09-08T11:03:45Z', updated_at: '2017-09-08T11:03:45Z' }],
        workspace_id: 3, created_within_business_hours: false, approval_status: 4, approval_status_name: 'Not Requested',
      },
    },
    'ticket',
  ).ticket;

/** "List All Conversations of a Ticket" (FS §104), plus a private note and the requester's own reply. */
const documentedConversations = () =>
  parseOrThrow(
    ConversationsSchema,
    {
      conversations: [
        { id: 1000005175, body: '<div>Is this still a problem</div>', body_text: 'Is this still a problem', incoming: false, private: false, created_at: '2017-09-11T09:28:52Z', updated_at: '2017-09-11T09:28:52Z', user_id: 1000000493, support_email: null, source: 2, ticket_id: 1, to_emails: [], from_email: null, cc_emails: [], bcc_emails: null, attachments: [] },
        { id: 1000005176, body: '<div>Looks like the driver</div>', body_text: 'Looks like the driver', incoming: false, private: true, created_at: '2017-09-11T09:29:52Z', updated_at: '2017-09-11T09:29:52Z', user_id: 1000000493, source: 2, ticket_id: 1, attachments: [] },
        { id: 1000005177, body: '<div>Yes, still</div>', body_text: 'Yes,   still ', incoming: true, private: false, created_at: '2017-09-08T11:55:00Z', updated_at: '2017-09-08T11:55:00Z', user_id: 1000000678, source: 2, ticket_id: 1, attachments: [] },
      ],
    },
    'conversations',
  ).conversations;

describe('freshservice mappers: tickets', () => {
  it('maps the documented ticket, keeping Freshservice’s status name', () => {
    const ticket = toTicketSummary(documentedTicket(), portal, NOW);
    expect(ticket).to.deep.include({
      id: '266',
      number: '#INC-266',
      title: 'Ticket Title',
      description: 'this is a sample ticket',
      state: 'new',
      stateLabel: 'Open',
      priority: { level: 'high', label: 'High' },
      createdAt: '2017-09-08T11:03:44Z',
      updatedAt: '2017-09-08T11:37:01Z',
      sla: { kind: 'resolution', dueAt: '2017-09-08T23:03:44Z', breached: false, paused: false },
      permissions: { comment: true, reopen: false, confirm: false },
      url: 'https://domain.freshservice.com/support/tickets/266',
    });
  });

  it('maps statuses, custom statuses and the filter query of each list', () => {
    const state = (status: number, responder: number | null = 1) => ticketState({ status, responder_id: responder }, { 6: ['waiting-on-you', 'Awaiting approval'], 2: ['assigned', 'Open'] });
    expect(ticketState({ status: 2, responder_id: null })).to.deep.equal(['new', 'Open']);
    expect(ticketState({ status: 2, responder_id: 7 })).to.deep.equal(['in-progress', 'Open']);
    expect(ticketState({ status: 3 })).to.deep.equal(['waiting-on-you', 'Pending']);
    expect(ticketState({ status: 4 })).to.deep.equal(['resolved', 'Resolved']);
    expect(ticketState({ status: 5 })).to.deep.equal(['closed', 'Closed']);
    expect(ticketState({ status: 9 }), 'unknown: still being worked on').to.deep.equal(['in-progress', 'Status 9']);
    expect(state(6)).to.deep.equal(['waiting-on-you', 'Awaiting approval']);
    expect(state(2, null), 'a mapped status is taken as given').to.deep.equal(['assigned', 'Open']);
    expect(ticketQuery(7, 'all')).to.equal('requester_id:7');
    expect(ticketQuery(7, 'open', { 6: ['waiting-on-you', 'Awaiting approval'] })).to.equal('requester_id:7 AND (status:2 OR status:3 OR status:6)');
    expect(ticketQuery(7, 'resolved', {}, 2)).to.equal('requester_id:7 AND (status:4 OR status:5) AND workspace_id:2');
  });

  it('shows public conversations in time order, the requester’s with their name, private notes never', () => {
    const ticket = toTicket(documentedTicket(), documentedConversations(), requester, portal, NOW);
    expect(ticket.events.map((event) => [event.id, event.type, event.author?.name, event.text])).to.deep.equal([
      ['266-created', 'created', 'Rachel Doe', 'this is a sample ticket'],
      ['1000005177', 'comment', 'Rachel Doe', 'Yes,   still'],
      ['1000005175', 'comment', undefined, 'Is this still a problem'],
    ]);
    expect(() => parseOrThrow(TicketSchema, ticket, 'ticket')).not.to.throw();
    expect(toComments([{ id: 1, body_text: 'Status changed', source: 3, created_at: '2017-09-11T09:28:52Z' }], requester)).to.deep.equal([]);
  });

  it('finds the requester’s own recent note again by its text', () => {
    const conversations = documentedConversations();
    expect(ownNote(conversations, requester, 'Yes, still', NOW)?.id).to.equal(1000005177);
    expect(ownNote(conversations, requester, 'Is this still a problem', NOW), 'the desk’s words are not the requester’s').to.equal(undefined);
    expect(ownNote(conversations, requester, 'Yes, still', NOW + 60 * 60_000), 'an hour later it is a new note').to.equal(undefined);
    expect(noteHtml('a < b & "c"\nnext')).to.equal('<div>a &lt; b &amp; &quot;c&quot;<br>next</div>');
  });
});

describe('freshservice mappers: knowledge', () => {
  /** "Search Solution Articles" (FS §496). */
  const search = () =>
    parseOrThrow(
      SearchSchema,
      {
        articles: [
          {
            description: '<p>I have printer issues </p>', group_folder_group_ids: [], folder_department_ids: [], group_folder_requester_group_ids: [], group_folder_department_ids: [], attachments: [], folder_visibility: 1,
            id: 2886, created_at: '2021-09-24T05:09:34Z', updated_at: '2021-09-24T05:09:36Z', title: 'I have printer issues 1', status: 2, user_id: 1000035843, approval_status: null, position: 1,
            folder_id: 1000006346, category_id: 1000004687, thumbs_up: 0, thumbs_down: 0, modified_by: 1000035843, modified_at: '2021-09-24T05:09:36Z', inserted_into_tickets: 0, url: null,
            article_type: 1, views: 0, description_text: ' I have printer issues  ', keywords: [], review_date: null, workspace_id: 2,
          },
        ],
        meta: { total_items: 1, total_pages: 1, current_page: 1 },
      },
      'search',
    );

  it('turns the documented search answer into hits with match ranges', () => {
    const { articles, meta } = search();
    const results = toSearchResults('printer', ['printer'], articles, portal, meta?.total_items, 5);
    expect(results.total).to.equal(1);
    expect(results.hits[0]).to.deep.include({ kind: 'article', id: '2886', title: 'I have printer issues 1', snippet: 'I have printer issues', url: 'https://domain.freshservice.com/support/solutions/articles/2886' });
    expect(results.hits[0]!.matches).to.deep.equal([
      { field: 'title', start: 7, end: 14 },
      { field: 'snippet', start: 7, end: 14 },
    ]);
    expect(toSearchResults('x', ['x'], [{ ...articles[0]!, status: 1 }], portal).hits, 'drafts are dropped').to.deep.equal([]);
  });

  it('reads a published article and refuses a draft', () => {
    const [article] = search().articles;
    expect(toArticle(article!, portal)).to.deep.equal({
      id: '2886',
      title: 'I have printer issues 1',
      body: '<p>I have printer issues </p>',
      url: 'https://domain.freshservice.com/support/solutions/articles/2886',
      tags: [],
      updatedAt: '2021-09-24T05:09:36Z',
    });
    expect(() => toArticle({ ...article!, status: 1 }, portal)).to.throw(AdapterError);
  });
});

describe('freshservice mappers: service catalog', () => {
  const documentedField = (name: string, label: string, fieldType: string, extra: Record<string, unknown> = {}) => ({
    created_at: '2023-06-29T09:46:58Z', deleted: false, description: null, id: `${name}-uuid`, label, name, updated_at: '2023-06-29T09:46:58Z',
    field_options: { displayed_to_requester: 'true', requester_can_edit: 'true', placeholder: '' }, visible_in_portal: true, field_type: fieldType,
    item_id: 11, position: 1, required: false, choices: [], nested_fields: [], ...extra,
  });
  /** "Create a Service Catalog Item With Custom Fields" (FS §509), as answered. */
  const item = () =>
    parseOrThrow(
      ItemSchema,
      {
        id: 14000000011, created_at: '2023-06-29T09:46:58Z', updated_at: '2023-06-29T09:46:58Z', name: 'Employee Form', delivery_time: 10, display_id: 11, category_id: 10000028112,
        product_id: null, quantity: null, deleted: false, icon_name: 'service-catalog-services-default', group_visibility: 1, agent_group_visibility: 1, item_type: 1, ci_type_id: null,
        visibility: 2, workspace_id: 3, cost_visibility: false, delivery_time_visibility: false, botified: false, allow_attachments: false, allow_quantity: false, is_bundle: false,
        create_child: false, configs: { attachment_mandatory: false, subject: 'Request for {{requested_for}}: {{item.name}}' }, description: 'Employee Information Form',
        short_description: 'Employee Details Form', desc_un_html: 'Employee Information Form', cost: '12.0', agent_group_visibilities: { group_id: [] }, agent_workspace_visibilities: { workspace_ids: [] },
        custom_fields: [
          documentedField('employee_name', 'Employee Name', 'custom_text', { required: true, field_options: { displayed_to_requester: 'true', requester_can_edit: 'true', placeholder: 'Employee Name' } }),
          documentedField('employee_details', 'Employee Details', 'custom_paragraph', { required: true, position: 2 }),
          documentedField('employee_active', 'Employee Active', 'custom_checkbox', { position: 3 }),
          documentedField('employee_age', 'Employee Age', 'custom_number', { position: 4 }),
          documentedField('employee_start_date', 'Employee Start Date', 'custom_date', { required: true, position: 5, field_options: { displayed_to_requester: 'true', requester_can_edit: 'true', date_only: true, placeholder: '' } }),
          documentedField('employee_department', 'Employee Department', 'custom_dropdown', { position: 6, choices: [['HR', 'HR'], ['Finance', 'Finance'], ['IT', 'IT'], ['Operations', 'Operations']] }),
          documentedField('employee_skills', 'Employee Skills', 'custom_multi_select_dropdown', { position: 7, choices: [['ABC', 'e0b2ff49-06a2-4b99-9d22-3e13a6ea33bf']] }),
          documentedField('employee_salary', 'Employee Salary', 'custom_decimal', { position: 8 }),
          documentedField('employee_profile_picture', 'Employee Profile Picture', 'custom_url', { position: 9 }),
          documentedField('bio_field', 'Employee Bio', 'custom_static_rich_text', { position: 10 }),
          documentedField('cost_centre', 'Cost centre', 'custom_text', { position: 11, field_options: { displayed_to_requester: 'false', requester_can_edit: 'false' } }),
        ],
        child_items: [],
      },
      'service item',
    );

  it('maps every documented field type a requester fills in, and leaves out static text and hidden fields', () => {
    const detail = catalogItemDetail(item(), portal);
    expect(() => parseOrThrow(CatalogItemSchema, detail, 'catalog item')).not.to.throw();
    expect(detail.variables.map((variable) => [variable.name, variable.type, variable.required])).to.deep.equal([
      ['employee_name', 'text', true],
      ['employee_details', 'textarea', true],
      ['employee_active', 'checkbox', false],
      ['employee_age', 'number', false],
      ['employee_start_date', 'date', true],
      ['employee_department', 'select', false],
      ['employee_skills', 'multiselect', false],
      ['employee_salary', 'number', false],
      ['employee_profile_picture', 'text', false],
    ]);
    expect(detail.variables[0]!.help).to.equal('Employee Name');
    expect(detail.variables[6]!.options, '[label, value] pairs').to.deep.equal([{ value: 'e0b2ff49-06a2-4b99-9d22-3e13a6ea33bf', label: 'ABC' }]);
    expect(detail.variables[8]!.pattern).to.equal('https?://\\S+');
    expect(detail).to.deep.include({ id: '11', name: 'Employee Form', shortDescription: 'Employee Details Form', description: 'Employee Information Form', categories: ['10000028112'], approvalRequired: false });
    expect(detail.deliveryTime, 'delivery time hidden from requesters').to.equal(undefined);
    expect(detail.cost, 'cost hidden from requesters').to.equal(undefined);
  });

  it('shows delivery hours as days and a cost only with the account’s currency', () => {
    const shown = { ...item(), delivery_time_visibility: true, cost_visibility: true };
    expect(catalogItem(shown, portal).deliveryTime).to.deep.equal({ days: 1 });
    expect(catalogItem({ ...shown, delivery_time: 72 }, portal).deliveryTime).to.deep.equal({ days: 3 });
    expect(catalogItem(shown, portal).cost).to.equal(undefined);
    expect(catalogItem(shown, portal, 'USD').cost).to.deep.equal({ amount: 12, currency: 'USD', recurrence: 'once' });
    expect(isOffered(item())).to.equal(true);
    expect(isOffered({ ...item(), visibility: 1 })).to.equal(false);
    expect(isOffered({ ...item(), group_visibility: 2 }, true)).to.equal(false);
    expect(requesterFields({ ...item(), custom_fields: null })).to.deep.equal([]);
  });

  it('builds the place_request body from the form, and recognises the request it made', () => {
    const body = placeRequestBody(item(), { employee_name: 'Tom', employee_active: true, employee_skills: ['e0b2ff49-06a2-4b99-9d22-3e13a6ea33bf'], cost_centre: 'sneaked in' }, 'tom@outerspace.com');
    expect(body).to.deep.equal({ email: 'tom@outerspace.com', quantity: 1, custom_fields: { employee_name: 'Tom', employee_active: true, employee_skills: ['e0b2ff49-06a2-4b99-9d22-3e13a6ea33bf'] } });
    /** "Create a Service Request" (FS §65) answer, with our item's name in the subject. */
    const created = parseOrThrow(TicketEnvelopeSchema, {
      ticket: {
        cc_emails: ['sample@freshservice.com'], fwd_emails: [], reply_cc_emails: [], fr_escalated: false, spam: false, email_config_id: null, group_id: null, priority: 2,
        requester_id: 14000044687, responder_id: null, source: 2, status: 2, subject: 'Request for Tom: Employee Form', to_emails: null, sla_policy_id: 14000001854,
        department_id: 14000015070, id: 49, type: 'Service Request', due_by: '2020-03-23T21:00:00Z', fr_due_by: '2020-03-23T20:00:00Z', is_escalated: false, description: '',
        description_text: '', custom_fields: { reach: null }, created_at: '2020-03-22T15:31:39Z', updated_at: '2020-03-22T15:31:39Z', urgency: 1, impact: 1, category: null,
        sub_category: null, item_category: null, deleted: false, attachments: [], approval_status: null, approval_status_name: 'Not Requested', workspace_id: 2,
        resolution_notes: null, resolution_notes_html: null,
      },
    }, 'service request').ticket;
    const soon = Date.parse('2020-03-22T15:35:00Z');
    expect(isSameRequest(created, item(), soon)).to.equal(true);
    expect(isSameRequest(created, { ...item(), name: 'Laptop' }, soon)).to.equal(false);
    expect(isSameRequest({ ...created, type: 'Incident' }, item(), soon)).to.equal(false);
    expect(isSameRequest(created, item(), soon + 60 * 60_000)).to.equal(false);
    expect(toTicketSummary(created, portal, soon)).to.deep.include({ number: '#SR-49', state: 'new', stateLabel: 'Open' });
  });
});

describe('freshservice attributes', () => {
  it('reads the provider’s attributes', () => {
    const options = fromAttributes(configFrom({ 'base-url': '/fs-proxy', domain: 'acme', 'requester-email': 'sam@example.com', 'requester-id': '42', 'workspace-id': 'two', currency: 'EUR' }));
    expect(options).to.deep.equal({ baseUrl: '/fs-proxy', domain: 'acme', requesterEmail: 'sam@example.com', requesterId: 42, workspaceId: undefined, currency: 'EUR' });
  });
});
