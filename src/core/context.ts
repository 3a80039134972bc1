/**
 * What <sx-provider> hands to the elements below it. String keys (not symbols) so that two copies
 * of the kit on one page still find each other's provider.
 */
import { createContext } from '@lit/context';
import type { ServiceConnection } from './connection.js';

export interface SxOptions {
  /** The clock, injectable so that tests and demos can fix "now". */
  now?: () => Date;
  /** Receives every `sx-*` event as a vendor-neutral record (see core/analytics). */
  analytics?: (record: import('./analytics.js').AnalyticsRecord) => void;
  /** Comments and other free text reach analytics records (redacted) only when the host opts in. */
  analyticsFreeText?: boolean;
}

export const serviceContext = createContext<ServiceConnection | undefined>('sx-kit/service');
export const localeContext = createContext<string | undefined>('sx-kit/locale');
export const optionsContext = createContext<SxOptions>('sx-kit/options');
