/**
 * The detail view of one ticket: where it is (stages), what the desk needs, the facts (status,
 * priority, who has it, the target in plain words, the next update). Pieces
 * owned by other files (decision, comment box, timeline) come in already rendered.
 */
import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Ticket } from '../../core/schemas.js';
import { isClosedState } from '../../core/ticket-states.js';
import { headingTag } from '../shared/heading.js';
import type { Formatters } from './formatters.js';
import { describeSla, slaSentence, type SlaStatus } from './sla-text.js';
import { stepsFor } from './stages.js';

export interface TicketView {
  ticket: Ticket;
  /** The backend lets the requester see its SLA. */
  showSla: boolean;
  stale: unknown;
  decision: unknown;
  /** The comment box: inside the "waiting on you" panel when the desk waits, else after the decision. */
  commentBox: unknown;
  timeline: unknown;
}

export function renderTicket(view: TicketView, f: Formatters) {
  const { ticket } = view;
  const waiting = ticket.state === 'waiting-on-you';
  return staticHtml`<article class="ticket ${waiting ? 'is-waiting' : ''}" part="ticket" aria-labelledby="ticket-title">
    ${view.stale}
    <header class="head">
      <p class="number">${ticket.number}</p>
      <${headingTag(f.headingLevel)} id="ticket-title" tabindex="-1">${ticket.title}</${headingTag(f.headingLevel)}>
    </header>
    ${renderStages(ticket, f)}
    ${waiting
      ? staticHtml`<section class="waiting panel" part="waiting" aria-labelledby="waiting-title">
          <${headingTag(f.headingLevel, 1)} id="waiting-title">${f.t('waiting.title')}</${headingTag(f.headingLevel, 1)}>
          <p class="waiting-for">${ticket.waitingFor ?? f.t('waiting.generic')}</p>
          ${view.commentBox}
        </section>`
      : nothing}
    ${renderFacts(ticket, view.showSla, f)} ${view.decision} ${waiting ? nothing : view.commentBox} ${view.timeline}
  </article>`;
}

function renderStages(ticket: Ticket, f: Formatters) {
  return html`<ol class="stages" part="stage" aria-label=${f.t('stages.label')}>
    ${stepsFor(ticket.state, ticket.events).map(
      (step) => html`<li class="step ${step.status}" aria-current=${step.status === 'current' ? 'step' : nothing}>
        <span class="marker" aria-hidden="true"></span>
        <span class="step-name">${f.t(`stage.${step.state}`)}</span><span class="visually-hidden"
          >, ${f.t(`step.${step.status}`)}</span
        >
      </li>`,
    )}
  </ol>`;
}

function fact(term: string, detail: unknown, slaStatus?: SlaStatus) {
  return html`<div class=${slaStatus ? `fact sla ${slaStatus}` : 'fact'} part=${slaStatus ? 'sla' : nothing}>
    <dt>${term}</dt>
    <dd>${detail}</dd>
  </div>`;
}

function renderFacts(ticket: Ticket, showSla: boolean, f: Formatters) {
  const { now, t } = f;
  const sla = showSla ? describeSla(ticket.sla, ticket.state, now) : undefined;
  const sentence = sla ? slaSentence(sla, now, { t, date: f.date, number: f.number }) : undefined;
  const assignee = ticket.assignee;
  const handler =
    assignee?.name && assignee.group
      ? t('ticket.assignee.both', { name: assignee.name, group: assignee.group })
      : (assignee?.name ?? assignee?.group ?? t('ticket.assignee.none'));
  // Resolved, closed or cancelled: no further update is promised.
  const nextUpdate = isClosedState(ticket.state) ? undefined : ticket.nextUpdateBy;
  return html`<dl class="facts">
    ${fact(t('ticket.status'), html`<span class="state-label state-${ticket.state}">${ticket.stateLabel}</span>`)}
    ${ticket.priority ? fact(t('ticket.priority'), ticket.priority.label) : nothing}
    ${fact(t('ticket.assignee'), handler)}
    ${sla && sentence
      ? fact(
          t('ticket.target'),
          html`<span class="sla-headline">${sentence.headline}</span>
            ${sentence.detail ? html`<span class="sla-detail">${sentence.detail}</span>` : nothing}`,
          sla.status,
        )
      : nothing}
    ${nextUpdate
      ? fact(
          t('ticket.nextUpdate'),
          t(Date.parse(nextUpdate) < now.getTime() ? 'ticket.nextUpdate.late' : 'ticket.nextUpdate.by', {
            date: f.date(nextUpdate, { weekday: 'short', hour: '2-digit', minute: '2-digit' }),
          }),
        )
      : nothing}
  </dl>`;
}
