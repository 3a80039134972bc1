/** The list of requests: filter chips, search, rows that reflow to one column on narrow screens. */
import { css } from 'lit';

export const styles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 2);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .filters legend {
    float: inline-start;
    margin-inline-end: var(--_space);
    padding: 0;
    color: var(--_text-muted);
    line-height: 2.5rem;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-block-size: 2.5rem;
    padding-inline: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    font-weight: 400;
    cursor: pointer;
  }
  .filter:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent-subtle);
  }
  .search {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    flex: 1 1 14rem;
  }
  .count {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  /* Rows reflow to the width the list gets (a sidebar, a narrow column), not the viewport's. */
  .tickets {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row-button {
    display: grid;
    grid-template-columns: 7.5rem minmax(0, 1fr) auto;
    grid-template-areas: 'number title state' 'number updated state';
    align-items: center;
    gap: 0 var(--_space);
    inline-size: 100%;
    text-align: start;
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .row-number {
    grid-area: number;
  }
  .row-title {
    grid-area: title;
    font-weight: 500;
  }
  .row-updated {
    grid-area: updated;
    color: var(--_text-muted);
    font-size: 0.8125rem;
  }
  .row-state {
    grid-area: state;
    padding: 0 var(--_space);
    border-radius: 999px;
    border: 1px solid var(--_border-subtle);
    font-size: 0.8125rem;
  }
  .row-state.state-waiting-on-you {
    border-color: var(--_warning);
    font-weight: 600;
  }

  @container (max-width: 30rem) {
    .row-button {
      grid-template-columns: 1fr;
      grid-template-areas: 'number' 'title' 'state' 'updated';
    }
    .row-state {
      justify-self: start;
    }
  }

  @media (forced-colors: active) {
    .filter:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
