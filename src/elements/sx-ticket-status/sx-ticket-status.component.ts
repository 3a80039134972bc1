import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdapterError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { Ticket, TicketSummary } from '../../core/schemas.js';
import { Announcer } from '../shared/announcer.js';
import { toHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { renderNotConnected, renderProblem } from '../shared/problem.js';
import { SxElement } from '../shared/sx-element.js';
import type { Formatters } from './formatters.js';
import { LazyPart, partLoader } from '../shared/lazy-part.js';
import type { TicketFilter } from './list-view.js';
import type { TicketStatusMessages } from './messages/en.js';
import { renderFormPlaceholder, renderListPlaceholder, renderTicketSkeleton } from './skeletons.js';
import { messages } from './sx-ticket-status.messages.js';
import { styles } from './sx-ticket-status.styles.js';
import { TicketData } from './ticket-data.js';
import type { TicketWrites } from './ticket-writes.js';
import type { TimelineOrder } from './timeline.js';
import './sx-ticket-status.events.js';

export type { TicketFilter } from './list-view.js';

const EVENT_PAGE = 50;
const LIST_PAGE = 50;
const SEARCH_DELAY_MS = 250;
// The views load when first shown, once for every instance on the page.
const listPart = partLoader(() => import('./list-part.js'));
const detailPart = partLoader(() => import('./detail-part.js'));
const writesPart = partLoader(() => import('./writes-part.js'));

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

  /** The level of the list's and the ticket's title (default 2); its sections go one deeper. */
  @property({ attribute: 'heading-level', converter: (value) => toHeadingLevel(value, 2) }) override headingLevel: HeadingLevel = 2;

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
  @state() private query = '';
  @state() private listLimit = LIST_PAGE;
  @state() private eventLimit = EVENT_PAGE;

  private readonly announcer = new Announcer(this);
  // The first paint is the shell and a skeleton; each view loads when it is first shown.
  private readonly listPart = new LazyPart(this, listPart);
  private readonly detailPart = new LazyPart(this, detailPart);
  private readonly writesPart = new LazyPart(this, writesPart);
  private writes?: TicketWrites;
  private readonly data = new TicketData(this, {
    connection: () => this.service.connection,
    activeId: () => this.activeId,
    filter: () => this.filter,
    text: () => this.query.trim(),
    onTicketLoad: () => {
      this.eventLimit = EVENT_PAGE;
      this.writes?.reset();
    },
    onTicket: (next, previous) => this.onTicket(next, previous),
    onTicketShown: (connection, id) => void this.restoreWrites(connection, id),
    onList: (total) => this.announcer.announce(() => this.t('list.count', { count: total })),
    liveUpdates: () => this.detailPart.module?.LiveUpdates,
  });
  private searchTimer?: ReturnType<typeof setTimeout>;
  private focusAfterRender?: string;

  constructor() {
    super(messages);
  }

  /** Fetches the ticket or the list again now. */
  refresh(): void {
    this.data.reload();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  private get activeId(): string | undefined {
    return this.ticketId ?? this.selectedId;
  }

  private get t() {
    return this.localize.t.bind(this.localize);
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('filter') || changed.has('query')) this.listLimit = LIST_PAGE;
    // The views load beside the data, not after it.
    if (this.service.connection?.has('tickets')) {
      if (this.activeId) {
        void this.detailPart.load();
        void this.writesPart.load();
      } else void this.listPart.load();
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

  /** The forms' controller, made once their code has loaded. */
  private writesFor(part: NonNullable<typeof this.writesPart.module>): TicketWrites {
    return (this.writes ??= new part.TicketWrites(this, {
      connection: () => this.service.connection,
      ticket: () => this.ticket,
      activeId: () => this.activeId,
      t: (key, params) => this.t(key, params),
      now: () => this.service.now(),
      announce: (message) => this.announcer.announce(message),
      applyTicket: (ticket) => this.data.apply(ticket),
      commentDelivered: (event) => this.data.commentDelivered(event),
      focusAfterRender: (selector) => (this.focusAfterRender = selector),
      focus: (selector) => this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    }));
  }

  private async restoreWrites(connection: ServiceConnection, id: string) {
    const part = await this.writesPart.load();
    if (part && this.activeId === id) await this.writesFor(part).restore(connection, id);
  }

  /** A newer copy of the ticket is shown; a state change is announced and emitted. */
  private onTicket(next: Ticket, previous: Ticket | undefined) {
    this.writes?.dropDelivered(next);
    // Functions: the first ticket often arrives before the page's language has loaded.
    const stage = () => this.t(`stage.${next.state}`);
    if (!previous) {
      this.announcer.announce(() => this.t('ticket.loaded', { number: next.number, stage: stage() }));
    } else if (previous.state !== next.state) {
      this.announcer.announce(() => this.t('announce.state', { stage: stage() }));
      this.emit('sx-ticket-change', { ticketId: next.id, previousState: previous.state, state: next.state });
    } else {
      const before = new Set(previous.events.map((event) => event.id));
      if (next.events.some((event) => !before.has(event.id) && event.author?.isAgent)) this.announcer.announce(() => this.t('announce.update'));
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

  private formatters(): Formatters {
    const { localize, timeZone } = this;
    const now = this.service.now();
    return {
      t: this.t,
      date: (value, options = { dateStyle: 'medium', timeStyle: 'short' }) =>
        localize.date(value, timeZone ? { ...options, timeZone } : options),
      relative: (value) => localize.relative(value, now),
      number: (value, options) => localize.number(value, options),
      now,
      headingLevel: this.headingLevel,
    };
  }

  protected override render() {
    const connection = this.service.connection;
    const live = this.announcer.render();
    if (!connection) return html`${live}${renderNotConnected(this.t, this.headingLevel)}`;
    if (!connection.has('tickets')) {
      return html`${live}<div class="problem notice" part="error" role="note"><p>${this.t('config.unsupported')}</p></div>`;
    }
    const f = this.formatters();
    const id = this.activeId;
    return html`<div class="root" dir=${this.localize.dir}>${live}${id ? this.renderDetail(id, f) : this.renderList(f)}</div>`;
  }

  /** A view whose code did not arrive (offline, a broken deployment): said plainly, with a retry. */
  private renderPartProblem(part: LazyPart<never> | { load(): unknown }, depth = 0) {
    const problem = new AdapterError('network', 'A part of the widget could not be loaded.');
    return renderProblem(this.t, problem, () => void part.load(), this.headingLevel + depth);
  }

  private renderStale(f: Formatters, time?: string) {
    if (!this.data.stale) return nothing;
    return html`<div class="stale panel" role="note">
      <p>${f.t('common.staleData')} ${time ? f.t('ticket.stale.asOf', { time: f.relative(time) }) : nothing}</p>
      <button type="button" @click=${() => this.data.refreshNow()}>${f.t('common.retry')}</button>
    </div>`;
  }

  private renderDetail(id: string, f: Formatters) {
    const back =
      this.ticketId || !this.selectedId
        ? nothing
        : html`<button type="button" class="back" @click=${this.back}>${f.t('list.back')}</button>`;
    const ticket = this.ticket?.id === id ? this.ticket : undefined;
    const { problem } = this.data;
    if (!ticket && problem) return html`${back}${renderProblem(this.t, problem, () => this.refresh(), this.headingLevel)}`;
    if (this.detailPart.failed) return html`${back}${this.renderPartProblem(this.detailPart)}`;
    const view = this.detailPart.get();
    if (!ticket || !view) return html`${back}${renderTicketSkeleton(f)}`;
    const forms = this.writesPart.get();
    const writes = forms && this.writesFor(forms);
    const canComment = ticket.permissions.comment && this.service.has('comments');
    const resolved = ticket.state === 'resolved';
    const decision = {
      ticketId: ticket.id,
      canConfirm: resolved && ticket.permissions.confirm && this.service.has('confirm'),
      canReopen: resolved && ticket.permissions.reopen && this.service.has('reopen'),
      maxLength: this.maxLength,
      survey: customElements.get('sx-satisfaction') !== undefined,
    };
    const timeline = {
      ticket,
      order: this.order,
      eventLimit: this.eventLimit,
      pending: writes?.pending ?? [],
      sentEventIds: writes?.sentEventIds ?? new Set<string>(),
      livePaused: this.data.livePaused,
      onToggleOrder: () => (this.order = this.order === 'newest' ? 'oldest' : 'newest'),
      onToggleLive: () => this.data.setLivePaused(!this.data.livePaused),
      onShowEarlier: () => (this.eventLimit += EVENT_PAGE * 4),
      onRetry: (key: string) => writes?.retryComment(key),
    };
    const placeholder = this.writesPart.failed ? this.renderPartProblem(this.writesPart, 1) : renderFormPlaceholder();
    const formsShown = (shown: boolean, render: () => unknown) => (!shown ? nothing : forms ? render() : placeholder);
    return html`${back}${view.renderTicket(
      {
        ticket,
        showSla: this.service.has('sla'),
        stale: this.renderStale(f, ticket.updatedAt),
        decision: formsShown(decision.canConfirm || decision.canReopen || Boolean(writes?.decision), () =>
          forms!.renderDecision(writes!, decision, f),
        ),
        commentBox: formsShown(canComment, () => forms!.renderCommentBox(writes!, ticket.state === 'waiting-on-you', this.maxLength, f)),
        timeline: view.renderTimeline(timeline, f),
      },
      f,
    )}`;
  }

  private renderList(f: Formatters) {
    if (this.listPart.failed) return this.renderPartProblem(this.listPart);
    const view = this.listPart.get();
    if (!view) return renderListPlaceholder(f);
    const { problem, stale } = this.data;
    return view.renderList(
      {
        tickets: this.tickets,
        filter: this.filter,
        query: this.query,
        limit: this.listLimit,
        page: LIST_PAGE,
        total: this.data.listTotal,
        loading: this.data.listLoading,
        notice: html`${this.renderStale(f)}${problem && !stale ? renderProblem(this.t, problem, () => this.refresh(), this.headingLevel + 1) : nothing}`,
        failed: Boolean(problem),
        onFilter: (filter) => (this.filter = filter),
        onSearchInput: (event) => this.onSearchInput(event),
        onMore: () => (this.listLimit += LIST_PAGE),
        onOpen: (id) => this.select(id),
      },
      f,
    );
  }
}
