import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError, toAdapterError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import { randomId } from '../../core/random-id.js';
import type { Scale, SurveyState, SurveySubject } from '../../core/schemas.js';
import {
  recordAnswered,
  recordOptedOut,
  recordShown,
  recordSnoozed,
  subjectKey,
  type SurveyPolicyOptions,
} from '../../core/survey-policy.js';
import { renderNotConnected } from '../shared/problem.js';
import { SxElement } from '../shared/sx-element.js';
import { emptyAnswer, knownScale, toResponse, type Answer } from './answer.js';
import { renderAsk } from './ask-form.js';
import { DeliveryController } from './delivery-controller.js';
import type { SatisfactionMessages } from './messages/en.js';
import type { FollowUp } from './scales.js';
import { SurveyPolicyController } from './survey-policy-controller.js';
import { messages } from './sx-satisfaction.messages.js';
import { styles } from './sx-satisfaction.styles.js';
import { renderThankYou, thankYouAnnouncement } from './thank-you.js';
import './sx-satisfaction.events.js';

type Phase = 'deciding' | 'unconfigured' | 'hidden' | 'ask' | 'thanks';

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
 * @csspart error - Why an answer could not be sent (it is kept; Try again sends it).
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
  @state() private answer: Answer = emptyAnswer();
  @state() private surveyState?: SurveyState;

  private readonly delivery = new DeliveryController(this, (problem) =>
    this.emit('sx-error', { kind: problem.kind, message: problem.message, operation: 'submit-satisfaction' }),
  );
  private readonly policy = new SurveyPolicyController(this, () => this.followPolicy());
  private decidedFor?: { connection?: ServiceConnection; subject?: string };
  private deciding?: AbortController;

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
    this.decidedFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const connection = this.service.connection;
    const subject = this.subject ? JSON.stringify(this.subject) : undefined;
    if (this.decidedFor?.connection !== connection || this.decidedFor?.subject !== subject) {
      this.decidedFor = { connection, subject };
      void this.decide(connection);
    }
    if (changed.has('scale') && changed.get('scale') !== undefined && this.phase === 'ask') this.answer = emptyAnswer();
    this.inactive = this.phase === 'deciding' || this.phase === 'hidden';
  }

  private get policyOptions(): SurveyPolicyOptions {
    return { maxPrompts: this.maxPrompts, periodDays: this.periodDays, snoozeDays: this.snoozeDays };
  }

  private get policyKey(): string {
    return subjectKey(this.subject as SurveySubject, this.service.connection?.adapter.id);
  }

  private get now(): number {
    return this.service.now().getTime();
  }

  private get scaleName(): Scale {
    return knownScale(this.scale);
  }

  /** Decides whether to ask: a response still being sent, the local policy, then the backend's survey state. */
  private async decide(connection: ServiceConnection | undefined) {
    this.deciding?.abort();
    const deciding = (this.deciding = new AbortController());
    this.answer = emptyAnswer();
    this.delivery.reset();
    this.surveyState = undefined;
    const subject = this.subject;
    if (!connection) {
      this.phase = 'unconfigured';
      return;
    }
    const canAnswer = connection.has(subject?.type === 'topic' ? 'satisfaction-topics' : 'satisfaction');
    if (!subject || !connection.has('satisfaction') || !canAnswer) {
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
        this.phase = 'thanks';
        this.delivery.follow(connection, latest.key);
        return;
      }
    } catch {
      // The queue could not be read: decide on the policy alone.
    }

    const key = this.policyKey;
    if (!this.policy.decide(key, this.now, this.policyOptions).show) {
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
    if (!this.policy.decide(key, this.now, this.policyOptions, this.surveyState).show) {
      this.phase = 'hidden';
      return;
    }
    this.policy.record((ledger) => recordShown(ledger, key, this.now, this.policyOptions));
    this.phase = 'ask';
  }

  /**
   * The policy changed, in this page or another tab: an open prompt steps back when the person
   * answered, opted out or said "Not now" elsewhere (a cap reached elsewhere does not take it away).
   */
  private followPolicy() {
    if (this.phase !== 'ask' || !this.subject) return;
    const { reason } = this.policy.decide(this.policyKey, this.now, this.policyOptions, this.surveyState);
    if (reason === 'answered' || reason === 'opted-out' || reason === 'snoozed') this.phase = 'hidden';
  }

  private async submit(event?: Event) {
    event?.preventDefault();
    const connection = this.service.connection;
    const subject = this.subject;
    const { answer } = this;
    if (this.phase !== 'ask' || answer.score === undefined || !connection || !subject) return;
    const hadFocus = this.matches(':focus-within');
    const response = toResponse(
      { ...answer, score: answer.score },
      {
        id: this.delivery.key ?? randomId(),
        subject,
        scale: this.scaleName,
        followUp: this.followUp,
        rater: this.rater,
        anonymousAllowed: this.surveyState?.anonymousAllowed === true,
        submittedAt: this.service.now().toISOString(),
      },
    );
    this.phase = 'thanks';
    this.delivery.sending(response.id);
    this.policy.record((ledger) => recordAnswered(ledger, this.policyKey, this.now));
    try {
      await connection.outbox.enqueue('satisfaction', response, response.id);
    } catch (error) {
      this.delivery.fail(error);
      return;
    }
    const { id, scale, score, rater: dimensions, reasons, comment, anonymous } = response;
    this.emit('sx-rating-submit', { id, subject, scale, score, dimensions, reasons, comment, anonymous });
    this.delivery.follow(connection, response.id);
    if (hadFocus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.thanks')?.focus();
    }
  }

  /** A second answer is a new response for the same subject: the backend keeps the latest. */
  private async changeAnswer() {
    const connection = this.service.connection;
    const previous = this.delivery.key;
    if (connection && previous && this.delivery.delivery !== 'sent') {
      const entry = (await connection.outbox.entries({ kind: 'satisfaction' })).find((candidate) => candidate.key === previous);
      // Not sent yet: replace it, so an older answer can never arrive after the new one.
      if (entry && entry.status !== 'sending' && entry.status !== 'delivered') await connection.outbox.discard(previous);
    }
    this.delivery.reset();
    this.phase = 'ask';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name=score]:checked, input[name=score]')?.focus();
  }

  private dismiss(reason: 'snooze' | 'opt-out') {
    const subject = this.subject;
    if (!subject) return;
    const now = this.now;
    this.phase = 'hidden';
    this.policy.record((ledger) =>
      reason === 'snooze' ? recordSnoozed(ledger, this.policyKey, now, this.policyOptions) : recordOptedOut(ledger, this.policyKey, now),
    );
    this.emit('sx-rating-dismiss', { subject, reason });
  }

  protected override render() {
    const t = this.localize.t.bind(this.localize);
    if (this.phase === 'unconfigured') return renderNotConnected(t);
    if (this.phase !== 'ask' && this.phase !== 'thanks') return nothing;
    const { delivery, failure, receiptFollowUp } = this.delivery;
    const content =
      this.phase === 'ask'
        ? renderAsk(this.localize, {
            scale: this.scaleName,
            answer: this.answer,
            followUp: this.followUp,
            rater: this.rater,
            anonymousAllowed: this.surveyState?.anonymousAllowed === true,
            subjectLabel: this.subjectLabel,
            question: this.question,
            change: (edit) => (this.answer = edit(this.answer)),
            send: (event) => void this.submit(event),
            dismiss: (reason) => this.dismiss(reason),
          })
        : renderThankYou(this.localize, {
            delivery,
            failure,
            followUp: receiptFollowUp ?? this.surveyState?.followUp,
            toast: this.presentation === 'toast',
            retry: () => void this.retry(),
            changeAnswer: () => void this.changeAnswer(),
            close: () => (this.phase = 'hidden'),
          });
    const body = html`${content}
      <div class="visually-hidden" role="status">${this.phase === 'thanks' ? thankYouAnnouncement(this.localize, delivery) : ''}</div>`;
    return this.presentation === 'toast'
      ? html`<div class="card toast" part="base" role="region" aria-label=${t('satisfaction.region')} dir=${this.localize.dir}>${body}</div>`
      : html`<div class="card" part="base" dir=${this.localize.dir}>${body}</div>`;
  }

  private async retry() {
    const connection = this.service.connection;
    if (connection) await this.delivery.retry(connection);
  }
}

function sameSubject(a: SurveySubject, b: SurveySubject): boolean {
  return a.type === b.type && a.id === b.id;
}
