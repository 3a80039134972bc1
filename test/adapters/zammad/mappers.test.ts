/**
 * The Zammad mappers on their own, fed the payloads Zammad documents: the ticket and article
 * examples of zammad-documentation `api/ticket/index.rst` and `api/ticket/articles.rst` (with the
 * association names `expand=true` adds), the knowledge base search answer of
 * `KnowledgeBase::SearchController` and the answer assets of `api/knowledgebase/answers.rst`.
 */
import { expect } from '@open-wc/testing';
import { fromAttributes } from '../../../src/adapters/zammad/attributes.js';
import { followUpPossible, ownArticle, priorityOf, toArticle, toArticleEvent, toSearchResults, toTicket, toTicketSummary, ticketState } from '../../../src/adapters/zammad/mappers.js';
import { AnswerAssetsSchema, ArticleSchema, SearchSchema, TicketSchema } from '../../../src/adapters/zammad/vendor-schemas.js';
import { AdapterError } from '../../../src/core/adapter.js';
import { configFrom } from '../../../src/core/registry.js';
import { ArticleSchema as CanonicalArticleSchema, SearchResultsSchema, TicketSchema as CanonicalTicketSchema } from '../../../src/core/schemas.js';
import { queryTerms } from '../../../src/core/search-query.js';
import { parseOrThrow } from '../../../src/core/validate.js';

const portal = 'https://desk.example.com';
const NOW = Date.parse('2021-11-03T12:00:00.000Z');
const DAY = 86_400_000;

/** The documented list element, plus the names `expand=true` adds. */
function ticket(overrides: Record<string, unknown> = {}) {
  return parseOrThrow(
    TicketSchema,
    {
      id: 2, group_id: 1, priority_id: 2, state_id: 4, organization_id: 3, number: '22002',
      title: 'Order 777555', owner_id: 3, customer_id: 6, note: null,
      first_response_at: null, close_at: null, last_contact_at: '2021-05-04T16:57:17.920Z',
      last_contact_agent_at: '2021-05-03T10:57:17.904Z', last_contact_customer_at: '2021-05-04T16:57:17.920Z',
      create_article_type_id: 1, create_article_sender_id: 2, article_count: 3,
      pending_time: null, type: null, preferences: {}, updated_by_id: 6, created_by_id: 6,
      created_at: '2021-05-03T09:57:17.837Z', updated_at: '2021-11-03T11:57:17.927Z',
      state: 'open', priority: '2 normal', group: 'Users', owner: 'agent@example.com', customer: 'david@example.com',
      ...overrides,
    },
    'ticket',
  );
}

/** The documented article element. */
function article(overrides: Record<string, unknown> = {}) {
  return parseOrThrow(
    ArticleSchema,
    {
      id: 9, ticket_id: 5, type_id: 1, sender_id: 2,
      from: 'David Bell <david@example.com>', to: 'order@chrispresso.com', cc: null, subject: null,
      reply_to: null, message_id: null, content_type: 'text/html',
      body: 'Hi,<br>my order has not arrived.', internal: false, preferences: {},
      updated_by_id: 10, created_by_id: 10, origin_by_id: null,
      created_at: '2021-08-02T11:57:18.068Z', updated_at: '2021-08-02T11:57:18.068Z',
      attachments: [], type: 'email', sender: 'Customer',
      created_by: 'david@example.com', updated_by: 'david@example.com', time_unit: null,
      ...overrides,
    },
    'article',
  );
}

