/**
 * The GLPI mappers on their own, fed payloads in the shapes the requester endpoint sheet gives for
 * the legacy REST API (apirest.md: `GET Ticket/{id}`, `…/ITILFollowup`, `…/ITILSolution`,
 * `search/KnowbaseItem`, `TicketSatisfaction`), with GLPI's zone-less dates. The same shapes feed
 * test/fixtures/glpi-routes.mjs.
 */
import { expect } from '@open-wc/testing';
import { catalogItem, catalogItemWithForm, isSameRequest, ticketInput } from '../../../src/adapters/glpi/catalog-mappers.js';
import { CategorySchema } from '../../../src/adapters/glpi/catalog-client.js';
import {
  followupHtml,
  isoDate,
  ownFollowup,
  richText,
  ticketState,
  toArticle,
  toSearchResults,
  toTicket,
  toTicketSummary,
} from '../../../src/adapters/glpi/mappers.js';
import { toSatisfaction } from '../../../src/adapters/glpi/survey.js';
import { FollowupSchema, KnowbaseItemSchema, KnowbaseSearchSchema, SolutionSchema, TicketSchema as GlpiTicketSchema } from '../../../src/adapters/glpi/vendor-schemas.js';
import { AdapterError } from '../../../src/core/adapter.js';
import { TicketSchema, type SatisfactionResponse } from '../../../src/core/schemas.js';
import { parseOrThrow } from '../../../src/core/validate.js';
import * as z from 'zod/mini';

const root = 'https://glpi.example';
const SAM = 7;
const PRIYA = 3;

/** `GET /apirest.php/Ticket/123` (fields we do not read left in). */
const ticket = (overrides: Record<string, unknown> = {}) =>
  parseOrThrow(
    GlpiTicketSchema,
    {
      id: 123,
      entities_id: 0,
      name: 'Printer offline',
      date: '2025-10-01 08:12:00',
      closedate: null,
      solvedate: null,
      date_mod: '2025-10-01 09:30:00',
      status: 2,
      users_id_recipient: SAM,
      content: '<p>Since this morning the printer is offline.</p>',
      urgency: 3,
      impact: 3,
      priority: 4,
      itilcategories_id: 7,
      type: 1,
      ...overrides,
    },
    'ticket',
  );

const followups = parseOrThrow(
  z.array(FollowupSchema),
  [
    { id: 1, itemtype: 'Ticket', items_id: 123, date: '2025-10-01 08:20:00', users_id: SAM, content: '<p>It shows error 49.</p>', is_private: 0, date_creation: '2025-10-01 08:20:00', _keys_names: { users_id: 'Sam Rivera' } },
    { id: 2, itemtype: 'Ticket', items_id: 123, date: '2025-10-01 08:40:00', users_id: PRIYA, content: '<p>Internal: vendor ticket 5521.</p>', is_private: 1, date_creation: '2025-10-01 08:40:00', _keys_names: { users_id: 'Priya Nair' } },
    { id: 3, itemtype: 'Ticket', items_id: 123, date: '2025-10-01 09:00:00', users_id: PRIYA, content: '&#60;p&#62;We ordered a new fuser.&#60;/p&#62;', is_private: 0, date_creation: '2025-10-01 09:00:00', _keys_names: { users_id: 'Priya Nair' } },
  ],
  'followups',
);
const solutions = (status: number) =>
  parseOrThrow(
    z.array(SolutionSchema),
    [{ id: 9, itemtype: 'Ticket', items_id: 123, content: '<p>Fuser replaced.</p>', date_creation: '2025-10-01 09:20:00', users_id: PRIYA, status, _keys_names: { users_id: 'Priya Nair' } }],
    'solutions',
  );

