import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { AdapterError, isAbortError, toAdapterError, type AdapterErrorKind } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { OutboxEntry } from '../../core/outbox.js';
import type {
  RaterDimension,
  SatisfactionReceipt,
  SatisfactionResponse,
  Scale,
  SurveyState,
  SurveySubject,
} from '../../core/schemas.js';
import { SCALES } from '../../core/schemas.js';
import {
  SurveyPolicyStore,
  decide,
  recordAnswered,
  recordOptedOut,
  recordShown,
  recordSnoozed,
  subjectKey,
  type SurveyPolicyOptions,
} from '../../core/survey-policy.js';
import { renderNotConnected, renderProblem } from '../shared/problem.js';
import { SxElement } from '../shared/sx-element.js';
import type { SatisfactionMessages } from './messages/en.js';
import { face, star, thumb } from './icons.js';
import { DIMENSION_ORDER, followUpFor, scaleDefinition, sentiment, type FollowUp, type ScaleDefinition, type ScaleOption } from './scales.js';
import { messages } from './sx-satisfaction.messages.js';
import { styles } from './sx-satisfaction.styles.js';
import './sx-satisfaction.events.js';
import { randomId } from '../../core/random-id.js';

type Phase = 'deciding' | 'unconfigured' | 'hidden' | 'ask' | 'thanks';
type Delivery = 'sending' | 'queued' | 'sent' | 'failed';
type Dimensions = Partial<Record<RaterDimension, number>>;

const policy = new SurveyPolicyStore();
const RATER_SCORES = [1, 2, 3, 4, 5] as const;

/**
 * @summary A satisfaction prompt that is quick to answer, never lost and never nags.
 *
 * Asks about a ticket (`ticket-id`) or a topic (`topic`) on one of five scales, follows a low score
 * with "What went wrong?" and a high one with "What went well?", and writes the answer through the
 * outbox so it survives going offline and reloads. A shared survey policy decides whether it may
 * appear at all; when it may not, the element renders nothing and takes no space.
 *
 * @event sx-rating-submit - The answer was stored and is being sent. `detail`: `{ id, subject, scale, score, dimensions, reasons, comment, anonymous }`.
 * @event sx-rating-dismiss - The person chose "Not now" or "Don't ask me about this". `detail`: `{ subject, reason: 'snooze' | 'opt-out' }`.
 * @event sx-error - Sending failed for good, or the survey state could not be read. `detail`: `{ kind, message, operation }`.
 *
 * @csspart base - The card (inline) or the toast.
 * @csspart scale - The radio group of the score.
 * @csspart option - One answer of the scale; the chosen one also has `option-checked`.
 * @csspart reasons - The follow-up reasons ("What went wrong?").
 * @csspart comment - The comment box.
 * @csspart thanks - The closing message.
 *
 * @cssproperty --sx-satisfaction-star-color - Colour of the chosen stars (csat5).
 * @cssproperty --sx-satisfaction-toast-width - Width of the toast.
 * @cssproperty --sx-satisfaction-toast-offset - Distance of the toast from the viewport edges.
 */
export class SxSatisfaction extends SxElement<SatisfactionMessages> {
  static override styles = styles;

  /** The ticket asked about (typically shown after resolution). */
  @property({ attribute: 'ticket-id' }) ticketId?: string;

  /** A topic asked about instead of a ticket (`laptop-refresh`): an experience pulse. */
  @property() topic?: string;

  /** `csat5` (default), `thumbs`, `emoji5`, `ces7` (customer effort) or `nps11` (0–10). */
  @property() scale: Scale = 'csat5';

  /** Follow-up after the score: `auto` (reasons and comment), `low` (only after a low or middling score), `none`. */
  @property({ attribute: 'follow-up' }) followUp: FollowUp = 'auto';

  /** Also ask for a 1–5 rating of each service dimension (speed, getting it right, know-how, care, tools). */
  @property({ type: Boolean }) rater = false;

  /** Shown above the question ("About: INC0012003"), so the person knows what is being asked about. */
  @property({ attribute: 'subject-label' }) subjectLabel?: string;

  /** Replaces the scale's standard question. */
  @property() question?: string;

  /** New prompts per person per period, across every prompt on the page and site. Default 1. */
  @property({ attribute: 'max-prompts', type: Number }) maxPrompts = 1;

  /** The period of the frequency cap, in days. Default 7. */
  @property({ attribute: 'period-days', type: Number }) periodDays = 7;

  /** How long "Not now" hides the prompt, in days. Default 3. */
  @property({ attribute: 'snooze-days', type: Number }) snoozeDays = 3;

