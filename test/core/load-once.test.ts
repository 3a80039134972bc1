import { expect } from '@open-wc/testing';
import { loadOnce } from '../../src/core/load-once.js';

describe('loadOnce (lazy chunks)', () => {
  it('shares one load between callers', async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b, calls]).to.deep.equal([1, 1, 1]);
    expect(await load()).to.equal(1);
  });

  it('tries again after a failed load (offline, then back online)', async () => {
    let online = false;
    let calls = 0;
    const load = loadOnce(async () => {
      calls++;
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return 'chunk';
    });
    let failure: unknown;
    await load().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    online = true;
    expect(await load()).to.equal('chunk');
    expect(calls).to.equal(2);
  });
});
