/**
 * The embedded backend's demo data (Larkspur Logistics and its service desk), kept as data in
 * seed.json and fetched only when a memory adapter runs without data of its own. Written once from
 * the former TypeScript seed by scripts/make-seed.mjs; article ids KB0010001-KB0010004 and tickets
 * INC0012001-INC0012004 are relied on by tests.
 */
// Imports nothing at run time: it puts seed.json in the program, so tsc copies it to dist/ beside
// this module, where SEED_URL finds it.
import type {} from './seed.json';
import { createHttpClient } from '../../../core/http.js';
import type { MemoryData } from '../memory-adapter.js';
import { ticketsFromDrafts, type TicketDraft } from './tickets.js';

/** seed.json: finished articles, catalog and people; tickets as drafts with times relative to now. */
export interface SeedFile extends Omit<MemoryData, 'tickets'> {
  tickets: TicketDraft[];
}

/** Resolved by Vite and other bundlers as an asset; served as is by the dev servers and from dist/. */
export const SEED_URL = new URL('./seed.json', import.meta.url);

export async function loadSeed(now = new Date(), signal?: AbortSignal): Promise<MemoryData> {
  const { data } = await createHttpClient({ baseUrl: SEED_URL.href }).get<SeedFile>('', { signal });
  return { ...data, tickets: ticketsFromDrafts(data.tickets, now) };
}
