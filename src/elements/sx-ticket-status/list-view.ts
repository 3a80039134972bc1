/** The signed-in person's requests: filters, search, rows that open the detail, "show more". */
import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { TicketSummary } from '../../core/schemas.js';
import { headingTag } from '../shared/heading.js';
import type { Formatters } from './formatters.js';
import { renderListSkeleton } from './skeletons.js';

export type TicketFilter = 'open' | 'resolved' | 'all';

const FILTERS: TicketFilter[] = ['open', 'resolved', 'all'];

export interface ListView {
  tickets?: TicketSummary[];
  filter: TicketFilter;
  query: string;
  /** How many rows are rendered. */
  limit: number;
  /** How many "show more" adds. */
  page: number;
  /** The backend's count of matches (0 when unknown). */
  total: number;
  loading: boolean;
  /** The stale note or the problem, already rendered; a problem replaces the skeleton. */
  notice: unknown;
  failed: boolean;
  onFilter(filter: TicketFilter): void;
  onSearchInput(event: InputEvent): void;
  onMore(): void;
  onOpen(id: string): void;
}

export function renderList(view: ListView, f: Formatters) {
  const { tickets } = view;
  const { t } = f;
  const shown = tickets?.slice(0, view.limit) ?? [];
  const more = (tickets?.length ?? 0) - shown.length;
  const h = headingTag(f.headingLevel);
  // Not a landmark: pages put their own around it ("My requests" twice confused screen reader users).
  return staticHtml`<div class="list" part="list">
    <${h} id="list-title">${t('list.title')}</${h}>
    <div class="toolbar">
      <fieldset class="filters">
        <legend>${t('list.filter')}</legend>
        ${FILTERS.map(
          (filter) => html`<label class="filter">
            <input type="radio" name="filter" value=${filter} .checked=${view.filter === filter} @change=${() => view.onFilter(filter)} />
            <span>${t(`list.filter.${filter}`)}</span>
          </label>`,
        )}
      </fieldset>
      <div class="search">
        <label for="search">${t('list.search')}</label>
        <input id="search" type="search" autocomplete="off" .value=${view.query} @input=${view.onSearchInput} />
      </div>
    </div>
    ${view.notice} ${!tickets && !view.failed ? renderListSkeleton(f) : nothing}
    ${tickets
      ? html`<p class="count" aria-hidden=${view.loading ? 'true' : 'false'}>
            ${tickets.length ? t('list.count', { count: view.total || tickets.length }) : t('list.empty')}
          </p>
          <ul class="tickets" aria-busy=${view.loading ? 'true' : 'false'}>
            ${shown.map((ticket) => renderRow(ticket, view.onOpen, f))}
          </ul>
          ${more > 0
            ? html`<button type="button" class="more" @click=${view.onMore}>${t('list.more', { count: Math.min(more, view.page) })}</button>`
            : nothing}`
      : nothing}
  </div>`;
}

function renderRow(ticket: TicketSummary, onOpen: (id: string) => void, f: Formatters) {
  return html`<li class="row" part="list-item">
    <button type="button" class="row-button" data-id=${ticket.id} @click=${() => onOpen(ticket.id)}>
      <span class="row-number">${ticket.number}</span>
      <span class="row-title">${ticket.title}</span>
      <span class="row-state state-${ticket.state}">${f.t(`stage.${ticket.state}`)}</span>
      <span class="row-updated">${f.t('list.updated', { time: f.relative(ticket.updatedAt) })}</span>
    </button>
  </li>`;
}
