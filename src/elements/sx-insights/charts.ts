/**
 * Small charts drawn with Lit's `svg` (no chart library): a trend line and table rows with bars.
 * Each chart is decoration over data that is also a visible table, so screen readers get the
 * table plus a one-sentence summary, never a maze of shapes.
 */
import { html, nothing, svg } from 'lit';
import type { BarRow } from './figures.js';

const WIDTH = 320;
const HEIGHT = 96;
const PAD = 6;

export interface TrendPoint {
  value: number | null;
}

/** y of each value within [min, max], x spread evenly; points without a value are left out. */
export function trendGeometry(points: readonly TrendPoint[], min: number, max: number): { x: number; y: number }[] {
  const span = max - min || 1;
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  return points.flatMap((point, index) =>
    point.value === null
      ? []
      : [
          {
            x: Math.round((points.length > 1 ? PAD + index * step : WIDTH / 2) * 10) / 10,
            y: Math.round((HEIGHT - PAD - ((Math.min(max, Math.max(min, point.value)) - min) / span) * (HEIGHT - 2 * PAD)) * 10) / 10,
          },
        ],
  );
}

/** A trend line; `summary` is what a screen reader hears instead of the shapes. */
export function trendChart(points: readonly TrendPoint[], min: number, max: number, summary: string) {
  const at = trendGeometry(points, min, max);
  const zero = min < 0 ? trendGeometry([{ value: 0 }], min, max)[0]!.y : HEIGHT - PAD;
  return html`<svg part="chart" class="chart trend" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${summary} preserveAspectRatio="none">
    ${svg`<line class="axis" x1=${PAD} x2=${WIDTH - PAD} y1=${zero} y2=${zero}></line>
      <polyline class="line" points=${at.map(({ x, y }) => `${x},${y}`).join(' ')}></polyline>
      ${at.map(({ x, y }) => svg`<circle class="dot" cx=${x} cy=${y} r="3"></circle>`)}`}
  </svg>`;
}

/** A table of labelled values, each with a bar as long as its share of `max`. */
export function barTable(
  caption: string,
  columns: readonly [string, string],
  rows: readonly BarRow[],
  options: { max?: number; captionHidden?: boolean } = {},
) {
  if (!rows.length) return nothing;
  const max = options.max ?? Math.max(1, ...rows.map((row) => row.value));
  return html`<table part="table" class="bars">
    <caption class=${options.captionHidden ? 'visually-hidden' : ''}>${caption}</caption>
    <thead><tr><th scope="col">${columns[0]}</th><th scope="col">${columns[1]}</th></tr></thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr>
          <th scope="row">${row.label}</th>
          <td><span class="bar-cell"><svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">${svg`<rect width=${Math.max(0, Math.min(100, (row.value / max) * 100))} height="8" rx="2"></rect>`}</svg><span class="shown">${row.shown}</span></span></td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