  /** `inline` (default) or `toast`: a small fixed-position region that never takes focus. */
  @property({ reflect: true }) presentation: 'inline' | 'toast' = 'inline';

  /** Set while the prompt is not shown (policy said no, dismissed, or not decided yet): takes no space. */
  @property({ type: Boolean, reflect: true }) inactive = true;

  @state() private phase: Phase = 'deciding';
  @state() private score?: number;
  @state() private reasons = new Set<RaterDimension>();
  @state() private dimensions: Dimensions = {};
  @state() private comment = '';
  @state() private anonymous = false;
  @state() private surveyState?: SurveyState;
  @state() private delivery: Delivery = 'sending';
  @state() private followUpText?: string;
  @state() private failure?: unknown;

  private responseId?: string;
  private decidedFor?: { connection?: ServiceConnection; subject?: string };
  private deciding?: AbortController;
  private stopTracking?: () => void;

  constructor() {
    super(messages);
  }

  /** The subject asked about, from `ticket-id` or `topic`. */
  get subject(): SurveySubject | undefined {
    if (this.ticketId) return { type: 'ticket', id: this.ticketId };
    if (this.topic) return { type: 'topic', id: this.topic };
    return undefined;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.deciding?.abort();
    this.stopTracking?.();
    this.decidedFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const connection = this.service.connection;
    const subject = this.subject ? JSON.stringify(this.subject) : undefined;
    if (this.decidedFor?.connection !== connection || this.decidedFor?.subject !== subject) {
      this.decidedFor = { connection, subject };
      void this.decide(connection);
    }
    if (changed.has('scale') && changed.get('scale') !== undefined && this.phase === 'ask') this.clearAnswer();
    this.inactive = this.phase === 'deciding' || this.phase === 'hidden';
  }

  private get policyOptions(): SurveyPolicyOptions {
    return { maxPrompts: this.maxPrompts, periodDays: this.periodDays, snoozeDays: this.snoozeDays };
  }

  private get policyKey(): string {
    return subjectKey(this.subject as SurveySubject, this.service.connection?.adapter.id);
  }

  private get scaleName(): Scale {
    return (SCALES as readonly string[]).includes(this.scale) ? this.scale : 'csat5';
  }

  /** Decides whether to ask: a response still being sent, the local policy, then the backend's survey state. */
  private async decide(connection: ServiceConnection | undefined) {
    this.deciding?.abort();
    this.stopTracking?.();
    const deciding = (this.deciding = new AbortController());
    this.clearAnswer();
    this.responseId = undefined;
    this.surveyState = undefined;
    this.failure = undefined;
    const subject = this.subject;
    if (!connection) {
      this.phase = 'unconfigured';
      return;
    }
    if (!subject || !connection.has('satisfaction')) {
      this.phase = 'hidden';
      return;
    }
    this.phase = 'deciding';
    try {
      const waiting = (await connection.outbox.entries({ kind: 'satisfaction' })).filter(
        (entry) => entry.kind === 'satisfaction' && entry.status !== 'delivered' && sameSubject(entry.payload.subject, subject),
      );
      if (deciding.signal.aborted) return;
      const latest = waiting.at(-1);
      if (latest) {
        this.responseId = latest.key;
        this.phase = 'thanks';
        this.track(connection, latest.key);
        return;
      }
    } catch {
      // The queue could not be read: decide on the policy alone.
    }

    const key = this.policyKey;
    const now = () => this.service.now().getTime();
    if (!decide(policy.read(), key, now(), this.policyOptions).show) {
      this.phase = 'hidden';
      return;
    }
    if (connection.has('survey-state') && connection.adapter.getSurveyState) {
      try {
        this.surveyState = await connection.adapter.getSurveyState(subject, deciding.signal);
      } catch (error) {
        if (isAbortError(error) || deciding.signal.aborted) return;
        const problem = toAdapterError(error);
        this.emit('sx-error', { kind: problem.kind, message: problem.message, operation: 'survey-state' });
      }
      if (deciding.signal.aborted) return;
    }
    // Read again: another prompt on the page may have taken the slot while the backend answered.
    if (!decide(policy.read(), key, now(), this.policyOptions, this.surveyState).show) {
      this.phase = 'hidden';
      return;
    }
    policy.update((ledger) => recordShown(ledger, key, now(), this.policyOptions));
    this.phase = 'ask';
  }

  private clearAnswer() {
    this.score = undefined;
    this.reasons = new Set();
    this.dimensions = {};
    this.comment = '';
    this.anonymous = false;
  }

