import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { OutboxEntry, OutboxStatus } from '../../core/outbox.js';
import type { Ticket, TicketEvent, TicketSummary } from '../../core/schemas.js';
import { SxElement } from '../shared/sx-element.js';
import { errorKind, renderNotConnected, renderProblem } from '../shared/problem.js';
import { lastKnownList, lastKnownTicket, rememberList, rememberTicket } from './last-known.js';
import { LiveUpdates } from './live-updates.js';
import type { TicketStatusMessages } from './messages/en.js';
import { describeSla, slaSentence } from './sla-text.js';
import { stepsFor } from './stages.js';
import { styles } from './sx-ticket-status.styles.js';
import { messages } from './sx-ticket-status.messages.js';
import { newestWindow, openFirst, orderEvents, type TimelineOrder } from './timeline.js';
import './sx-ticket-status.events.js';
import { randomId } from '../../core/random-id.js';

export type TicketFilter = 'open' | 'resolved' | 'all';

/** A comment of this person not yet seen in the ticket's history: shown at once, marked by its outbox status. */
interface PendingComment {
  key: string;
  text: string;
  createdAt: string;
  status: OutboxStatus;
  retrying: boolean;
  /** The event the backend created, once delivered. */
  eventId?: string;
}

interface Decision {
  kind: 'confirm' | 'reopen';
  status: 'sending' | 'done' | 'failed';
}

const EVENT_PAGE = 50;
const LIST_PAGE = 50;
const SEARCH_DELAY_MS = 250;
const STALE_KINDS = new Set(['network', 'timeout']);

function isOffline(error: unknown): boolean {
  return !navigator.onLine || STALE_KINDS.has(errorKind(error));
}

/**
 * @summary Where my request is, what happens next and by when: one ticket in detail, or the
 * signed-in person's requests as a searchable list that opens into the detail view.
 *
 * @event sx-ticket-change - The shown ticket changed state: `{ ticketId, previousState, state }`.
 * @event sx-error - Loading or sending failed: `{ kind, message, operation }` (`load-ticket`,
 *   `list-tickets`, `refresh-ticket`, `comment`, `confirm`, `reopen`).
 *
 * @csspart ticket - The detail view.
 * @csspart stage - The stage indicator (an ordered list).
 * @csspart sla - The SLA target in plain words.
 * @csspart waiting - The "we need something from you" panel.
 * @csspart comment-box - The comment form.
 * @csspart decision - The "Is your problem solved?" panel on resolved tickets.
 * @csspart timeline - The history of public updates.
 * @csspart event - One update in the timeline.
 * @csspart list - The list of requests.
 * @csspart list-item - One request in the list.
 * @csspart error - A problem message.
 *
 * @cssproperty --sx-color-accent - Current stage, primary buttons, links.
 * @cssproperty --sx-color-warning - "Waiting on you" and due-soon highlights.
 * @cssproperty --sx-color-danger - Overdue targets and errors.
 * @cssproperty --sx-color-success - Completed stages and sent comments.
 * @cssproperty --sx-color-surface - Background of panels.
 * @cssproperty --sx-radius - Corner radius.
 * @cssproperty --sx-space - Base spacing unit.
 */
export class SxTicketStatus extends SxElement<TicketStatusMessages> {
  static override styles = styles;

  /** The ticket to show in detail; without it the element lists the signed-in person's requests. */
  @property({ attribute: 'ticket-id', reflect: true }) ticketId?: string;

  /** Order of the timeline: `newest` (default) or `oldest` first. The person can switch it. */
  @property({ reflect: true }) order: TimelineOrder = 'newest';

  /** Which requests the list shows first: `open` (default), `resolved` or `all`. */
  @property({ reflect: true }) filter: TicketFilter = 'open';

  /** Longest comment accepted, in characters. */
  @property({ type: Number, attribute: 'max-length' }) maxLength = 2000;

  /** IANA time zone for dates and times (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Seconds between checks for news when the backend cannot push them. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 30;

  /** The ticket shown. Set by the element as it loads; a host that already has it may set it to render at once. */
  @property({ attribute: false }) ticket?: Ticket;

  /** The requests listed. Set by the element as it loads; a host may set them to render at once. */
  @property({ attribute: false }) tickets?: TicketSummary[];

