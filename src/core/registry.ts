/**
 * Adapters by name, for `<sx-provider adapter="…">`. Factories are lazy so that a page loads only
 * the adapter it names. The kit's own adapters are registered in `src/adapters/builtin.ts`.
 */
import type { ServiceAdapter } from './adapter.js';

/** What a provider tells an adapter created by name: its attributes, read as plain strings. */
export interface AdapterConfig {
  /** `base-url` attribute of the provider. */
  baseUrl?: string;
  /** One of the provider's attributes (`service-desk-id`, `kb-ids`, …); undefined when absent or empty. */
  attribute(name: string): string | undefined;
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

/** An `AdapterConfig` over a plain record (tests, hosts that configure without an element). */
export function configFrom(attributes: Readonly<Record<string, string | undefined>>, baseUrl?: string): AdapterConfig {
  return { baseUrl: baseUrl ?? attributes['base-url'], attribute: (name) => attributes[name] || undefined };
}

/** `kb-ids="a, b"` as a list; undefined when the attribute is absent or names nothing. */
export function listAttribute(config: AdapterConfig, name: string): string[] | undefined {
  const list = config.attribute(name)?.split(',').map((part) => part.trim()).filter(Boolean);
  return list?.length ? list : undefined;
}
