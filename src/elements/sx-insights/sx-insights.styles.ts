import { css } from 'lit';
import { base } from '../../styles/shared.styles.js';

// The filter bar loads with the dashboard: its slot keeps one row of controls (label, select) meanwhile.
export const insightsStyles = [
  base,
  css`
    :host {
      background: var(--_surface);
      color: var(--_text);
    }
    h2 {
      margin: 0 0 var(--_space);
      font-size: 1.25rem;
    }
    .filters-slot {
      min-block-size: calc(1lh + 0.25rem + 2.5rem);
      margin-block-end: calc(var(--_space) * 2);
    }
    .placeholder {
      min-block-size: 24rem;
    }
  `,
];
