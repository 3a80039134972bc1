/**
 * The document-level default that elements outside any <sx-provider> fall back to, set with
 * `configure()` in script or by an `<sx-provider global>` anywhere on the page.
 */
import type { ServiceAdapter } from './adapter.js';
import { connect, type ServiceConnection } from './connection.js';
import type { SxOptions } from './context.js';

export interface Defaults {
  connection?: ServiceConnection;
  locale?: string;
  options: SxOptions;
}

let defaults: Defaults = { options: {} };
const listeners = new Set<() => void>();

export interface ConfigureOptions extends SxOptions {
  adapter?: ServiceAdapter;
  locale?: string;
}

/** Sets the page-wide default backend, locale and options; elements already on the page follow. */
export function configure({ adapter, locale, ...options }: ConfigureOptions): void {
  defaults = { connection: adapter ? connect(adapter) : defaults.connection, locale, options };
  for (const listener of listeners) listener();
}

export function getDefaults(): Defaults {
  return defaults;
}

export function onDefaultsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
