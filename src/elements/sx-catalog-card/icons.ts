/**
 * Line icons for catalog items, drawn on a 24-unit grid with `currentColor` strokes so they follow
 * the text colour (and system colours under forced colours). Decorative: the name says it all.
 */
import { svg, html, type SVGTemplateResult } from 'lit';

const paths: Record<string, SVGTemplateResult> = {
  laptop: svg`<path d="M4 6h16v10H4zM2 19h20"/>`,
  monitor: svg`<path d="M3 4h18v12H3zM8 20h8M12 16v4"/>`,
  headset: svg`<path d="M4 15v-3a8 8 0 0 1 16 0v3M4 15h3v5H4zM17 15h3v5h-3z"/>`,
  phone: svg`<path d="M7 2h10v20H7zM11 18h2"/>`,
  key: svg`<circle cx="8" cy="15" r="4"/><path d="M11 12l9-9M17 6l3 3M15 8l2 2"/>`,
  folder: svg`<path d="M3 6h6l2 2h10v11H3z"/>`,
  software: svg`<path d="M3 4h18v16H3zM3 8h18M8 13l-2 2 2 2M16 13l2 2-2 2"/>`,
  wifi: svg`<path d="M2 9a15 15 0 0 1 20 0M5 12.5a10 10 0 0 1 14 0M8.5 16a5 5 0 0 1 7 0M12 19.5h.01"/>`,
  'user-plus': svg`<circle cx="9" cy="8" r="4"/><path d="M2 21a7 7 0 0 1 14 0M19 8v6M16 11h6"/>`,
  mail: svg`<path d="M3 5h18v14H3zM3 6l9 7 9-7"/>`,
  printer: svg`<path d="M6 9V3h12v6M6 17H3V9h18v8h-3M6 14h12v7H6z"/>`,
  shield: svg`<path d="M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5z"/>`,
  building: svg`<path d="M4 21V3h10v18M14 9h6v12M2 21h20M7 7h4M7 11h4M7 15h4"/>`,
  car: svg`<path d="M3 16v-4l2-5h14l2 5v4zM3 12h18M5 16v3M19 16v3"/><circle cx="7" cy="14" r="1"/><circle cx="17" cy="14" r="1"/>`,
  calendar: svg`<path d="M3 5h18v16H3zM3 10h18M8 3v4M16 3v4"/>`,
  cloud: svg`<path d="M7 18a5 5 0 0 1-.5-10A6 6 0 0 1 18 9a4.5 4.5 0 0 1-.5 9z"/>`,
};

const fallback = svg`<path d="M4 4h16v16H4zM8 9h8M8 13h8M8 17h5"/>`;

export function renderIcon(name: string | undefined) {
  return html`<svg
    part="icon"
    class="icon"
    viewBox="0 0 24 24"
    width="24"
    height="24"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >${(name && paths[name]) || fallback}</svg>`;
}
