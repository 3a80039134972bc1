/** `sx-kit/adapters/memory`: the embedded backend, for demos, tests and offline prototypes. */
import { MemoryAdapter, type MemoryAdapterOptions } from './memory-adapter.js';

export { MemoryAdapter } from './memory-adapter.js';
export type { AgentUpdate, MemoryAdapterOptions, MemoryData, MemoryFault, MemoryOperation } from './memory-adapter.js';

/**
 * An embedded backend with seeded articles, catalog and tickets, kept in IndexedDB. Pass any of
 * `articles`, `catalog`, `tickets`, `people` to use your own data instead of the seed.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter(options);
}
export { fromAttributes } from './attributes.js';
