/**
 * Scale icons as inline SVG in `currentColor`: they look the same on every system (no emoji
 * font needed), follow the theme and forced colours, and are always decorative (the label speaks).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { ScaleOption } from './scales.js';

const frame = (content: SVGTemplateResult) =>
  svg`<svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${content}</svg>`;

const MOUTHS = ['M8 17c1.5-2.2 6.5-2.2 8 0', 'M8.5 16.2c1.5-1 5.5-1 7 0', 'M8.5 15.5h7', 'M8.5 14.8c1.5 1 5.5 1 7 0', 'M7.5 14c1.2 3 7.8 3 9 0'];

/** Faces from very unhappy (0) to very happy (4); the worst has frowning brows as well as a mouth. */
export function face(index: number) {
  const brows = index === 0 ? svg`<path d="M7.5 8.5l2.5 1M16.5 8.5l-2.5 1" />` : svg``;
  return frame(svg`<circle cx="12" cy="12" r="9.5" />${brows}<circle cx="9" cy="10.5" r="0.9" fill="currentColor" /><circle cx="15" cy="10.5" r="0.9" fill="currentColor" /><path d=${MOUTHS[index] ?? MOUTHS[2]} />`);
}

/** A star, filled up to the chosen score: the shape changes, not only the colour. */
export function star(filled: boolean) {
  return frame(
    svg`<path d="M12 3.2l2.7 5.5 6 .9-4.35 4.25 1 6-5.35-2.85-5.35 2.85 1-6L3.3 9.6l6-.9z" fill=${filled ? 'currentColor' : 'none'} />`,
  );
}

export function thumb(up: boolean) {
  return frame(
    svg`<g transform=${up ? '' : 'rotate(180 12 12)'}><path d="M7 10.5v9.5H4.5a1 1 0 0 1-1-1v-7.5a1 1 0 0 1 1-1z" /><path d="M7 10.5l3.6-6.8a1.9 1.9 0 0 1 3.4 1.4l-.8 3.9h5.1a2 2 0 0 1 2 2.3l-1.2 7a2 2 0 0 1-2 1.7H7" /></g>`,
  );
}

/** The icon of a scale option; a star is filled when `filled` (chosen, or below the chosen one). */
export function optionIcon(name: ScaleOption['icon'], filled: boolean) {
  if (name === 'star') return star(filled);
  if (name === 'thumb-up' || name === 'thumb-down') return thumb(name === 'thumb-up');
  return name ? face(Number(name.slice('face-'.length))) : nothing;
}
