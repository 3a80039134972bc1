/**
 * The shapes shown while something loads (the ticket or the list, and the view that renders it),
 * sized like what replaces them so nothing jumps when it arrives.
 */
import { html } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../shared/heading.js';
import type { Formatters } from './formatters.js';

const line = (shape: string) => html`<div class="skeleton ${shape}" aria-hidden="true"></div>`;

export function renderTicketSkeleton(f: Pick<Formatters, 't'>) {
  return html`<div class="loading" aria-busy="true">
    <span class="visually-hidden">${f.t('ticket.loading')}</span>
    ${['head-lines', 'stages-bar', 'block', 'form-line', 'timeline-head', ...Array<string>(5).fill('event-line')].map(line)}
  </div>`;
}

/** Rows a loading list holds: a screenful, which a person's list of requests usually fills. */
const SKELETON_ROWS = 12;

/** The count line and rows of the list, each the height of the loaded one. */
export function renderListSkeleton(f: Pick<Formatters, 't'>) {
  return html`<div class="list-loading" aria-busy="true">
    <span class="visually-hidden">${f.t('common.loading')}</span>
    ${line('count-line')}
    <div class="row-lines">${Array.from({ length: SKELETON_ROWS }, () => line('row-line'))}</div>
  </div>`;
}

/** The list before its view has loaded: its heading, the toolbar's place, the skeleton rows. */
export function renderListPlaceholder(f: Pick<Formatters, 't' | 'headingLevel'>) {
  const h = headingTag(f.headingLevel);
  return staticHtml`<div class="list">
    <${h} id="list-title">${f.t('list.title')}</${h}>
    ${line('toolbar-line')} ${renderListSkeleton(f)}
  </div>`;
}

/** Holds the place of the comment box or the decision until the forms have loaded. */
export function renderFormPlaceholder() {
  return line('form-line');
}
