import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { OutboxEntryOf } from '../../core/outbox.js';
import { randomId } from '../../core/random-id.js';
import type { SatisfactionReceipt, Scale, SurveyState, SurveySubject } from '../../core/schemas.js';
import {
  recordAnswered,
  recordOptedOut,
  recordShown,
  recordSnoozed,
  subjectKey,
  type SurveyPolicyOptions,
} from '../../core/survey-policy.js';
import { Announcer } from '../shared/announcer.js';
import { renderNotConnected } from '../shared/problem.js';
import { Resource } from '../shared/resource.js';
import { SxElement } from '../shared/sx-element.js';
import type { FollowedWrite, WriteFollower } from '../shared/write-follower.js';
import { emptyAnswer, knownScale, toResponse, type Answer } from './answer.js';
import { hasFollowUp, renderAsk, type AskView } from './ask-form.js';
import { LazyPart, partLoader } from '../shared/lazy-part.js';
import type { SatisfactionMessages } from './messages/en.js';
import { focusNextAfter } from './focus-next.js';
import type { FollowUp } from './scales.js';
import { SurveyPolicyController } from './survey-policy-controller.js';
import { ToastClearance } from './toast-clearance.js';
import { messages } from './sx-satisfaction.messages.js';
import { styles } from './sx-satisfaction.styles.js';
import { waitingAnswer } from './waiting-answer.js';
import './sx-satisfaction.events.js';

type Phase = 'deciding' | 'unconfigured' | 'hidden' | 'ask' | 'thanks';

/** Where an answer goes: the backend (through the outbox), or only the page's analytics records. */
type Destination = 'backend' | 'analytics';

/** What was found out before asking: an answer already on its way, or whether to ask and how. */
interface Decision {
  waiting?: OutboxEntryOf<'satisfaction'>;
  allowed: boolean;
  surveyState?: SurveyState;
}

const pending = html`<div class="pending" aria-busy="true"></div>`;
const followUpPart = partLoader(() => import('./follow-up.js'));
const thanksPart = partLoader(() => import('./thank-you.js'));

