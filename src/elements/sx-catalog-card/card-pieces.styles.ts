import { css } from 'lit';

/** Card pieces <sx-catalog> reuses for its lightweight cards, so both look the same. */
export const cardPieces = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .head {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 1.5);
  }
  .icon-tile {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: var(--sx-catalog-card-icon-size, 2.5rem);
    block-size: var(--sx-catalog-card-icon-size, 2.5rem);
    border-radius: var(--_radius);
    background: var(--_accent-subtle);
    color: var(--_accent);
  }
  .icon {
    inline-size: 24px;
    block-size: 24px;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    min-inline-size: 0;
  }
  .name {
    margin: 0;
    font-size: 1.0625rem;
    line-height: 1.4;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125rem;
    line-height: 1.5;
    color: var(--_warning);
  }
  .summary {
    margin: 0;
    color: var(--_text-muted);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
  }
  /* Each line takes its text's line box (1.5 line height): 1em of shimmer and 0.25em above and below. */
  .skeleton-card {
    container-type: inline-size;
  }
  .skeleton-card .line {
    display: block;
    block-size: 1em;
    margin-block: 0.25em;
  }
  .skeleton-card .facts .line {
    flex: none;
  }
  .skeleton-card .wrapped {
    display: none;
  }
  @container (max-width: 24rem) {
    .skeleton-card .wrapped {
      display: block;
    }
    .skeleton-card .facts {
      flex-direction: column;
    }
  }
  :host([variant='compact']) .skeleton-card .summary .wrapped + .wrapped {
    display: none;
  }
  .skeleton-card .title-line {
    inline-size: 55%;
    block-size: 1.4em;
    margin-block-start: 0.5rem;
  }
  .skeleton-card .link-line {
    inline-size: 8rem;
  }
  .skeleton-card .short {
    inline-size: 70%;
  }
  .skeleton-card .meta-line {
    inline-size: 45%;
  }
  .skeleton-card .button-line {
    display: block;
    inline-size: 6rem;
    block-size: 2.5rem;
  }
  .skeleton-card .icon-tile {
    background: none;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .badge {
      color: CanvasText;
    }
    .icon-tile {
      border: 1px solid CanvasText;
    }
  }
`;

/** Text inputs and selects, in the card's form and in the catalog's filter bar. */
export const textControls = css`
  input:not([type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.625rem;
    min-block-size: 2.5rem;
  }
`;
