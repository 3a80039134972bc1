/**
 * WCAG 2.2 SC 2.5.8 Target Size (Minimum), measured in Chromium over every pointer target of the
 * composed tree, in each element's main states, at 800 and 320 CSS px. A target passes when its box
 * is at least 24 × 24 CSS px, or by one of the criterion's exceptions, applied as written:
 * - Spacing: a 24 px circle centred on the undersized target's box intersects no other target and
 *   no other undersized target's circle.
 * - Inline: a link inside a sentence (display inline, with running text around it in its block).
 * The Equivalent, User-agent-control and Essential exceptions are claimed for no target.
 * A native radio or checkbox is measured together with its label(s), which the person clicks; when
 * the kit hides the native input visually, the label alone is the target. Disabled controls accept no
 * pointer action and are no targets.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { composedContains, composedTree, controlName, hostOf, KIT_STATES, rendered, seenBoxes, union, WIDTHS } from './targets.js';

const MINIMUM = 24;
const POINTER_TARGETS = [
  'button',
  'a[href]',
  'input:not([type=hidden])',
  'select',
  'textarea',
  'summary',
  'label:has(> input[type=radio], > input[type=checkbox])',
  '[role=option]',
  '[role=button]',
  '[tabindex="0"]',
].join(', ');

interface Target {
  element: Element;
  /** The elements that make up the target (a radio with its labels). */
  parts: Element[];
  box: DOMRect;
}

function pointerTargets(root: Element): Target[] {
  const seen = new Set<Element>();
  const targets: Target[] = [];
  for (const element of composedTree(root)) {
    if (!element.matches(POINTER_TARGETS) || element.matches(':disabled')) continue;
    // A label wrapping a radio or checkbox is measured with its input.
    const control = element.localName === 'label' ? ((element as HTMLLabelElement).control ?? element) : element;
    if (seen.has(control)) continue;
    seen.add(control);
    const parts = seenBoxes(control).filter(rendered);
    if (!parts.length) continue;
    targets.push({ element: control, parts, box: union(parts) });
  }
  return targets;
}

const undersized = (box: DOMRect) => box.width < MINIMUM - 0.01 || box.height < MINIMUM - 0.01;
const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
const related = (one: Target, other: Target) =>
  one.parts.some((part) => other.parts.some((otherPart) => composedContains(part, otherPart) || composedContains(otherPart, part)));

/** Inline exception: a link whose size is set by the line of running text it sits in. */
function inlineInSentence(target: Target): boolean {
  const { element } = target;
  if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
  let block = element.parentElement;
  while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
  const around = (block?.textContent ?? '').replace(element.textContent ?? '', '');
  return /\p{L}{2,}/u.test(around);
}

/** Spacing exception: the 24 px circle on the target meets no other target and no other undersized target's circle. */
function spacedApart(target: Target, all: Target[]): boolean {
  const { x, y } = centre(target.box);
  const radius = MINIMUM / 2;
  return all.every((other) => {
    if (other === target || related(target, other)) return true;
    const nearestX = Math.max(other.box.left, Math.min(x, other.box.right));
    const nearestY = Math.max(other.box.top, Math.min(y, other.box.bottom));
    if (Math.hypot(x - nearestX, y - nearestY) < radius) return false;
    if (!undersized(other.box)) return true;
    const otherCentre = centre(other.box);
    return Math.hypot(x - otherCentre.x, y - otherCentre.y) >= 2 * radius;
  });
}

/**
 * "sx-search button.clear "Clear search" 20x20" for each target that fails 2.5.8; with `kitOnly`, the
 * page's own targets count for the spacing exception but are not themselves judged.
 */
export function targetSizeViolations(root: Element, { kitOnly = false } = {}): string[] {
  const targets = pointerTargets(root);
  return targets
    .filter((target) => !kitOnly || hostOf(target.element) !== 'page')
    .filter((target) => undersized(target.box) && !inlineInSentence(target) && !spacedApart(target, targets))
    .map((target) => `${controlName(target.element)} ${Math.round(target.box.width * 10) / 10}x${Math.round(target.box.height * 10) / 10}`);
}

describe('WCAG 2.5.8 Target Size (Minimum): every pointer target is 24 × 24 CSS px or spaced apart', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('the measure fails a 16 px button crowded by another, and passes it when spaced apart or inline in a sentence', () => {
    const page = document.createElement('div');
    page.innerHTML = `<div><button style="all: unset; display: inline-block; width: 16px; height: 16px">a</button><button style="all: unset; display: inline-block; width: 16px; height: 16px">b</button></div>
      <div style="display: flex; gap: 12px; margin-block: 24px"><button style="all: unset; width: 16px; height: 16px">c</button><button style="all: unset; width: 16px; height: 16px">d</button></div>
      <p style="font-size: 12px">Read <a href="#x">the</a> <a href="#y">policy</a> first.</p>`;
    document.body.append(page);
    try {
      expect(targetSizeViolations(page)).to.deep.equal(['page button "a" 16x16', 'page button "b" 16x16']);
    } finally {
      page.remove();
    }
  });

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      beforeEach(() => setViewport({ width, height: 700 }));
      for (const state of KIT_STATES) {
        it(`${state.name}: every target is at least 24 × 24 px or spaced apart`, async () => {
          const page = await state.open();
          expect(pointerTargets(page).length, 'no pointer targets found').to.be.greaterThan(2);
          expect(targetSizeViolations(page, { kitOnly: true })).to.deep.equal([]);
        });
      }
    });
  }
});
