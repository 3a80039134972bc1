/**
 * Design tokens. Pages theme the kit with public `--sx-*` custom properties; elements read them
 * through private `--_*` copies with defaults. Defaults follow the page: `inherit` for type,
 * `light-dark()` for colours (so a page's `color-scheme` switches them), system colours under
 * forced colours.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_font: var(--sx-font-family, inherit);
    --_font-size: var(--sx-font-size, 1rem);
    --_text: var(--sx-color-text, light-dark(#1c2430, #e8ecf2));
    --_text-muted: var(--sx-color-text-muted, light-dark(#4f5b6b, #aab4c3));
    --_surface: var(--sx-color-surface, light-dark(#ffffff, #161b22));
    --_surface-raised: var(--sx-color-surface-raised, light-dark(#f4f6f9, #1f2630));
    --_border: var(--sx-color-border, light-dark(#8792a2, #5b6778));
    --_border-subtle: var(--sx-color-border-subtle, light-dark(#d8dde4, #313a46));
    --_accent: var(--sx-color-accent, light-dark(#1f5fbf, #8ab4ff));
    --_on-accent: var(--sx-color-on-accent, light-dark(#ffffff, #0b1526));
    --_accent-subtle: var(--sx-color-accent-subtle, light-dark(#e6eefb, #1b2a44));
    --_success: var(--sx-color-success, light-dark(#1e7a3c, #6fd08f));
    --_warning: var(--sx-color-warning, light-dark(#8a5a00, #f0c060));
    --_danger: var(--sx-color-danger, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--sx-color-focus, light-dark(#1f5fbf, #8ab4ff));
    /* Dark: 5.1:1 under the muted snippet text (#5a4a00 gave 4.15:1). */
    --_mark: var(--sx-color-highlight, light-dark(#fff1a8, #4a3d00));
    --_radius: var(--sx-radius, 0.5rem);
    --_space: var(--sx-space, 0.5rem);
    --_shadow: var(--sx-shadow, 0 1px 3px light-dark(rgb(0 0 0 / 0.15), rgb(0 0 0 / 0.5)));
    --_duration: var(--sx-duration, 150ms);
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }

  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_surface: Canvas;
      --_surface-raised: Canvas;
      --_border: CanvasText;
      --_border-subtle: CanvasText;
      --_accent: LinkText;
      --_on-accent: Canvas;
      --_focus: Highlight;
      --_mark: Highlight;
    }
  }
`;
