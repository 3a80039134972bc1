/** The dashboard's filter bar (period, service, topic, backend) and its CSV export: loaded with the figures. */
import { html, nothing } from 'lit';
import type { Insights } from '../../core/insights-schemas.js';
import type { FigureText } from './figures.js';
import { PERIODS } from './period.js';
import type { SxInsights } from './sx-insights.component.js';

type Filter = 'service' | 'topic' | 'backend';
/** The element's property behind each filter (its `service` property is the backend connection). */
const PROPERTY = { service: 'serviceFilter', topic: 'topic', backend: 'backend' } as const;

export interface FiltersHost extends Pick<FigureText, 't'> {
  /** The bar sets the element's public filter properties, as a page setting its attributes would. */
  element: Pick<SxInsights, 'period' | 'from' | 'to' | 'serviceFilter' | 'topic' | 'backend' | 'exportCsv'>;
  /** Export is possible only while figures are shown. */
  canExport: boolean;
}

const valueOf = (event: Event) => (event.target as HTMLSelectElement).value;

export function renderFilters(host: FiltersHost, insights: Insights | undefined) {
  const { t, element } = host;
  const facets = insights?.facets;
  const select = (name: Filter, values: readonly string[] | undefined) => {
    const current = element[PROPERTY[name]];
    const options = [...new Set([...(values ?? []), ...(current ? [current] : [])])];
    if (!options.length || (name === 'backend' && options.length < 2 && !current)) return nothing;
    return html`<div class="control">
      <label for=${name}>${t(`insights.${name}.label`)}</label>
      <select id=${name} @change=${(event: Event) => (element[PROPERTY[name]] = valueOf(event))}>
        <option value="" ?selected=${!current}>${t('insights.all')}</option>
        ${options.map((value) => html`<option value=${value} ?selected=${value === current}>${value}</option>`)}
      </select>
    </div>`;
  };
  return html`<div class="bar-row" part="filters" role="group" aria-label=${t('insights.filters')}>
    <div class="control">
      <label for="period">${t('insights.period.label')}</label>
      <select id="period" @change=${(event: Event) => Object.assign(element, { period: valueOf(event), from: undefined, to: undefined })}>
        ${PERIODS.map((period) => html`<option value=${period} ?selected=${period === element.period}>${t(`insights.period.${period}`)}</option>`)}
      </select>
    </div>
    ${select('service', facets?.services)} ${select('topic', facets?.topics)} ${select('backend', facets?.backends)}
    <button type="button" class="export" part="export-button" ?disabled=${!host.canExport} @click=${() => void element.exportCsv()}>${t('insights.export')}</button>
  </div>`;
}
