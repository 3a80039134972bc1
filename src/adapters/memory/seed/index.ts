/**
 * Seed data of the embedded demo backend (Larkspur Logistics). `createSeed(now)` builds a fresh
 * copy; ticket times are relative to `now`, so SLA targets stay realistic whenever the demo runs.
 */
import type { Article, CatalogItem, PersonMatch, Ticket } from '../../../core/schemas.js';
import { seedArticles } from './articles.js';
import { seedCatalog, seedCategories } from './catalog.js';
import { seedPeople } from './people.js';
import { seedTickets } from './tickets.js';

export interface SeedData {
  articles: Article[];
  catalog: CatalogItem[];
  categories: { id: string; name: string }[];
  tickets: Ticket[];
  people: PersonMatch[];
}

export function createSeed(now = new Date()): SeedData {
  // Deep copies: the memory adapter may mutate what it stores (comments, states).
  return structuredClone({
    articles: seedArticles,
    catalog: seedCatalog,
    categories: seedCategories,
    tickets: seedTickets(now),
    people: seedPeople,
  });
}

export { seedArticles, ARTICLE_CATEGORIES } from './articles.js';
export { seedCatalog, seedCategories } from './catalog.js';
export { seedPeople } from './people.js';
export { seedTickets, SIGNED_IN_PERSON } from './tickets.js';
