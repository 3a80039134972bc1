/**
 * "Ticket status with 200 events, first render ≤ 20 ms" and "list of 1,000 tickets, first render
 * ≤ 50 ms" (DESIGN section 6): <sx-ticket-status> given pre-fetched data (`.ticket`, `.tickets`),
 * from connection to its first rendered update, inside a provider on the embedded backend.
 */
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { generateTickets } from './generate-data.js';
import type { Ticket, TicketSummary } from '../../src/core/schemas.js';
import '../../src/provider.js';
import { SxTicketStatus } from '../../src/elements/sx-ticket-status/sx-ticket-status.js';
import { publish, sample } from './harness.js';

const now = new Date('2026-11-24T11:00:00Z');

// The list and the detail are parts the element loads on first use; "first render" measures
// rendering, so their chunks are fetched before sampling (a page pays for them once).
await Promise.all([
  import('../../src/elements/sx-ticket-status/detail-part.js'),
  import('../../src/elements/sx-ticket-status/list-part.js'),
]);

/** Awaits updates until `ready` holds: the first one shows a skeleton while the loaded part's import resolves. */
async function renderedWhen(element: SxTicketStatus, ready: () => boolean) {
  for (let turn = 0; turn < 100 && !ready(); turn++) {
    await element.updateComplete;
    await Promise.resolve();
  }
  while (!ready()) await new Promise(requestAnimationFrame);
}
const [generated] = generateTickets(1, now, 7, 200) as [Ticket];
// Both generated sets number from the same start: the long ticket needs an id of its own.
const long: Ticket = { ...generated, id: 'bench-200-events', number: 'INC9999999' };
const many = generateTickets(1000, now, 3, 2);
const summaries: TicketSummary[] = many.map(({ events: _events, ...summary }) => summary);

publish(
  (async () => {
    const provider = document.createElement('sx-provider');
    provider.now = () => now;
    provider.adapter = createMemoryAdapter({
      dbName: 'bench-ticket-status',
      persist: false,
      now: () => now,
      tickets: [long, ...many],
      articles: [],
      catalog: [],
      people: [],
    });
    document.body.append(provider);
    while (!provider.connection) await new Promise(requestAnimationFrame);

    const detail = await sample(
      20,
      () => {
        const element = new SxTicketStatus();
        element.ticketId = long.id;
        element.ticket = long;
        return element;
      },
      async (element) => {
        provider.append(element);
        const events = () => element.shadowRoot!.querySelectorAll('[part=event]').length;
        await renderedWhen(element, () => events() > 0);
        if (events() !== 50) throw new Error(`expected the newest 50 events, saw ${events()}`);
      },
      (element) => element.remove(),
    );

    const list = await sample(
      20,
      () => {
        const element = new SxTicketStatus();
        element.tickets = summaries;
        return element;
      },
      async (element) => {
        provider.append(element);
        await renderedWhen(element, () => !!element.shadowRoot!.querySelector('[part=list-item]'));
      },
      (element) => element.remove(),
    );

    return [
      {
        name: 'sx-ticket-status, ticket with 200 events, first render',
        unit: 'ms' as const,
        samples: detail,
        budget: 20,
        note: 'pre-fetched .ticket; renders the newest 50 events, "show earlier" for the rest',
      },
      {
        name: 'sx-ticket-status, list of 1,000 tickets, first render',
        unit: 'ms' as const,
        samples: list,
        budget: 50,
        note: 'pre-fetched .tickets; renders the first 50 rows, "show more" for the rest',
      },
    ];
  })(),
);
