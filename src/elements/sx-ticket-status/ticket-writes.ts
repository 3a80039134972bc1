/**
 * What the person writes on a ticket and how far it got: comments shown at once and marked by
 * their outbox status, "Is your problem solved?" answered by confirm or reopen, and, after a
 * reload, writes still in the outbox for this ticket shown as being sent again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { OutboxEntry, OutboxStatus } from '../../core/outbox.js';
import { randomId } from '../../core/random-id.js';
import type { Ticket, TicketEvent } from '../../core/schemas.js';
import type { Translate } from './formatters.js';

/** A comment of this person not yet seen in the ticket's history: shown at once, marked by its outbox status. */
export interface PendingComment {
  key: string;
  text: string;
  createdAt: string;
  status: OutboxStatus;
  retrying: boolean;
  /** The event the backend created, once delivered. */
  eventId?: string;
}

export type DecisionKind = 'confirm' | 'reopen';

export interface Decision {
  kind: DecisionKind;
  status: 'sending' | 'done' | 'failed';
}

export interface TicketWritesOptions {
  connection(): ServiceConnection | undefined;
  /** The ticket on screen. */
  ticket(): Ticket | undefined;
  /** The ticket the element is for (it may still be loading). */
  activeId(): string | undefined;
  t: Translate;
  now(): Date;
  announce(message: string): void;
  reportError(error: unknown, operation: string): void;
  /** Shows a newer copy of the ticket (the one a confirm or reopen returned). */
  applyTicket(ticket: Ticket): void;
  /** A comment was delivered: bring the history up to date. */
  commentDelivered(event: TicketEvent | undefined): void;
  /** Focuses this element in the shadow root once it has rendered. */
  focusAfterRender(selector: string): void;
  focus(selector: string): void;
}

const queued = (entry: OutboxEntry) => entry.status === 'pending' || entry.status === 'sending';
const retrying = (entry: OutboxEntry) => entry.status === 'pending' && entry.error !== undefined;

