/**
 * The JSM mappers on their own, without a server: payloads are the examples of Atlassian's
 * published `servicedeskapi` document (../shared/reference/vendor-specs), read at test time.
 */
import { expect } from '@open-wc/testing';
import type { ZodMiniType } from 'zod/mini';
import { fromAttributes } from '../../../src/adapters/jsm/attributes.js';
import {
  catalogItem,
  catalogVariable,
  customerFields,
  isSameRequest,
  requestFieldValues,
} from '../../../src/adapters/jsm/catalog-mappers.js';
import { FieldsSchema, RequestTypeSchema } from '../../../src/adapters/jsm/catalog-schemas.js';
import { createJsmClient, getRequest } from '../../../src/adapters/jsm/client.js';
import { feedbackBody, jsmRating, jsmTicket, searchResults, ticketSummary, type JsmRules } from '../../../src/adapters/jsm/mappers.js';
import {
  ArticleSchema,
  CommentSchema,
  FeedbackSchema,
  NamedSchema,
  page,
  RequestSchema,
  StatusSchema,
} from '../../../src/adapters/jsm/vendor-schemas.js';
import { AdapterError } from '../../../src/core/adapter.js';
import { configFrom } from '../../../src/core/registry.js';
import type { SatisfactionResponse } from '../../../src/core/schemas.js';
import { parseOrThrow } from '../../../src/core/validate.js';
import { loadReference } from '../../helpers/reference.js';

const API = '/rest/servicedeskapi';
const rules: JsmRules = { confirm: /resolve|done|close|confirm/i, reopen: /reopen|back to|still/i };
type Spec = { paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { example: unknown }> }> }>> };

let spec: Spec | undefined;
/** The documented answer of one operation (the ballerina copy keeps examples as JSON strings). */
function example(path: string, method = 'get', status = '200'): unknown {
  const content = Object.values(spec!.paths[`${API}${path}`]![method]!.responses[status]!.content)[0]!;
  return typeof content.example === 'string' ? JSON.parse(content.example) : content.example;
}
const documented = <T>(schema: ZodMiniType<T>, path: string) => parseOrThrow(schema, example(path), path);

const answer = (scale: SatisfactionResponse['scale'], score: number, subject: SatisfactionResponse['subject'] = { type: 'ticket', id: 'HELPDESK-1' }) => ({
  id: 'r1',
  subject,
  scale,
  score,
  reasons: [],
  anonymous: false,
  submittedAt: '2026-11-23T10:00:00Z',
});

