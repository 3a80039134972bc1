/**
 * What is asked once a score is chosen: what went wrong or well, optional per-dimension ratings,
 * a comment and "Send without my name". Loaded when the first score is chosen.
 */
import { css, html, nothing } from 'lit';
import type { RaterDimension } from '../../core/schemas.js';
import { withReason } from './answer.js';
import type { AskView, Localize } from './ask-form.js';
import { DIMENSION_ORDER, followUpFor, sentiment, type Sentiment } from './scales.js';

const RATER_SCORES = [1, 2, 3, 4, 5] as const;

export function renderFollowUp(localize: Localize, view: AskView) {
  const t = localize.t.bind(localize);
  const { scale, answer, change } = view;
  const { score } = answer;
  if (score === undefined) return nothing;
  const ask = followUpFor(view.followUp, scale, score);
  const mood = sentiment(scale, score);
  return html`${ask.reasons ? renderReasons(localize, mood, view) : nothing}
    ${view.rater && view.followUp !== 'none' ? renderRater(localize, view) : nothing}
    ${ask.comment && view.commentKept !== false
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
    ${view.anonymousAllowed
      ? html`<div class="check">
          <input
            type="checkbox"
            id="anonymous"
            .checked=${answer.anonymous}
            @change=${(event: Event) => change((current) => ({ ...current, anonymous: (event.target as HTMLInputElement).checked }))}
          />
          <label for="anonymous">${t('satisfaction.anonymous')}</label>
        </div>`
      : nothing}`;
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

export const styles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  .field label {
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
    font-weight: 600;
  }
  .optional,
  .hint {
    color: var(--_text-muted);
    font-weight: 400;
  }
  .hint {
    font-size: 0.8125rem;
    margin-block-end: calc(var(--_space) / 2);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .chip {
    position: relative;
    display: flex;
  }
  .chip input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    pointer-events: none;
  }
  .chip label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  /* The sign is decoration: the empty alternative keeps "plus" and "check mark" out of each reason's name. */
  .chip label::before {
    content: '+' / '';
    font-weight: 600;
    inline-size: 1ch;
  }
  .chip input:checked + label {
    border-color: var(--_accent);
    background: var(--_accent-subtle);
  }
  /* The checkbox itself is invisible: its label shows the focus. */
  .chip input:focus-visible + label {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .chip input:checked + label::before {
    content: '✓' / '';
  }
  .rater-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
    padding-block: calc(var(--_space) / 4);
  }
  .rater-options {
    display: flex;
    gap: calc(var(--_space) / 2);
  }
  .option.small label {
    min-inline-size: 2.5rem;
    min-block-size: 2.5rem;
  }
  .field {
    display: grid;
  }
  textarea {
    font: inherit;
    inline-size: 100%;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    resize: vertical;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .check input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  @media (forced-colors: active) {
    .chip input:checked + label {
      border-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