  @state() private selectedId?: string;
  @state() private problem?: unknown;
  @state() private stale = false;
  @state() private listLoading = false;
  @state() private query = '';
  @state() private listLimit = LIST_PAGE;
  @state() private eventLimit = EVENT_PAGE;
  @state() private pending: PendingComment[] = [];
  @state() private sentEventIds = new Set<string>();
  @state() private draft = '';
  @state() private commentError?: string;
  @state() private decision?: Decision;
  @state() private reopenOpen = false;
  @state() private reason = '';
  @state() private reasonError?: string;
  @state() private announcement = '';

  private boundConnection?: ServiceConnection;
  private unsubscribeOutbox?: () => void;
  private live?: LiveUpdates;
  private liveFor?: string;
  private detailFor?: string;
  private listFor?: string;
  private loadController?: AbortController;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private focusAfterRender?: string;
  private lastListTotal = 0;

  constructor() {
    super(messages);
  }

  /** Fetches the ticket or the list again now. */
  refresh(): void {
    this.detailFor = undefined;
    this.listFor = undefined;
    this.problem = undefined;
    this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('offline', this.onOffline);
    addEventListener('online', this.onOnline);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('offline', this.onOffline);
    removeEventListener('online', this.onOnline);
    this.unbind();
    clearTimeout(this.searchTimer);
  }

  private get activeId(): string | undefined {
    return this.ticketId ?? this.selectedId;
  }

  private get t() {
    return this.localize.t.bind(this.localize);
  }

  protected override willUpdate(changed: PropertyValues) {
    const connection = this.service.connection;
    if (connection !== this.boundConnection) {
      this.unbind();
      if (connection) this.bind(connection);
    }
    if (!connection || !this.isConnected) return;
    if (changed.has('filter') || changed.has('query')) this.listLimit = LIST_PAGE;
    const id = this.activeId;
    if (id) {
      if (this.detailFor !== id) {
        this.detailFor = id;
        void this.loadTicket(connection, id);
      }
    } else {
      this.stopLive();
      this.detailFor = undefined;
      const listKey = `${this.filter}|${this.query.trim()}`;
      if (this.listFor !== listKey) {
        this.listFor = listKey;
        void this.loadList(connection, listKey);
      }
    }
  }

  protected override updated() {
    const selector = this.focusAfterRender;
    if (!selector) return;
    // Waits for the target to render (a ticket opened from the list shows its skeleton first).
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return;
    this.focusAfterRender = undefined;
    target.focus();
  }

  private bind(connection: ServiceConnection) {
    this.boundConnection = connection;
    this.detailFor = undefined;
    this.listFor = undefined;
    this.unsubscribeOutbox = connection.outbox.subscribe((entry) => this.onOutbox(entry));
  }

  private unbind() {
    this.unsubscribeOutbox?.();
    this.unsubscribeOutbox = undefined;
    this.boundConnection = undefined;
    this.loadController?.abort();
    this.stopLive();
  }

  private stopLive() {
    this.live?.stop();
    this.live = undefined;
    this.liveFor = undefined;
  }

  private startLive(connection: ServiceConnection, id: string) {
    if (this.liveFor === id) return;
    this.stopLive();
    this.liveFor = id;
    this.live = new LiveUpdates({
      connection,
      ticketId: id,
      intervalMs: Math.max(1, this.pollInterval) * 1000,
      onTicket: (ticket) => {
        if (ticket.id !== this.activeId) return;
        this.stale = false;
        this.applyTicket(ticket);
      },
      onError: (error) => {
        // Reported once per outage, not on every poll that fails during it.
        if (this.stale) return;
        this.stale = true;
        this.reportError(error, 'refresh-ticket');
      },
    });
    this.live.start();
  }

  private readonly onOffline = () => {
    if (this.ticket || this.tickets) this.stale = true;
  };

  private readonly onOnline = () => {
    if (!this.stale) return;
    if (this.activeId) void this.live?.refresh();
    else this.refresh();
  };