describe('jsm mappers, on Atlassian’s documented payloads', () => {
  before(async function () {
    const response = await loadReference('vendor-specs/jsm-servicedeskapi.ballerina.openapi.json');
    if (!response) return this.skip();
    spec = (await response.json()) as Spec;
  });

  const request = () => documented(RequestSchema, '/request/{issueIdOrKey}');
  const comments = () => documented(page(CommentSchema), '/request/{issueIdOrKey}/comment').values;
  const history = () => documented(page(StatusSchema), '/request/{issueIdOrKey}/status').values;
  const transitions = () => documented(page(NamedSchema), '/request/{issueIdOrKey}/transition').values;

  it('maps a request’s status to a plain state and keeps JSM’s own words for it', () => {
    const summary = ticketSummary(request(), rules);
    expect(summary).to.include({
      id: 'HELPDESK-1',
      number: 'HELPDESK-1',
      title: 'Request JSD help via REST',
      description: 'I need a new *mouse* for my Mac',
      state: 'new',
      stateLabel: 'Waiting for Support',
      createdAt: '2015-10-08T14:42:00+07:00',
      updatedAt: '2015-10-08T14:01:00+07:00',
      url: 'https://your-domain.atlassian.net/servicedesk/customer/portal/10/HELPDESK-1',
    });
    const custom = ticketSummary(request(), { ...rules, statusMap: { 'Waiting for Support': 'assigned' } });
    expect(custom).to.include({ state: 'assigned', stateLabel: 'Waiting for Support' });
  });

  it('offers confirm where a customer transition matches, and only on a resolved request', () => {
    const resolved = { ...request(), currentStatus: { status: 'Resolved', statusCategory: 'DONE' } };
    expect(ticketSummary(resolved, rules, transitions()).permissions).to.deep.equal({ comment: true, reopen: false, confirm: true });
    expect(ticketSummary(request(), rules, transitions()).permissions).to.deep.equal({ comment: true, reopen: false, confirm: false });
    const escalating = { ...rules, reopen: /escalate/i };
    expect(ticketSummary(resolved, escalating, transitions()).permissions.reopen).to.equal(true);
  });

  it('builds the ticket’s story oldest first from the status history and the public comments only', () => {
    const internal = { ...comments()[0]!, id: '1001', body: 'Internal: check the firmware', public: false };
    const ticket = jsmTicket(request(), [...comments(), internal], history(), [], rules);
    expect(ticket.events.map((event) => [event.type, event.at, event.state ?? event.text, event.author?.name, event.author?.isAgent])).to.deep.equal([
      ['state-change', '2015-10-08T14:01:00+07:00', 'new', undefined, undefined],
      ['state-change', '2015-10-08T14:05:00+07:00', 'waiting-on-you', undefined, undefined],
      ['created', '2015-10-08T14:42:00+07:00', 'I need a new *mouse* for my Mac', 'Fred F. User', false],
      ['comment', '2015-10-09T10:22:00+07:00', 'Hello there', 'Fred F. User', false],
    ]);
    expect(ticket.updatedAt, 'the latest event').to.equal('2015-10-09T10:22:00+07:00');
    expect(ticket.events.some((event) => event.text?.includes('firmware')), 'an internal comment stays internal').to.equal(false);
  });

  it('calls a move from done back to open a reopening', () => {
    const reopenedHistory = [
      { status: 'Waiting for support', statusDate: { iso8601: '2026-11-03T10:00:00+0100' } },
      { status: 'Resolved', statusDate: { iso8601: '2026-11-02T10:00:00+0100' } },
      { status: 'Waiting for support', statusDate: { iso8601: '2026-11-01T10:00:00+0100' } },
    ];
    const ticket = jsmTicket(request(), [], reopenedHistory, [], rules);
    expect(ticket.events.filter((event) => event.type !== 'created').map((event) => [event.type, event.state])).to.deep.equal([
      ['resolution', 'resolved'],
      ['reopened', 'new'],
    ]);
  });

  it('turns knowledge base results into hits that link out, ranked as JSM returned them', () => {
    const results = searchResults('computer', documented(page(ArticleSchema), '/knowledgebase/article').values, 5);
    expect(results.total).to.equal(2);
    expect(results.hits.map((hit) => [hit.id, hit.title, hit.snippet, hit.url, hit.score])).to.deep.equal([
      ['8786177', 'Stolen computer', 'assuming your computer was stolen', 'https://your-domain.atlassian.net/rest/servicedeskapi/knowledgebase/article/view/8786177', 1],
      ['8785228', 'Upgrading computer', 'each computer older then 3 years can be upgraded', 'https://your-domain.atlassian.net/rest/servicedeskapi/knowledgebase/article/view/8785228', 0.5],
    ]);
    expect(searchResults('computer', [{ title: 'Stolen @@@hl@@@computer@@@endhl@@@' }]).hits[0]!.matches).to.deep.equal([{ field: 'title', start: 7, end: 15 }]);
  });

  it('offers request types as catalog items in their groups, with the visible fields a customer fills in', () => {
    const types = documented(page(RequestTypeSchema), '/servicedesk/{serviceDeskId}/requesttype').values;
    const portal = 'https://acme.atlassian.net/servicedesk/customer/portal/28';
    expect(catalogItem(types[0]!, portal)).to.deep.equal({
      id: '11001',
      name: 'Get IT Help',
      shortDescription: 'Get IT Help',
      categories: ['12'],
      approvalRequired: false,
      url: `${portal}/create/11001`,
    });
    const fields = customerFields(documented(FieldsSchema, '/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/field').requestTypeFields);
    expect(fields.map(catalogVariable), '"Gifts" is not visible to customers').to.deep.equal([
      { name: 'summary', label: 'What do you need?', type: 'text', required: true, options: undefined, help: undefined, default: undefined },
      { name: 'customfield_10000', label: 'Nominee', type: 'user', required: true, options: undefined, help: undefined, default: undefined },
    ]);
  });

  it('writes a form’s answers in Jira’s field formats, leaving empty answers out', () => {
    const choice = { value: '10100', label: 'Standard laptop' };
    const fields = customerFields([
      { fieldId: 'summary', name: 'Summary', jiraSchema: { type: 'string', system: 'summary' } },
      { fieldId: 'description', name: 'Details', jiraSchema: { type: 'string', system: 'description' } },
      { fieldId: 'customfield_1', name: 'Device', validValues: [choice], defaultValues: [choice], jiraSchema: { type: 'option' } },
      { fieldId: 'customfield_2', name: 'Extras', validValues: [choice], jiraSchema: { type: 'array' } },
      { fieldId: 'customfield_3', name: 'Count', jiraSchema: { type: 'number' } },
      { fieldId: 'customfield_4', name: 'Manager', jiraSchema: { type: 'user' } },
      { fieldId: 'customfield_5', name: 'Attachment', jiraSchema: { type: 'attachment' } },
    ]);
    expect(fields.map(({ kind }) => kind), 'an attachment field cannot be offered').to.deep.equal(['text', 'textarea', 'select', 'multiselect', 'number', 'user']);
    expect(catalogVariable(fields[2]!)).to.deep.include({ type: 'select', default: '10100', options: [choice] });
    const values = { summary: 'Laptop', description: '', customfield_1: '10100', customfield_2: ['10100'], customfield_3: '2', customfield_4: 'qm:sam', other: 'x' };
    const sent = requestFieldValues(fields, values);
    expect(sent).to.deep.equal({
      summary: 'Laptop',
      customfield_1: { id: '10100' },
      customfield_2: [{ id: '10100' }],
      customfield_3: 2,
      customfield_4: { accountId: 'qm:sam' },
    });

    const created = { ...request(), requestTypeId: '25', requestFieldValues: [{ fieldId: 'summary', value: 'Laptop' }] };
    const createdAt = Date.parse('2015-10-08T07:42:00Z');
    expect(isSameRequest(created, '25', sent, createdAt + 60_000), 'a minute later: the same request').to.equal(true);
    expect(isSameRequest(created, '25', sent, createdAt + 3_600_000), 'an hour later: a new one').to.equal(false);
    expect(isSameRequest(created, '26', sent, createdAt + 60_000), 'another request type').to.equal(false);
  });

  it('stores ratings 1 to 5 and thumbs as 5 or 1, and refuses scales with no honest equal', () => {
    const stored = documented(FeedbackSchema, '/request/{requestIdOrKey}/feedback');
    expect(feedbackBody(jsmRating(answer('csat5', 4)), 'Great work!'), 'the documented feedback').to.deep.equal({ type: 'csat', ...stored });
    expect(feedbackBody(5)).to.deep.equal({ type: 'csat', rating: 5 });
    expect([jsmRating(answer('emoji5', 2)), jsmRating(answer('thumbs', 1)), jsmRating(answer('thumbs', 0))]).to.deep.equal([2, 5, 1]);
    for (const refused of [answer('nps11', 9), answer('ces7', 6), answer('csat5', 0), answer('csat5', 4, { type: 'topic', id: 'vpn' })]) {
      expect(() => jsmRating(refused), `${refused.scale} ${refused.score} ${refused.subject.type}`)
        .to.throw(AdapterError)
        .with.property('kind', 'invalid-response');
    }
  });

  it('reports a documented request without its status, or with a date that is not ISO, as invalid-response', async () => {
    const served: unknown[] = [];
    const fetch = async () => new Response(JSON.stringify(served.shift()), { headers: { 'Content-Type': 'application/json' } });
    const client = createJsmClient({ siteUrl: 'https://acme.atlassian.net', fetch, retries: 0 });
    const { currentStatus: _status, ...withoutStatus } = example('/request/{issueIdOrKey}') as Record<string, unknown>;
    served.push(withoutStatus, { ...(example('/request/{issueIdOrKey}') as object), createdDate: { iso8601: 'yesterday' } }, example('/request/{issueIdOrKey}'));
    for (const named of ['currentStatus', 'createdDate.iso8601']) {
      const error: unknown = await getRequest(client, 'HELPDESK-1').then(() => undefined, (reason: unknown) => reason);
      expect(error).to.be.instanceOf(AdapterError);
      expect(error).to.have.property('kind', 'invalid-response');
      expect((error as AdapterError).message).to.include(named);
    }
    expect((await getRequest(client, 'HELPDESK-1')).issueKey, 'the documented payload itself passes').to.equal('HELPDESK-1');
  });
});

describe('jsm provider attributes', () => {
  it('reads base-url and service-desk-id', () => {
    expect(fromAttributes(configFrom({ 'base-url': 'https://acme.atlassian.net', 'service-desk-id': '10' }))).to.deep.equal({
      siteUrl: 'https://acme.atlassian.net',
      serviceDeskId: '10',
    });
    expect(fromAttributes(configFrom({ 'service-desk-id': '' }))).to.deep.equal({ siteUrl: '', serviceDeskId: undefined });
  });
});
