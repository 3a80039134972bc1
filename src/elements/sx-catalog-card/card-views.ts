/**
 * The card's pieces outside the form fields: the service in plain words, the state of a request
 * being sent, and the confirmation once it is received. Render functions over small view-models.
 */
import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { backendHtml } from '../../core/backend-html.js';
import { safeUrl } from '../../core/safe-url.js';
import type { CatalogItemSummary, RequestReceipt } from '../../core/schemas.js';
import { headingTag } from '../shared/heading.js';
import { reasonOf, renderProblem } from '../shared/problem.js';
import { renderIcon } from './icons.js';
import type { CardTranslate as Translate } from './item-text.js';
import type { ChosenAnswer } from './chosen-answers.js';
import type { Phase } from './request-delivery.js';

export type { CardTranslate } from './item-text.js';

export interface SummaryView {
  item: CatalogItemSummary;
  delivery?: string;
  cost?: string;
  /** The full description (backend HTML), offered behind a toggle when given. */
  description?: string;
  detailsOpen: boolean;
  /** The form is open: no Request button. */
  open: boolean;
  canRequest: boolean;
  /** The card's `heading-level`: the item's name. */
  headingLevel: number;
  onToggleDetails(): void;
  onRequest(): void;
}

export function renderSummary(t: Translate, view: SummaryView) {
  const { item, delivery, cost, description, detailsOpen } = view;
  const portalUrl = safeUrl(item.url);
  const h = headingTag(view.headingLevel);
  return staticHtml`<div class="head">
      <span class="icon-tile">${renderIcon(item.icon)}</span>
      <div class="title">
        <${h} id="name" class="name">${item.name}</${h}>
        ${item.approvalRequired ? html`<span part="badge" class="badge">${t('card.approval')}</span>` : nothing}
      </div>
    </div>
    <p class="summary">${item.shortDescription}</p>
    ${delivery || cost
      ? html`<ul class="facts">
          ${delivery ? html`<li class="delivery">${delivery}</li>` : nothing}
          ${cost ? html`<li class="cost">${cost}</li>` : nothing}
        </ul>`
      : nothing}
    ${description
      ? html`<button type="button" class="link" aria-expanded=${detailsOpen ? 'true' : 'false'} aria-controls="details" @click=${view.onToggleDetails}>
            ${t(detailsOpen ? 'card.details.hide' : 'card.details.show')}
          </button>
          <div id="details" part="details" class="details" ?hidden=${!detailsOpen}>${detailsOpen ? backendHtml(description) : nothing}</div>`
      : nothing}
    ${view.open
      ? nothing
      : view.canRequest
        ? html`<div class="actions">
            <button type="button" part="request-button" class="primary request" aria-describedby="name" @click=${view.onRequest}>
              ${t('card.request')}
            </button>
          </div>`
        : portalUrl
          ? html`<p class="actions"><a href=${portalUrl} target="_blank" rel="noopener noreferrer">${t('card.openPortal')}</a></p>`
          : html`<p class="hint">${t('card.noRequests')}</p>`}`;
}

export const formSkeleton = html`<div class="form-skeleton" aria-hidden="true">
  <span class="skeleton line"></span><span class="skeleton field-line"></span><span class="skeleton line"></span><span class="skeleton field-line"></span>
</div>`;

export function renderSubmitState(
  t: Translate,
  phase: Phase,
  failure: unknown,
  onRetryNow: () => void,
  onRetryFailed: () => void,
  headingLevel = 3,
) {
  switch (phase) {
    case 'retrying':
      return html`<div class="notice" part="notice">
        <p>${reasonOf(t, failure)}. ${t('submit.retrying')}</p>
        <button type="button" @click=${onRetryNow}>${t('submit.retryNow')}</button>
      </div>`;
    case 'offline':
      return html`<div class="notice" part="notice"><p>${t('submit.offline')}</p></div>`;
    case 'failed':
      return html`<div class="submit-problem">
        ${renderProblem(t, failure, onRetryFailed, headingLevel)}
        <p>${t('submit.failed')}</p>
      </div>`;
    default:
      return nothing;
  }
}

export function renderConfirmation(
  t: Translate,
  receipt: RequestReceipt,
  delivery: string | undefined,
  answers: readonly ChosenAnswer[],
  onAnother: () => void,
  headingLevel = 3,
) {
  const ticketUrl = safeUrl(receipt.url);
  const h = headingTag(headingLevel, 1);
  return staticHtml`<section part="confirmation" class="confirmation" tabindex="-1" aria-labelledby="done-title">
    <${h} id="done-title">${t('submit.done.title', { number: receipt.number })}</${h}>
    <p>${t('submit.done.body')}${delivery ? html` ${delivery}.` : nothing}</p>
    ${answers.length
      ? html`<dl class="answers" part="answers">
          ${answers.map(({ label, text }) => html`<div>
            <dt>${label}</dt>
            <dd>${text}</dd>
          </div>`)}
        </dl>`
      : nothing}
    ${customElements.get('sx-ticket-status')
      ? html`<sx-ticket-status ticket-id=${receipt.ticketId} heading-level=${Math.min(headingLevel + 2, 6)}></sx-ticket-status>`
      : ticketUrl
        ? html`<p><a href=${ticketUrl} target="_blank" rel="noopener noreferrer">${t('submit.done.link', { number: receipt.number })}</a></p>`
        : nothing}
    <div class="actions"><button type="button" @click=${onAnother}>${t('submit.another')}</button></div>
  </section>`;
}
