import { css } from 'lit';
import { base } from '../../styles/shared.styles.js';

export const styles = [
  base,
  css`
    :host {
      --_star: var(--sx-satisfaction-star-color, light-dark(#8a5a00, #f0c060));
      --_toast-width: var(--sx-satisfaction-toast-width, 24rem);
      --_toast-offset: var(--sx-satisfaction-toast-offset, 1rem);
    }
    :host([inactive]) {
      display: none;
    }
    .held-place {
      visibility: hidden;
    }
    .card {
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .toast {
      position: fixed;
      z-index: 1000;
      inset-block-end: var(--_toast-offset);
      inset-inline-end: var(--_toast-offset);
      inline-size: min(var(--_toast-width), calc(100vw - 2 * var(--_toast-offset)));
      /* Half the viewport at most, so moved to the other edge it leaves a focused control in sight (2.4.11). */
      max-block-size: calc(50vh - var(--_toast-offset));
      overflow: auto;
      box-shadow: var(--_shadow), 0 8px 24px light-dark(rgb(0 0 0 / 0.12), rgb(0 0 0 / 0.5));
    }
    .toast.at-top {
      inset-block: var(--_toast-offset) auto;
    }
    form {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      /* The scale adapts to the width it gets (a phone, a sidebar, the toast), not to the viewport's. */
      container-type: inline-size;
    }
    p {
      margin: 0;
    }
    .about {
      color: var(--_text-muted);
      font-size: 0.875em;
    }
    .question {
      font-weight: 600;
    }
    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
    }
    .scale.icons .option {
      flex: 1 1 0;
      min-inline-size: 4rem;
    }
    /* Numbered scales stay on one line, as people read them as a continuum. */
    .scale.numbers {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
    }
    .scale.numbers label {
      padding-inline: 0;
    }
    .option {
      position: relative;
      display: flex;
    }
    /* The native input stays for keyboard and screen readers; its label is what is seen and clicked. */
    .option input {
      position: absolute;
      inset: 0;
      margin: 0;
      opacity: 0;
      pointer-events: none;
    }
    .option label {
      display: flex;
      flex: 1;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 0.125rem;
      min-block-size: 2.75rem;
      padding: 0.375rem 0.25rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      text-align: center;
      cursor: pointer;
      transition: background-color var(--_duration), border-color var(--_duration);
    }
    .option label:hover {
      background: var(--_surface-raised);
    }
    /* Chosen: a thicker border (an inset outline, so the label keeps its room) and a tinted background, never colour alone. */
    .option input:focus-visible + label,
    .option.checked label {
      border-color: var(--_accent);
      outline: 2px solid var(--_accent);
      outline-offset: -3px;
    }
    .option.checked label {
      background: var(--_accent-subtle);
      font-weight: 600;
    }
    .icon {
      display: flex;
      line-height: 1;
    }
    .lit .icon {
      color: var(--_star);
    }
    .caption {
      font-size: 0.8125rem;
      line-height: 1.25;
      overflow-wrap: break-word;
    }
    /* Five labelled icons do not fit side by side on a phone: one answer per row, icon before label. */
    @container (max-width: 28rem) {
      .scale.icons:has(> .option:nth-child(3)) {
        flex-direction: column;
      }
      .scale.icons:has(> .option:nth-child(3)) .option {
        flex: none;
      }
      .scale.icons:has(> .option:nth-child(3)) .option label {
        flex-direction: row;
        justify-content: flex-start;
        gap: var(--_space);
        padding-inline: var(--_space);
        text-align: start;
      }
    }
    /* Eleven numbers stay on one line down to 320 px wide phones, each still 24 px wide (WCAG 2.5.8). */
    @container (max-width: 24rem) {
      .scale.numbers {
        gap: 1px;
        font-size: 0.875rem;
      }
    }
    @media (max-width: 24rem) {
      :host {
        --_toast-offset: var(--sx-satisfaction-toast-offset, 0.5rem);
      }
      .card {
        padding: var(--_space);
      }
    }
    .number {
      font-variant-numeric: tabular-nums;
    }
    .anchors {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
      margin-block-start: calc(var(--_space) * -1);
      color: var(--_text-muted);
      font-size: 0.8125rem;
    }
    /* Room held for a part still loading (the follow-up, the thanks), so nothing jumps when it arrives. */
    .pending {
      min-block-size: 6rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
    .actions [hidden] {
      display: inline-block;
      visibility: hidden;
    }
    .dismiss {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
      margin-inline-start: auto;
    }
    button.quiet {
      border-color: transparent;
      background: transparent;
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 0.2em;
      padding-inline: 0.5rem;
    }
    button.quiet:hover {
      background: var(--_surface-raised);
    }
    @media (forced-colors: active) {
      .option.checked label {
        border-color: Highlight;
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      .lit .icon {
        color: inherit;
      }
      button.quiet {
        color: LinkText;
      }
    }
  `,
];
