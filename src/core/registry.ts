/**
 * Adapters by name, for `<sx-provider adapter="…">`. Factories are lazy so that a page loads only
 * the adapter it names.
 */
import type { ServiceAdapter } from './adapter.js';

export interface AdapterConfig {
  /** `base-url` attribute of the provider. */
  baseUrl?: string;
  /** The provider element, for adapter-specific attributes (`service-desk-id`, …). */
  element: Element;
}

export type AdapterFactory = (config: AdapterConfig) => ServiceAdapter | Promise<ServiceAdapter>;

const factories = new Map<string, AdapterFactory>();

export function registerAdapter(name: string, factory: AdapterFactory): void {
  factories.set(name, factory);
}

export function adapterFactory(name: string): AdapterFactory | undefined {
  return factories.get(name);
}

export function registeredAdapters(): string[] {
  return [...factories.keys()];
}