  private chooseScore(score: number) {
    const before = this.score === undefined ? undefined : sentiment(this.scaleName, this.score);
    if (before && (before === 'high') !== (sentiment(this.scaleName, score) === 'high')) this.reasons = new Set();
    this.score = score;
  }

  private toggleReason(dimension: RaterDimension, on: boolean) {
    const reasons = new Set(this.reasons);
    if (on) reasons.add(dimension);
    else reasons.delete(dimension);
    this.reasons = reasons;
  }

  private async submit(event?: Event) {
    event?.preventDefault();
    const connection = this.service.connection;
    const subject = this.subject;
    if (this.phase !== 'ask' || this.score === undefined || !connection || !subject) return;
    const hadFocus = this.matches(':focus-within');
    const { reasons: asksReasons, comment: asksComment } = followUpFor(this.followUp, this.scaleName, this.score);
    const dimensions = this.rater && Object.keys(this.dimensions).length > 0 ? { ...this.dimensions } : undefined;
    const comment = asksComment ? this.comment.trim() || undefined : undefined;
    const response: SatisfactionResponse = {
      id: (this.responseId ??= randomId()),
      subject,
      scale: this.scaleName,
      score: this.score,
      rater: dimensions,
      reasons: asksReasons ? DIMENSION_ORDER.filter((dimension) => this.reasons.has(dimension)) : [],
      comment,
      anonymous: this.anonymous && this.surveyState?.anonymousAllowed === true,
      submittedAt: this.service.now().toISOString(),
    };
    this.phase = 'thanks';
    this.delivery = 'sending';
    this.failure = undefined;
    policy.update((ledger) => recordAnswered(ledger, this.policyKey, this.service.now().getTime()));
    try {
      await connection.outbox.enqueue('satisfaction', response, response.id);
    } catch (error) {
      this.fail(error);
      return;
    }
    this.emit('sx-rating-submit', {
      id: response.id,
      subject,
      scale: response.scale,
      score: response.score,
      dimensions,
      reasons: response.reasons,
      comment,
      anonymous: response.anonymous,
    });
    this.track(connection, response.id);
    if (hadFocus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.thanks')?.focus();
    }
  }

  /** Follows the queued write until it is delivered (or fails for good), also after a reload. */
  private track(connection: ServiceConnection, key: string) {
    this.stopTracking?.();
    const apply = (entry: OutboxEntry) => {
      if (entry.key !== key || this.responseId !== key) return;
      if (entry.status === 'delivered') {
        this.delivery = 'sent';
        this.followUpText = (entry.result as SatisfactionReceipt | undefined)?.followUp ?? this.surveyState?.followUp;
      } else if (entry.status === 'failed') {
        this.fail(entry.error);
      } else {
        this.delivery = entry.attempts > 0 ? 'queued' : 'sending';
      }
    };
    const unsubscribe = connection.outbox.subscribe(apply);
    this.stopTracking = unsubscribe;
    void connection.outbox.entries({ kind: 'satisfaction' }).then((entries) => {
      const entry = entries.find((candidate) => candidate.key === key);
      if (entry) apply(entry);
    });
    connection.outbox.delivered(key).then(apply, (error: unknown) => {
      if (!isAbortError(error) && this.responseId === key) this.fail(error);
    });
  }

  private fail(error: unknown) {
    if (this.delivery === 'failed' && this.failure) return;
    const stored = error as { kind?: AdapterErrorKind; message?: string } | undefined;
    const problem =
      error instanceof Error || !stored?.kind ? toAdapterError(error) : new AdapterError(stored.kind, stored.message ?? '');
    this.delivery = 'failed';
    this.failure = problem;
    this.emit('sx-error', { kind: problem.kind, message: problem.message, operation: 'submit-satisfaction' });
  }

  private retry() {
    const connection = this.service.connection;
    if (!connection || !this.responseId) return;
    this.failure = undefined;
    this.delivery = 'sending';
    void connection.outbox.retry(this.responseId);
    this.track(connection, this.responseId);
  }

