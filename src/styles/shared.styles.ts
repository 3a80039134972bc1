/** Base styles every element shares: box model, type, focus ring, buttons, states. */
import { css } from 'lit';
import { tokens } from './tokens.styles.js';

export const base = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: 1.5;
      color: var(--_text);
    }
    :host([hidden]) {
      display: none;
    }
    /* Not inherited from the host: a page's "* { all: unset }" (or its own box-sizing) reaches the
       host but must not turn every inner box content-box and push it out of the column. */
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    :focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    button,
    .button {
      font: inherit;
      min-height: 2.5rem;
      min-width: 2.5rem;
      padding: 0.375rem 0.875rem;
      border-radius: var(--_radius);
      border: 1px solid var(--_border);
      background: var(--_surface);
      color: var(--_text);
      cursor: pointer;
      transition: background-color var(--_duration);
    }
    button:hover {
      background: var(--_surface-raised);
    }
    button.primary {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    .problem {
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_border-subtle);
      border-inline-start: 4px solid var(--_danger);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .problem.notice {
      border-inline-start-color: var(--_accent);
    }
    .problem :is(h1, h2, h3, h4, h5, h6) {
      margin: 0 0 0.25rem;
      font-size: 1rem;
    }
    .problem p {
      margin: 0 0 var(--_space);
      color: var(--_text-muted);
    }
    .skeleton {
      border-radius: var(--_radius);
      background: linear-gradient(90deg, var(--_surface-raised), var(--_border-subtle), var(--_surface-raised));
      background-size: 200% 100%;
      /* Four sweeps (4.8 s), then still: nothing moves on its own for more than five seconds (WCAG 2.2.2). */
      animation: shimmer 1.2s linear 4;
    }
    @keyframes shimmer {
      to {
        background-position: -200% 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .skeleton {
        animation: none;
      }
    }
    @media (forced-colors: active) {
      button.primary {
        border-color: ButtonText;
      }
      /* Forced colours drop the gradient: a border keeps the placeholder's shape on screen. */
      .skeleton {
        border: 1px solid GrayText;
      }
    }
  `,
];
