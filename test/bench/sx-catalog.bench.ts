/**
 * "Catalog grid of 500 cards, first render ≤ 50 ms" (DESIGN section 6): <sx-catalog> given 500
 * pre-fetched items (no backend round trip), from connection to its first rendered update.
 */
import { generateCatalog } from './generate-data.js';
import { SxCatalog } from '../../src/elements/sx-catalog/sx-catalog.js';
import { publish, sample } from './harness.js';

const items = generateCatalog(500);

publish(
  (async () => {
    const grid = await sample(
      20,
      () => {
        const catalog = new SxCatalog();
        catalog.items = items;
        return catalog;
      },
      async (catalog) => {
        document.body.append(catalog);
        await catalog.updateComplete;
        // The items arrive through a task: wait for the render that shows them.
        while (!catalog.shadowRoot?.querySelector('.cards .request')) await catalog.updateComplete;
        if (catalog.shadowRoot.querySelectorAll('.cards > li').length !== 500) throw new Error('expected 500 cards');
      },
      (catalog) => catalog.remove(),
    );
    return [
      {
        name: 'sx-catalog, 500 cards, first render',
        unit: 'ms' as const,
        samples: grid,
        budget: 50,
        note: 'pre-fetched items (.items), grid layout, en locale',
      },
    ];
  })(),
);
