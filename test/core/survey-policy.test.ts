import { expect } from '@open-wc/testing';
import {
  SurveyPolicyStore,
  decide,
  emptyLedger,
  parseLedger,
  recordAnswered,
  recordOptedOut,
  recordShown,
  recordSnoozed,
  subjectKey,
} from '../../src/core/survey-policy.js';
import type { KeyValueStorage } from '../../src/core/storage.js';

const DAY = 86_400_000;
const start = Date.parse('2026-03-02T09:00:00Z');
const ticketA = subjectKey({ type: 'ticket', id: 'INC1' }, 'memory:a');
const ticketB = subjectKey({ type: 'ticket', id: 'INC2' }, 'memory:a');
const pulse = subjectKey({ type: 'topic', id: 'laptop-refresh' });
const onboarding = subjectKey({ type: 'topic', id: 'onboarding' });

describe('survey policy', () => {
  it('asks about a fresh subject, and keeps asking the same prompt after a reload', () => {
    expect(decide(emptyLedger(), ticketA, start)).to.deep.equal({ show: true, reason: 'new' });
    const shown = recordShown(emptyLedger(), ticketA, start);
    expect(decide(shown, ticketA, start + DAY)).to.deep.equal({ show: true, reason: 'resume' });
    expect(recordShown(shown, ticketA, start + DAY)).to.equal(shown);
  });

  it('asks about a ticket once: never again after an answer', () => {
    const answered = recordAnswered(recordShown(emptyLedger(), ticketA, start), ticketA, start + 1000);
    expect(decide(answered, ticketA, start + 2000).show).to.equal(false);
    expect(decide(answered, ticketA, start + 400 * DAY)).to.deep.equal({ show: false, reason: 'answered' });
  });

  it('stops asking about an unanswered ticket once its period has passed', () => {
    const shown = recordShown(emptyLedger(), ticketA, start);
    expect(decide(shown, ticketA, start + 8 * DAY)).to.deep.equal({ show: false, reason: 'asked' });
  });

  it('asks about a topic again after a period, not before', () => {
    const answered = recordAnswered(recordShown(emptyLedger(), pulse, start), pulse, start);
    expect(decide(answered, pulse, start + 6 * DAY).reason).to.equal('answered');
    expect(decide(answered, pulse, start + 7 * DAY)).to.deep.equal({ show: true, reason: 'new' });
  });

  it('caps new prompts per person per period, across subjects and backends', () => {
    const shown = recordShown(emptyLedger(), ticketA, start);
    const otherBackend = subjectKey({ type: 'ticket', id: 'INC1' }, 'zendesk:x');
    expect(decide(shown, ticketB, start + DAY)).to.deep.equal({ show: false, reason: 'frequency' });
    expect(decide(shown, otherBackend, start + DAY).reason).to.equal('frequency');
    expect(decide(shown, pulse, start + DAY).reason).to.equal('frequency');
    expect(decide(shown, ticketB, start + 7 * DAY).show).to.equal(true);
    expect(decide(shown, ticketB, start + DAY, { maxPrompts: 2 }).show).to.equal(true);
    expect(decide(shown, ticketB, start + 2 * DAY, { periodDays: 1 }).show).to.equal(true);
  });

  it('"Not now" hides the subject for the snooze time, then brings back the same prompt', () => {
    const snoozed = recordSnoozed(recordShown(emptyLedger(), pulse, start), pulse, start + 1000);
    expect(decide(snoozed, pulse, start + 2 * DAY)).to.deep.equal({ show: false, reason: 'snoozed' });
    expect(decide(snoozed, pulse, start + 3 * DAY + 1000)).to.deep.equal({ show: true, reason: 'new' });
    const shortSnooze = recordSnoozed(recordShown(emptyLedger(), pulse, start), pulse, start, { snoozeDays: 1 });
    expect(decide(shortSnooze, pulse, start + 2 * DAY).show).to.equal(true);
    // Another topic still waits for the period: the snoozed prompt was a prompt.
    expect(decide(snoozed, onboarding, start + 3 * DAY + 1000).reason).to.equal('frequency');
  });

  it('"Don\'t ask me about this" is for good, and only for that subject', () => {
    const optedOut = recordOptedOut(recordShown(emptyLedger(), pulse, start), pulse, start);
    expect(decide(optedOut, pulse, start + 1000 * DAY)).to.deep.equal({ show: false, reason: 'opted-out' });
    expect(decide(optedOut, onboarding, start + 8 * DAY).show).to.equal(true);
  });

  it("honours the backend's survey state", () => {
    const ledger = emptyLedger();
    expect(decide(ledger, ticketA, start, {}, { answered: true, optedOut: false }).reason).to.equal('answered');
    expect(decide(ledger, pulse, start, {}, { answered: false, optedOut: true }).reason).to.equal('opted-out');
    const longAgo = new Date(start - 30 * DAY).toISOString();
    expect(decide(ledger, pulse, start, {}, { answered: true, optedOut: false, lastAskedAt: longAgo }).show).to.equal(true);
    expect(decide(ledger, ticketA, start, {}, { answered: true, optedOut: false, lastAskedAt: longAgo }).show).to.equal(false);
  });

  it('ignores nonsense options and keeps the defaults', () => {
    const shown = recordShown(emptyLedger(), ticketA, start);
    expect(decide(shown, ticketB, start + DAY, { maxPrompts: Number.NaN, periodDays: -1 }).reason).to.equal('frequency');
  });

  it('stores only subject ids and timestamps, and survives corrupt storage', () => {
    const data = new Map<string, string>();
    const storage: KeyValueStorage = {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => void data.set(key, value),
      removeItem: (key) => void data.delete(key),
    };
    const store = new SurveyPolicyStore(storage, 'test');
    store.update((ledger) => recordOptedOut(ledger, pulse, start));
    expect(JSON.parse(data.get('test')!)).to.deep.equal({
      version: 1,
      subjects: { 'topic:laptop-refresh': { askedAt: start, optedOutAt: start } },
    });
    expect(new SurveyPolicyStore(storage, 'test').read().subjects[pulse]?.optedOutAt).to.equal(start);
    data.set('test', '{not json');
    expect(store.read()).to.deep.equal(emptyLedger());
    expect(parseLedger('{"version":1,"subjects":{"x":{"askedAt":"soon","answeredAt":5}}}').subjects.x).to.deep.equal({ answeredAt: 5 });
  });

  it('keeps deciding on this page when storage is blocked', () => {
    const refuse = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const blocked: KeyValueStorage = { getItem: refuse, setItem: refuse, removeItem: refuse };
    const store = new SurveyPolicyStore(blocked, 'test');
    store.update((ledger) => recordShown(ledger, ticketA, start));
    expect(decide(store.read(), ticketB, start).reason).to.equal('frequency');
  });

  it('stays small: old records are pruned, opt-outs kept', () => {
    let ledger = recordOptedOut(emptyLedger(), pulse, start);
    for (let index = 0; index < 520; index++) {
      ledger = recordAnswered(ledger, subjectKey({ type: 'ticket', id: `T${index}` }), start + index * 1000);
    }
    expect(Object.keys(ledger.subjects)).to.have.length(500);
    expect(ledger.subjects[pulse]?.optedOutAt).to.equal(start);
    expect(ledger.subjects[subjectKey({ type: 'ticket', id: 'T519' })]).to.not.equal(undefined);
    expect(ledger.subjects[subjectKey({ type: 'ticket', id: 'T0' })]).to.equal(undefined);
  });

  it('tells subscribers about changes made on this page and in other tabs, for its own key only', () => {
    const storage = new Map<string, string>();
    const memory: KeyValueStorage = {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    };
    const calls: string[] = [];
    const unsubscribe = new SurveyPolicyStore(memory, 'sync-test').subscribe(() => calls.push('changed'));

    new SurveyPolicyStore(memory, 'sync-test').update((ledger) => recordShown(ledger, ticketA, start));
    expect(calls, 'a second store on the page').to.have.length(1);
    new SurveyPolicyStore(memory, 'another-key').update((ledger) => recordShown(ledger, ticketA, start));
    expect(calls, 'another key').to.have.length(1);

    window.dispatchEvent(new StorageEvent('storage', { key: 'sync-test' }));
    expect(calls, 'another tab').to.have.length(2);
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(calls, 'another tab cleared the storage').to.have.length(3);
    window.dispatchEvent(new StorageEvent('storage', { key: 'unrelated' }));
    expect(calls).to.have.length(3);

    unsubscribe();
    new SurveyPolicyStore(memory, 'sync-test').update((ledger) => recordAnswered(ledger, ticketA, start));
    window.dispatchEvent(new StorageEvent('storage', { key: 'sync-test' }));
    expect(calls, 'after unsubscribing').to.have.length(3);
  });
});
