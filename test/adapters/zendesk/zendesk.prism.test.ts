/**
 * Do the Zendesk adapter's real requests fit Zendesk's own OpenAPI documents? Each adapter method
 * that maps to an operation of the Support or Help Center API runs against Prism
 * (test/fixtures/prism-plugin.mjs), which rejects requests that break the spec. Behaviour is tested
 * against the stateful fixture server in zendesk.test.ts; this file checks requests only.
 *
 * Prism answers with the spec's examples, which are often incomplete (no `created_at`, no
 * `author_id`…). When one fails the adapter's validation the call ends in `invalid-response`:
 * recorded, not a failure. An operation the adapter never reached because of that is retried once
 * with responses Prism generates from the schemas (`Prefer: dynamic=true`).
 */
import { expect } from '@open-wc/testing';
import { createZendeskAdapter } from '../../../src/adapters/zendesk/index.js';
import type { ServiceAdapter } from '../../../src/core/adapter.js';
import { describeEntry, operation, prismLog, report, requirePrism, runProbe, type PrismEntry, type ProbeMode } from '../prism-probes.js';

type Spec = 'zendesk-support' | 'zendesk-help-center';
interface Probe {
  spec: Spec;
  call: (adapter: ServiceAdapter) => Promise<unknown>;
  /** Operations the call must send, as `METHOD /path`. */
  reaches: string[];
}

const SPECS: readonly Spec[] = ['zendesk-support', 'zendesk-help-center'];
// Zendesk API tokens go as Basic `{email}/token:{token}`: the specs' only security scheme.
const AUTHORIZATION = `Basic ${btoa('sam.rivera@example.com/token:prism-check')}`;
const RUN = `zendesk-${Date.now().toString(36)}`;
const write = (name: string) => ({ idempotencyKey: `${RUN}-${name}` });

/**
 * Where the amp-labs copy of Zendesk's spec is narrower than Zendesk's API: Prism rejects these
 * requests although Zendesk documents them. Each is listed with Prism's exact error, so a new
 * rejection of any other kind still fails.
 */
const SPEC_GAPS: { request: RegExp; error: string; why: string }[] = [
  {
    request: /^POST \/api\/v2\/help_center\/[\w-]+\/articles\/\d+\/down$/,
    error: 'NO_PATH_MATCHED_ERROR',
    why: 'the spec has only …/up, though its "Create Vote" text covers up and down votes (developer.zendesk.com: Votes)',
  },
  {
    request: /^(PUT \/api\/v2\/requests\/\d+|POST \/api\/v2\/requests|POST \/api\/v2\/tickets\/\d+\/satisfaction_rating)$/,
    error: 'INVALID_CONTENT_TYPE',
    why: 'the operation has no requestBody in the spec, though Zendesk documents its JSON body',
  },
];

