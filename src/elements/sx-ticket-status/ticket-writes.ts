/**
 * What the person writes on a ticket and how far it got: comments shown at once and marked by
 * their outbox state, "Is your problem solved?" answered by confirm or reopen, and, after a
 * reload, writes still in the outbox for this ticket shown as being sent again. The outbox is
 * followed by the shared WriteFollower; this file decides what each outcome means for the ticket.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AdapterError } from '../../core/adapter.js';
import type { ServiceConnection } from '../../core/connection.js';
import type { SxOperation } from '../../core/events.js';
import type { OutboxEntry } from '../../core/outbox.js';
import { randomId } from '../../core/random-id.js';
import type { Ticket, TicketEvent } from '../../core/schemas.js';
import { reasonOf } from '../shared/problem.js';
import { WriteFollower, type FollowedWrite, type WriteState } from '../shared/write-follower.js';
import type { Formatters } from './formatters.js';
import { decisionStatus, type DecisionStatus } from './write-status.js';

/** A comment of this person not yet seen in the ticket's history: shown at once, marked by its outbox state. */
export interface PendingComment {
  key: string;
  text: string;
  createdAt: string;
  state: WriteState;
  /** Why it waits or failed. */
  failure?: AdapterError;
}

export type DecisionKind = 'confirm' | 'reopen';

export interface Decision {
  kind: DecisionKind;
  status: DecisionStatus;
  failure?: AdapterError;
}

export interface TicketWritesHost extends ReactiveControllerHost {
  reportError(operation: SxOperation, error: unknown): AdapterError;
}

export interface TicketWritesOptions {
  connection(): ServiceConnection | undefined;
  /** The ticket on screen. */
  ticket(): Ticket | undefined;
  /** The ticket the element is for (it may still be loading). */
  activeId(): string | undefined;
  t: Formatters['t'];
  now(): Date;
  announce(message: string): void;
  /** Shows a newer copy of the ticket (the one a confirm or reopen returned). */
  applyTicket(ticket: Ticket): void;
  /** A comment was delivered: bring the history up to date. */
  commentDelivered(event: TicketEvent | undefined): void;
  /** Focuses this element in the shadow root once it has rendered. */
  focusAfterRender(selector: string): void;
  focus(selector: string): void;
}

/** What this page knows of a write beyond its outbox state. */
interface WriteRecord {
  kind: 'comment' | DecisionKind;
  ticketId: string;
  text: string;
  createdAt: string;
  /** The event the backend created for a delivered comment. */
  eventId?: string;
  /** Made on this page: its outcome takes the focus (one restored after a reload does not). */
  focusOutcome: boolean;
}

const queued = (entry: OutboxEntry) => entry.status === 'pending' || entry.status === 'sending';

export class TicketWrites {
  sentEventIds = new Set<string>();
  draft = '';
  commentError?: string;
  reopenOpen = false;
  reason = '';
  reasonError?: string;
  private readonly follower: WriteFollower;
  private readonly records = new Map<string, WriteRecord>();
  private decisionKey?: string;

  constructor(
    private readonly host: TicketWritesHost,
    private readonly options: TicketWritesOptions,
  ) {
    this.follower = new WriteFollower(host, { onChange: (write) => this.onChange(write) });
  }

  /** This person's comments on the shown ticket that its history does not hold yet, oldest first. */
  get pending(): PendingComment[] {
    const id = this.options.activeId();
    const comments: PendingComment[] = [];
    for (const [key, record] of this.records) {
      if (record.kind !== 'comment' || record.ticketId !== id) continue;
      const write = this.follower.get(key);
      comments.push({ key, text: record.text, createdAt: record.createdAt, state: write?.state ?? 'sending', failure: write?.failure });
    }
    return comments;
  }

  /** The confirm or reopen made last on the shown ticket, and how far it got. */
  get decision(): Decision | undefined {
    const record = this.decisionKey ? this.records.get(this.decisionKey) : undefined;
    const write = this.follower.get(this.decisionKey);
    if (!record || record.kind === 'comment' || !write || record.ticketId !== this.options.activeId()) return undefined;
    return { kind: record.kind, status: decisionStatus(write.state), failure: write.failure };
  }

  /** Another ticket (or backend): nothing of the last one's writes stays on screen; the outbox still delivers them. */
  reset(): void {
    this.follower.forget();
    this.records.clear();
    this.decisionKey = undefined;
    this.sentEventIds = new Set();
    this.reopenOpen = false;
    this.host.requestUpdate();
  }

