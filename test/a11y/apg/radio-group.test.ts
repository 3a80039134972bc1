/**
 * The W3C APG's regression tests of the radio group (w3c/aria-practices test/tests/radio_radio.js,
 * plus the named-radio check of radio_radio-rating.js), ported to the rating scales of
 * <sx-satisfaction>: the score question and, with `rater`, each per-dimension row.
 * Kit choice: native `<input type=radio>` in a `role=radiogroup`, so `checked` is the native state
 * (Chromium exposes it as the radio's checked state, read here from its accessibility tree) and the
 * browser keeps the single tab stop that the APG example builds with a roving tabindex.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SxSatisfaction } from '../../../src/elements/sx-satisfaction/sx-satisfaction.component.js';
import { axTree, findAll, findOne } from '../ax/ax-tree.js';
import { $, $$, chooseScore, focused, mountSatisfaction } from './satisfaction-page.js';

interface Group {
  name: string;
  /** Mounts the element and shows the group. */
  open: () => Promise<{ page: HTMLElement; element: SxSatisfaction }>;
  radios: (element: SxSatisfaction) => HTMLInputElement[];
  /** The group's accessible name. */
  label: string;
}

const groups: Group[] = [
  {
    name: 'the score question (csat5)',
    open: () => mountSatisfaction({ topic: `apg-radio-${Math.random()}`, scale: 'csat5' }),
    radios: (element) => $$<HTMLInputElement>(element, 'input[name=score]'),
    label: 'How satisfied are you with the help you received?',
  },
  {
    name: 'a per-dimension rater row',
    open: async () => {
      const mounted = await mountSatisfaction({ topic: `apg-rater-${Math.random()}`, scale: 'csat5', rater: '' });
      await chooseScore(mounted.element, 4, '.rater');
      return mounted;
    },
    radios: (element) => $$<HTMLInputElement>(element, 'input[name=rater-responsiveness]'),
    label: 'Speed',
  },
];

async function pressOn(element: SxSatisfaction, key: string) {
  await sendKeys({ press: key });
  await element.updateComplete;
}

function expectFocusedAndChecked(element: SxSatisfaction, radios: HTMLInputElement[], index: number, after: string) {
  const now = groupRadios(element, radios);
  expect(focused(), `focus after ${after}`).to.equal(now[index]);
  expect(now.map((radio) => radio.checked), `checked after ${after}`).to.deep.equal(now.map((_, i) => i === index));
}

/** The same radios, looked up again: a re-render may replace the group. */
function groupRadios(element: SxSatisfaction, radios: HTMLInputElement[]) {
  return $$<HTMLInputElement>(element, `input[name=${radios[0]!.name}]`);
}

