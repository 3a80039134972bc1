import { expect } from '@open-wc/testing';
import type { OutboxEntry } from '../../../src/core/outbox.js';
import type { SatisfactionResponse } from '../../../src/core/schemas.js';
import { emptyAnswer, toResponse, withReason, withScore } from '../../../src/elements/sx-satisfaction/answer.js';
import { hasFollowUp } from '../../../src/elements/sx-satisfaction/ask-form.js';
import { deliveryOf } from '../../../src/elements/sx-satisfaction/thank-you.js';
import { waitingAnswer } from '../../../src/elements/sx-satisfaction/waiting-answer.js';

const response = (id: string, subjectId: string): SatisfactionResponse => ({
  id,
  subject: { type: 'ticket', id: subjectId },
  scale: 'csat5',
  score: 2,
  reasons: [],
  anonymous: false,
  submittedAt: '2026-11-30T10:00:00Z',
});
const entry = (key: string, subjectId: string, status: OutboxEntry['status']): OutboxEntry => ({
  key,
  scope: 'memory:test',
  kind: 'satisfaction',
  payload: response(key, subjectId),
  createdAt: `2026-11-30T10:00:0${key.length}Z`,
  attempts: 0,
  nextAttemptAt: 0,
  status,
});

describe('satisfaction answer helpers', () => {
  it('shows the latest answer about the same subject still on its way, never a delivered one or another subject', () => {
    const entries: OutboxEntry[] = [
      entry('a', 'INC1', 'failed'),
      entry('bb', 'INC1', 'pending'),
      entry('ccc', 'INC1', 'delivered'),
      entry('dddd', 'INC2', 'pending'),
      { ...entry('eeeee', 'INC1', 'pending'), kind: 'comment', payload: { ticketId: 'INC1', text: 'hi' } },
    ];
    expect(waitingAnswer(entries, { type: 'ticket', id: 'INC1' })?.key).to.equal('bb');
    expect(waitingAnswer(entries, { type: 'topic', id: 'INC1' })).to.equal(undefined);
    expect(waitingAnswer([entry('a', 'INC1', 'delivered')], { type: 'ticket', id: 'INC1' })).to.equal(undefined);
  });

  it('tells "saved on this device" (offline) apart from "we keep trying" (the desk failing)', () => {
    expect(deliveryOf('offline')).to.equal('queued');
    expect(deliveryOf('retrying')).to.equal('retrying');
    expect(deliveryOf('sent')).to.equal('sent');
    expect(deliveryOf('failed')).to.equal('failed');
    expect(deliveryOf(undefined)).to.equal('sending');
  });

  it('asks follow-up questions only where they apply to the chosen score', () => {
    const view = { scale: 'csat5' as const, rater: false, anonymousAllowed: false };
    expect(hasFollowUp({ ...view, followUp: 'auto', answer: emptyAnswer() }), 'no score yet').to.equal(false);
    expect(hasFollowUp({ ...view, followUp: 'low', answer: withScore(emptyAnswer(), 'csat5', 5) }), 'happy, low only').to.equal(false);
    expect(hasFollowUp({ ...view, followUp: 'low', answer: withScore(emptyAnswer(), 'csat5', 1) })).to.equal(true);
    expect(hasFollowUp({ ...view, followUp: 'none', answer: withScore(emptyAnswer(), 'csat5', 1) })).to.equal(false);
    expect(hasFollowUp({ ...view, followUp: 'none', anonymousAllowed: true, answer: withScore(emptyAnswer(), 'csat5', 1) })).to.equal(true);
  });

  it('clears the reasons when the score flips between "went wrong" and "went well"', () => {
    const unhappy = withReason(withScore(emptyAnswer(), 'csat5', 1), 'responsiveness', true);
    expect([...withScore(unhappy, 'csat5', 2).reasons]).to.deep.equal(['responsiveness']);
    expect([...withScore(unhappy, 'csat5', 5).reasons]).to.deep.equal([]);
  });

  it('sends only what was asked for the chosen score, reasons in their standard order', () => {
    let answer = withScore(emptyAnswer(), 'csat5', 5);
    answer = { ...withReason(withReason(answer, 'tangibles', true), 'responsiveness', true), comment: '  great  ' };
    const context = {
      id: 'r1',
      subject: { type: 'ticket' as const, id: 'INC1' },
      scale: 'csat5' as const,
      rater: false,
      anonymousAllowed: false,
      submittedAt: '2026-11-30T10:00:00Z',
    };
    const asLow = toResponse({ ...answer, score: 5 }, { ...context, followUp: 'low' });
    expect(asLow.reasons).to.deep.equal([]);
    expect(asLow.comment).to.equal(undefined);
    const asAuto = toResponse({ ...answer, score: 5, anonymous: true }, { ...context, followUp: 'auto' });
    expect(asAuto.reasons).to.deep.equal(['responsiveness', 'tangibles']);
    expect(asAuto.comment).to.equal('great');
    expect(asAuto.anonymous, 'anonymous only where allowed').to.equal(false);
  });
});
