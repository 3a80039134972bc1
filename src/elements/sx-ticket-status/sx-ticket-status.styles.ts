import { css } from 'lit';
import { base } from '../../styles/shared.styles.js';
import { listStyles } from './list.styles.js';

export const styles = [
  base,
  listStyles,
  css`
    .root {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    h2,
    h3 {
      margin: 0;
      line-height: 1.25;
    }
    h2 {
      font-size: 1.25rem;
    }
    h3 {
      font-size: 1rem;
    }
    h2:focus {
      outline: none;
    }
    h2:focus-visible {
      outline: 2px solid var(--_focus);
    }
    p {
      margin: 0;
    }
    .ticket {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .number,
    .row-number {
      color: var(--_text-muted);
      font-variant-numeric: tabular-nums;
      font-size: 0.875rem;
    }
    .back {
      justify-self: start;
      border-color: transparent;
      background: transparent;
      color: var(--_accent);
      padding-inline: 0;
    }
    .back::before {
      content: '←' / '';
      display: inline-block;
      margin-inline-end: 0.375rem;
    }
    .root[dir='rtl'] .back::before {
      transform: scaleX(-1);
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

    /* Waiting on you, the decision and the stale note: boxes marked by their start edge. */
    .panel {
      display: grid;
      gap: var(--_space);
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_border-subtle);
      border-inline-start: 4px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .waiting,
    .stale {
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

    label {
      font-weight: 500;
    }
    textarea,
    input[type='search'] {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 0.75);
      inline-size: 100%;
    }
    textarea {
      resize: vertical;
      min-block-size: 5rem;
    }
    textarea[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .comment-box,
    .reopen {
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    .comment-actions {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
    }
    .counter {
      color: var(--_text-muted);
      font-size: 0.8125rem;
      font-variant-numeric: tabular-nums;
    }
    .counter.full,
    .field-error {
      color: var(--_danger);
    }

    .decision.done {
      border-inline-start-color: var(--_success);
    }
    .decision-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
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

    .stale {
      display: flex;
      align-items: center;
      justify-content: space-between;
      flex-wrap: wrap;
      padding: var(--_space) calc(var(--_space) * 1.5);
    }

    /* The skeleton reserves the height of a typical ticket so nothing jumps when it arrives. */
    .loading {
      display: grid;
      gap: calc(var(--_space) * 2);
      min-block-size: 26rem;
      align-content: start;
    }
    .line {
      block-size: 1rem;
      inline-size: 8rem;
    }
    .line.title {
      block-size: 1.6rem;
      inline-size: min(28rem, 90%);
    }
    .stages-bar {
      block-size: 1.5rem;
    }
    .block {
      block-size: 4rem;
    }
    .event-line {
      block-size: 4.5rem;
    }
    .row-line {
      block-size: 3.5rem;
    }

    @media (forced-colors: active) {
      .marker {
        border-color: CanvasText;
      }
      .step.completed .marker,
      .step.current .marker {
        background: Highlight;
        border-color: Highlight;
      }
      .event,
      .panel {
        border-color: CanvasText;
      }
    }
  `,
];
