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
    ${['line short', 'line title', 'stages-bar', 'block', 'event-line', 'event-line', 'event-line'].map(line)}
  </div>`;
}

export function renderListSkeleton(f: Pick<Formatters, 't'>) {
  return html`<div class="loading" aria-busy="true">
    <span class="visually-hidden">${f.t('common.loading')}</span>
    ${[0, 1, 2, 3, 4].map(() => line('row-line'))}
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
