/**
 * What the first paint needs: layout, headings, panels, the stale note, fields and the skeletons.
 * The list, the detail and the forms bring their own styles when they load (list.styles.ts,
 * detail.styles.ts, writes.styles.ts).
 */
import { css } from 'lit';
import { base } from '../../styles/shared.styles.js';

export const styles = [
  base,
  css`
    .root {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .list {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      container: list / inline-size;
    }
    /* Sized by role, not by tag: the page may set any heading-level. */
    :is(h1, h2, h3, h4, h5, h6) {
      margin: 0;
      line-height: 1.25;
      font-size: 1rem;
    }
    #list-title,
    #ticket-title {
      font-size: 1.25rem;
    }
    #list-title:focus,
    #ticket-title:focus {
      outline: none;
    }
    #list-title:focus-visible,
    #ticket-title:focus-visible {
      outline: 2px solid var(--_focus);
    }
    p {
      margin: 0;
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
    .stale {
      border-inline-start-color: var(--_warning);
      background: var(--_surface-raised);
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
    /* A ticket's places (the skeleton's only: the loaded ticket has its own .timeline-head): number and title, the stages, the facts, the comment box, the timeline's head and events. */
    .loading > .head-lines {
      block-size: calc(1.3125rem + 1.5625rem);
      inline-size: min(28rem, 90%);
    }
    .loading > .stages-bar {
      block-size: 1.3125rem;
    }
    .loading > .block {
      block-size: 10.25rem;
    }
    .loading > .form-line {
      block-size: 10.125rem;
    }
    .loading > .timeline-head {
      block-size: 2.5rem;
      inline-size: 12rem;
    }
    .loading > .event-line {
      block-size: 4.5rem;
    }
    /* The list's places, as tall as what replaces them (list.styles.ts): the count, rows, the toolbar. */
    .list-loading {
      display: grid;
      gap: calc(var(--_space) * 1.5);
    }
    .count-line {
      block-size: 0.875rem;
      margin-block: 0.21875rem;
      inline-size: 8rem;
    }
    .row-lines {
      display: grid;
      gap: calc(var(--_space) * 0.5);
    }
    /* Border, padding, the title's line and the "updated" line. */
    .row-line {
      block-size: calc(2px + var(--_space) * 2 + 1.5rem + 1.21875rem);
    }
    /* Filters and search side by side: the search's label, gap and box. */
    .toolbar-line {
      block-size: calc(1.5rem + var(--_space) * 0.5 + 2px + var(--_space) * 1.5 + 1.5rem);
    }
    /* Narrow: rows stack number, a title of two lines, state and "updated"; the search wraps below the filters. */
    @container list (max-width: 30rem) {
      .row-line {
        block-size: calc(2px + var(--_space) * 2 + 1.3125rem + 3rem + 1.34375rem + 1.21875rem);
      }
    }
    @container list (max-width: 36.2rem) {
      .toolbar-line {
        block-size: calc(2.5rem + var(--_space) * 2 + 1.5rem + var(--_space) * 0.5 + 2px + var(--_space) * 1.5 + 1.5rem);
      }
    }
    .form-line {
      block-size: 9rem;
    }

    @media (forced-colors: active) {
      .panel {
        border-color: CanvasText;
      }
    }
  `,
];
