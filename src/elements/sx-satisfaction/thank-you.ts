/**
 * After Send: thanks, what happens next, and where the answer is ("Sending…", saved on this
 * device, sent). An answer refused for good shows why, says it is kept, and offers Try again.
 */
import { css, html, nothing } from 'lit';
import type { AdapterError } from '../../core/adapter.js';
import { reasonOf, renderProblem } from '../shared/problem.js';
import type { WriteState } from '../shared/write-follower.js';
import type { Localize } from './ask-form.js';

/** Where the answer is, in the words of the satisfaction messages; `recorded`: in the page's analytics only. */
export type Delivery = 'sending' | 'queued' | 'retrying' | 'sent' | 'failed' | 'recorded';

/** Offline it is "saved on this device"; with the desk failing, "saved, we keep trying" and why. */
export function deliveryOf(state: WriteState | undefined): Delivery {
  return state === 'offline' ? 'queued' : (state ?? 'sending');
}

export interface ThankYouView {
  delivery: Delivery;
  failure?: AdapterError;
  /** What happens next ("A team lead calls back…"); not promised while the answer could not be sent. */
  followUp?: string;
  toast: boolean;
  /** The element's `heading-level`: the title of a failure. */
  headingLevel: number;
  retry: () => void;
  changeAnswer: () => void;
  close: () => void;
}

export function renderThankYou(localize: Localize, view: ThankYouView) {
  const t = localize.t.bind(localize);
  const failed = view.delivery === 'failed';
  // The outbox keeps a refused answer whatever the reason, so Try again always has something to send,
  // also for kinds where the shared problem message offers no retry (no access yet, not found).
  return html`<div class="thanks" part="thanks" tabindex="-1">
    <p class="title">${t('satisfaction.thanks')}</p>
    ${view.followUp && !failed ? html`<p class="follow-up">${view.followUp}</p>` : nothing}
    ${failed
      ? html`${renderProblem(t, view.failure, undefined, view.headingLevel)}
          <p class="delivery">${t('satisfaction.kept')}</p>`
      : html`<p class="delivery ${view.delivery}">
          ${view.delivery === 'retrying' ? `${reasonOf(t, view.failure)}. ` : nothing}${t(`satisfaction.${view.delivery}`)}
        </p>`}
    <div class="actions">
      ${failed ? html`<button type="button" @click=${view.retry}>${t('common.retry')}</button>` : nothing}
      <button type="button" class="quiet" @click=${view.changeAnswer}>${t('satisfaction.change')}</button>
      ${view.toast ? html`<button type="button" class="quiet" @click=${view.close}>${t('common.close')}</button>` : nothing}
    </div>
  </div>`;
}

/** What the live region says once the answer is stored. */
export function thankYouAnnouncement(localize: Localize, delivery: Delivery): string {
  const t = localize.t.bind(localize);
  if (delivery === 'failed') return t('satisfaction.failed');
  return `${t('satisfaction.thanks')} ${t(`satisfaction.${delivery}`)}`;
}

export const styles = css`
  .thanks {
    display: grid;
    gap: var(--_space);
  }
  .thanks:focus {
    outline: none;
  }
  .thanks:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  .thanks .title {
    font-weight: 600;
  }
  .delivery {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .delivery.sent::before {
    content: '✓ ' / '';
    color: var(--_success);
  }
`;