  /** A second answer is a new response for the same subject: the backend keeps the latest. */
  private async changeAnswer() {
    const connection = this.service.connection;
    const previous = this.responseId;
    if (connection && previous && this.delivery !== 'sent') {
      const entry = (await connection.outbox.entries({ kind: 'satisfaction' })).find((candidate) => candidate.key === previous);
      // Not sent yet: replace it, so an older answer can never arrive after the new one.
      if (entry && entry.status !== 'sending' && entry.status !== 'delivered') await connection.outbox.discard(previous);
    }
    this.stopTracking?.();
    this.responseId = undefined;
    this.failure = undefined;
    this.phase = 'ask';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name=score]:checked, input[name=score]')?.focus();
  }

  private dismiss(reason: 'snooze' | 'opt-out') {
    const subject = this.subject;
    if (!subject) return;
    const now = this.service.now().getTime();
    policy.update((ledger) =>
      reason === 'snooze' ? recordSnoozed(ledger, this.policyKey, now, this.policyOptions) : recordOptedOut(ledger, this.policyKey, now),
    );
    this.phase = 'hidden';
    this.emit('sx-rating-dismiss', { subject, reason });
  }

  private close() {
    this.phase = 'hidden';
  }

  protected override render() {
    const t = this.localize.t.bind(this.localize);
    if (this.phase === 'unconfigured') return renderNotConnected(t);
    if (this.phase !== 'ask' && this.phase !== 'thanks') return nothing;
    const toast = this.presentation === 'toast';
    const body = html`${this.phase === 'ask' ? this.renderAsk() : this.renderThanks()}
      <div class="visually-hidden" role="status">${this.phase === 'thanks' ? this.announcement() : ''}</div>`;
    return toast
      ? html`<div class="card toast" part="base" role="region" aria-label=${t('satisfaction.region')} dir=${this.localize.dir}>${body}</div>`
      : html`<div class="card" part="base" dir=${this.localize.dir}>${body}</div>`;
  }

  private renderAsk() {
    const t = this.localize.t.bind(this.localize);
    const scale = this.scaleName;
    const definition = scaleDefinition(scale);
    const ask = followUpFor(this.followUp, scale, this.score);
    const mood = this.score === undefined ? undefined : sentiment(scale, this.score);
    return html`<form @submit=${this.submit} novalidate>
      ${this.subjectLabel ? html`<p class="about">${t('satisfaction.about', { subject: this.subjectLabel })}</p>` : nothing}
      <p class="question" id="question">${this.question || t(`satisfaction.question.${scale}`)}</p>
      ${this.renderScale(definition)}
      ${ask.reasons && mood ? this.renderReasons(mood) : nothing}
      ${this.rater && this.score !== undefined && this.followUp !== 'none' ? this.renderRater() : nothing}
      ${ask.comment
        ? html`<div class="field">
            <label for="comment">${t('satisfaction.comment')} <span class="optional">${t('satisfaction.optional')}</span></label>
            <textarea
              id="comment"
              part="comment"
              rows="3"
              maxlength="2000"
              .value=${this.comment}
              @input=${(event: Event) => (this.comment = (event.target as HTMLTextAreaElement).value)}
            ></textarea>
          </div>`
        : nothing}
      ${this.score !== undefined && this.surveyState?.anonymousAllowed
        ? html`<div class="check">
            <input
              type="checkbox"
              id="anonymous"
              .checked=${this.anonymous}
              @change=${(event: Event) => (this.anonymous = (event.target as HTMLInputElement).checked)}
            />
            <label for="anonymous">${t('satisfaction.anonymous')}</label>
          </div>`
        : nothing}
      <div class="actions">
        <button type="submit" class="primary send" ?hidden=${this.score === undefined}>${t('satisfaction.send')}</button>
        <span class="dismiss">
          <button type="button" class="quiet" @click=${() => this.dismiss('snooze')}>${t('satisfaction.notNow')}</button>
          <button type="button" class="quiet" @click=${() => this.dismiss('opt-out')}>${t('satisfaction.optOut')}</button>
        </span>
      </div>
    </form>`;
  }

  private renderScale(definition: ScaleDefinition) {
    const t = this.localize.t.bind(this.localize);
    const stars = this.scaleName === 'csat5';
    const first = definition.options[0];
    const last = definition.options.at(-1);
    const onKeydown = (event: KeyboardEvent) => {
      // Enter on a chosen answer sends it, as in any form.
      if (event.key === 'Enter') void this.submit(event);
    };
    return html`<div role="radiogroup" part="scale" class="scale ${definition.layout}" aria-labelledby="question">
        ${definition.options.map((option) => {
          const checked = this.score === option.score;
          const lit = stars && this.score !== undefined && option.score <= this.score;
          const id = `score-${option.score}`;
          return html`<span class=${classMap({ option: true, checked, lit })} part=${checked ? 'option option-checked' : 'option'}>
            <input
              type="radio"
              name="score"
              id=${id}
              .value=${String(option.score)}
              .checked=${checked}
              @change=${() => this.chooseScore(option.score)}
              @keydown=${onKeydown}
            />
            <label for=${id}>
              ${definition.layout === 'icons'
                ? html`<span class="icon">${icon(option.icon, lit)}</span>
                    <span class="caption">${option.label ? t(option.label) : option.score}</span>`
                : html`<span class="number">${this.localize.number(option.score)}</span>${option.label
                      ? html`<span class="visually-hidden"> ${t(option.label)}</span>`
                      : nothing}`}
            </label>
          </span>`;
        })}
      </div>
      ${definition.layout === 'numbers' && first?.label && last?.label
        ? html`<div class="anchors" aria-hidden="true"><span>${t(first.label)}</span><span>${t(last.label)}</span></div>`
        : nothing}`;
  }

  private renderReasons(mood: 'low' | 'neutral' | 'high') {
    const t = this.localize.t.bind(this.localize);
    const tone = mood === 'high' ? 'high' : 'low';
    return html`<fieldset class="reasons" part="reasons">
      <legend>${t(`satisfaction.reasons.${mood}`)} <span class="optional">${t('satisfaction.optional')}</span></legend>
      <div class="chips">
        ${DIMENSION_ORDER.map(
          (dimension) => html`<span class="chip">
            <input
              type="checkbox"
              id="reason-${dimension}"
              .checked=${this.reasons.has(dimension)}
              @change=${(event: Event) => this.toggleReason(dimension, (event.target as HTMLInputElement).checked)}
            />
            <label for="reason-${dimension}">${t(`satisfaction.reason.${tone}.${dimension}`)}</label>
          </span>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderRater() {
    const t = this.localize.t.bind(this.localize);
    return html`<fieldset class="rater">
      <legend>${t('satisfaction.rater.legend')} <span class="optional">${t('satisfaction.optional')}</span></legend>
      <p class="hint" id="rater-hint">${t('satisfaction.rater.hint')}</p>
      ${DIMENSION_ORDER.map(
        (dimension) => html`<div class="rater-row" role="radiogroup" aria-labelledby="rater-${dimension}" aria-describedby="rater-hint">
          <span class="rater-label" id="rater-${dimension}">${t(`satisfaction.rater.${dimension}`)}</span>
          <span class="rater-options">
            ${RATER_SCORES.map((score) => {
              const checked = this.dimensions[dimension] === score;
              const id = `rater-${dimension}-${score}`;
              return html`<span class=${classMap({ option: true, small: true, checked })}>
                <input
                  type="radio"
                  name="rater-${dimension}"
                  id=${id}
                  .checked=${checked}
                  @change=${() => (this.dimensions = { ...this.dimensions, [dimension]: score })}
                />
                <label for=${id}
                  ><span class="number">${this.localize.number(score)}</span
                  ><span class="visually-hidden"> ${t(`satisfaction.rater.${score}`)}</span></label
                >
              </span>`;
            })}
          </span>
        </div>`,
      )}
    </fieldset>`;
  }

  private renderThanks() {
    const t = this.localize.t.bind(this.localize);
    const followUp = this.followUpText ?? this.surveyState?.followUp;
    return html`<div class="thanks" part="thanks" tabindex="-1">
      <p class="title">${t('satisfaction.thanks')}</p>
      ${followUp ? html`<p class="follow-up">${followUp}</p>` : nothing}
      ${this.delivery === 'failed'
        ? renderProblem(t, this.failure, () => this.retry())
        : html`<p class="delivery ${this.delivery}">${t(`satisfaction.${this.delivery}`)}</p>`}
      <div class="actions">
        <button type="button" class="quiet" @click=${this.changeAnswer}>${t('satisfaction.change')}</button>
        ${this.presentation === 'toast' ? html`<button type="button" class="quiet" @click=${this.close}>${t('common.close')}</button>` : nothing}
      </div>
    </div>`;
  }

  private announcement(): string {
    const t = this.localize.t.bind(this.localize);
    if (this.delivery === 'failed') return t('satisfaction.failed');
    return `${t('satisfaction.thanks')} ${t(`satisfaction.${this.delivery}`)}`;
  }
}

function icon(name: ScaleOption['icon'], filled: boolean) {
  if (name === 'star') return star(filled);
  if (name === 'thumb-up' || name === 'thumb-down') return thumb(name === 'thumb-up');
  return name ? face(Number(name.slice('face-'.length))) : nothing;
}

function sameSubject(a: SurveySubject, b: SurveySubject): boolean {
  return a.type === b.type && a.id === b.id;
}
