import { expect } from '@open-wc/testing';
import { backoffDelay, parseRetryAfter, sleep } from '../../src/core/backoff.js';

describe('backoff', () => {
  describe('parseRetryAfter', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');

    it('reads delta seconds', () => {
      expect(parseRetryAfter('120', now)).to.equal(120);
      expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    });

    it('reads an HTTP date as the seconds until then, rounded up', () => {
      expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).to.equal(30);
      expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:02 GMT', now + 500)).to.equal(2);
    });

    it('treats a date in the past as "now"', () => {
      expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now)).to.equal(0);
    });

    it('ignores a missing or unreadable header', () => {
      expect(parseRetryAfter(null, now)).to.equal(undefined);
      expect(parseRetryAfter('', now)).to.equal(undefined);
      expect(parseRetryAfter('soon', now)).to.equal(undefined);
    });
  });

  describe('backoffDelay', () => {
    const highest = () => 1;
    const lowest = () => 0;

    it('doubles the ceiling with each attempt, starting at the base', () => {
      const ceilings = [0, 1, 2, 3].map((attempt) => backoffDelay(attempt, { random: highest }));
      expect(ceilings).to.deep.equal([500, 1000, 2000, 4000]);
    });

    it('never exceeds the maximum', () => {
      expect(backoffDelay(20, { random: highest })).to.equal(30_000);
      expect(backoffDelay(5, { baseMs: 100, maxMs: 1000, random: highest })).to.equal(1000);
    });

    it('spreads waits between zero and the ceiling (full jitter)', () => {
      expect(backoffDelay(3, { random: lowest })).to.equal(0);
      expect(backoffDelay(2, { baseMs: 100, random: () => 0.5 })).to.equal(200);
    });

    it('treats a negative attempt as the first', () => {
      expect(backoffDelay(-3, { random: highest })).to.equal(500);
    });

    it('stays within bounds with the real random source', () => {
      for (let i = 0; i < 50; i++) expect(backoffDelay(2)).to.be.within(0, 2000);
    });
  });

  describe('sleep', () => {
    it('resolves after the delay', async () => {
      const started = performance.now();
      await sleep(50);
      expect(performance.now() - started).to.be.at.least(45);
    });

    it("rejects with the signal's reason when aborted while waiting", async () => {
      const controller = new AbortController();
      const pending = sleep(10_000, controller.signal);
      const reason = new DOMException('stop', 'AbortError');
      controller.abort(reason);
      let caught: unknown;
      await pending.catch((error: unknown) => (caught = error));
      expect(caught).to.equal(reason);
    });

    it('rejects at once when the signal is already aborted', async () => {
      let caught: unknown;
      await sleep(10_000, AbortSignal.abort()).catch((error: unknown) => (caught = error));
      expect((caught as DOMException).name).to.equal('AbortError');
    });
  });
});
