import { css } from 'lit';

/** An opened article and its feedback form: adopted by <sx-search> when the first article opens. */
export const articleStyles = css`
  #article-title {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
  }
  #article-title:focus {
    outline: none;
  }
  #article-title:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .article .meta {
    margin: 0 0 var(--_space);
    font-size: 0.875rem;
    color: var(--_text-muted);
  }
  /* Backend HTML paints only inside its box (fixed or absolute content included); wide tables scroll. */
  .article .body {
    overflow-wrap: anywhere;
    contain: paint;
    overflow-x: auto;
  }
  .article .body a,
  .article .full {
    color: var(--_accent);
  }
  .article .body code {
    font-size: 0.9em;
  }
  .article-head {
    display: flex;
    gap: var(--_space);
    align-items: start;
    justify-content: space-between;
  }
  /* The button's min-width replaces a flex item's content minimum: a long title squeezed its label out of it. */
  .article-head .close {
    flex-shrink: 0;
  }
  .feedback {
    margin-block-start: calc(var(--_space) * 2);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border-subtle);
  }
  .feedback p {
    margin: 0 0 var(--_space);
  }
  .feedback label {
    display: block;
    margin-block-end: 0.25rem;
  }
  .feedback textarea {
    display: block;
    width: 100%;
    min-height: 5rem;
    margin-block-end: var(--_space);
    padding: 0.5rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .feedback .thanks:focus {
    outline: none;
  }
`;
