/**
 * Strings of <sx-insights>'s first view (title, loading). The dashboard's own
 * (filters, figures, definitions, table headings) load with it from en-view.ts and join this catalog
 * then, so a translation registered at run time covers both.
 */
import type { viewEn } from './en-view.js';

const firstView = {
  'insights.title': 'Experience insights',
  'insights.loading': 'Loading insights…',
};

export type InsightsMessages = typeof firstView & typeof viewEn;

/** Complete once the view loaded (insights-part.ts); until then only the first view asks for its keys. */
export const en = firstView as InsightsMessages;
