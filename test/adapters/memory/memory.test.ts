import { expect } from '@open-wc/testing';
import { AdapterError, isAbortError } from '../../../src/core/adapter.js';
import { withValidation } from '../../../src/core/validate.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { Ticket } from '../../../src/core/schemas.js';
import { runAdapterContract } from '../contract.js';

let databases = 0;
const freshName = () => `sx-memory-test-${Date.now()}-${databases++}`;

runAdapterContract('memory', {
  create: async () => createMemoryAdapter({ dbName: freshName() }),
  fixtures: {
    searchText: 'vpn',
    openTicketId: 'INC0012001',
    resolvedTicketId: 'INC0012003',
    missingId: 'INC9999999',
    catalogItemId: 'cat-new-laptop',
    catalogValues: { model: 'standard', for_person: 'Sam Rivera', needed_by: '2026-12-01' },
  },
  injectFault: (adapter, kind) => (adapter as MemoryAdapter).setFaults([{ kind }]),
});

describe('memory adapter', () => {
  it('keeps a comment across a reload (a new adapter on the same database)', async () => {
    const dbName = freshName();
    const before = createMemoryAdapter({ dbName });
    await before.addComment('INC0012001', 'Written before the reload', { idempotencyKey: 'k-reload' });
    const after = createMemoryAdapter({ dbName });
    const ticket = await after.getTicket('INC0012001');
    expect(ticket.events.map((event) => event.text)).to.include('Written before the reload');
  });

  it('forgets every change on reset()', async () => {
    const adapter = createMemoryAdapter({ dbName: freshName() });
    await adapter.addComment('INC0012001', 'To be forgotten', { idempotencyKey: 'k-reset' });
    await adapter.reset();
    const ticket = await adapter.getTicket('INC0012001');
    expect(ticket.events.map((event) => event.text)).not.to.include('To be forgotten');
  });

  it('finds an article by a prefix and despite a typo', async () => {
    const adapter = createMemoryAdapter({ dbName: freshName() });
    const prefix = await adapter.searchKnowledge({ text: 'phish', limit: 5, sources: ['articles'] });
    expect(prefix.hits.map((hit) => hit.id)).to.include('KB0010004');
    const typo = await adapter.searchKnowledge({ text: 'phisihng', limit: 5, sources: ['articles'] });
    expect(typo.hits.map((hit) => hit.id)).to.include('KB0010004');
    const title = typo.hits.find((hit) => hit.id === 'KB0010004')!;
    expect(title.matches.length).to.be.greaterThan(0);
  });

  it('mixes catalog items into results when asked', async () => {
    const adapter = createMemoryAdapter({ dbName: freshName() });
    const results = await adapter.searchKnowledge({ text: 'laptop', limit: 20, sources: ['articles', 'catalog'] });
    expect(results.hits.some((hit) => hit.kind === 'catalog-item')).to.equal(true);
    const articlesOnly = await adapter.searchKnowledge({ text: 'laptop', limit: 20, sources: ['articles'] });
    expect(articlesOnly.hits.every((hit) => hit.kind === 'article')).to.equal(true);
  });

  it('turns a malformed-payload fault into an invalid-response error naming the field', async () => {
    const adapter = createMemoryAdapter({ dbName: freshName(), faults: [{ kind: 'malformed', operation: 'getTicket' }] });
    const error = await withValidation(adapter).getTicket!('INC0012001').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).kind).to.equal('invalid-response');
    expect((error as AdapterError).message).to.contain('title');
  });

  it('fails only as many times as a fault says, then recovers', async () => {
    const adapter = createMemoryAdapter({ dbName: freshName(), faults: [{ kind: 'server', times: 1 }] });
    const error = await adapter.listTickets({ filter: 'all' }).catch((e: unknown) => e);
    expect((error as AdapterError).kind).to.equal('server');
    const list = await adapter.listTickets({ filter: 'all' });
    expect(list.total).to.be.greaterThan(24);
  });

  it('honours the caller’s abort during simulated latency', async () => {
    const adapter = createMemoryAdapter({ dbName: freshName(), latency: 500 });
    const controller = new AbortController();
    const pending = adapter.listTickets({ filter: 'all' }, controller.signal).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 20);
    expect(isAbortError(await pending)).to.equal(true);
  });

  it('pushes a ticket change to watchers when the desk updates it', async () => {
    const adapter = createMemoryAdapter({ dbName: freshName() });
    await adapter.getTicket('INC0012001');
    const controller = new AbortController();
    const seen: Ticket[] = [];
    adapter.watchTicket('INC0012001', (ticket) => seen.push(ticket), controller.signal);
    await adapter.agentUpdate('INC0012001', { state: 'resolved', comment: 'Replaced the access point.' });
    controller.abort();
    await adapter.agentUpdate('INC0012001', { comment: 'Not seen after abort' });
    expect(seen).to.have.length(1);
    expect(seen[0]!.state).to.equal('resolved');
  });

  it('serves custom data instead of the seed', async () => {
    const adapter = createMemoryAdapter({
      dbName: freshName(),
      articles: [{ id: 'A1', title: 'Custom kettle article', body: '<p>Descale monthly.</p>', updatedAt: '2026-01-01T00:00:00Z' }],
      catalog: [],
      tickets: [],
      people: [],
    });
    const results = await adapter.searchKnowledge({ text: 'kettle', limit: 5, sources: ['articles'] });
    expect(results.hits.map((hit) => hit.id)).to.deep.equal(['A1']);
    expect((await adapter.listTickets({ filter: 'all' })).total).to.equal(0);
  });

  it('replaces, not duplicates, a second satisfaction answer for the same ticket', async () => {
    const adapter = createMemoryAdapter({ dbName: freshName() });
    const answer = (id: string, score: number) => ({
      id,
      subject: { type: 'ticket' as const, id: 'INC0012003' },
      scale: 'csat5' as const,
      score,
      reasons: [],
      anonymous: false,
      submittedAt: new Date().toISOString(),
    });
    await adapter.submitSatisfaction(answer('r1', 2), { idempotencyKey: 'r1' });
    await adapter.submitSatisfaction(answer('r2', 5), { idempotencyKey: 'r2' });
    const ratings = await adapter.ratingsReceived();
    expect(ratings).to.have.length(1);
    expect(ratings[0]!.score).to.equal(5);
  });
});
