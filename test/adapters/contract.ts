/**
 * The adapter contract suite: what every backend adapter must do, whichever product is behind
 * it. Each adapter's test file calls `runAdapterContract` with a harness that points a fresh
 * adapter at its backend (the embedded store, or a fixture server speaking the vendor's API).
 */
import { expect } from '@open-wc/testing';
import {
  CAPABILITIES,
  CAPABILITY_METHODS,
  AdapterError,
  isAbortError,
  type AdapterErrorKind,
  type ServiceAdapter,
} from '../../src/core/adapter.js';
import type { VariableValue } from '../../src/core/schemas.js';
import { withValidation } from '../../src/core/validate.js';

export interface ContractFixtures {
  /** A query that finds at least one article. */
  searchText: string;
  /** A ticket of the signed-in person that is open and accepts comments. */
  openTicketId: string;
  /** A resolved ticket that can be confirmed, and one (or the same, on a fresh backend) to reopen. */
  resolvedTicketId: string;
  reopenTicketId?: string;
  catalogItemId?: string;
  /** Valid values for `catalogItemId`'s form. */
  catalogValues?: Record<string, VariableValue>;
  /** An id no backend object has. */
  missingId: string;
}

export interface ContractHarness {
  /** A fresh adapter on a fresh (or reset) backend. */
  create(): Promise<ServiceAdapter>;
  fixtures: ContractFixtures;
  /** Makes the backend's next calls fail with `kind`, when the harness can. */
  injectFault?(adapter: ServiceAdapter, kind: AdapterErrorKind): Promise<void> | void;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

const key = () => crypto.randomUUID();

export function runAdapterContract(name: string, harness: ContractHarness) {
  const { fixtures } = harness;

  describe(`${name} adapter: contract`, () => {
    let raw: ServiceAdapter;
    let adapter: ServiceAdapter;
    const can = (capability: (typeof CAPABILITIES)[number]) => raw.capabilities[capability];

    beforeEach(async () => {
      raw = await harness.create();
      adapter = withValidation(raw);
    });

    it('names itself and has a stable id', () => {
      expect(raw.name).to.be.a('string').and.not.equal('');
      expect(raw.id).to.be.a('string').and.not.equal('');
    });

    it('declares exactly the capabilities whose methods it has', () => {
      for (const capability of CAPABILITIES) {
        for (const method of CAPABILITY_METHODS[capability]) {
          const present = typeof raw[method] === 'function';
          expect(present, `${capability} → ${String(method)}`).to.equal(raw.capabilities[capability]);
        }
      }
    });

    it('finds articles whose results fit the canonical model, and opens one', async function () {
      if (!can('search')) return this.skip();
      const results = await adapter.searchKnowledge!({ text: fixtures.searchText, limit: 5, sources: ['articles'] });
      expect(results.hits.length).to.be.greaterThan(0);
      expect(results.hits.length).to.be.at.most(5);
      const first = results.hits[0]!;
      expect(first.kind).to.equal('article');
      if (can('articles')) {
        const article = await adapter.getArticle!(first.id);
        expect(article.id).to.equal(first.id);
        expect(article.title).to.equal(first.title);
      }
    });

    it('reports a missing article or ticket as not-found', async function () {
      if (!can('articles') && !can('tickets')) return this.skip();
      const error = (await rejection(
        can('tickets') ? adapter.getTicket!(fixtures.missingId) : adapter.getArticle!(fixtures.missingId),
      )) as AdapterError;
      expect(error).to.be.instanceOf(AdapterError);
      expect(error.kind).to.equal('not-found');
    });

    it('lists the signed-in person’s tickets by filter', async function () {
      if (!can('tickets')) return this.skip();
      const open = await adapter.listTickets!({ filter: 'open' });
      const all = await adapter.listTickets!({ filter: 'all' });
      expect(open.tickets.length).to.be.greaterThan(0);
      expect(all.total).to.be.at.least(open.total);
      const closedStates = ['resolved', 'closed', 'cancelled'];
      expect(open.tickets.every((ticket) => !closedStates.includes(ticket.state))).to.equal(true);
      const ticket = await adapter.getTicket!(fixtures.openTicketId);
      expect(ticket.id).to.equal(fixtures.openTicketId);
      expect(ticket.events.length).to.be.greaterThan(0);
    });

    it('adds a comment once, however often the same write is sent', async function () {
      if (!can('comments')) return this.skip();
      const text = `Contract comment ${key()}`;
      const idempotencyKey = key();
      const first = await adapter.addComment!(fixtures.openTicketId, text, { idempotencyKey });
      const again = await adapter.addComment!(fixtures.openTicketId, text, { idempotencyKey });
      expect(again.id).to.equal(first.id);
      const ticket = await adapter.getTicket!(fixtures.openTicketId);
      expect(ticket.events.filter((event) => event.text === text)).to.have.length(1);
    });

    it('confirms a resolution', async function () {
      if (!can('confirm')) return this.skip();
      const ticket = await adapter.confirmResolution!(fixtures.resolvedTicketId, { idempotencyKey: key() });
      expect(ticket.state).to.equal('closed');
    });

    it('reopens a resolved ticket with a reason', async function () {
      if (!can('reopen')) return this.skip();
      const id = fixtures.reopenTicketId ?? fixtures.resolvedTicketId;
      const reason = `Still broken ${key()}`;
      const ticket = await adapter.reopenTicket!(id, reason, { idempotencyKey: key() });
      expect(['new', 'assigned', 'in-progress']).to.include(ticket.state);
    });

    it('lists the catalog and opens an item with its variables', async function () {
      if (!can('catalog')) return this.skip();
      const list = await adapter.listCatalog!({});
      expect(list.items.length).to.be.greaterThan(0);
      const item = await adapter.getCatalogItem!(fixtures.catalogItemId ?? list.items[0]!.id);
      expect(item.variables).to.be.an('array');
    });

    it('creates exactly one request per idempotency key', async function () {
      if (!can('requests') || !fixtures.catalogItemId) return this.skip();
      const idempotencyKey = key();
      const request = { itemId: fixtures.catalogItemId, values: fixtures.catalogValues ?? {} };
      const first = await adapter.submitRequest!(request, { idempotencyKey });
      const again = await adapter.submitRequest!(request, { idempotencyKey });
      expect(again.ticketId).to.equal(first.ticketId);
      if (can('tickets')) {
        const created = await adapter.getTicket!(first.ticketId);
        expect(created.number).to.equal(first.number);
      }
    });

    it('stores one satisfaction answer per subject and per key', async function () {
      if (!can('satisfaction')) return this.skip();
      const response = {
        id: key(),
        subject: { type: 'ticket' as const, id: fixtures.resolvedTicketId },
        scale: 'csat5' as const,
        score: 2,
        reasons: ['responsiveness' as const],
        comment: 'Took a while',
        anonymous: false,
        submittedAt: new Date().toISOString(),
      };
      const receipt = await adapter.submitSatisfaction!(response, { idempotencyKey: response.id });
      expect(receipt.id).to.equal(response.id);
      await adapter.submitSatisfaction!(response, { idempotencyKey: response.id });
      if (can('survey-state')) {
        const state = await adapter.getSurveyState!(response.subject);
        expect(state.answered).to.equal(true);
      }
    });

    it('stops when the caller aborts', async function () {
      const controller = new AbortController();
      controller.abort();
      const call = can('search')
        ? adapter.searchKnowledge!({ text: fixtures.searchText, limit: 5, sources: ['articles'] }, controller.signal)
        : can('tickets')
          ? adapter.listTickets!({ filter: 'all' }, controller.signal)
          : undefined;
      if (!call) return this.skip();
      expect(isAbortError(await rejection(call))).to.equal(true);
    });

    if (harness.injectFault) {
      for (const kind of ['server', 'unauthorized', 'rate-limited'] as const) {
        it(`reports a ${kind} failure as the ${kind} kind`, async function () {
          const operation = can('tickets')
            ? () => adapter.listTickets!({ filter: 'all' })
            : can('search')
              ? () => adapter.searchKnowledge!({ text: fixtures.searchText, limit: 5, sources: ['articles'] })
              : undefined;
          if (!operation) return this.skip();
          await harness.injectFault!(raw, kind);
          const error = (await rejection(operation())) as AdapterError;
          expect(error).to.be.instanceOf(AdapterError);
          expect(error.kind).to.equal(kind);
        });
      }
    }
  });
}
