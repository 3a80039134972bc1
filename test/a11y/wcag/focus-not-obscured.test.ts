/**
 * WCAG 2.2 SC 2.4.11 Focus Not Obscured (Minimum), in Chromium: Tab through every focusable of each
 * element's main states (real key presses, so the browser scrolls each into view as it would for a
 * person) and require each focused control to be inside the viewport and not entirely hidden by
 * anything on the page, the kit's own popups, dialogs, listbox and toast included. "Not entirely
 * hidden": of a grid of points over the control's box, at least one hits the control itself (or
 * what it contains), found with shadow-root-aware elementFromPoint. A native radio or checkbox the
 * kit hides visually is seen through its label, so the label's box is what must show.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { composedContains, controlName, deepActive, KIT_STATES, seenBoxes, WIDTHS } from './targets.js';

const GRID = 5;
const MAX_TABS = 80;

/** The element drawn at a point, looking through open shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

interface Sight {
  /** Sample points inside the viewport, and how many of them show the control. */
  inViewport: number;
  showing: number;
  /** What is drawn where the control does not show. */
  coverers: Set<string>;
}

/** Samples a grid of points over what a person sees of the control (a hidden radio: its label). */
function sight(focused: Element): Sight {
  const shown = seenBoxes(focused);
  const { clientWidth, clientHeight } = document.documentElement;
  const result: Sight = { inViewport: 0, showing: 0, coverers: new Set() };
  for (const part of shown) {
    const box = part.getBoundingClientRect();
    for (let row = 0; row < GRID; row += 1) {
      for (let column = 0; column < GRID; column += 1) {
        // Points just inside the box's edges, so a neighbour that only touches it does not count.
        const x = box.left + 1 + ((box.width - 2) * column) / (GRID - 1);
        const y = box.top + 1 + ((box.height - 2) * row) / (GRID - 1);
        if (x < 0 || y < 0 || x >= clientWidth || y >= clientHeight) continue;
        result.inViewport += 1;
        const hit = deepElementFromPoint(x, y);
        if (hit && shown.some((seen) => composedContains(seen, hit))) result.showing += 1;
        else result.coverers.add(hit ? controlName(hit) : 'nothing');
      }
    }
  }
  return result;
}

/** Why the focused control cannot be seen, or '' when at least one point of it shows (2.4.11 allows partly hidden). */
export function obscured(focused: Element): string {
  const { inViewport, showing, coverers } = sight(focused);
  const { clientWidth, clientHeight } = document.documentElement;
  if (!inViewport) return `${controlName(focused)} is outside the ${clientWidth}×${clientHeight} viewport`;
  return showing ? '' : `${controlName(focused)} is hidden by ${[...coverers].join(', ')}`;
}

/** The share of the control's points in the viewport that something else covers. */
const coveredShare = (element: Element) => {
  const { inViewport, showing } = sight(element);
  return inViewport ? 1 - showing / inViewport : 1;
};

/**
 * Presses Tab until focus leaves the page (or comes back round inside a dialog) and returns what was
 * focused and each problem found. `fromFocus`: start where focus is now, not at the page's first button.
 */
async function tabThrough(page: HTMLElement, fromFocus: boolean) {
  if (!fromFocus) page.querySelector<HTMLButtonElement>('#before')!.focus();
  const visited: Element[] = [];
  const problems: string[] = [];
  for (let presses = 0; presses <= MAX_TABS; presses += 1) {
    // Where focus starts (the combobox with its popup open, the dialog's heading) is checked too.
    if (presses > 0 || !fromFocus) {
      await sendKeys({ press: 'Tab' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const focused = deepActive();
    if (!focused || focused === document.body || !composedContains(page, focused) || visited.includes(focused)) break;
    visited.push(focused);
    const problem = obscured(focused);
    if (problem) problems.push(problem);
  }
  return { visited: visited.map(controlName), problems };
}

describe('WCAG 2.4.11 Focus Not Obscured (Minimum): no focused control is hidden by the kit', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('the measure finds a control entirely under an overlay, and one scrolled out of view', async () => {
    const page = document.createElement('div');
    page.innerHTML = `<button id="under">Under</button><div style="position: fixed; inset: 0 auto auto 0; width: 200px; height: 100px; background: white">Overlay</div>
      <div style="overflow: hidden; height: 10px"><button id="away" style="margin-top: 50px">Away</button></div>`;
    document.body.prepend(page);
    try {
      expect(obscured(page.querySelector('#under')!)).to.equal('page button "Under" is hidden by page div "Overlay"');
      const away = obscured(page.querySelector('#away')!);
      expect(away.startsWith('page button "Away" is hidden by') || away.includes('outside')).to.equal(true);
      page.querySelector<HTMLElement>('[style*=fixed]')!.remove();
      expect(obscured(page.querySelector('#under')!)).to.equal('');
    } finally {
      page.remove();
    }
  });

  it('the open results popup lies over the button below the search box, and tabbing out closes it', async () => {
    const state = KIT_STATES.find((candidate) => candidate.name === 'sx-search, results popup open')!;
    const page = await state.open();
    const after = page.querySelector('#after')!;
    expect(coveredShare(after), 'share of the button under the open popup').to.be.above(0.7);
    await sendKeys({ press: 'Tab' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(controlName(deepActive()!)).to.equal('page button "After"');
    expect(coveredShare(after), 'share of the focused button still covered').to.equal(0);
  });

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      beforeEach(() => setViewport({ width, height: 600 }));
      for (const state of KIT_STATES) {
        it(`${state.name}: each control Tab reaches is in view and not hidden`, async () => {
          const page = await state.open();
          const { visited, problems } = await tabThrough(page, state.tabFromFocus ?? false);
          expect(visited.filter((name) => !name.startsWith('page ')).length, `Tab reached no control of the element: ${visited.join('; ')}`).to.be.greaterThan(
            0,
          );
          expect(problems).to.deep.equal([]);
        });
      }
    });
  }
});