const PROBES: Record<string, Probe> = {
  searchKnowledge: {
    spec: 'zendesk-help-center',
    call: (adapter) => adapter.searchKnowledge!({ text: 'printer', limit: 5, sources: ['articles'] }),
    reaches: ['GET /api/v2/help_center/articles/search'],
  },
  getArticle: {
    spec: 'zendesk-help-center',
    call: (adapter) => adapter.getArticle!('360026053753'),
    reaches: ['GET /api/v2/help_center/en-us/articles/360026053753'],
  },
  'sendArticleFeedback (helpful)': {
    spec: 'zendesk-help-center',
    call: (adapter) => adapter.sendArticleFeedback!({ articleId: '360026053753', helpful: true }, write('up')),
    reaches: ['POST /api/v2/help_center/en-us/articles/360026053753/up'],
  },
  'sendArticleFeedback (not helpful)': {
    spec: 'zendesk-help-center',
    call: (adapter) => adapter.sendArticleFeedback!({ articleId: '360026053753', helpful: false }, write('down')),
    reaches: ['POST /api/v2/help_center/en-us/articles/360026053753/down'],
  },
  listTickets: {
    spec: 'zendesk-support',
    call: (adapter) => adapter.listTickets!({ filter: 'open', limit: 10 }),
    reaches: ['GET /api/v2/requests'],
  },
  getTicket: {
    spec: 'zendesk-support',
    call: (adapter) => adapter.getTicket!('33'),
    reaches: ['GET /api/v2/requests/33', 'GET /api/v2/requests/33/comments'],
  },
  addComment: {
    spec: 'zendesk-support',
    call: (adapter) => adapter.addComment!('33', 'The printer works again, thanks.', write('comment')),
    reaches: ['GET /api/v2/requests/33/comments', 'PUT /api/v2/requests/33'],
  },
  reopenTicket: {
    spec: 'zendesk-support',
    call: (adapter) => adapter.reopenTicket!('33', 'It is on fire again.', write('reopen')),
    reaches: ['GET /api/v2/requests/33/comments', 'PUT /api/v2/requests/33', 'GET /api/v2/requests/33'],
  },
  listCatalog: {
    spec: 'zendesk-support',
    call: (adapter) => adapter.listCatalog!({}),
    reaches: ['GET /api/v2/ticket_forms'],
  },
  getCatalogItem: {
    spec: 'zendesk-support',
    call: (adapter) => adapter.getCatalogItem!('47'),
    reaches: ['GET /api/v2/ticket_forms/47', 'GET /api/v2/ticket_fields'],
  },
  submitRequest: {
    spec: 'zendesk-support',
    call: (adapter) =>
      adapter.submitRequest!({ itemId: '47', values: { subject: 'Snowboard binding broke', description: 'Left binding, day two.' } }, write('request')),
    reaches: ['GET /api/v2/ticket_forms/47', 'GET /api/v2/ticket_fields', 'GET /api/v2/requests', 'POST /api/v2/requests'],
  },
  submitSatisfaction: {
    spec: 'zendesk-support',
    call: (adapter) =>
      adapter.submitSatisfaction!(
        {
          id: `${RUN}-csat`,
          subject: { type: 'ticket', id: '35436' },
          scale: 'csat5',
          score: 5,
          reasons: [],
          comment: 'Quick and friendly.',
          anonymous: false,
          submittedAt: new Date().toISOString(),
        },
        write('csat'),
      ),
    reaches: ['POST /api/v2/tickets/35436/satisfaction_rating'],
  },
};

const gapOf = (entry: PrismEntry) => SPEC_GAPS.find((gap) => gap.request.test(operation(entry)) && gap.error === entry.error);

/** Runs one adapter call against Prism. */
function run(name: string, probe: Probe, mode: ProbeMode) {
  return runProbe(
    `${RUN}:${name}:${mode}`,
    mode,
    ({ headers, fetch }) =>
      createZendeskAdapter({
        baseUrl: `/__prism/${probe.spec}`,
        retries: 0,
        fetch,
        headers: () => ({ Authorization: AUTHORIZATION, ...headers }),
      }),
    probe.call,
  );
}

/** A request Prism refused only for its body (no requestBody in the spec), re-sent without one. */
let replays = 0;
async function bodylessReplay(entry: PrismEntry, tag: string): Promise<PrismEntry> {
  const replayTag = `${tag}:bodyless-${++replays}`;
  await fetch(`/__prism/${entry.spec}${entry.path}${entry.query}`, {
    method: entry.method,
    headers: { Authorization: AUTHORIZATION, Accept: 'application/json', 'X-Sx-Probe': replayTag },
  });
  return (await prismLog(replayTag))[0]!;
}

describe('zendesk adapter against Zendesk’s OpenAPI documents (Prism)', function () {
  before(async function () {
    this.timeout(90_000);
    await requirePrism(this, SPECS, 'Zendesk');
  });

  for (const [name, probe] of Object.entries(PROBES)) {
    it(`${name}: ${probe.reaches.join(', ')}`, async () => {
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

      const notes: string[] = [];
      for (const entry of entries) {
        if (entry.verdict !== 'rejected') continue;
        const gap = gapOf(entry);
        expect(gap, `Prism rejected ${describeEntry(entry)}`).to.not.equal(undefined);
        notes.push(`known spec gap: ${gap!.why}`);
        if (entry.error === 'INVALID_CONTENT_TYPE') {
          const replay = await bodylessReplay(entry, result.tag);
          notes.push(`the same request without its body: ${describeEntry(replay)}`);
          expect(replay.verdict, `without its body: ${describeEntry(replay)}`).to.not.equal('rejected');
        }
      }
      // An operation may stay unreached only when an earlier answer failed the adapter's validation.
      const missing = unreached(entries);
      if (missing.length) expect(result.outcome?.kind, `${name} never sent ${missing.join(', ')}: ${result.outcome?.message}`).to.equal('invalid-response');

      if (notes.length) console.log(`  ${notes.join('\n  ')}`);
    });
  }
});
