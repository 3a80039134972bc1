import { css } from 'lit';
import { base } from '../../styles/shared.styles.js';
import { cardPieces, textControls } from './card-pieces.styles.js';

export const catalogCardStyles = [
  base,
  cardPieces,
  textControls,
  css`
    :host {
      display: block;
    }
    :host([variant='compact']) .summary {
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .card[aria-busy='true'] {
      cursor: progress;
    }
    button.link {
      align-self: flex-start;
      min-height: 2.5rem;
      padding-inline: 0;
      border: none;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
    }
    /* Backend HTML paints only inside its box (fixed or absolute content included); wide tables scroll. */
    .details {
      padding-inline-start: calc(var(--_space) * 1.5);
      border-inline-start: 3px solid var(--_border-subtle);
      contain: paint;
      overflow-x: auto;
    }
    .details[hidden] {
      display: none;
    }
    .details :first-child {
      margin-block-start: 0;
    }
    .details :last-child {
      margin-block-end: 0;
    }
    a {
      color: var(--_accent);
    }
    .hint,
    .note {
      margin: 0;
      font-size: 0.875rem;
      color: var(--_text-muted);
    }
    .form-skeleton .line {
      display: block;
      block-size: 1em;
      margin-block: 0.25em;
    }
    .form-skeleton .field-line {
      display: block;
      block-size: 2.5rem;
      max-inline-size: 32rem;
      margin-block-end: calc(var(--_space) * 2);
    }
  `,
];
