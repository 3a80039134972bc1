/** The forms through which the person writes: the comment box and "Is your problem solved?". */
import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../shared/heading.js';
import { reasonOf } from '../shared/problem.js';
import type { Formatters } from './formatters.js';
import type { DecisionKind, TicketWrites } from './ticket-writes.js';

/** What the forms read and call: the writes controller, seen read-only. */
export type WritesView = Pick<
  TicketWrites,
  'draft' | 'commentError' | 'decision' | 'reopenOpen' | 'reason' | 'reasonError' | 'setDraft' | 'setReason' | 'toggleReopen' | 'sendComment' | 'decide'
>;

const valueOf = (event: Event) => (event.target as HTMLTextAreaElement).value;

export function renderCommentBox(writes: WritesView, reply: boolean, maxLength: number, f: Formatters) {
  const count = writes.draft.length;
  const describedBy = writes.commentError ? 'comment-counter comment-error' : 'comment-counter';
  return html`<form
    class="comment-box"
    part="comment-box"
    novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      void writes.sendComment();
    }}
  >
    <label for="comment">${f.t(reply ? 'comment.replyLabel' : 'comment.label')}</label>
    <textarea
      id="comment"
      rows="3"
      maxlength=${maxLength}
      .value=${writes.draft}
      aria-describedby=${describedBy}
      aria-invalid=${writes.commentError ? 'true' : 'false'}
      @input=${(event: InputEvent) => writes.setDraft(valueOf(event))}
    ></textarea>
    ${writes.commentError ? html`<p id="comment-error" class="field-error">${writes.commentError}</p>` : nothing}
    <div class="comment-actions">
      <span id="comment-counter" class="counter ${count >= maxLength ? 'full' : ''}"
        >${f.t('comment.counter', { typed: f.number(count), count: maxLength })}</span
      >
      <button type="submit" class="primary">${f.t('comment.send')}</button>
    </div>
  </form>`;
}

export interface DecisionView {
  ticketId: string;
  /** The ticket is resolved and the person may answer. */
  canConfirm: boolean;
  canReopen: boolean;
  maxLength: number;
  /** `<sx-satisfaction>` is on the page: offer it after a confirm. */
  survey: boolean;
}

export function renderDecision(writes: WritesView, view: DecisionView, f: Formatters) {
  const { decision } = writes;
  const { t } = f;
  if (decision?.status === 'done') {
    const confirmed = decision.kind === 'confirm';
    return html`<section class="decision panel done" part="decision">
      <p id="decision-outcome" tabindex="-1">${t(confirmed ? 'decision.confirmed' : 'decision.reopened')}</p>
      ${confirmed && view.survey ? html`<sx-satisfaction ticket-id=${view.ticketId} heading-level=${f.headingLevel + 1}></sx-satisfaction>` : nothing}
    </section>`;
  }
  const { canConfirm, canReopen } = view;
  if (!canConfirm && !canReopen) return nothing;
  const sending = decision?.status === 'sending';
  const decide = (kind: DecisionKind) => () => void writes.decide(kind);
  return staticHtml`<section class="decision panel" part="decision" aria-labelledby="decision-title">
    <${headingTag(f.headingLevel, 1)} id="decision-title">${t('decision.title')}</${headingTag(f.headingLevel, 1)}>
    <div class="decision-actions">
      ${canConfirm
        ? html`<button type="button" class="primary" ?disabled=${sending} @click=${decide('confirm')}>${t('decision.confirm')}</button>`
        : nothing}
      ${canReopen
        ? html`<button
            type="button"
            aria-expanded=${writes.reopenOpen ? 'true' : 'false'}
            aria-controls="reopen-form"
            ?disabled=${sending}
            @click=${() => writes.toggleReopen()}
          >
            ${t('decision.reopen')}
          </button>`
        : nothing}
    </div>
    ${canReopen && writes.reopenOpen
      ? html`<form
          id="reopen-form"
          class="reopen"
          novalidate
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            decide('reopen')();
          }}
        >
          <label for="reason">${t('decision.reason')}</label>
          <textarea
            id="reason"
            rows="3"
            maxlength=${view.maxLength}
            .value=${writes.reason}
            aria-describedby=${writes.reasonError ? 'reason-error' : nothing}
            aria-invalid=${writes.reasonError ? 'true' : 'false'}
            @input=${(event: InputEvent) => writes.setReason(valueOf(event))}
          ></textarea>
          ${writes.reasonError ? html`<p id="reason-error" class="field-error">${writes.reasonError}</p>` : nothing}
          <button type="submit" ?disabled=${sending}>${t('decision.reopenSubmit')}</button>
        </form>`
      : nothing}
    ${sending ? html`<p class="decision-status">${t('decision.sending')}</p>` : nothing}
    ${decision?.status === 'failed'
      ? html`<p class="field-error">${reasonOf(t, decision.failure)}. ${t('decision.failed')}</p>`
      : nothing}
  </section>`;
}
