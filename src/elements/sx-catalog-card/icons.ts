/**
 * Line icons for catalog items: one path each on a 24-unit grid, stroked in `currentColor` by the
 * `.icon` styles so they follow the text colour (and system colours under forced colours).
 * Decorative: the name says it all. One path and no nested template keeps a card cheap in a grid
 * of hundreds.
 */
import { html } from 'lit';

const paths: Record<string, string> = {
  laptop: 'M4 6h16v10H4zM2 19h20',
  monitor: 'M3 4h18v12H3zM8 20h8M12 16v4',
  headset: 'M4 15v-3a8 8 0 0 1 16 0v3M4 15h3v5H4zM17 15h3v5h-3z',
  phone: 'M7 2h10v20H7zM11 18h2',
  key: 'M4 15a4 4 0 1 0 8 0a4 4 0 1 0-8 0M11 12l9-9M17 6l3 3M15 8l2 2',
  folder: 'M3 6h6l2 2h10v11H3z',
  software: 'M3 4h18v16H3zM3 8h18M8 13l-2 2 2 2M16 13l2 2-2 2',
  wifi: 'M2 9a15 15 0 0 1 20 0M5 12.5a10 10 0 0 1 14 0M8.5 16a5 5 0 0 1 7 0M12 19.5h.01',
  'user-plus': 'M5 8a4 4 0 1 0 8 0a4 4 0 1 0-8 0M2 21a7 7 0 0 1 14 0M19 8v6M16 11h6',
  mail: 'M3 5h18v14H3zM3 6l9 7 9-7',
  printer: 'M6 9V3h12v6M6 17H3V9h18v8h-3M6 14h12v7H6z',
  shield: 'M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5z',
  building: 'M4 21V3h10v18M14 9h6v12M2 21h20M7 7h4M7 11h4M7 15h4',
  car: 'M3 16v-4l2-5h14l2 5v4zM3 12h18M5 16v3M19 16v3M6 14a1 1 0 1 0 2 0a1 1 0 1 0-2 0M16 14a1 1 0 1 0 2 0a1 1 0 1 0-2 0',
  calendar: 'M3 5h18v16H3zM3 10h18M8 3v4M16 3v4',
  cloud: 'M7 18a5 5 0 0 1-.5-10A6 6 0 0 1 18 9a4.5 4.5 0 0 1-.5 9z',
};

/** The path of an item's icon; a generic document for names we have no drawing for. */
export function iconPath(name: string | undefined): string {
  return (name && paths[name]) || 'M4 4h16v16H4zM8 9h8M8 13h8M8 17h5';
}

export function renderIcon(name: string | undefined) {
  return html`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${iconPath(name)}></path></svg>`;
}
