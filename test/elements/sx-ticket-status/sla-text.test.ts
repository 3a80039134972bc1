import { expect } from '@open-wc/testing';
import { formatDate, formatMessage, formatNumber } from '../../../src/core/i18n/index.js';
import type { Sla } from '../../../src/core/schemas.js';
import { en } from '../../../src/elements/sx-ticket-status/messages/en.js';
import { de } from '../../../src/elements/sx-ticket-status/messages/de.js';
import {
  deadlineFormat,
  describeSla,
  remainingTime,
  slaSentence,
  type SlaFormatters,
} from '../../../src/elements/sx-ticket-status/sla-text.js';

// Tuesday 2026-11-24, 11:00 UTC.
const NOW = new Date('2026-11-24T11:00:00Z');
const hoursFromNow = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();
const sla = (overrides: Partial<Sla> = {}): Sla => ({ kind: 'resolution', dueAt: hoursFromNow(3), breached: false, paused: false, ...overrides });

function formatters(locale: string, catalog: Record<string, unknown>): SlaFormatters {
  return {
    t: (key, params) => formatMessage(catalog[key] as string, locale, params),
    date: (value, options) => formatDate(value, locale, { ...options, timeZone: 'UTC' }),
    number: (value, options) => formatNumber(value, locale, options),
  };
}
const english = formatters('en-GB', en);

describe('sla-text: the SLA target in plain words', () => {
  it('says when it is due and how long is left when that is within a day', () => {
    const view = describeSla(sla(), 'in-progress', NOW)!;
    expect(view.status).to.equal('due-soon');
    expect(view.remaining).to.deep.equal({ value: 3, unit: 'hour' });
    const sentence = slaSentence(view, NOW, english);
    expect(sentence.headline).to.equal('We aim to resolve this by Tue 14:00');
    expect(sentence.detail).to.equal('due in 3 hours');
  });

  it('promises a reply by weekday and time for a response target further out', () => {
    const view = describeSla(sla({ kind: 'response', dueAt: hoursFromNow(27) }), 'assigned', NOW)!;
    expect(view.status).to.equal('due');
    expect(slaSentence(view, NOW, english)).to.deep.equal({ headline: 'We aim to reply by Wed 14:00' });
  });

  it('adds the date when the target is more than a week away', () => {
    const view = describeSla(sla({ dueAt: '2026-12-08T09:30:00Z' }), 'in-progress', NOW)!;
    expect(slaSentence(view, NOW, english).headline).to.equal('We aim to resolve this by Tue 8 Dec, 09:30');
  });

  it('says "overdue, we are on it" once the target has passed or the backend says breached', () => {
    const passed = describeSla(sla({ dueAt: hoursFromNow(-5) }), 'in-progress', NOW)!;
    expect(passed.status).to.equal('overdue');
    expect(slaSentence(passed, NOW, english)).to.deep.equal({
      headline: 'Overdue, we are on it',
      detail: 'The target was Tue 06:00.',
    });
    expect(describeSla(sla({ breached: true, dueAt: hoursFromNow(2) }), 'in-progress', NOW)!.status).to.equal('overdue');
  });

  it('is paused while the desk waits for the requester, even if the backend forgot to pause it', () => {
    const paused = describeSla(sla({ paused: true, dueAt: hoursFromNow(30) }), 'waiting-on-you', NOW)!;
    expect(slaSentence(paused, NOW, english).headline).to.equal('Paused while we wait for you');
    expect(describeSla(sla(), 'waiting-on-you', NOW)!.status).to.equal('paused');
  });

  it('labels an estimate as an estimate', () => {
    const view = describeSla(sla({ estimate: true, dueAt: hoursFromNow(50) }), 'new', NOW)!;
    expect(slaSentence(view, NOW, english).headline).to.equal('Estimate: done by Thu 13:00');
  });

  it('promises nothing once the request is resolved, closed or cancelled, or without an SLA', () => {
    expect(describeSla(sla(), 'resolved', NOW)).to.equal(undefined);
    expect(describeSla(sla(), 'closed', NOW)).to.equal(undefined);
    expect(describeSla(sla(), 'cancelled', NOW)).to.equal(undefined);
    expect(describeSla(undefined, 'in-progress', NOW)).to.equal(undefined);
  });

  it('counts minutes in the last hour, never "due in 0"', () => {
    expect(remainingTime(59 * 60_000)).to.deep.equal({ value: 59, unit: 'minute' });
    expect(remainingTime(10_000)).to.deep.equal({ value: 1, unit: 'minute' });
    expect(remainingTime(90 * 60_000)).to.deep.equal({ value: 2, unit: 'hour' });
    const view = describeSla(sla({ dueAt: hoursFromNow(0.5) }), 'in-progress', NOW)!;
    expect(slaSentence(view, NOW, english).detail).to.equal('due in 30 minutes');
  });

  it('speaks the reader’s language', () => {
    const view = describeSla(sla(), 'in-progress', NOW)!;
    const sentence = slaSentence(view, NOW, formatters('de', de));
    expect(sentence.headline).to.equal('Unser Ziel: gelöst bis Di., 14:00');
    expect(sentence.detail).to.equal('fällig in 3 Stunden');
  });

  it('writes the year only when it differs', () => {
    expect(deadlineFormat(new Date('2027-01-20T10:00:00Z'), NOW)).to.include({ year: 'numeric' });
    expect(deadlineFormat(new Date('2026-12-20T10:00:00Z'), NOW)).not.to.have.property('year');
  });
});
