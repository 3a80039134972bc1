/**
 * The dashboard: filters, figures, charts, CSV export, and their strings and styles. Loaded at the
 * element's first render, beside its first answer, so neither weighs on the element's first load.
 */
import type { Insights } from '../../core/insights-schemas.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { renderFilters, type FiltersHost } from './filters.js';
import * as view from './insights-view.js';
import { en, type InsightsMessages } from './messages/en.js';
import { viewEn } from './messages/en-view.js';

export { styles } from './insights-view.styles.js';

// The view's English joins the element's one catalog (messages/en.ts).
Object.assign(en, viewEn);

/** What the dashboard needs of the element: its language, heading level, filters and export. */
export interface DashboardHost extends Omit<FiltersHost, 't'> {
  localize: Pick<LocalizeController<InsightsMessages>, 't' | 'number' | 'list' | 'date'>;
  headingLevel: number;
}

function viewHost({ localize, ...host }: DashboardHost): view.InsightsViewHost & FiltersHost {
  return {
    ...host,
    t: (key, params) => localize.t(key, params),
    number: (value, options) => localize.number(value, options),
    list: (items) => localize.list(items),
    date: (value, options) => localize.date(value, options),
  };
}

export const dashboard = {
  filters: (host: DashboardHost, insights: Insights | undefined) => renderFilters(viewHost(host), insights),
  figures: (host: DashboardHost, insights: Insights) => view.renderInsights(viewHost(host), insights),
  announcement: (host: DashboardHost, insights: Insights) => view.announcement(viewHost(host), insights),
  exportCsv: (host: DashboardHost, insights: Insights) => view.exportCsv(viewHost(host), insights),
};
