/** How `<sx-provider adapter="memory" latency="300">` configures the embedded backend. */
import type { AdapterConfig } from '../../core/registry.js';
import type { MemoryAdapterOptions } from './memory-adapter.js';

export function fromAttributes(config: AdapterConfig): MemoryAdapterOptions {
  const latency = Number(config.attribute('latency') ?? 0);
  return { latency: Number.isFinite(latency) && latency > 0 ? latency : 0 };
}
