/**
 * The question form: the score, then, once a score is chosen, the follow-up it calls for (rendered
 * by follow-up.ts, loaded on the first score) and the actions Send, Not now and Don't ask me about this.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Scale } from '../../core/schemas.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { withScore, type Answer } from './answer.js';
import type { SatisfactionMessages } from './messages/en.js';
import { followUpFor, type FollowUp } from './scales.js';
import { renderScale } from './score-scale.js';

export type Localize = LocalizeController<SatisfactionMessages>;

export interface AskView {
  scale: Scale;
  answer: Answer;
  followUp: FollowUp;
  rater: boolean;
  anonymousAllowed: boolean;
  /** Ask for a comment only where it is kept (default): analytics-only answers leave free text out. */
  commentKept?: boolean;
  subjectLabel?: string;
  question?: string;
  /** Only holds the prompt's place while the decision to ask is pending (see renderScale). */
  held?: boolean;
  /** Applies an edit to the current answer (several edits may come before the next render). */
  change: (edit: (answer: Answer) => Answer) => void;
  send: (event: Event) => void;
  dismiss: (reason: 'snooze' | 'opt-out') => void;
}

/** Whether the chosen score calls for anything more than Send (reasons, ratings, comment, anonymity). */
export function hasFollowUp(view: Pick<AskView, 'scale' | 'answer' | 'followUp' | 'rater' | 'anonymousAllowed' | 'commentKept'>): boolean {
  const { score } = view.answer;
  if (score === undefined) return false;
  const ask = followUpFor(view.followUp, view.scale, score);
  return ask.reasons || (ask.comment && view.commentKept !== false) || view.anonymousAllowed || (view.rater && view.followUp !== 'none');
}

/** `followUp`: the follow-up questions, or a placeholder while they load. */
export function renderAsk(localize: Localize, view: AskView, followUp: TemplateResult | typeof nothing) {
  const t = localize.t.bind(localize);
  const { scale, answer, change } = view;
  const { score } = answer;
  return html`<form @submit=${view.send} novalidate>
    ${view.subjectLabel ? html`<p class="about">${t('satisfaction.about', { subject: view.subjectLabel })}</p>` : nothing}
    <p class="question" id="question">${view.question || t(`satisfaction.question.${scale}`)}</p>
    ${renderScale(localize, { scale, score, held: view.held, choose: (chosen) => change((current) => withScore(current, scale, chosen)), send: view.send })}
    ${followUp}
    <div class="actions">
      <button type="submit" class="primary send" ?hidden=${score === undefined}>${t('satisfaction.send')}</button>
      <span class="dismiss">
        <button type="button" class="quiet" @click=${() => view.dismiss('snooze')}>${t('satisfaction.notNow')}</button>
        <button type="button" class="quiet" @click=${() => view.dismiss('opt-out')}>${t('satisfaction.optOut')}</button>
      </span>
    </div>
  </form>`;
}
