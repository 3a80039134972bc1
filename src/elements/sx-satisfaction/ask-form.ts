/**
 * The question form: the score, then, once a score is chosen, the follow-up it calls for (what
 * went wrong or well, optional per-dimension ratings, a comment, "Send without my name") and the
 * actions Send, Not now and Don't ask me about this.
 */
import { html, nothing } from 'lit';
import type { RaterDimension, Scale } from '../../core/schemas.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { withReason, withScore, type Answer } from './answer.js';
import type { SatisfactionMessages } from './messages/en.js';
import { DIMENSION_ORDER, followUpFor, sentiment, type FollowUp, type Sentiment } from './scales.js';
import { renderScale } from './score-scale.js';

type Localize = LocalizeController<SatisfactionMessages>;

export interface AskView {
  scale: Scale;
  answer: Answer;
  followUp: FollowUp;
  rater: boolean;
  anonymousAllowed: boolean;
  subjectLabel?: string;
  question?: string;
  /** Applies an edit to the current answer (several edits may come before the next render). */
  change: (edit: (answer: Answer) => Answer) => void;
  send: (event: Event) => void;
  dismiss: (reason: 'snooze' | 'opt-out') => void;
}

const RATER_SCORES = [1, 2, 3, 4, 5] as const;

export function renderAsk(localize: Localize, view: AskView) {
  const t = localize.t.bind(localize);
  const { scale, answer, change } = view;
  const { score } = answer;
  const ask = followUpFor(view.followUp, scale, score);
  const mood = score === undefined ? undefined : sentiment(scale, score);
  return html`<form @submit=${view.send} novalidate>
    ${view.subjectLabel ? html`<p class="about">${t('satisfaction.about', { subject: view.subjectLabel })}</p>` : nothing}
    <p class="question" id="question">${view.question || t(`satisfaction.question.${scale}`)}</p>
    ${renderScale(localize, { scale, score, choose: (chosen) => change((current) => withScore(current, scale, chosen)), send: view.send })}
    ${ask.reasons && mood ? renderReasons(localize, mood, view) : nothing}
    ${view.rater && score !== undefined && view.followUp !== 'none' ? renderRater(localize, view) : nothing}
    ${ask.comment
      ? html`<div class="field">
          <label for="comment">${t('satisfaction.comment')} <span class="optional">${t('satisfaction.optional')}</span></label>
          <textarea
            id="comment"
            part="comment"
            rows="3"
            maxlength="2000"
            .value=${answer.comment}
            @input=${(event: Event) => change((current) => ({ ...current, comment: (event.target as HTMLTextAreaElement).value }))}
          ></textarea>
        </div>`
      : nothing}
    ${score !== undefined && view.anonymousAllowed
      ? html`<div class="check">
          <input
            type="checkbox"
            id="anonymous"
            .checked=${answer.anonymous}
            @change=${(event: Event) => change((current) => ({ ...current, anonymous: (event.target as HTMLInputElement).checked }))}
          />
          <label for="anonymous">${t('satisfaction.anonymous')}</label>
        </div>`
      : nothing}
    <div class="actions">
      <button type="submit" class="primary send" ?hidden=${score === undefined}>${t('satisfaction.send')}</button>
      <span class="dismiss">
        <button type="button" class="quiet" @click=${() => view.dismiss('snooze')}>${t('satisfaction.notNow')}</button>
        <button type="button" class="quiet" @click=${() => view.dismiss('opt-out')}>${t('satisfaction.optOut')}</button>
      </span>
    </div>
  </form>`;
}

function renderReasons(localize: Localize, mood: Sentiment, { answer, change }: AskView) {
  const t = localize.t.bind(localize);
  const tone = mood === 'high' ? 'high' : 'low';
  return html`<fieldset class="reasons" part="reasons">
    <legend>${t(`satisfaction.reasons.${mood}`)} <span class="optional">${t('satisfaction.optional')}</span></legend>
    <div class="chips">
      ${DIMENSION_ORDER.map(
        (dimension: RaterDimension) => html`<span class="chip">
          <input
            type="checkbox"
            id="reason-${dimension}"
            .checked=${answer.reasons.has(dimension)}
            @change=${(event: Event) => change((current) => withReason(current, dimension, (event.target as HTMLInputElement).checked))}
          />
          <label for="reason-${dimension}">${t(`satisfaction.reason.${tone}.${dimension}`)}</label>
        </span>`,
      )}
    </div>
  </fieldset>`;
}

function renderRater(localize: Localize, { answer, change }: AskView) {
  const t = localize.t.bind(localize);
  return html`<fieldset class="rater">
    <legend>${t('satisfaction.rater.legend')} <span class="optional">${t('satisfaction.optional')}</span></legend>
    <p class="hint" id="rater-hint">${t('satisfaction.rater.hint')}</p>
    ${DIMENSION_ORDER.map(
      (dimension) => html`<div class="rater-row" role="radiogroup" aria-labelledby="rater-${dimension}" aria-describedby="rater-hint">
        <span class="rater-label" id="rater-${dimension}">${t(`satisfaction.rater.${dimension}`)}</span>
        <span class="rater-options">
          ${RATER_SCORES.map((score) => {
            const checked = answer.dimensions[dimension] === score;
            const id = `rater-${dimension}-${score}`;
            return html`<span class="option small ${checked ? 'checked' : ''}">
              <input
                type="radio"
                name="rater-${dimension}"
                id=${id}
                .checked=${checked}
                @change=${() => change((current) => ({ ...current, dimensions: { ...current.dimensions, [dimension]: score } }))}
              />
              <label for=${id}
                ><span class="number">${localize.number(score)}</span
                ><span class="visually-hidden"> ${t(`satisfaction.rater.${score}`)}</span></label
              >
            </span>`;
          })}
        </span>
      </div>`,
    )}
  </fieldset>`;
}
