import { css } from 'lit';

/** The search box, its popup and the frame an article opens in; the article's own styles load with it. */
export const styles = css`
  :host {
    --_option-height: 3.75rem;
    position: relative;
  }
  .field {
    position: relative;
    display: flex;
    align-items: center;
  }
  .field input {
    flex: 1;
    min-width: 0;
    min-height: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.875rem 2.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .field input::placeholder {
    color: var(--_text-muted);
    opacity: 1;
  }
  .field .clear {
    position: absolute;
    inset-inline-end: 0.25rem;
    min-height: 2.25rem;
    min-width: 2.25rem;
    padding: 0;
    border-color: transparent;
    background: transparent;
    color: var(--_text-muted);
  }
  /* Our own clear button replaces the browser's, which differs per engine and ignores theming. */
  .field input::-webkit-search-cancel-button {
    appearance: none;
  }
  .popup {
    position: absolute;
    /* Below the field: a flex container would otherwise centre the popup on it. */
    inset-block-start: 100%;
    inset-inline: 0;
    z-index: 10;
    margin-block-start: 0.25rem;
    background: var(--_surface);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .popup[hidden],
  [role='listbox'][hidden] {
    display: none;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [role='listbox'] {
    padding-block: 0.25rem;
  }
  .group-label {
    padding: 0.5rem 0.875rem 0.25rem;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_text-muted);
    /* No text-transform: Chromium would expose "HELP ARTICLES", which screen readers may spell out. */
    letter-spacing: 0.03em;
  }
  [role='option'] {
    display: block;
    min-height: var(--_option-height);
    padding: 0.5rem 0.875rem;
    cursor: pointer;
    border-inline-start: 3px solid transparent;
  }
  [role='option'].compact {
    min-height: 2.5rem;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_accent-subtle);
    border-inline-start-color: var(--_accent);
  }
  [role='option']:hover {
    background: var(--_surface-raised);
  }
  .title {
    display: block;
    font-weight: 600;
  }
  .snippet {
    display: -webkit-box;
    -webkit-line-clamp: 1;
    -webkit-box-orient: vertical;
    overflow: hidden;
    font-size: 0.875rem;
    color: var(--_text-muted);
  }
  /* The pale tint alone is colour (1.1:1 on white): an underline marks the matched words without it. */
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  .skeleton-row {
    height: var(--_option-height);
    padding: 0.5rem 0.875rem;
  }
  .skeleton-row .skeleton {
    height: 0.875rem;
    margin-block: 0.375rem;
  }
  .skeleton-row .skeleton:last-child {
    width: 70%;
  }
  .panel {
    padding: calc(var(--_space) * 2);
  }
  .panel :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .panel p {
    margin: 0 0 var(--_space);
    color: var(--_text-muted);
  }
  .popup .problem {
    border: 0;
    border-inline-start: 4px solid var(--_danger);
    border-radius: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  a.button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .link {
    min-height: 2.5rem;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  .link:hover {
    background: none;
  }
  .suggested {
    margin-block-start: calc(var(--_space) * 2);
    container-type: inline-size;
  }
  /* A loading suggestion holds a link's place: one line, or two where titles wrap (narrow boxes). */
  .suggested .link-place {
    display: flex;
    align-items: center;
    min-block-size: 2.5rem;
  }
  .link-place .skeleton {
    block-size: 1em;
    inline-size: min(24rem, 80%);
  }
  @container (max-width: 36rem) {
    .suggested :is(.link, .link-place) {
      min-block-size: calc(2lh + 0.5rem);
    }
  }
  .suggested :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.25rem;
    font-size: 0.9375rem;
  }
  .article {
    margin-block-start: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .article-skeleton {
    min-height: 14rem;
  }
  .article-skeleton .skeleton {
    height: 1rem;
    margin-block: 0.75rem;
  }
  .article-skeleton .skeleton.heading {
    height: 1.5rem;
    width: 60%;
  }
  dialog {
    width: min(48rem, calc(100vw - 2rem));
    max-height: calc(100vh - 4rem);
    padding: 0;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog .article {
    margin: 0;
    border: 0;
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
