/** The request form's styles, loaded with the form (request-panel.ts). */
import { css } from 'lit';

export const requestFormStyles = css`
  .form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border-subtle);
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
  /* Tab also stops on the date's calendar button, inside the input, where :focus-visible does not match the input. */
  input[type='date']:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
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
  #done-title {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .confirmation p {
    margin: 0 0 var(--_space);
  }
  .answers {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 var(--_space);
  }
  /* The question above the answer: no colon to clash with a label that ends in "?". */
  .answers dt {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .answers dd {
    margin: 0;
    overflow-wrap: anywhere;
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
`;