  /** Delivered comments leave the pending list once the ticket's history holds them. */
  dropDelivered(ticket: Ticket | undefined): void {
    const known = new Set(ticket?.events.map((event) => event.id));
    for (const [key, record] of this.records) {
      if (record.eventId === undefined || !known.has(record.eventId)) continue;
      this.records.delete(key);
      this.follower.forget(key);
    }
  }

  /** After a reload: comments, confirms and reopens still in the outbox for this ticket show as being sent again. */
  async restore(connection: ServiceConnection, id: string): Promise<void> {
    // Each write is recorded as it is claimed, before the follower reports on it.
    const claim = (kind: WriteRecord['kind'], text: (entry: OutboxEntry) => string) => (entry: OutboxEntry) => {
      if ((entry.payload as { ticketId: string }).ticketId !== id || this.records.has(entry.key)) return false;
      if (kind !== 'comment' && !queued(entry)) return false;
      this.records.set(entry.key, { kind, ticketId: id, text: text(entry), createdAt: entry.createdAt, focusOutcome: false });
      return true;
    };
    const commentText = (entry: OutboxEntry) => (entry as OutboxEntry<'comment'>).payload.text;
    const [, confirms, reopens] = await Promise.all([
      this.follower.restore(connection, 'comment', claim('comment', commentText)),
      this.follower.restore(connection, 'confirm', claim('confirm', () => '')),
      this.follower.restore(connection, 'reopen', claim('reopen', () => '')),
    ]);
    // A decision made on an earlier page: the latest one shows, without taking the person's focus.
    const decisions = [...confirms, ...reopens].sort((a, b) => (a.entry?.createdAt ?? '').localeCompare(b.entry?.createdAt ?? ''));
    const latest = decisions.at(-1);
    for (const write of decisions) {
      if (write !== latest || this.decisionKey || this.options.activeId() !== id) {
        this.records.delete(write.key);
        this.follower.forget(write.key);
      }
    }
    if (latest && this.records.has(latest.key)) this.decisionKey = latest.key;
    this.host.requestUpdate();
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
    this.records.set(key, { kind: 'comment', ticketId: ticket.id, text, createdAt: this.options.now().toISOString(), focusOutcome: false });
    this.draft = '';
    this.options.announce(t('comment.announce.sending'));
    await this.follower.send(connection, 'comment', { ticketId: ticket.id, text }, key);
  }

  retryComment(key: string): void {
    const connection = this.options.connection();
    if (connection) void this.follower.retry(connection, key);
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
    const key = randomId();
    this.records.set(key, { kind, ticketId: ticket.id, text: reason, createdAt: this.options.now().toISOString(), focusOutcome: true });
    this.decisionKey = key;
    this.options.announce(t('decision.sending'));
    if (kind === 'reopen') await this.follower.send(connection, 'reopen', { ticketId: ticket.id, reason }, key);
    else await this.follower.send(connection, 'confirm', { ticketId: ticket.id }, key);
  }

  /** An empty field was sent: its message shows and the person is taken back to it. */
  private refuse(field: string): void {
    this.host.requestUpdate();
    this.options.focus(field);
  }

  /** Only the end of a write changes the ticket or is announced; "sending" was said when it was sent. */
  private onChange(write: FollowedWrite): void {
    const record = this.records.get(write.key);
    if (!record) return;
    if (write.state === 'sent') {
      if (record.kind === 'comment') this.commentSent(record, write.entry?.result as TicketEvent | undefined);
      else this.decisionSent(record, write.key, write.entry?.result as Ticket | undefined);
    } else if (write.state === 'failed') {
      const { t } = this.options;
      this.options.announce(`${reasonOf(t, write.failure)}. ${t(record.kind === 'comment' ? 'comment.announce.failed' : 'decision.failed')}`);
      this.host.reportError(record.kind, write.failure);
    }
  }

  private commentSent(record: WriteRecord, event: TicketEvent | undefined): void {
    if (event?.id) {
      record.eventId = event.id;
      this.sentEventIds = new Set([...this.sentEventIds, event.id]);
    }
    this.options.announce(this.options.t('comment.announce.sent'));
    this.options.commentDelivered(event);
    this.dropDelivered(this.options.ticket());
  }

  private decisionSent(record: WriteRecord, key: string, updated: Ticket | undefined): void {
    if (key !== this.decisionKey || this.options.ticket()?.id !== record.ticketId) return;
    this.reopenOpen = false;
    this.reason = '';
    this.options.announce(this.options.t(record.kind === 'confirm' ? 'decision.confirmed' : 'decision.reopened'));
    if (updated?.id === record.ticketId) this.options.applyTicket(updated);
    if (record.focusOutcome) this.options.focusAfterRender('#decision-outcome');
    this.host.requestUpdate();
  }
}