describe('APG radio group: <sx-satisfaction> rating scales', () => {
  it('radiogroup-role: the score is one role="radiogroup"; with `rater`, each dimension is one more', async () => {
    const { element } = await mountSatisfaction({ topic: `apg-roles-${Math.random()}`, rater: '' });
    expect($$(element, '[role=radiogroup]')).to.have.length(1);
    await chooseScore(element, 4, '.rater');
    expect($$(element, '[role=radiogroup]')).to.have.length(6);
    expect(findAll(await axTree('#rating'), 'radiogroup')).to.have.length(6);
  });

  for (const group of groups) {
    describe(group.name, () => {
      it('radiogroup-aria-labelledby: the group is labelled by visible text', async () => {
        const { element } = await group.open();
        const radiogroup = group.radios(element)[0]!.closest('[role=radiogroup]')!;
        const label = element.shadowRoot!.getElementById(radiogroup.getAttribute('aria-labelledby')!);
        expect(label?.textContent?.trim()).to.equal(group.label);
        expect(findAll(await axTree('#rating'), 'radiogroup', group.label)).to.have.length(1);
      });

      it('radio-role and radio-aria-label: every answer is a named radio', async () => {
        const { element } = await group.open();
        const tree = findOne(await axTree('#rating'), 'radiogroup', group.label);
        const radios = findAll(tree, 'radio');
        expect(radios).to.have.length(group.radios(element).length);
        for (const radio of radios) expect(radio.name).to.match(/\S/);
      });

      it('radio-tabindex and key-tab: one tab stop, on the first answer, then on the checked one', async () => {
        const { page, element } = await group.open();
        const radios = group.radios(element);
        radios[0]!.focus();
        await pressOn(element, 'Shift+Tab');
        const before = focused();
        await pressOn(element, 'Tab');
        const landed = focused() as HTMLInputElement;
        if (!radios.some((radio) => radio.checked)) expect(landed).to.equal(groupRadios(element, radios)[0]);
        await pressOn(element, 'Tab');
        expect(groupRadios(element, radios)).to.not.include(focused(), 'Tab leaves the group');

        const second = groupRadios(element, radios)[1]!;
        second.click();
        await element.updateComplete;
        (before as HTMLElement).focus();
        await pressOn(element, 'Tab');
        expect(focused()).to.equal(groupRadios(element, radios)[1]);
        expect(page).to.exist;
      });

      it('radio-aria-checked: none checked at first, then exactly the one chosen', async () => {
        const { element } = await group.open();
        const radios = group.radios(element);
        const checkedStates = async () =>
          findAll(findOne(await axTree('#rating'), 'radiogroup', group.label), 'radio').map((radio) => String(radio.states.checked));
        if (group.name.startsWith('the score')) expect(await checkedStates()).to.deep.equal(radios.map(() => 'false'));
        for (let chosen = 0; chosen < radios.length; chosen++) {
          groupRadios(element, radios)[chosen]!.click();
          await element.updateComplete;
          expect(await checkedStates()).to.deep.equal(radios.map((_, i) => (i === chosen ? 'true' : 'false')));
        }
      });

      it('key-space: Space checks the focused answer', async () => {
        const { element } = await group.open();
        const radios = group.radios(element);
        radios[0]!.focus();
        await pressOn(element, 'Space');
        expect(groupRadios(element, radios)[0]!.checked).to.equal(true);
      });

      for (const key of ['ArrowRight', 'ArrowDown']) {
        it(`key-down-right-arrow: ${key} moves focus to the next answer and checks it, wrapping to the first`, async () => {
          const { element } = await group.open();
          const radios = group.radios(element);
          radios[0]!.focus();
          for (let index = 0; index < radios.length - 1; index++) {
            await pressOn(element, key);
            expectFocusedAndChecked(element, radios, index + 1, `${key} from ${index}`);
          }
          await pressOn(element, key);
          expectFocusedAndChecked(element, radios, 0, `${key} from the last`);
        });
      }

      for (const key of ['ArrowLeft', 'ArrowUp']) {
        it(`key-up-left-arrow: ${key} from the first answer wraps to the last, then moves back one by one`, async () => {
          const { element } = await group.open();
          const radios = group.radios(element);
          radios[0]!.focus();
          await pressOn(element, key);
          expectFocusedAndChecked(element, radios, radios.length - 1, `${key} from the first`);
          for (let index = radios.length - 1; index > 0; index--) {
            await pressOn(element, key);
            expectFocusedAndChecked(element, radios, index - 1, `${key} from ${index}`);
          }
          await expect(element).to.be.accessible();
        });
      }
    });
  }

  it('the score labels say the answer in words (radio_radio-rating: aria-label on each radio)', async () => {
    const { element } = await mountSatisfaction({ topic: `apg-names-${Math.random()}`, scale: 'csat5' });
    const names = findAll(findOne(await axTree('#rating'), 'radiogroup'), 'radio').map((radio) => radio.name);
    expect(names).to.deep.equal(['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied']);
    expect($(element, '[role=radiogroup]')).to.exist;
  });
});