export class TicketWrites implements ReactiveController {
  pending: PendingComment[] = [];
  sentEventIds = new Set<string>();
  draft = '';
  commentError?: string;
  decision?: Decision;
  reopenOpen = false;
  reason = '';
  reasonError?: string;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TicketWritesOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.unbind();
  }

  bind(connection: ServiceConnection): void {
    this.unbind();
    this.unsubscribe = connection.outbox.subscribe((entry) => this.onOutbox(entry));
  }

  unbind(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Another ticket is loading: nothing of the last one's writes stays on screen. */
  reset(): void {
    this.pending = [];
    this.sentEventIds = new Set();
    this.decision = undefined;
    this.reopenOpen = false;
    this.host.requestUpdate();
  }

  /** Delivered comments leave the pending list once the ticket's history holds them. */
  dropDelivered(ticket: Ticket | undefined): void {
    const known = new Set(ticket?.events.map((event) => event.id));
    const inHistory = (comment: PendingComment) => comment.eventId !== undefined && known.has(comment.eventId);
    if (!this.pending.some(inHistory)) return;
    this.pending = this.pending.filter((comment) => !inHistory(comment));
    this.host.requestUpdate();
  }

  /** After a reload: comments, confirms and reopens still in the outbox for this ticket show as being sent again. */
  async restore(connection: ServiceConnection, id: string): Promise<void> {
    const [comments, confirms, reopens] = await Promise.all(
      (['comment', 'confirm', 'reopen'] as const).map((kind) => connection.outbox.entries({ kind })),
    );
    if (this.options.activeId() !== id) return;
    const restored: PendingComment[] = [];
    for (const entry of comments!) {
      if (entry.kind !== 'comment' || entry.payload.ticketId !== id || entry.status === 'delivered') continue;
      if (this.pending.some((comment) => comment.key === entry.key)) continue;
      const { key, createdAt, status } = entry;
      restored.push({ key, text: entry.payload.text, createdAt, status, retrying: retrying(entry) });
    }
    if (restored.length) {
      this.pending = [...this.pending, ...restored];
      this.host.requestUpdate();
    }
    const isDecision = (entry: OutboxEntry): entry is OutboxEntry<DecisionKind> => entry.kind === 'confirm' || entry.kind === 'reopen';
    const decision = [...confirms!, ...reopens!]
      .filter(isDecision)
      .filter((entry) => entry.payload.ticketId === id && queued(entry))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .at(-1);
    if (decision && !this.decision) {
      // Made on an earlier page: its outcome is shown without taking the person's focus.
      void this.awaitDecision(connection, decision.kind, decision.key, id, false);
    }
  }

  setDraft(value: string): void {
    this.draft = value;
    if (this.commentError && value.trim()) this.commentError = undefined;
    this.host.requestUpdate();
  }

  setReason(value: string): void {
    this.reason = value;
    this.host.requestUpdate();
  }

  toggleReopen(): void {
    this.reopenOpen = !this.reopenOpen;
    if (this.reopenOpen) this.options.focusAfterRender('#reason');
    this.host.requestUpdate();
  }

  async sendComment(): Promise<void> {
    const { t } = this.options;
    const connection = this.options.connection();
    const ticket = this.options.ticket();
    if (!connection || !ticket) return;
    const text = this.draft.trim();
    if (!text) {
      this.commentError = t('comment.empty');
      this.refuse('#comment');
      return;
    }
    this.commentError = undefined;
    const key = randomId();
    const createdAt = this.options.now().toISOString();
    this.pending = [...this.pending, { key, text, createdAt, status: 'sending', retrying: false }];
    this.draft = '';
    this.host.requestUpdate();
    this.options.announce(t('comment.announce.sending'));
    await connection.outbox.enqueue('comment', { ticketId: ticket.id, text }, key);
  }

  retryComment(key: string): void {
    void this.options.connection()?.outbox.retry(key);
  }

  async decide(kind: DecisionKind): Promise<void> {
    const { t } = this.options;
    const connection = this.options.connection();
    const ticket = this.options.ticket();
    if (!connection || !ticket) return;
    const reason = this.reason.trim();
    if (kind === 'reopen') {
      if (!reason) {
        this.reasonError = t('decision.reasonEmpty');
        this.refuse('#reason');
        return;
      }
      this.reasonError = undefined;
    }
    this.decision = { kind, status: 'sending' };
    this.host.requestUpdate();
    this.options.announce(t('decision.sending'));
    const entry =
      kind === 'reopen'
        ? await connection.outbox.enqueue('reopen', { ticketId: ticket.id, reason })
        : await connection.outbox.enqueue('confirm', { ticketId: ticket.id });
    await this.awaitDecision(connection, kind, entry.key, ticket.id, true);
  }

  /** An empty field was sent: its message shows and the person is taken back to it. */
  private refuse(field: string): void {
    this.host.requestUpdate();
    this.options.focus(field);
  }

  /** Shows the confirm or reopen as being sent until the outbox delivers it, then its outcome. */
  private async awaitDecision(connection: ServiceConnection, kind: DecisionKind, key: string, ticketId: string, focusOutcome: boolean) {
    const { t } = this.options;
    this.decision = { kind, status: 'sending' };
    this.host.requestUpdate();
    try {
      const entry = await connection.outbox.delivered(key);
      if (this.options.ticket()?.id !== ticketId) return;
      this.decision = { kind, status: 'done' };
      this.reopenOpen = false;
      this.reason = '';
      this.host.requestUpdate();
      this.options.announce(t(kind === 'confirm' ? 'decision.confirmed' : 'decision.reopened'));
      const updated = entry.result as Ticket | undefined;
      if (updated?.id === ticketId) this.options.applyTicket(updated);
      if (focusOutcome) this.options.focusAfterRender('#decision-outcome');
    } catch (error) {
      if (isAbortError(error)) return;
      this.decision = { kind, status: 'failed' };
      this.host.requestUpdate();
      this.options.announce(t('decision.failed'));
      this.options.reportError(error, kind);
    }
  }

  private onOutbox(entry: OutboxEntry): void {
    if (entry.kind !== 'comment' || entry.payload.ticketId !== this.options.activeId()) return;
    const index = this.pending.findIndex((comment) => comment.key === entry.key);
    if (index < 0) return;
    const current = this.pending[index]!;
    const delivered = entry.status === 'delivered' ? (entry.result as TicketEvent | undefined) : undefined;
    const next: PendingComment = {
      ...current,
      status: entry.status,
      retrying: retrying(entry),
      eventId: delivered?.id ?? current.eventId,
    };
    this.pending = this.pending.map((comment, position) => (position === index ? next : comment));
    this.host.requestUpdate();
    this.dropDelivered(this.options.ticket());
    const { t } = this.options;
    if (entry.status === 'delivered' && current.status !== 'delivered') {
      if (delivered?.id) this.sentEventIds = new Set([...this.sentEventIds, delivered.id]);
      this.options.announce(t('comment.announce.sent'));
      this.options.commentDelivered(delivered);
    } else if (entry.status === 'failed' && current.status !== 'failed') {
      this.options.announce(t('comment.announce.failed'));
      this.options.reportError(entry.error, 'comment');
    }
  }
}