describe('glpi mappers: tickets', () => {
  it('maps the six statuses to canonical stages with GLPI’s label, or the localised name given', () => {
    expect([1, 2, 3, 4, 5, 6].map((status) => ticketState(status))).to.deep.equal([
      ['new', 'New'],
      ['assigned', 'Processing (assigned)'],
      ['in-progress', 'Processing (planned)'],
      ['waiting-on-you', 'Pending'],
      ['resolved', 'Solved'],
      ['closed', 'Closed'],
    ]);
    expect(ticketState(4, 'En attente')).to.deep.equal(['waiting-on-you', 'En attente']);
    expect(ticketState(42)).to.deep.equal(['in-progress', '42']);
  });

  it('reads GLPI’s zone-less dates in the configured offset, and leaves ISO dates alone', () => {
    expect(isoDate('2025-10-01 08:12:00')).to.equal('2025-10-01T08:12:00+00:00');
    expect(isoDate('2025-10-01 08:12:00', '+02:00')).to.equal('2025-10-01T08:12:00+02:00');
    expect(isoDate('2025-10-01T08:12:00+00:00', '+02:00')).to.equal('2025-10-01T08:12:00+00:00');
    expect(isoDate('2025-10-01T08:12:00Z')).to.equal('2025-10-01T08:12:00Z');
  });

  it('maps a ticket: priority, dates, permissions by status, link into GLPI', () => {
    const summary = toTicketSummary(ticket(), root, '+02:00');
    expect(summary).to.deep.include({
      id: '123',
      number: '#123',
      title: 'Printer offline',
      description: 'Since this morning the printer is offline.',
      state: 'assigned',
      stateLabel: 'Processing (assigned)',
      priority: { level: 'high', label: 'High' },
      createdAt: '2025-10-01T08:12:00+02:00',
      updatedAt: '2025-10-01T09:30:00+02:00',
      permissions: { comment: true, reopen: false, confirm: false },
      url: 'https://glpi.example/front/ticket.form.php?id=123',
    });
    expect(toTicketSummary(ticket({ status: 5 }), root).permissions).to.deep.equal({ comment: true, reopen: true, confirm: true });
    expect(toTicketSummary(ticket({ status: 6 }), root).permissions).to.deep.equal({ comment: false, reopen: false, confirm: false });
    expect(toTicketSummary(ticket({ priority: 6 }), root).priority).to.deep.equal({ level: 'critical', label: 'Major' });
  });

  it('builds the timeline from public followups and solutions only, and it fits the canonical model', () => {
    const mapped = toTicket(ticket({ status: 5 }), followups, solutions(2), root, SAM);
    expect(mapped.events.map((event) => [event.id, event.type, event.author?.isAgent, event.text])).to.deep.equal([
      ['123-created', 'created', undefined, undefined],
      ['followup-1', 'comment', false, 'It shows error 49.'],
      ['followup-3', 'comment', true, 'We ordered a new fuser.'],
      ['solution-9', 'resolution', true, 'Fuser replaced.'],
    ]);
    expect(JSON.stringify(mapped)).not.to.contain('Internal');
    expect(mapped.permissions).to.include({ confirm: true, reopen: true });
    parseOrThrow(TicketSchema, mapped, 'ticket');
  });

  it('offers no approval once the last solution was approved or refused', () => {
    expect(toTicket(ticket({ status: 5 }), [], solutions(3), root, SAM).permissions).to.include({ confirm: false, reopen: false });
    expect(toTicket(ticket({ status: 5 }), [], solutions(4), root, SAM).permissions).to.include({ confirm: false, reopen: false });
  });

  it('finds the requester’s own recent followup by its text, and writes text as escaped HTML', () => {
    const now = Date.parse('2025-10-01T08:25:00Z');
    expect(ownFollowup(followups, '  It shows error 49. ', SAM, now)?.id).to.equal('followup-1');
    expect(ownFollowup(followups, 'It shows error 49.', PRIYA, now), 'someone else’s').to.equal(undefined);
    expect(ownFollowup(followups, 'It shows error 49.', SAM, now + 3_600_000), 'long ago').to.equal(undefined);
    expect(followupHtml('a < b & "c"\nnext')).to.equal('<p>a &#60; b &#38; &#34;c&#34;<br>next</p>');
    expect(richText('&#60;p&#62;x&#60;/p&#62;')).to.equal('<p>x</p>');
    expect(richText('<p>x &amp; y</p>')).to.equal('<p>x &amp; y</p>');
  });
});