  private async loadTicket(connection: ServiceConnection, id: string) {
    const adapter = connection.adapter;
    if (!adapter.getTicket) return;
    this.loadController?.abort();
    const controller = (this.loadController = new AbortController());
    if (this.ticket && this.ticket.id !== id) this.ticket = undefined;
    this.problem = undefined;
    this.eventLimit = EVENT_PAGE;
    this.pending = [];
    this.sentEventIds = new Set();
    this.decision = undefined;
    this.reopenOpen = false;
    try {
      const ticket = await adapter.getTicket(id, controller.signal);
      if (controller.signal.aborted) return;
      this.stale = false;
      this.applyTicket(ticket);
      this.startLive(connection, id);
      await this.restorePending(connection, id);
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) return;
      const known = this.ticket?.id === id ? this.ticket : lastKnownTicket(adapter.id, id);
      if (known && isOffline(error)) {
        this.ticket = known;
        this.stale = true;
        this.startLive(connection, id);
        await this.restorePending(connection, id);
      } else {
        this.ticket = undefined;
        this.problem = error;
      }
      this.reportError(error, 'load-ticket');
    }
  }

  private async loadList(connection: ServiceConnection, key: string) {
    const adapter = connection.adapter;
    if (!adapter.listTickets) return;
    this.loadController?.abort();
    const controller = (this.loadController = new AbortController());
    this.problem = undefined;
    this.listLoading = true;
    const text = this.query.trim();
    try {
      const list = await adapter.listTickets({ filter: this.filter, text: text || undefined }, controller.signal);
      if (controller.signal.aborted) return;
      this.tickets = openFirst(list.tickets);
      this.lastListTotal = list.total;
      this.stale = false;
      rememberList(adapter.id, key, this.tickets);
      this.announce(this.t('list.count', { count: list.total }));
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) return;
      const known = lastKnownList(adapter.id, key);
      if (known && isOffline(error)) {
        this.tickets = known;
        this.stale = true;
      } else {
        this.problem = error;
      }
      this.reportError(error, 'list-tickets');
    } finally {
      if (this.loadController === controller) this.listLoading = false;
    }
  }

  /** Shows a newer copy of the ticket; a state change is announced and emitted. */
  private applyTicket(next: Ticket) {
    const previous = this.ticket?.id === next.id ? this.ticket : undefined;
    this.ticket = next;
    if (this.boundConnection) rememberTicket(this.boundConnection.adapter.id, next);
    this.dropDelivered();
    const stage = this.t(`stage.${next.state}`);
    if (!previous) {
      this.announce(this.t('ticket.loaded', { number: next.number, stage }));
      return;
    }
    if (previous.state !== next.state) {
      this.announce(this.t('announce.state', { stage }));
      this.emit('sx-ticket-change', { ticketId: next.id, previousState: previous.state, state: next.state });
      return;
    }
    const before = new Set(previous.events.map((event) => event.id));
    if (next.events.some((event) => !before.has(event.id) && event.author?.isAgent)) {
      this.announce(this.t('announce.update'));
    }
  }

  /** Delivered comments leave the pending list once the ticket's history holds them. */
  private dropDelivered() {
    const known = new Set(this.ticket?.events.map((event) => event.id));
    if (this.pending.some((comment) => comment.eventId && known.has(comment.eventId))) {
      this.pending = this.pending.filter((comment) => !(comment.eventId && known.has(comment.eventId)));
    }
  }

  /** After a reload: comments still in the outbox for this ticket are shown as pending again. */
  private async restorePending(connection: ServiceConnection, id: string) {
    const entries = await connection.outbox.entries({ kind: 'comment' });
    if (this.activeId !== id) return;
    const restored: PendingComment[] = [];
    for (const entry of entries) {
      if (entry.kind !== 'comment' || entry.payload.ticketId !== id || entry.status === 'delivered') continue;
      if (this.pending.some((comment) => comment.key === entry.key)) continue;
      restored.push({
        key: entry.key,
        text: entry.payload.text,
        createdAt: entry.createdAt,
        status: entry.status,
        retrying: entry.status === 'pending' && entry.error !== undefined,
      });
    }
    if (restored.length) this.pending = [...this.pending, ...restored];
  }

  private onOutbox(entry: OutboxEntry) {
    if (entry.kind !== 'comment' || entry.payload.ticketId !== this.activeId) return;
    const index = this.pending.findIndex((comment) => comment.key === entry.key);
    if (index < 0) return;
    const current = this.pending[index]!;
    const delivered = entry.status === 'delivered' ? (entry.result as TicketEvent | undefined) : undefined;
    const next: PendingComment = {
      ...current,
      status: entry.status,
      retrying: entry.status === 'pending' && entry.error !== undefined,
      eventId: delivered?.id ?? current.eventId,
    };
    this.pending = this.pending.map((comment, position) => (position === index ? next : comment));
    this.dropDelivered();
    if (entry.status === 'delivered' && current.status !== 'delivered') {
      if (delivered?.id) this.sentEventIds = new Set([...this.sentEventIds, delivered.id]);
      this.announce(this.t('comment.announce.sent'));
      if (!this.live?.pushed) void this.live?.refresh();
      else if (this.ticket && delivered && !this.ticket.events.some((event) => event.id === delivered.id)) {
        // Pushes can lag behind the write: until then the comment shows as sent from here.
        this.applyTicket({ ...this.ticket, events: [...this.ticket.events, delivered] });
      }
    } else if (entry.status === 'failed' && current.status !== 'failed') {
      this.announce(this.t('comment.announce.failed'));
      this.reportError(entry.error, 'comment');
    }
  }

  private announce(message: string) {
    // The same words twice in a row are not re-read by screen readers: toggle a trailing space.
    this.announcement = message === this.announcement.trim() && !this.announcement.endsWith(' ') ? `${message} ` : message;
  }

  private reportError(error: unknown, operation: string) {
    const kind = error && typeof error === 'object' && 'kind' in error ? (error as { kind: string }).kind : errorKind(error);
    const message = error instanceof Error ? error.message : String((error as { message?: string } | undefined)?.message ?? '');
    this.emit('sx-error', { kind: kind as ReturnType<typeof errorKind>, message, operation });
  }

  private async sendComment(event: SubmitEvent) {
    event.preventDefault();
    const connection = this.service.connection;
    const ticket = this.ticket;
    if (!connection || !ticket) return;
    const text = this.draft.trim();
    if (!text) {
      this.commentError = this.t('comment.empty');
      this.renderRoot.querySelector<HTMLTextAreaElement>('#comment')?.focus();
      return;
    }
    this.commentError = undefined;
    const key = randomId();
    this.pending = [
      ...this.pending,
      { key, text, createdAt: this.service.now().toISOString(), status: 'sending', retrying: false },
    ];
    this.draft = '';
    this.announce(this.t('comment.announce.sending'));
    await connection.outbox.enqueue('comment', { ticketId: ticket.id, text }, key);
  }

  private retryComment(key: string) {
    void this.service.connection?.outbox.retry(key);
  }

  private async decide(kind: 'confirm' | 'reopen') {
    const connection = this.service.connection;
    const ticket = this.ticket;
    if (!connection || !ticket) return;
    let key: string;
    if (kind === 'reopen') {
      const reason = this.reason.trim();
      if (!reason) {
        this.reasonError = this.t('decision.reasonEmpty');
        this.renderRoot.querySelector<HTMLTextAreaElement>('#reason')?.focus();
        return;
      }
      this.reasonError = undefined;
      this.decision = { kind, status: 'sending' };
      this.announce(this.t('decision.sending'));
      key = (await connection.outbox.enqueue('reopen', { ticketId: ticket.id, reason })).key;
    } else {
      this.decision = { kind, status: 'sending' };
      this.announce(this.t('decision.sending'));
      key = (await connection.outbox.enqueue('confirm', { ticketId: ticket.id })).key;
    }
    try {
      const entry = await connection.outbox.delivered(key);
      if (this.ticket?.id !== ticket.id) return;
      this.decision = { kind, status: 'done' };
      this.reopenOpen = false;
      this.reason = '';
      this.announce(this.t(kind === 'confirm' ? 'decision.confirmed' : 'decision.reopened'));
      const updated = entry.result as Ticket | undefined;
      if (updated?.id === ticket.id) this.applyTicket(updated);
      this.focusAfterRender = '#decision-outcome';
    } catch (error) {
      if (isAbortError(error)) return;
      this.decision = { kind, status: 'failed' };
      this.announce(this.t('decision.failed'));
      this.reportError(error, kind);
    }
  }

  private select(id: string) {
    this.selectedId = id;
    this.focusAfterRender = '#ticket-title';
  }

  private back() {
    const id = this.selectedId;
    this.selectedId = undefined;
    this.ticket = undefined;
    this.focusAfterRender = id ? `[data-id="${CSS.escape(id)}"]` : undefined;
  }

  private onSearchInput(event: InputEvent) {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.query = value), SEARCH_DELAY_MS);
  }

  private dateOptions(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
    return this.timeZone ? { ...options, timeZone: this.timeZone } : options;
  }

  private formatDate(value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }) {
    return this.localize.date(value, this.dateOptions(options));
  }

  protected override render() {
    const connection = this.service.connection;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
    if (!connection) return html`${live}${renderNotConnected(this.t)}`;
    if (!connection.has('tickets')) {
      return html`${live}<div class="problem notice" part="error" role="note"><p>${this.t('config.unsupported')}</p></div>`;
    }
    return html`<div class="root" dir=${this.localize.dir}>
      ${live}${this.activeId ? this.renderDetail(this.activeId) : this.renderList()}
    </div>`;
  }

  private renderStale(time?: string) {
    if (!this.stale) return nothing;
    return html`<div class="stale" role="note">
      <p>
        ${this.t('common.staleData')}
        ${time ? this.t('ticket.stale.asOf', { time: this.localize.relative(time, this.service.now()) }) : nothing}
      </p>
      <button type="button" @click=${() => this.refreshNow()}>${this.t('common.retry')}</button>
    </div>`;
  }

  private refreshNow() {
    if (this.activeId && this.live) void this.live.refresh();
    else this.refresh();
  }

  private renderBack() {
    if (this.ticketId || !this.selectedId) return nothing;
    return html`<button type="button" class="back" @click=${this.back}>
${this.t('list.back')}
    </button>`;
  }

  private renderDetail(id: string) {
    const ticket = this.ticket?.id === id ? this.ticket : undefined;
    if (!ticket && this.problem) {
      return html`${this.renderBack()}${renderProblem(this.t, this.problem, () => this.refresh())}`;
    }
    if (!ticket) return html`${this.renderBack()}${this.renderSkeleton()}`;
    const waiting = ticket.state === 'waiting-on-you';
    const canComment = ticket.permissions.comment && this.service.has('comments');
    return html`${this.renderBack()}
      <article class="ticket ${waiting ? 'is-waiting' : ''}" part="ticket" aria-labelledby="ticket-title">
        ${this.renderStale(ticket.updatedAt)}
        <header class="head">
          <p class="number">${ticket.number}</p>
          <h2 id="ticket-title" tabindex="-1">${ticket.title}</h2>
        </header>
        ${this.renderStages(ticket)}
        ${waiting ? this.renderWaiting(ticket, canComment) : nothing}
        ${this.renderFacts(ticket)}
        ${this.renderDecision(ticket)}
        ${!waiting && canComment ? this.renderCommentBox(false) : nothing}
        ${this.renderTimeline(ticket)}
      </article>`;
  }

  private renderSkeleton() {
    return html`<div class="loading" aria-busy="true">
      <span class="visually-hidden">${this.t('ticket.loading')}</span>
      <div class="skeleton line short" aria-hidden="true"></div>
      <div class="skeleton line title" aria-hidden="true"></div>
      <div class="skeleton stages-bar" aria-hidden="true"></div>
      <div class="skeleton block" aria-hidden="true"></div>
      <div class="skeleton event-line" aria-hidden="true"></div>
      <div class="skeleton event-line" aria-hidden="true"></div>
      <div class="skeleton event-line" aria-hidden="true"></div>
    </div>`;
  }

  private renderStages(ticket: Ticket) {
    const steps = stepsFor(ticket.state, ticket.events);
    return html`<ol class="stages" part="stage" aria-label=${this.t('stages.label')}>
      ${steps.map(
        (step) => html`<li class="step ${step.status}" aria-current=${step.status === 'current' ? 'step' : nothing}>
          <span class="marker" aria-hidden="true"></span>
          <span class="step-name">${this.t(`stage.${step.state}`)}</span><span class="visually-hidden"
            >, ${this.t(`step.${step.status}`)}</span
          >
        </li>`,
      )}
    </ol>`;
  }

  private renderWaiting(ticket: Ticket, canComment: boolean) {
    return html`<section class="waiting" part="waiting" aria-labelledby="waiting-title">
      <h3 id="waiting-title">${this.t('waiting.title')}</h3>
      <p class="waiting-for">${ticket.waitingFor ?? this.t('waiting.generic')}</p>
      ${canComment ? this.renderCommentBox(true) : nothing}
    </section>`;
  }

  private renderFacts(ticket: Ticket) {
    const now = this.service.now();
    const sla = this.service.has('sla') ? describeSla(ticket.sla, ticket.state, now) : undefined;
    const sentence = sla
      ? slaSentence(sla, now, {
          t: (key, params) => this.t(key, params),
          date: (value, options) => this.formatDate(value, options),
          number: (value, options) => this.localize.number(value, options),
        })
      : undefined;
    const assignee = ticket.assignee;
    const handler =
      assignee?.name && assignee.group
        ? this.t('ticket.assignee.both', { name: assignee.name, group: assignee.group })
        : (assignee?.name ?? assignee?.group ?? this.t('ticket.assignee.none'));
    const nextUpdate = ticket.nextUpdateBy && ticket.state !== 'resolved' && ticket.state !== 'closed' ? ticket.nextUpdateBy : undefined;
    const late = nextUpdate !== undefined && Date.parse(nextUpdate) < now.getTime();
    return html`<dl class="facts">
      <div class="fact">
        <dt>${this.t('ticket.status')}</dt>
        <dd><span class="state-label state-${ticket.state}">${ticket.stateLabel}</span></dd>
      </div>
      ${ticket.priority
        ? html`<div class="fact">
            <dt>${this.t('ticket.priority')}</dt>
            <dd>${ticket.priority.label}</dd>
          </div>`
        : nothing}
      <div class="fact">
        <dt>${this.t('ticket.assignee')}</dt>
        <dd>${handler}</dd>
      </div>
      ${sla && sentence
        ? html`<div class="fact sla ${sla.status}" part="sla">
            <dt>${this.t('ticket.target')}</dt>
            <dd>
              <span class="sla-headline">${sentence.headline}</span>
              ${sentence.detail ? html`<span class="sla-detail">${sentence.detail}</span>` : nothing}
            </dd>
          </div>`
        : nothing}
      ${nextUpdate
        ? html`<div class="fact">
            <dt>${this.t('ticket.nextUpdate')}</dt>
            <dd>
              ${late
                ? this.t('ticket.nextUpdate.late', { date: this.formatDate(nextUpdate, { weekday: 'short', hour: '2-digit', minute: '2-digit' }) })
                : this.t('ticket.nextUpdate.by', { date: this.formatDate(nextUpdate, { weekday: 'short', hour: '2-digit', minute: '2-digit' }) })}
            </dd>
          </div>`
        : nothing}
    </dl>`;
  }

  private renderCommentBox(reply: boolean) {
    const count = this.draft.length;
    const describedBy = this.commentError ? 'comment-counter comment-error' : 'comment-counter';
    return html`<form class="comment-box" part="comment-box" novalidate @submit=${this.sendComment}>
      <label for="comment">${this.t(reply ? 'comment.replyLabel' : 'comment.label')}</label>
      <textarea
        id="comment"
        rows="3"
        maxlength=${this.maxLength}
        .value=${this.draft}
        aria-describedby=${describedBy}
        aria-invalid=${this.commentError ? 'true' : 'false'}
        @input=${(event: InputEvent) => {
          this.draft = (event.target as HTMLTextAreaElement).value;
          if (this.commentError && this.draft.trim()) this.commentError = undefined;
        }}
      ></textarea>
      ${this.commentError ? html`<p id="comment-error" class="field-error">${this.commentError}</p>` : nothing}
      <div class="comment-actions">
        <span id="comment-counter" class="counter ${count >= this.maxLength ? 'full' : ''}"
          >${this.t('comment.counter', { count: this.localize.number(count), max: this.localize.number(this.maxLength) })}</span
        >
        <button type="submit" class="primary">${this.t('comment.send')}</button>
      </div>
    </form>`;
  }

  private renderDecision(ticket: Ticket) {
    const decision = this.decision;
    if (decision?.status === 'done') {
      const satisfaction =
        decision.kind === 'confirm' && customElements.get('sx-satisfaction')
          ? html`<sx-satisfaction ticket-id=${ticket.id}></sx-satisfaction>`
          : nothing;
      return html`<section class="decision done" part="decision">
        <p id="decision-outcome" tabindex="-1">${this.t(decision.kind === 'confirm' ? 'decision.confirmed' : 'decision.reopened')}</p>
        ${satisfaction}
      </section>`;
    }
    if (ticket.state !== 'resolved') return nothing;
    const canConfirm = ticket.permissions.confirm && this.service.has('confirm');
    const canReopen = ticket.permissions.reopen && this.service.has('reopen');
    if (!canConfirm && !canReopen) return nothing;
    const sending = decision?.status === 'sending';
    return html`<section class="decision" part="decision" aria-labelledby="decision-title">
      <h3 id="decision-title">${this.t('decision.title')}</h3>
      <div class="decision-actions">
        ${canConfirm
          ? html`<button type="button" class="primary" ?disabled=${sending} @click=${() => this.decide('confirm')}>
              ${this.t('decision.confirm')}
            </button>`
          : nothing}
        ${canReopen
          ? html`<button
              type="button"
              aria-expanded=${this.reopenOpen ? 'true' : 'false'}
              aria-controls="reopen-form"
              ?disabled=${sending}
              @click=${() => {
                this.reopenOpen = !this.reopenOpen;
                if (this.reopenOpen) this.focusAfterRender = '#reason';
              }}
            >
              ${this.t('decision.reopen')}
            </button>`
          : nothing}
      </div>
      ${canReopen && this.reopenOpen
        ? html`<form
            id="reopen-form"
            class="reopen"
            novalidate
            @submit=${(event: SubmitEvent) => {
              event.preventDefault();
              void this.decide('reopen');
            }}
          >
            <label for="reason">${this.t('decision.reason')}</label>
            <textarea
              id="reason"
              rows="3"
              maxlength=${this.maxLength}
              .value=${this.reason}
              aria-describedby=${this.reasonError ? 'reason-error' : nothing}
              aria-invalid=${this.reasonError ? 'true' : 'false'}
              @input=${(event: InputEvent) => (this.reason = (event.target as HTMLTextAreaElement).value)}
            ></textarea>
            ${this.reasonError ? html`<p id="reason-error" class="field-error">${this.reasonError}</p>` : nothing}
            <button type="submit" ?disabled=${sending}>${this.t('decision.reopenSubmit')}</button>
          </form>`
        : nothing}
      ${sending ? html`<p class="decision-status">${this.t('decision.sending')}</p>` : nothing}
      ${decision?.status === 'failed' ? html`<p class="field-error">${this.t('decision.failed')}</p>` : nothing}
    </section>`;
  }

  private renderTimeline(ticket: Ticket) {
    const order = this.order;
    const ordered = orderEvents(ticket.events, order);
    const { shown, hidden } = newestWindow(ordered, order, this.eventLimit);
    const pending = this.pending.map((comment) => this.renderPending(comment));
    const earlier = hidden
      ? html`<button type="button" class="earlier" @click=${() => (this.eventLimit += EVENT_PAGE * 4)}>
          ${this.t('timeline.earlier', { count: hidden })}
        </button>`
      : nothing;
    const now = this.service.now();
    const events = shown.map((event) => this.renderEvent(event, now));
    return html`<section class="timeline" part="timeline" aria-labelledby="timeline-title">
      <div class="timeline-head">
        <h3 id="timeline-title">${this.t('timeline.title')}</h3>
        <button type="button" class="order" @click=${() => (this.order = order === 'newest' ? 'oldest' : 'newest')}>
          ${this.t(order === 'newest' ? 'timeline.showOldest' : 'timeline.showNewest')}
        </button>
      </div>
      ${order === 'oldest' ? earlier : nothing}
      ${ticket.events.length || this.pending.length
        ? html`<ol class="events">
            ${order === 'newest' ? [...pending].reverse() : nothing}${events}${order === 'oldest' ? pending : nothing}
          </ol>`
        : html`<p class="empty">${this.t('timeline.empty')}</p>`}
      ${order === 'newest' ? earlier : nothing}
    </section>`;
  }

  private eventTitle(event: TicketEvent): string {
    if (event.type === 'state-change') {
      return this.t('event.state-change', { stage: event.state ? this.t(`stage.${event.state}`) : '' });
    }
    return this.t(`event.${event.type}`);
  }

  private renderEvent(event: TicketEvent, now: Date): TemplateResult {
    const agent = event.author?.isAgent ?? !event.author;
    const showText = event.text && (event.type !== 'state-change' || event.text !== '');
    return html`<li class="event ${agent ? 'agent' : 'requester'} type-${event.type}" part="event">
      <div class="event-head">
        <span class="author">${event.author?.name ?? this.t('event.unknownAuthor')}</span>
        ${event.author?.isAgent ? html`<span class="badge">${this.t('timeline.agent')}</span>` : nothing}
        <time datetime=${event.at} title=${this.formatDate(event.at)}>${this.localize.relative(event.at, now)}</time>
        ${this.sentEventIds.has(event.id) ? html`<span class="sent">${this.t('comment.sent')}</span>` : nothing}
      </div>
      ${event.type === 'comment' ? nothing : html`<p class="event-title">${this.eventTitle(event)}</p>`}
      ${showText ? html`<p class="event-text">${event.text}</p>` : nothing}
    </li>`;
  }

  private renderPending(comment: PendingComment): TemplateResult {
    const label =
      comment.status === 'delivered'
        ? this.t('comment.sent')
        : comment.status === 'failed'
          ? this.t('comment.failed')
          : comment.retrying
            ? this.t('comment.queued')
            : this.t('comment.sending');
    return html`<li class="event requester pending status-${comment.status}" part="event" data-pending=${comment.status}>
      <div class="event-head">
        <span class="author">${this.t('comment.you')}</span>
        <span class="pending-status">${label}</span>
      </div>
      <p class="event-text">${comment.text}</p>
      ${comment.status === 'failed'
        ? html`<button type="button" @click=${() => this.retryComment(comment.key)}>${this.t('comment.retry')}</button>`
        : nothing}
    </li>`;
  }

  private renderList() {
    const tickets = this.tickets;
    const now = this.service.now();
    const shown = tickets?.slice(0, this.listLimit) ?? [];
    const more = (tickets?.length ?? 0) - shown.length;
    const filters: TicketFilter[] = ['open', 'resolved', 'all'];
    return html`<section class="list" part="list" aria-labelledby="list-title">
      <h2 id="list-title">${this.t('list.title')}</h2>
      <div class="toolbar">
        <fieldset class="filters">
          <legend>${this.t('list.filter')}</legend>
          ${filters.map(
            (filter) => html`<label class="filter">
              <input
                type="radio"
                name="filter"
                value=${filter}
                .checked=${this.filter === filter}
                @change=${() => (this.filter = filter)}
              />
              <span>${this.t(`list.filter.${filter}`)}</span>
            </label>`,
          )}
        </fieldset>
        <div class="search">
          <label for="search">${this.t('list.search')}</label>
          <input id="search" type="search" autocomplete="off" .value=${this.query} @input=${this.onSearchInput} />
        </div>
      </div>
      ${this.renderStale()}
      ${this.problem && !this.stale ? renderProblem(this.t, this.problem, () => this.refresh()) : nothing}
      ${!tickets && !this.problem ? this.renderListSkeleton() : nothing}
      ${tickets
        ? html`<p class="count" aria-hidden=${this.listLoading ? 'true' : 'false'}>
              ${tickets.length ? this.t('list.count', { count: this.lastListTotal || tickets.length }) : this.t('list.empty')}
            </p>
            <ul class="tickets" aria-busy=${this.listLoading ? 'true' : 'false'}>
              ${shown.map((ticket) => this.renderRow(ticket, now))}
            </ul>
            ${more > 0
              ? html`<button type="button" class="more" @click=${() => (this.listLimit += LIST_PAGE)}>
                  ${this.t('list.more', { count: Math.min(more, LIST_PAGE) })}
                </button>`
              : nothing}`
        : nothing}
    </section>`;
  }

  private renderRow(ticket: TicketSummary, now: Date) {
    return html`<li class="row" part="list-item">
      <button type="button" class="row-button" data-id=${ticket.id} @click=${() => this.select(ticket.id)}>
        <span class="row-number">${ticket.number}</span>
        <span class="row-title">${ticket.title}</span>
        <span class="row-state state-${ticket.state}">${this.t(`stage.${ticket.state}`)}</span>
        <span class="row-updated">${this.t('list.updated', { time: this.localize.relative(ticket.updatedAt, now) })}</span>
      </button>
    </li>`;
  }

  private renderListSkeleton() {
    return html`<div class="loading" aria-busy="true">
      <span class="visually-hidden">${this.t('common.loading')}</span>
      ${[0, 1, 2, 3, 4].map(() => html`<div class="skeleton row-line" aria-hidden="true"></div>`)}
    </div>`;
  }
}