/**
 * @summary A satisfaction prompt that is quick to answer, never lost and never nags.
 *
 * Asks about a ticket (`ticket-id`) or a topic (`topic`) on one of five scales, follows a low score
 * with "What went wrong?" and a high one with "What went well?", and writes the answer through the
 * outbox so it survives going offline and reloads. A shared survey policy decides whether it may
 * appear at all; when it may not, the element renders nothing and takes no space.
 *
 * A backend without the `satisfaction` capability cannot store the answer; when the page has an
 * analytics sink (`<sx-provider analytics-endpoint>`, `.analytics`, or a backend with `insights`)
 * the prompt still asks and the answer becomes the page's `sx.rating` record only (`analytics-only`
 * chooses this for any backend). It then asks for no comment (records leave free text out) and
 * promises nothing from the service desk. Without a sink it stays hidden.
 *
 * @event sx-rating-submit - The answer was stored and is being sent, or (`destination: 'analytics'`) recorded for the page's analytics only. `detail`: `{ id, subject, scale, score, dimensions, reasons, comment, anonymous, destination }`.
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

  /**
   * Send answers only to the page's analytics records (`sx.rating`), never to the backend, even
   * when it could store them: for experience pulses that should not become service desk records.
   * Without an analytics sink the prompt stays hidden. Backends without the `satisfaction`
   * capability work this way without the attribute.
   */
  @property({ attribute: 'analytics-only', type: Boolean }) analyticsOnly = false;

  /** `inline` (default) or `toast`: a small fixed-position region that never takes focus. */
  @property({ reflect: true }) presentation: 'inline' | 'toast' = 'inline';

  /** Set while the prompt is not shown (policy said no, dismissed, or not decided yet): takes no space. */
  @property({ type: Boolean, reflect: true }) inactive = true;

  /** Whether this prompt asks, thanks or stays away; `phase` adds the cases decided by configuration. */
  @state() private shown: 'deciding' | 'hidden' | 'ask' | 'thanks' = 'deciding';
  @state() private answer: Answer = emptyAnswer();
  @state() private surveyState?: SurveyState;

  private readonly policy = new SurveyPolicyController(this, () => this.followPolicy());
  private readonly announcer = new Announcer(this);
  /** The toast steps aside from the control focused on the page (WCAG 2.4.11). */
  protected readonly toastClearance = new ToastClearance(this, () => this.renderRoot?.querySelector<HTMLElement>('.toast') ?? null);
  /** Loaded while deciding to ask; the thanks (and the follower of the answer) when first needed. */
  private readonly followUpView = new LazyPart(this, followUpPart);
  private readonly thanksView = new LazyPart(this, thanksPart);
  private follower?: WriteFollower;
  /** The outbox key of the answer shown as sent or sending, also the response id. */
  private answerKey?: string;

  protected readonly decision = new Resource(this, {
    operation: 'survey-state',
    args: () => this.decisionArgs(),
    load: ([connection, , destination], signal) => this.decide(connection, destination, signal),
    onValue: (decided) => this.settle(decided),
    // The backend's survey state could not be read: decide on the local policy alone.
    onError: () => this.settle({ allowed: true }),
  });

  constructor() {
    super(messages);
  }

  /** The subject asked about, from `ticket-id` or `topic`. */
  get subject(): SurveySubject | undefined {
    if (this.ticketId) return { type: 'ticket', id: this.ticketId };
    if (this.topic) return { type: 'topic', id: this.topic };
    return undefined;
  }

  /**
   * Where an answer would go, undefined for nowhere. Without `satisfaction` (or with `analytics-only`)
   * only an analytics sink can take it; a backend that rates tickets only keeps topic prompts hidden.
   */
  private get destination(): Destination | undefined {
    const connection = this.service.connection;
    const subject = this.subject;
    if (!connection || !subject) return undefined;
    if (this.analyticsOnly || !connection.has('satisfaction')) return this.service.options.analytics ? 'analytics' : undefined;
    return connection.has(subject.type === 'topic' ? 'satisfaction-topics' : 'satisfaction') ? 'backend' : undefined;
  }

  /** What the decision depends on; undefined when there is nothing to ask. */
  private decisionArgs(): readonly [ServiceConnection, string, Destination] | undefined {
    const connection = this.service.connection;
    const destination = this.destination;
    if (!connection || !destination) return undefined;
    return [connection, JSON.stringify(this.subject), destination];
  }

  private get phase(): Phase {
    if (!this.service.connection) return 'unconfigured';
    return this.decisionArgs() ? this.shown : 'hidden';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('scale') && changed.get('scale') !== undefined && this.shown === 'ask') this.answer = emptyAnswer();
    this.inactive = this.phase === 'hidden' || (this.phase === 'deciding' && !this.holdsPlace);
  }

  /**
   * Deciding, inline, and the local policy would ask: the prompt's place is held (its own form,
   * invisible and inert, without its radio group) so the page below does not move when it shows.
   */
  private get holdsPlace(): boolean {
    return this.presentation === 'inline' && !!this.subject && this.policy.decide(this.policyKey, this.now, this.policyOptions).show;
  }

  private show(shown: SxSatisfaction['shown']) {
    this.shown = shown;
    this.inactive = shown === 'deciding' || shown === 'hidden';
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

  /** "Send without my name" only where the backend offers it; an analytics record carries no name. */
  private get anonymousAllowed(): boolean {
    return this.destination === 'backend' && this.surveyState?.anonymousAllowed === true;
  }

  private get scaleName(): Scale {
    return knownScale(this.scale);
  }

  /** Decides whether to ask: a response still being sent, the local policy, then the backend's survey state. */
  private async decide(connection: ServiceConnection, destination: Destination, signal: AbortSignal): Promise<Decision> {
    this.answer = emptyAnswer();
    this.forgetAnswer();
    this.surveyState = undefined;
    this.show('deciding');
    const subject = this.subject!;
    try {
      // Analytics-only answers never go through the outbox, so none can be waiting there.
      const waiting = destination === 'backend' ? waitingAnswer(await connection.outbox.entries({ kind: 'satisfaction' }), subject) : undefined;
      if (waiting) return { waiting, allowed: false };
    } catch {
      // The queue could not be read: decide on the policy alone.
    }
    if (!this.policy.decide(this.policyKey, this.now, this.policyOptions).show) return { allowed: false };
    // The follow-up loads beside the backend's answer, so it is there the moment a score is chosen.
    const followUpLoaded = this.followUpView.ready().catch(() => undefined);
    const surveyState =
      connection.has('survey-state') && connection.adapter.getSurveyState ? await connection.adapter.getSurveyState(subject, signal) : undefined;
    await followUpLoaded;
    return { allowed: true, surveyState };
  }

  private settle({ waiting, allowed, surveyState }: Decision) {
    const connection = this.service.connection;
    if (waiting && connection) {
      this.show('thanks');
      this.answerKey = waiting.key;
      void this.writes().then((writes) => writes.follow(connection, waiting.key, waiting));
      return;
    }
    this.surveyState = surveyState;
    // Read again: another prompt on the page may have taken the slot while the backend answered.
    const key = this.policyKey;
    if (!allowed || !this.policy.decide(key, this.now, this.policyOptions, surveyState).show) {
      this.show('hidden');
      return;
    }
    this.policy.record((ledger) => recordShown(ledger, key, this.now, this.policyOptions));
    this.show('ask');
  }

  /** The follower of this prompt's answers, with the thanks view it speaks through. */
  private async writes(): Promise<WriteFollower> {
    const [{ WriteFollower }] = await Promise.all([import('../shared/write-follower.js'), this.thanksView.ready()]);
    return (this.follower ??= new WriteFollower(this, { onChange: (write) => this.onWriteChange(write) }));
  }

  private onWriteChange(write: FollowedWrite) {
    const thanks = this.thanksView.module;
    if (write.key !== this.answerKey || !thanks) return;
    if (write.state === 'failed') this.reportError('submit-satisfaction', write.failure);
    this.announcer.announce(thanks.thankYouAnnouncement(this.localize, thanks.deliveryOf(write.state)));
  }

  private forgetAnswer() {
    if (this.answerKey) this.follower?.forget(this.answerKey);
    this.answerKey = undefined;
  }

  /**
   * The policy changed, in this page or another tab: an open prompt steps back when the person
   * answered, opted out or said "Not now" elsewhere, and a topic steps back for a ticket prompt
   * (a cap reached elsewhere does not take it away).
   */
  private followPolicy() {
    if (this.phase !== 'ask' || !this.subject) return;
    const { reason } = this.policy.decide(this.policyKey, this.now, this.policyOptions, this.surveyState);
    if (reason === 'answered' || reason === 'opted-out' || reason === 'snoozed' || reason === 'yielded') this.show('hidden');
  }

  private async submit(event?: Event) {
    event?.preventDefault();
    const connection = this.service.connection;
    const subject = this.subject;
    const { answer, destination } = this;
    if (this.phase !== 'ask' || answer.score === undefined || !connection || !subject || !destination) return;
    const hadFocus = this.matches(':focus-within');
    const response = toResponse(
      { ...answer, score: answer.score },
      {
        id: randomId(),
        subject,
        scale: this.scaleName,
        followUp: this.followUp,
        rater: this.rater,
        anonymousAllowed: this.anonymousAllowed,
        commentKept: destination === 'backend',
        submittedAt: this.service.now().toISOString(),
      },
    );
    this.show('thanks');
    this.answerKey = response.id;
    this.policy.record((ledger) => recordAnswered(ledger, this.policyKey, this.now));
    if (destination === 'analytics') {
      // The event below is the whole delivery: the provider turns it into the `sx.rating` record.
      const thanks = await this.thanksView.ready().catch(() => undefined);
      if (thanks) this.announcer.announce(thanks.thankYouAnnouncement(this.localize, 'recorded'));
    } else {
      const written = await (await this.writes()).send(connection, 'satisfaction', response, response.id);
      // Not even stored: the failure is shown (and reported); nothing was submitted.
      if (!written.entry) return;
    }
    const { id, scale, score, rater: dimensions, reasons, comment, anonymous } = response;
    this.emit('sx-rating-submit', { id, subject, scale, score, dimensions, reasons, comment, anonymous, destination });
    if (hadFocus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.thanks')?.focus();
    }
  }

  /** A second answer is a new response for the same subject: the backend keeps the latest. */
  private async changeAnswer() {
    const connection = this.service.connection;
    const previous = this.answerKey;
    if (connection && previous && this.destination === 'backend' && this.follower?.get(previous)?.state !== 'sent') {
      const entry = (await connection.outbox.entries({ kind: 'satisfaction' })).find((candidate) => candidate.key === previous);
      // Not sent yet: replace it, so an older answer can never arrive after the new one.
      if (entry && entry.status !== 'sending' && entry.status !== 'delivered') await connection.outbox.discard(previous);
    }
    this.forgetAnswer();
    this.show('ask');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name=score]:checked, input[name=score]')?.focus();
  }

  private dismiss(reason: 'snooze' | 'opt-out') {
    const subject = this.subject;
    if (!subject) return;
    const now = this.now;
    this.stepBack();
    this.policy.record((ledger) =>
      reason === 'snooze' ? recordSnoozed(ledger, this.policyKey, now, this.policyOptions) : recordOptedOut(ledger, this.policyKey, now),
    );
    this.emit('sx-rating-dismiss', { subject, reason });
  }

  /** Hides the prompt; focus inside it moves on to what follows instead of falling to the body. */
  private stepBack() {
    const hadFocus = this.matches(':focus-within');
    this.show('hidden');
    if (hadFocus) focusNextAfter(this);
  }

  private async retry() {
    const connection = this.service.connection;
    if (connection && this.answerKey) await (await this.writes()).retry(connection, this.answerKey);
  }

  protected override render() {
    const t = this.localize.t.bind(this.localize);
    const phase = this.phase;
    if (phase === 'unconfigured') return renderNotConnected(t, this.headingLevel);
    if (phase === 'deciding' && !this.inactive) {
      return html`<div class="card held-place" part="base" aria-hidden="true" inert dir=${this.localize.dir}>${this.renderAskView(true)}</div>`;
    }
    if (phase !== 'ask' && phase !== 'thanks') return nothing;
    const content = phase === 'ask' ? this.renderAskView() : this.renderThanks();
    const body = html`${content}${this.announcer.render()}`;
    return this.presentation === 'toast'
      ? html`<div class="card toast" part="base" role="region" aria-label=${t('satisfaction.region')} dir=${this.localize.dir}>${body}</div>`
      : html`<div class="card" part="base" dir=${this.localize.dir}>${body}</div>`;
  }

  private renderAskView(held = false) {
    const view: AskView = {
      held,
      scale: this.scaleName,
      answer: this.answer,
      followUp: this.followUp,
      rater: this.rater,
      anonymousAllowed: this.anonymousAllowed,
      commentKept: this.destination === 'backend',
      subjectLabel: this.subjectLabel,
      question: this.question,
      change: (edit) => (this.answer = edit(this.answer)),
      send: (event) => void this.submit(event),
      dismiss: (reason) => this.dismiss(reason),
    };
    const more = hasFollowUp(view) ? (this.followUpView.get()?.renderFollowUp(this.localize, view) ?? pending) : nothing;
    return renderAsk(this.localize, view, more);
  }

  private renderThanks() {
    const thanks = this.thanksView.get();
    if (!thanks) return pending;
    const write = this.follower?.get(this.answerKey);
    const receipt = write?.state === 'sent' ? (write.entry?.result as SatisfactionReceipt | undefined) : undefined;
    // No backend keeps an analytics-only answer, so no one follows it up.
    const recorded = this.destination === 'analytics';
    return thanks.renderThankYou(this.localize, {
      delivery: recorded ? 'recorded' : thanks.deliveryOf(write?.state),
      failure: write?.failure,
      followUp: recorded ? undefined : (receipt?.followUp ?? this.surveyState?.followUp),
      toast: this.presentation === 'toast',
      headingLevel: this.headingLevel,
      retry: () => void this.retry(),
      changeAnswer: () => void this.changeAnswer(),
      close: () => this.stepBack(),
    });
  }
}
