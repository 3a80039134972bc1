/** The detail view: stage indicator, what the desk needs, the facts and the timeline. */
import { css } from 'lit';

export const styles = css`
  .ticket {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  /* Stage indicator: a row of steps that wraps on narrow screens. */
  .stages {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .step {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .marker {
    inline-size: 0.875rem;
    block-size: 0.875rem;
    border-radius: 50%;
    border: 2px solid var(--_border);
    flex: none;
  }
  .step.completed .marker {
    background: var(--_success);
    border-color: var(--_success);
  }
  .step.current {
    color: var(--_text);
    font-weight: 600;
  }
  .step.current .marker {
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px var(--_accent-subtle);
    background: var(--_accent);
  }
  .step.skipped .step-name {
    text-decoration: line-through;
  }
  .is-waiting .step.current .marker {
    background: var(--_warning);
    border-color: var(--_warning);
  }

  .waiting {
    border-inline-start-color: var(--_warning);
    background: var(--_surface-raised);
  }
  .waiting-for {
    font-weight: 500;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }
  .fact dt {
    color: var(--_text-muted);
    font-size: 0.8125rem;
  }
  .fact dd {
    margin: 0;
  }
  .sla dd {
    display: grid;
  }
  .sla-detail {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .sla.due-soon .sla-detail {
    color: var(--_warning);
    font-weight: 600;
  }
  .sla.overdue .sla-headline {
    color: var(--_danger);
    font-weight: 600;
  }

  .timeline {
    display: grid;
    gap: var(--_space);
  }
  .timeline-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    flex-wrap: wrap;
  }
  .timeline-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  /* A pressed toggle says so by shape and weight, not by colour alone. */
  .live[aria-pressed='true'] {
    font-weight: 600;
    border-width: 2px;
    border-style: solid;
    background: var(--_accent-subtle);
  }
  .live[aria-pressed='true']::before {
    /* Decorative: the alternative text after the slash keeps it out of the button's name. */
    content: '❚❚ ' / '';
    font-size: 0.75em;
  }
  .events {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_border-subtle);
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5rem;
  }
  .event.agent {
    border-inline-start-color: var(--_accent);
  }
  .event.pending {
    border-inline-start-style: dashed;
  }
  .event-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 0.75);
    font-size: 0.875rem;
  }
  .author {
    font-weight: 600;
  }
  .badge {
    padding: 0 calc(var(--_space) * 0.75);
    border-radius: 999px;
    background: var(--_accent-subtle);
    color: var(--_text);
    font-size: 0.75rem;
  }
  time,
  .event-title {
    color: var(--_text-muted);
  }
  .event-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .pending-status {
    color: var(--_text-muted);
    font-style: italic;
  }
  .status-failed .pending-status {
    color: var(--_danger);
    font-style: normal;
  }
  .sent,
  .status-delivered .pending-status {
    color: var(--_success);
    font-style: normal;
  }

  @media (forced-colors: active) {
    .marker {
      border-color: CanvasText;
    }
    /* The current step's ring is a box shadow, which forced colours drop. */
    .step.current .marker {
      outline: 2px solid CanvasText;
      outline-offset: 1px;
    }
    .step.completed .marker,
    .step.current .marker {
      background: Highlight;
      border-color: Highlight;
    }
    .event {
      border-color: CanvasText;
    }
  }
`;
