import { expect } from '@open-wc/testing';
import { SearchIndex } from '../../../src/adapters/memory/search-index.js';
import { TimeSlices, yieldToMain } from '../../../src/adapters/memory/time-slices.js';
import { generateArticles, generateCatalog } from '../../bench/generate-data.js';

/** The 8 ms budget plus the last document of a slice and a margin for a busy machine. */
const SLICE_LIMIT_MS = 20;
const articles = generateArticles(3000, 4);
const catalog = generateCatalog(200, 4);

/** A fake clock that moves `step` milliseconds each time it is read. */
function clockMoving(step: number) {
  let time = 0;
  return () => (time += step);
}

describe('embedded search index build', () => {
  it('slices by elapsed time, not by a count: a fast device never yields, a slow one yields often', async () => {
    let fastYields = 0;
    await new SearchIndex({ now: clockMoving(0), yieldToMain: async () => void fastYields++ }).build(articles.slice(0, 1000), []);
    expect(fastYields).to.equal(0);

    let slowYields = 0;
    const slow = new SearchIndex({ budgetMs: 8, now: clockMoving(5), yieldToMain: async () => void slowYields++ });
    await slow.build(articles.slice(0, 1000), []);
    // Each reading is 5 ms later: the budget of 8 ms is used up after every second document.
    expect(slowYields).to.be.within(490, 510);
  });

  it('cuts a real build of 3,000 articles and 200 catalog items into slices of about 8 ms, and still finds them', async () => {
    const yieldsAt: number[] = [];
    const index = new SearchIndex({
      yieldToMain: () => {
        yieldsAt.push(performance.now());
        return yieldToMain();
      },
    });
    const started = performance.now();
    await index.build(articles, catalog);
    const ended = performance.now();
    // A slice ends where a yield starts; the next one starts when the yield resumes.
    const slices: number[] = [];
    let sliceStart = started;
    for (const at of yieldsAt) {
      slices.push(at - sliceStart);
      sliceStart = at;
    }
    slices.push(ended - sliceStart);
    expect(yieldsAt.length, 'yields while building').to.be.greaterThan(3);
    // The median, not the longest: on a loaded machine the OS or a garbage collection can stretch
    // any one slice, which the bench's long-task figures report (DESIGN: budgets are not timed in tests).
    const median = [...slices].sort((x, y) => x - y)[Math.floor(slices.length / 2)]!;
    expect(median, `median of ${slices.length} slices; longest ${Math.max(...slices).toFixed(0)} ms`).to.be.below(SLICE_LIMIT_MS);

    const [article] = articles;
    const results = index.search({ text: article!.title, limit: 5, sources: ['articles', 'catalog'] });
    expect(results.hits.map((hit) => hit.id)).to.include(article!.id);
    const item = index.search({ text: catalog[0]!.name, limit: 5, sources: ['catalog'] });
    expect(item.hits.map((hit) => hit.id)).to.include(catalog[0]!.id);
  });

  it('lets the page paint during the build: an animation frame runs before it ends', async () => {
    let framePainted = false;
    let paintedDuringBuild = false;
    requestAnimationFrame(() => (framePainted = true));
    await new SearchIndex().build(articles, catalog).then(() => (paintedDuringBuild = framePainted));
    expect(paintedDuringBuild).to.equal(true);
  });
});

describe('TimeSlices', () => {
  it('yields only once its budget has passed, then starts a new slice', async () => {
    let time = 0;
    let yields = 0;
    const slices = new TimeSlices({ budgetMs: 8, now: () => time, yieldToMain: async () => void yields++ });
    time = 7;
    await slices.next();
    expect(yields).to.equal(0);
    time = 8;
    await slices.next();
    expect(yields).to.equal(1);
    time = 15;
    await slices.next();
    expect(yields, 'a new slice began at 8').to.equal(1);
    time = 16;
    await slices.next();
    expect(yields).to.equal(2);
  });
});
