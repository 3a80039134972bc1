/**
 * What the search popup shows besides its options (a skeleton, "no results", a failure, the offline
 * note), the way to the service desk, and the articles suggested for the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { SearchHit } from '../../core/schemas.js';
import { headingTag } from '../shared/heading.js';
import { renderProblem } from '../shared/problem.js';
import { escalationUrl } from './search-helpers.js';
import type { SearchStatus, SearchTranslate } from './search-view.js';

export interface PanelView {
  status: SearchStatus;
  /** The query as typed, trimmed. */
  query: string;
  /** Whether options are already shown (a new search then keeps them instead of a skeleton). */
  hasOptions: boolean;
  suggestion?: string;
  error?: unknown;
  t: SearchTranslate;
  /** The element's `heading-level`. */
  headingLevel: number;
  escalate: () => TemplateResult;
  retry: () => void;
  searchFor: (text: string) => void;
}

export function renderPanel(view: PanelView) {
  const { t } = view;
  const h = headingTag(view.headingLevel);
  switch (view.status) {
    case 'loading':
      return view.hasOptions
        ? nothing
        : html`<div class="skeletons" aria-hidden="true">
            ${[0, 1, 2].map(() => html`<div class="skeleton-row"><div class="skeleton"></div><div class="skeleton"></div></div>`)}
          </div>`;
    case 'empty':
      return staticHtml`<div class="panel empty">
        <${h}>${t('search.empty.title', { query: view.query })}</${h}>
        ${view.suggestion
          ? html`<p>
              <button type="button" class="link suggestion" @click=${() => view.searchFor(view.suggestion ?? '')}>
                ${t('search.didYouMean', { suggestion: view.suggestion })}
              </button>
            </p>`
          : nothing}
        <p>${t('search.empty.body')}</p>
        <div class="actions">${view.escalate()}</div>
      </div>`;
    case 'error':
      return html`${renderProblem(t, view.error, view.retry, view.headingLevel)}
        <div class="panel actions">${view.escalate()}</div>`;
    case 'offline':
      return staticHtml`<div class="panel offline" role="note">
        <${h}>${t('search.offline.title')}</${h}>
        <p>${t('search.offline.body')}</p>
      </div>`;
    default:
      return nothing;
  }
}

export interface EscalateView {
  /** The integrator's `escalate-href`; without it, a button whose event the page handles. */
  href?: string;
  query: string;
  t: SearchTranslate;
  onEscalate: (event: Event) => void;
}

export function renderEscalate({ href, query, t, onEscalate }: EscalateView) {
  const label = t('search.escalate');
  return href
    ? html`<a class="button primary" part="escalate" href=${escalationUrl(href, query)} @click=${onEscalate}>${label}</a>`
    : html`<button type="button" class="primary" part="escalate" @click=${onEscalate}>${label}</button>`;
}

/** `coming`: how many suggestions are still loading; their rows hold the place the articles take. */
export function renderSuggested(hits: readonly SearchHit[], t: SearchTranslate, open: (hit: SearchHit) => void, headingLevel = 3, coming = 0) {
  if (!hits.length && !coming) return nothing;
  const h = headingTag(headingLevel);
  return staticHtml`<section class="suggested" aria-labelledby="suggested-title" aria-busy=${coming ? 'true' : 'false'}>
    <${h} id="suggested-title">${t('search.suggested')}</${h}>
    ${hits.length
      ? html`<ul>
          ${hits.map((hit) => html`<li><button type="button" class="link" @click=${() => open(hit)}>${hit.title}</button></li>`)}
        </ul>`
      : html`<ul aria-hidden="true">
          ${Array.from({ length: coming }, () => html`<li class="link-place"><span class="skeleton"></span></li>`)}
        </ul>`}
  </section>`;
}
