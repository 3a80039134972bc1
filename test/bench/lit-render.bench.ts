/**
 * Baseline for the "first render" budgets: a plain LitElement (no sx-kit code) rendering 1,000
 * rows. What our list elements add on top of this is theirs to explain.
 */
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { publish, sample } from './harness.js';

interface Row {
  id: number;
  title: string;
  state: string;
}

@customElement('bench-rows')
class BenchRows extends LitElement {
  @property({ attribute: false }) rows: Row[] = [];

  override render() {
    return html`<ul>
      ${this.rows.map((row) => html`<li data-id=${row.id}><span>${row.title}</span> <em>${row.state}</em></li>`)}
    </ul>`;
  }
}

const rows: Row[] = Array.from({ length: 1000 }, (_, index) => ({
  id: index,
  title: `Ticket ${index}: laptop does not connect to the VPN`,
  state: index % 3 ? 'in-progress' : 'waiting-on-you',
}));

publish(
  (async () => {
    const samples = await sample(
      20,
      () => {
        const element = new BenchRows();
        element.rows = rows;
        return element;
      },
      async (element) => {
        document.body.append(element);
        await element.updateComplete;
      },
      (element) => element.remove(),
    );
    return [
      {
        name: 'plain LitElement, 1,000 rows, first render',
        unit: 'ms' as const,
        samples,
        budget: 50,
        note: 'baseline for "list of 1,000 tickets ≤ 50 ms"',
      },
    ];
  })(),
);
