/**
 * The history of public updates, newest or oldest first, windowed for long histories, with this
 * person's comments that the outbox has not delivered yet shown at the newest end.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Ticket, TicketEvent } from '../../core/schemas.js';
import { headingTag } from '../shared/heading.js';
import type { Formatters } from './formatters.js';
import { newestWindow, orderEvents, type TimelineOrder } from './timeline.js';
import type { PendingComment } from './ticket-writes.js';
import { reasonOf } from '../shared/problem.js';
import { commentLabel, outboxStatusOf } from './write-status.js';

export interface TimelineView {
  ticket: Ticket;
  order: TimelineOrder;
  /** How many of the newest events are rendered. */
  eventLimit: number;
  pending: readonly PendingComment[];
  /** Events this page sent, marked "Sent". */
  sentEventIds: ReadonlySet<string>;
  /** The person paused live updates (WCAG 2.2.2): the ticket stays as shown until they resume. */
  livePaused: boolean;
  onToggleOrder(): void;
  onToggleLive(): void;
  onShowEarlier(): void;
  onRetry(key: string): void;
}

export function renderTimeline(view: TimelineView, f: Formatters) {
  const { ticket, order } = view;
  const { shown, hidden } = newestWindow(orderEvents(ticket.events, order), order, view.eventLimit);
  const pending = view.pending.map((comment) => renderPending(comment, view.onRetry, f));
  const earlier = hidden
    ? html`<button type="button" class="earlier" @click=${view.onShowEarlier}>${f.t('timeline.earlier', { count: hidden })}</button>`
    : nothing;
  const events = shown.map((event) => renderEvent(event, view.sentEventIds.has(event.id), f));
  return staticHtml`<section class="timeline" part="timeline" aria-labelledby="timeline-title">
    <div class="timeline-head">
      <${headingTag(f.headingLevel, 1)} id="timeline-title">${f.t('timeline.title')}</${headingTag(f.headingLevel, 1)}>
      <div class="timeline-actions">
        <button type="button" class="live" aria-pressed=${view.livePaused ? 'true' : 'false'} @click=${view.onToggleLive}>
          ${f.t('timeline.pauseLive')}
        </button>
        <button type="button" class="order" @click=${view.onToggleOrder}>
          ${f.t(order === 'newest' ? 'timeline.showOldest' : 'timeline.showNewest')}
        </button>
      </div>
    </div>
    ${order === 'oldest' ? earlier : nothing}
    ${ticket.events.length || view.pending.length
      ? html`<ol class="events">
          ${order === 'newest' ? [...pending].reverse() : nothing}${events}${order === 'oldest' ? pending : nothing}
        </ol>`
      : html`<p class="empty">${f.t('timeline.empty')}</p>`}
    ${order === 'newest' ? earlier : nothing}
  </section>`;
}

function eventTitle(event: TicketEvent, f: Formatters): string {
  if (event.type === 'state-change') {
    return f.t('event.state-change', { stage: event.state ? f.t(`stage.${event.state}`) : '' });
  }
  return f.t(`event.${event.type}`);
}

function renderEvent(event: TicketEvent, sent: boolean, f: Formatters): TemplateResult {
  const agent = event.author?.isAgent ?? !event.author;
  const showText = event.text && (event.type !== 'state-change' || event.text !== '');
  return html`<li class="event ${agent ? 'agent' : 'requester'} type-${event.type}" part="event">
    <div class="event-head">
      <span class="author">${event.author?.name ?? f.t('event.unknownAuthor')}</span>
      ${event.author?.isAgent ? html`<span class="badge">${f.t('timeline.agent')}</span>` : nothing}
      <time datetime=${event.at} title=${f.date(event.at)}>${f.relative(event.at)}</time>
      ${sent ? html`<span class="sent">${f.t('comment.sent')}</span>` : nothing}
    </div>
    ${event.type === 'comment' ? nothing : html`<p class="event-title">${eventTitle(event, f)}</p>`}
    ${showText ? html`<p class="event-text">${event.text}</p>` : nothing}
  </li>`;
}

function renderPending(comment: PendingComment, onRetry: (key: string) => void, f: Formatters): TemplateResult {
  const status = outboxStatusOf(comment.state);
  return html`<li class="event requester pending status-${status}" part="event" data-pending=${status}>
    <div class="event-head">
      <span class="author">${f.t('comment.you')}</span>
      <span class="pending-status">${f.t(commentLabel(comment.state))}</span>
    </div>
    ${comment.failure && comment.state !== 'sending' && comment.state !== 'offline'
      ? html`<p class="pending-reason">${reasonOf(f.t, comment.failure)}</p>`
      : nothing}
    <p class="event-text">${comment.text}</p>
    ${comment.state === 'failed'
      ? html`<button type="button" @click=${() => onRetry(comment.key)}>${f.t('comment.retry')}</button>`
      : nothing}
  </li>`;
}
