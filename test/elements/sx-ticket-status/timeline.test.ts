import { expect } from '@open-wc/testing';
import type { TicketEvent } from '../../../src/core/schemas.js';
import { newestWindow, openFirst, orderEvents } from '../../../src/elements/sx-ticket-status/timeline.js';

const event = (id: string, at: string): TicketEvent => ({ id, type: 'comment', at });

describe('timeline: ordering and windowing the history', () => {
  const events = [event('b', '2026-11-24T10:00:00Z'), event('a', '2026-11-24T09:00:00+01:00'), event('c', '2026-11-24T12:00:00Z')];

  it('orders by instant, whatever the offset the backend wrote', () => {
    expect(orderEvents(events, 'oldest').map((e) => e.id)).to.deep.equal(['a', 'b', 'c']);
    expect(orderEvents(events, 'newest').map((e) => e.id)).to.deep.equal(['c', 'b', 'a']);
  });

  it('shows the newest page of a long history and counts the rest', () => {
    const many = Array.from({ length: 230 }, (_, i) => i);
    const newest = newestWindow([...many].reverse(), 'newest', 50);
    expect(newest.shown[0]).to.equal(229);
    expect(newest.shown).to.have.length(50);
    expect(newest.hidden).to.equal(180);
    const oldest = newestWindow(many, 'oldest', 50);
    expect(oldest.shown[49]).to.equal(229);
    expect(oldest.shown[0]).to.equal(180);
  });

  it('lists requests waiting on the person first, then other open ones, most recently updated first', () => {
    const sorted = openFirst([
      { id: 'resolved', state: 'resolved', updatedAt: '2026-11-24T12:00:00Z' },
      { id: 'new', state: 'new', updatedAt: '2026-11-20T12:00:00Z' },
      { id: 'progress', state: 'in-progress', updatedAt: '2026-11-24T10:00:00Z' },
      { id: 'waiting', state: 'waiting-on-you', updatedAt: '2026-11-19T12:00:00Z' },
    ] as const);
    expect(sorted.map((ticket) => ticket.id)).to.deep.equal(['waiting', 'progress', 'new', 'resolved']);
  });
});