describe('zammad mappers: tickets', () => {
  it('maps Zammad’s seeded states and a desk’s own, keeping Zammad’s state name', () => {
    const state = (name: string, owner = 3) => ticketState({ state: name, owner_id: owner }, { 'waiting for customer': 'waiting-on-you' });
    expect(state('new', 1)).to.deep.equal(['new', 'new']);
    expect(state('new')).to.deep.equal(['assigned', 'new']);
    expect(state('open')).to.deep.equal(['in-progress', 'open']);
    expect(state('pending reminder')).to.deep.equal(['in-progress', 'pending reminder']);
    expect(state('pending close')).to.deep.equal(['resolved', 'pending close']);
    expect(state('closed')).to.deep.equal(['closed', 'closed']);
    expect(state('merged')).to.deep.equal(['closed', 'merged']);
    expect(state('removed')).to.deep.equal(['cancelled', 'removed']);
    expect(state('Waiting for customer')).to.deep.equal(['waiting-on-you', 'Waiting for customer']);
    expect(state('Awaiting parts'), 'an unknown state is never shown as finished').to.deep.equal(['in-progress', 'Awaiting parts']);
  });

  it('reads priority names', () => {
    expect(priorityOf('1 low')).to.deep.equal({ level: 'low', label: '1 low' });
    expect(priorityOf('2 normal')).to.deep.equal({ level: 'moderate', label: '2 normal' });
    expect(priorityOf('3 high')).to.deep.equal({ level: 'high', label: '3 high' });
    expect(priorityOf('Whenever')).to.equal(undefined);
    expect(priorityOf(null)).to.equal(undefined);
  });

  it('decides follow-ups on closed tickets as the group’s setting does', () => {
    const closed = (daysAgo: number, group = 'Users') => ({ group, close_at: new Date(NOW - daysAgo * DAY).toISOString() });
    const rules = { Facilities: { possible: 'new_ticket' }, Finance: { possible: 'new_ticket_after_certain_time', reopenTimeInDays: 7 } } as const;
    expect(followUpPossible(closed(400), rules, NOW), 'Zammad’s default: yes').to.equal(true);
    expect(followUpPossible(closed(0, 'Facilities'), rules, NOW)).to.equal(false);
    expect(followUpPossible(closed(6, 'Finance'), rules, NOW)).to.equal(true);
    expect(followUpPossible(closed(8, 'Finance'), rules, NOW)).to.equal(false);
    expect(followUpPossible({ group: 'Finance', close_at: null }, rules, NOW)).to.equal(false);
  });

  it('turns the documented ticket into a canonical summary with the customer’s rights', () => {
    const summary = toTicketSummary(ticket(), portal, NOW);
    expect(summary).to.deep.include({ id: '2', number: '22002', title: 'Order 777555', state: 'in-progress', stateLabel: 'open', url: `${portal}/#ticket/zoom/2` });
    expect(summary.priority).to.deep.equal({ level: 'moderate', label: '2 normal' });
    expect(summary.permissions).to.deep.equal({ comment: true, reopen: false, confirm: false });
    expect(toTicketSummary(ticket({ state: 'pending close' }), portal, NOW).permissions).to.deep.equal({ comment: true, reopen: true, confirm: true });
    const rules = { Users: { possible: 'new_ticket' } } as const;
    expect(toTicketSummary(ticket({ state: 'closed', close_at: '2021-11-01T00:00:00Z' }), portal, NOW, {}, rules).permissions).to.deep.equal({ comment: false, reopen: false, confirm: false });
    expect(toTicketSummary(ticket({ state: 'merged' }), portal, NOW).permissions, 'a merged ticket takes no follow-up').to.deep.equal({ comment: false, reopen: false, confirm: false });
  });

  it('shows public articles as events, drops internal notes and system messages', () => {
    const articles = [
      article(),
      article({ id: 10, internal: true, body: 'Internal: courier lost it', sender: 'Agent', type: 'note', created_at: '2021-08-02T12:00:00.000Z' }),
      article({ id: 11, sender: 'System', body: 'Delivery failed', created_at: '2021-08-02T12:01:00.000Z' }),
      article({ id: 12, sender: 'Agent', from: '"Anna Agent" <order@chrispresso.com>', body: '<p>A new one is <b>on its way</b>.</p>', created_at: '2021-08-02T13:00:00.000Z' }),
    ];
    const full = parseOrThrow(CanonicalTicketSchema, toTicket(ticket(), articles, portal, NOW), 'ticket');
    expect(full.description).to.contain('my order has not arrived.');
    expect(full.events.map((event) => [event.id, event.type, event.author])).to.deep.equal([
      ['9', 'created', { name: 'David Bell', isAgent: false }],
      ['12', 'comment', { name: 'Anna Agent', isAgent: true }],
    ]);
    expect(full.events[1]!.text).to.equal('A new one is on its way.');
    expect(toArticleEvent(article({ content_type: 'text/plain', body: '  <b>literal</b>  ' }))!.text).to.equal('<b>literal</b>');
    const withoutArticles = toTicket(ticket(), [], portal, NOW);
    expect(withoutArticles.events).to.deep.equal([{ id: '2-created', type: 'created', at: '2021-05-03T09:57:17.837Z' }]);
  });

  it('finds the user’s own recent article again, and only theirs', () => {
    const recent = new Date(NOW - 60_000).toISOString();
    const articles = [article({ id: 20, created_by_id: 6, content_type: 'text/plain', body: 'Still broken', created_at: recent }), article({ id: 21, created_by_id: 7, content_type: 'text/plain', body: 'Me too', created_at: recent })];
    expect(ownArticle(articles, ' Still broken ', 6, NOW)?.id).to.equal('20');
    expect(ownArticle(articles, 'Me too', 6, NOW)).to.equal(undefined);
    expect(ownArticle(articles, 'Still broken', 6, NOW + DAY), 'outside the repeat window').to.equal(undefined);
  });
});

