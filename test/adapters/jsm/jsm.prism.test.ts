/**
 * Do the JSM adapter's real requests fit Atlassian's OpenAPI document of `servicedeskapi`? Each
 * adapter method runs against Prism (test/fixtures/prism-plugin.mjs), which rejects requests that
 * break the spec: unknown routes, wrong parameter types, missing auth, and bodies with properties
 * the spec does not allow (its request schemas are closed). Behaviour is tested against the
 * stateful fixture server in jsm.test.ts; this file checks requests only.
 *
 * Prism answers with the spec's examples (decoded from the strings the ballerina copy keeps them
 * in). When one fails the adapter's validation the call ends in `invalid-response`: recorded, not
 * a failure. An operation the adapter never reached because of that is retried once with answers
 * Prism generates from the schemas (`Prefer: dynamic=true`).
 */
import { expect } from '@open-wc/testing';
import { createJsmAdapter, type JsmAdapterOptions } from '../../../src/adapters/jsm/index.js';
import type { ServiceAdapter } from '../../../src/core/adapter.js';
import { describeEntry, operation, report, requirePrism, runProbe, type PrismEntry, type ProbeMode } from '../prism-probes.js';

const SPEC = 'jsm-servicedeskapi';
interface Probe {
  options?: Partial<JsmAdapterOptions>;
  call: (adapter: ServiceAdapter) => Promise<unknown>;
  /** Operations the call must send, as `METHOD /path`. */
  reaches: string[];
}

const API = '/rest/servicedeskapi';
const KEY = 'HELPDESK-1';
const RUN = `jsm-${Date.now().toString(36)}`;
const write = (name: string) => ({ idempotencyKey: `${RUN}-${name}` });
const ticketReads = [`GET ${API}/request/${KEY}`, `GET ${API}/request/${KEY}/comment`, `GET ${API}/request/${KEY}/status`, `GET ${API}/request/${KEY}/transition`];
const rating = (score: number) => ({
  id: `${RUN}-csat-${score}`,
  subject: { type: 'ticket' as const, id: KEY },
  scale: 'csat5' as const,
  score,
  reasons: [],
  comment: 'Sorted within the hour.',
  anonymous: false,
  submittedAt: new Date().toISOString(),
});

const PROBES: Record<string, Probe> = {
  'searchKnowledge (one service desk)': {
    call: (adapter) => adapter.searchKnowledge!({ text: 'printer', limit: 5, sources: ['articles'] }),
    reaches: [`GET ${API}/servicedesk/10/knowledgebase/article`],
  },
  'searchKnowledge (every service desk)': {
    options: { serviceDeskId: undefined },
    call: (adapter) => adapter.searchKnowledge!({ text: 'printer', limit: 5, sources: ['articles'] }),
    reaches: [`GET ${API}/knowledgebase/article`],
  },
  listTickets: {
    call: (adapter) => adapter.listTickets!({ filter: 'open', text: 'printer', limit: 10 }),
    reaches: [`GET ${API}/request`],
  },
  getTicket: {
    call: (adapter) => adapter.getTicket!(KEY),
    reaches: ticketReads,
  },
  addComment: {
    call: (adapter) => adapter.addComment!(KEY, 'The printer works again, thanks.', write('comment')),
    reaches: [`GET ${API}/request/${KEY}/comment`, `POST ${API}/request/${KEY}/comment`],
  },
  // The spec's example offers "Close Request" and "Escalate Request": the host names which reopens.
  reopenTicket: {
    options: { reopenTransition: /escalate/i },
    call: (adapter) => adapter.reopenTicket!(KEY, 'It jams again.', write('reopen')),
    reaches: [`POST ${API}/request/${KEY}/transition`, ...ticketReads],
  },
  confirmResolution: {
    call: (adapter) => adapter.confirmResolution!(KEY, write('confirm')),
    reaches: [`POST ${API}/request/${KEY}/transition`, ...ticketReads],
  },
  submitSatisfaction: {
    // The example feedback holds rating 4: a 5 has to be sent.
    call: (adapter) => adapter.submitSatisfaction!(rating(5), write('csat')),
    reaches: [`GET ${API}/request/${KEY}/feedback`, `POST ${API}/request/${KEY}/feedback`],
  },
  getSurveyState: {
    call: (adapter) => adapter.getSurveyState!({ type: 'ticket', id: KEY }),
    reaches: [`GET ${API}/request/${KEY}/feedback`],
  },
  listCatalog: {
    call: (adapter) => adapter.listCatalog!({ text: 'gift' }),
    reaches: [`GET ${API}/servicedesk/10/requesttype`, `GET ${API}/servicedesk/10/requesttypegroup`],
  },
  getCatalogItem: {
    call: (adapter) => adapter.getCatalogItem!('25'),
    reaches: [`GET ${API}/servicedesk/10/requesttype/25`, `GET ${API}/servicedesk/10/requesttype/25/field`],
  },
  // Fields of the spec's example request type 25: summary (text) and customfield_10000 (a user).
  submitRequest: {
    call: (adapter) =>
      adapter.submitRequest!(
        { itemId: '25', values: { summary: 'Nominate Jo for the team award', customfield_10000: 'qm:a713c8ea:5ad6d3581db05e2a66fa80b' } },
        write('request'),
      ),
    reaches: [`GET ${API}/servicedesk/10/requesttype/25/field`, `GET ${API}/request`, `POST ${API}/request`],
  },
};

/** Runs one adapter call against Prism. */
function run(name: string, probe: Probe, mode: ProbeMode) {
  return runProbe(
    `${RUN}:${name}:${mode}`,
    mode,
    ({ headers, fetch }) =>
      createJsmAdapter({
        siteUrl: `/__prism/${SPEC}`,
        serviceDeskId: 10,
        retries: 0,
        // The spec's operations ask for OAuth 2.0 (3LO): a bearer token.
        getToken: () => 'prism-check-token',
        headers: () => headers,
        fetch,
        ...probe.options,
      }),
    probe.call,
  );
}

describe('jsm adapter against Atlassian’s servicedeskapi OpenAPI document (Prism)', function () {
  before(async function () {
    this.timeout(90_000);
    await requirePrism(this, [SPEC], 'JSM');
  });

  for (const [name, probe] of Object.entries(PROBES)) {
    it(`${name}: ${[...new Set(probe.reaches)].join(', ')}`, async () => {
      let result = await run(name, probe, 'examples');
      const unreached = (entries: PrismEntry[]) => probe.reaches.filter((op) => !entries.some((entry) => operation(entry) === op));
      const runs = [result];
      if (unreached(result.entries).length && result.outcome?.kind === 'invalid-response') {
        result = await run(name, probe, 'dynamic');
        runs.push(result);
      }
      report(runs);
      const entries = runs.flatMap((each) => each.entries);
      expect(entries.length, `${name} sent nothing to Prism`).to.be.greaterThan(0);

      const rejected = entries.filter((entry) => entry.verdict === 'rejected');
      expect(rejected.map(describeEntry), 'requests Prism rejected').to.deep.equal([]);
      // An operation may stay unreached only when an earlier answer failed the adapter's validation.
      const missing = unreached(entries);
      if (missing.length) expect(result.outcome?.kind, `${name} never sent ${missing.join(', ')}: ${result.outcome?.message}`).to.equal('invalid-response');
    });
  }
});
