import { css } from 'lit';

/** Styles of the dashboard (filter bar and figures), loaded with it. */
export const styles = css`
  .bar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space) calc(var(--_space) * 2);
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
  [aria-busy='true'] .figures {
    opacity: 0.6;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sx-insights-min-section-width, 20rem)), 1fr));
    gap: calc(var(--_space) * 2);
  }
  .section {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }
  h3 {
    margin: 0 0 var(--_space);
    font-size: 1.05rem;
  }
  h4 {
    margin: var(--_space) 0 0.25rem;
    font-size: 0.95rem;
  }
  .headline {
    margin: 0 0 var(--_space);
  }
  .headline .value {
    font-size: 1.75rem;
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.25rem;
  }
  .headline.warn .value {
    color: var(--_warning);
  }
  .definition,
  .none,
  .tickets,
  .detail {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .definition {
    margin: var(--_space) 0 0;
  }
  .pair {
    display: grid;
    gap: var(--_space);
  }
  figure {
    margin: 0 0 calc(var(--_space) * 2);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.25rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.375rem;
    border-block-end: 1px solid var(--_border-subtle);
  }
  td {
    white-space: nowrap;
  }
  th[scope='row'] {
    font-weight: normal;
    overflow-wrap: anywhere;
  }
  table.bars td {
    inline-size: 55%;
  }
  .bar-cell {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .shown {
    min-inline-size: 3ch;
    text-align: end;
  }
  .bar {
    flex: 1 1 auto;
    min-inline-size: 3rem;
    block-size: 0.5rem;
  }
  .bar rect,
  .dot {
    fill: var(--_accent);
  }
  .chart {
    display: block;
    inline-size: 100%;
    block-size: 6rem;
    margin-block: var(--_space);
  }
  .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .axis {
    stroke: var(--_border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  :host(:dir(rtl)) .chart,
  :host(:dir(rtl)) .bar {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .bar rect,
    .dot {
      fill: CanvasText;
    }
    .line {
      stroke: CanvasText;
    }
  }
`;