describe('glpi mappers: knowledge, satisfaction, catalog', () => {
  /** `GET search/KnowbaseItem` rows as the client reads them: `{"1": subject, "2": id, "7": content}`. */
  const search = parseOrThrow(
    KnowbaseSearchSchema,
    {
      totalcount: 2,
      count: 2,
      data: [
        { 1: 'How to add a printer', 2: 12, 7: '<p>Open <b>Settings</b> and add the printer.</p>' },
        { 1: 'VPN and printers', 2: 13, 7: '<p>Printing over the VPN works too.</p>' },
      ],
    },
    'search',
  );
  const items = search.data!.map((row) => ({ id: row[2], name: row[1], answer: row[7] }));

  it('ranks search rows (`{"1": subject, "2": id, "7": content}`) by where the words match', () => {
    const results = toSearchResults('printer', ['printer'], items, search.totalcount, root, 5);
    expect(results.hits.map((hit) => [hit.id, hit.snippet])).to.deep.equal([
      ['12', 'Open Settings and add the printer.'],
      ['13', 'Printing over the VPN works too.'],
    ]);
    expect(results.total).to.equal(2);
    expect(results.hits[0]!.url).to.equal('https://glpi.example/front/knowbaseitem.form.php?id=12');
  });

  it('reads an article, and names a missing date', () => {
    const item = parseOrThrow(KnowbaseItemSchema, { id: 12, name: 'How to add a printer', answer: '<p>Open Settings.</p>', is_faq: 1, date_mod: '2025-09-30 10:00:00' }, 'item');
    expect(toArticle(item, root)).to.deep.include({ id: '12', body: '<p>Open Settings.</p>', updatedAt: '2025-09-30T10:00:00+00:00' });
    expect(() => parseOrThrow(KnowbaseItemSchema, { id: 12, name: 'x', answer: '' }, 'GLPI KnowbaseItem/{id}')).to.throw(AdapterError, 'date_mod');
  });

  it('writes a 1–5 rating on the entity’s scale and refuses other scales and subjects', () => {
    const answer = (scale: SatisfactionResponse['scale'], score: number, type: 'ticket' | 'topic' = 'ticket'): SatisfactionResponse => ({
      id: 'r',
      subject: { type, id: '123' },
      scale,
      score,
      reasons: [],
      comment: 'Fine',
      anonymous: false,
      submittedAt: '2025-10-02T10:00:00Z',
    });
    expect(toSatisfaction(answer('csat5', 4))).to.deep.equal({ satisfaction: 4, comment: 'Fine' });
    expect(toSatisfaction(answer('emoji5', 3), 10)).to.deep.equal({ satisfaction: 6, comment: 'Fine' });
    expect(() => toSatisfaction(answer('thumbs', 1))).to.throw(AdapterError);
    expect(() => toSatisfaction(answer('csat5', 4, 'topic'))).to.throw(AdapterError);
  });

  it('turns a ticket category into a catalog item with GLPI’s helpdesk form, and back into a ticket', () => {
    const category = parseOrThrow(CategorySchema, { id: 7, name: 'Laptop', completename: 'Hardware > Laptop', comment: '<p>New or replacement.</p>', is_helpdeskvisible: 1 }, 'category');
    expect(catalogItem(category)).to.deep.equal({ id: '7', name: 'Laptop', shortDescription: 'New or replacement.', categories: ['Hardware'], approvalRequired: false });
    expect(catalogItemWithForm(category).variables.find((variable) => variable.name === 'urgency')?.options).to.have.length(5);
    const input = ticketInput('7', { name: 'New laptop', content: 'Broken screen', urgency: '4' });
    expect(input).to.deep.equal({ name: 'New laptop', content: '<p>Broken screen</p>', type: 2, itilcategories_id: 7, urgency: 4 });
    const now = Date.parse('2025-10-01T08:15:00Z');
    expect(isSameRequest(ticket({ name: 'New laptop', date: '2025-10-01 08:12:00' }), input, now)).to.equal(true);
    expect(isSameRequest(ticket({ name: 'New laptop', itilcategories_id: 8 }), input, now)).to.equal(false);
    expect(isSameRequest(ticket({ name: 'New laptop', date: '2025-10-01 07:00:00' }), input, now)).to.equal(false);
  });
});
