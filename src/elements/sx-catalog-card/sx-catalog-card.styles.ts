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
    .details {
      padding-inline-start: calc(var(--_space) * 1.5);
      border-inline-start: 3px solid var(--_border-subtle);
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
    .form {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 2);
      margin-block-start: var(--_space);
      padding-block-start: calc(var(--_space) * 2);
      border-block-start: 1px solid var(--_border-subtle);
    }
    .hint,
    .note {
      margin: 0;
      font-size: 0.875rem;
      color: var(--_text-muted);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .field > label,
    legend {
      font-weight: 600;
      padding: 0;
    }
    .group {
      gap: calc(var(--_space) / 2);
    }
    .choice {
      display: flex;
      align-items: center;
      gap: var(--_space);
      min-block-size: 2rem;
      font-weight: normal;
    }
    .check .choice {
      font-weight: 600;
    }
    input[type='checkbox'] {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    input:not([type='checkbox']),
    select,
    textarea {
      inline-size: 100%;
      max-inline-size: 32rem;
    }
    textarea {
      resize: vertical;
    }
    [aria-invalid='true']:not([type='checkbox']) {
      border-color: var(--_danger);
      border-width: 2px;
    }
    .required {
      color: var(--_danger);
      margin-inline-start: 0.125rem;
    }
    .help {
      margin: 0;
      font-size: 0.875rem;
      color: var(--_text-muted);
    }
    .error {
      margin: 0;
      font-size: 0.875rem;
      font-weight: 600;
      color: var(--_danger);
    }
    .error::before {
      content: '! ';
    }
    .combo {
      position: relative;
      max-inline-size: 32rem;
    }
    .options {
      position: absolute;
      z-index: 2;
      inset-inline: 0;
      inset-block-start: calc(100% + 2px);
      max-block-size: 15rem;
      overflow-y: auto;
      margin: 0;
      padding: 0.25rem 0;
      list-style: none;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: var(--_shadow);
    }
    .options[hidden] {
      display: none;
    }
    .option {
      padding: 0.375rem 0.75rem;
      cursor: pointer;
    }
    .option[aria-selected='true'] {
      background: var(--_accent);
      color: var(--_on-accent);
      outline: 2px solid var(--_focus);
      outline-offset: -2px;
    }
    .option[aria-selected='true'] .muted {
      color: inherit;
    }
    .muted {
      color: var(--_text-muted);
      font-size: 0.875rem;
    }
    .notice {
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-inline-start: 4px solid var(--_warning);
      background: var(--_surface-raised);
      border-radius: var(--_radius);
    }
    .notice p,
    .submit-problem > p {
      margin: 0 0 var(--_space);
    }
    .confirmation {
      padding: calc(var(--_space) * 1.5);
      border-inline-start: 4px solid var(--_success);
      background: var(--_surface-raised);
      border-radius: var(--_radius);
    }
    .confirmation h4 {
      margin: 0 0 0.25rem;
      font-size: 1rem;
    }
    .confirmation p {
      margin: 0 0 var(--_space);
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
    @media (forced-colors: active) {
      .option[aria-selected='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      [aria-invalid='true']:not([type='checkbox']) {
        border-style: double;
        border-width: 3px;
      }
      .required,
      .error {
        color: CanvasText;
      }
    }
  `,
];
