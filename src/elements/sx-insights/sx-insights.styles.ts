import { css } from 'lit';
import { base } from '../../styles/shared.styles.js';

export const insightsStyles = [
  base,
  css`
    :host {
      background: var(--_surface);
      color: var(--_text);
    }
    .bar-row {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_space) calc(var(--_space) * 2);
      margin-block-end: calc(var(--_space) * 2);
    }
    h2 {
      margin: 0 0 var(--_space);
      font-size: 1.25rem;
    }
    .control {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    label {
      font-weight: 600;
    }
    select {
      font: inherit;
      min-block-size: 2.5rem;
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .export {
      margin-inline-start: auto;
    }
    .placeholder {
      min-block-size: 24rem;
    }
    [aria-busy='true'] .figures {
      opacity: 0.6;
    }
  `,
];