describe('zammad mappers: knowledge base', () => {
  const search = parseOrThrow(
    SearchSchema,
    {
      result: [{ id: 12, type: 'KnowledgeBase::Answer::Translation' }, { id: 3, type: 'KnowledgeBase::Category::Translation' }],
      details: [
        { id: 12, type: 'KnowledgeBase::Answer::Translation', icon: 'knowledge-base-answer', date: '2025-03-13T11:02:53.908Z', url: '/help/en-us/3-printing/12-printer-is-offline', title: 'Printer is <em>offline</em>', subtitle: 'Printing', body: 'Check the cable, then restart the spooler when it is <em>offline</em>…' },
        { id: 3, type: 'KnowledgeBase::Category::Translation', fontName: 'FontAwesome', date: '2025-03-13T11:02:53.908Z', url: '/help/en-us/3-printing', icon: 'f115', subtitle: null, title: 'Printing' },
      ],
    },
    'search',
  );

  it('maps answer details to hits with match ranges, and leaves categories out', () => {
    const results = parseOrThrow(SearchResultsSchema, toSearchResults('offline', queryTerms('offline'), search.details, portal, 5), 'results');
    expect(results.total).to.equal(1);
    const [hit] = results.hits;
    expect(hit).to.deep.include({ kind: 'article', id: '12:12', title: 'Printer is offline', category: 'Printing', url: `${portal}/help/en-us/3-printing/12-printer-is-offline` });
    expect(hit!.snippet).to.equal('Check the cable, then restart the spooler when it is offline…');
    expect(hit!.matches.map(({ field, start, end }) => (field === 'title' ? hit!.title : hit!.snippet).slice(start, end))).to.deep.equal(['offline', 'offline']);
  });

  /** The documented answer assets (fields we do not read trimmed), with the content `include_contents` adds. */
  const assets = parseOrThrow(
    AnswerAssetsSchema,
    {
      id: 1,
      assets: {
        KnowledgeBaseAnswer: { 1: { category_id: 1, position: 0, archived_at: null, internal_at: '2025-03-12T14:52:38.014Z', published_at: null, id: 1, promoted: false, internal_note: null, created_at: '2025-03-12T14:50:48.732Z', updated_at: '2025-03-13T11:04:17.734Z', translation_ids: [1], attachments: [], tags: [] } },
        KnowledgeBaseCategory: { 1: { id: 1, knowledge_base_id: 1, parent_id: null, category_icon: 'f115', translation_ids: [1], answer_ids: [1, 4, 5] } },
        KnowledgeBaseCategoryTranslation: { 1: { id: 1, title: 'Category 1', kb_locale_id: 1, category_id: 1, created_at: '2025-03-12T14:50:42.547Z', updated_at: '2025-03-12T14:50:42.547Z' } },
        KnowledgeBaseAnswerTranslation: { 1: { id: 1, title: 'Answer 1', kb_locale_id: 1, answer_id: 1, content_id: 1, created_by_id: 3, updated_by_id: 3, created_at: '2025-03-12T14:50:48.750Z', updated_at: '2025-03-12T14:51:11.559Z' } },
        KnowledgeBaseAnswerTranslationContent: { 1: { body: 'This is the body of answer 1.', id: 1, attachments: [] } },
      },
    },
    'answer',
  ).assets;

  it('maps the documented answer assets to an article', () => {
    const article = parseOrThrow(CanonicalArticleSchema, toArticle(assets, '1:1', portal, 'en-us'), 'article');
    expect(article).to.deep.include({ id: '1:1', title: 'Answer 1', body: 'This is the body of answer 1.', category: 'Category 1', updatedAt: '2025-03-13T11:04:17.734Z', locale: 'en-us', url: `${portal}/help/en-us/1-category-1/1-answer-1` });
    expect(toArticle(assets, '1', portal).title, 'an answer id alone takes its first translation').to.equal('Answer 1');
    expect(toArticle(assets, '1:1', portal).url, 'no locale, no public URL').to.equal(undefined);
    const missing = (() => {
      try {
        toArticle(assets, '1:7', portal);
      } catch (error) {
        return error;
      }
    })();
    expect(missing).to.be.instanceOf(AdapterError).and.include({ kind: 'not-found' });
    const { KnowledgeBaseAnswerTranslationContent: _, ...withoutContent } = assets;
    expect(() => toArticle(withoutContent, '1:1', portal)).to.throw(AdapterError, 'content');
  });

  it('reads its options from provider attributes', () => {
    expect(fromAttributes(configFrom({ 'base-url': 'https://desk.example.com', locale: 'de', 'kb-locale': 'de-de', 'knowledge-base-id': '2', 'portal-url': 'https://help.example.com' }))).to.deep.equal({
      baseUrl: 'https://desk.example.com',
      locale: 'de-de',
      knowledgeBaseId: 2,
      portalUrl: 'https://help.example.com',
    });
    expect(fromAttributes(configFrom({ 'base-url': '/zammad' })).knowledgeBaseId).to.equal(undefined);
  });
});
