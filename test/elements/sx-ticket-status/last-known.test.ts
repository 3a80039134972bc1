import { expect } from '@open-wc/testing';
import { asStoredList, asStoredTicket, lastKnownList, lastKnownTicket, rememberList, rememberTicket } from '../../../src/elements/sx-ticket-status/last-known.js';
import { isOutage } from '../../../src/elements/sx-ticket-status/ticket-data.js';
import { AdapterError } from '../../../src/core/adapter.js';
import type { Ticket, TicketSummary } from '../../../src/core/schemas.js';

const ticket = { id: 'T1', number: 'T1', title: 'Printer', state: 'new', events: [] } as unknown as Ticket;
const row = { id: 'T1', number: 'T1', title: 'Printer', state: 'new', updatedAt: '2026-11-24T10:00:00Z' } as unknown as TicketSummary;

describe('the last known ticket and list', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps them for this tab only, per backend and per query', () => {
    rememberTicket('memory-a', ticket);
    rememberList('memory-a', 'open|', [row]);
    expect(lastKnownTicket('memory-a', 'T1')).to.deep.equal(ticket);
    expect(lastKnownTicket('memory-b', 'T1')).to.equal(undefined);
    expect(lastKnownList('memory-a', 'open|')).to.deep.equal([row]);
    expect(lastKnownList('memory-a', 'all|')).to.equal(undefined);
    expect(sessionStorage.getItem('sx-ticket-status:memory-a|ticket|T1')).to.contain('"Printer"');
    expect(localStorage.getItem('sx-ticket-status:memory-a|ticket|T1')).to.equal(null);
  });

  it('treats something stored in another shape as absent', () => {
    expect(asStoredTicket({ id: 'T1' })).to.equal(undefined);
    expect(asStoredTicket('T1')).to.equal(undefined);
    expect(asStoredTicket(ticket)).to.equal(ticket);
    expect(asStoredList([{ number: 'T1' }])).to.equal(undefined);
    expect(asStoredList({ tickets: [] })).to.equal(undefined);
    expect(asStoredList([row])).to.deep.equal([row]);
  });

  it('shows a stale copy only when the desk cannot be reached, not when it refuses', () => {
    expect(isOutage(new AdapterError('network', 'down'))).to.equal(true);
    expect(isOutage(new AdapterError('timeout', 'slow'))).to.equal(true);
    expect(isOutage(new AdapterError('server', 'broken'))).to.equal(false);
    expect(isOutage(new AdapterError('forbidden', 'no'))).to.equal(false);
    expect(isOutage(new AdapterError('server', 'broken'), false)).to.equal(true);
  });
});
