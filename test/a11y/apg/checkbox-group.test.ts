/**
 * The W3C APG's regression tests of the checkbox group (w3c/aria-practices
 * test/tests/checkbox_checkbox.js), ported to the RATER reasons of <sx-satisfaction> ("What went
 * wrong?" after a low score). Kit choice: native checkboxes in a `<fieldset>` named by its
 * `<legend>`, the native form of the APG's `role=group` + `aria-labelledby`; `checked` is the native
 * state, read from Chromium's accessibility tree.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SxSatisfaction } from '../../../src/elements/sx-satisfaction/sx-satisfaction.component.js';
import { axTree, findAll, findOne, type AxNode } from '../ax/ax-tree.js';
import { $, $$, chooseScore, focused, mountSatisfaction } from './satisfaction-page.js';

const LEGEND = /^What went wrong\?/;

async function reasonsShown() {
  const { element } = await mountSatisfaction({ topic: `apg-checkbox-${Math.random()}`, scale: 'csat5' });
  await chooseScore(element, 1);
  return element;
}

const checkboxes = (element: SxSatisfaction) => $$<HTMLInputElement>(element, '[part=reasons] input[type=checkbox]');
const group = async (): Promise<AxNode> => findOne(await axTree('#rating'), 'group', LEGEND);
const checkedStates = async () => findAll(await group(), 'checkbox').map((checkbox) => String(checkbox.states.checked));

describe('APG checkbox group: <sx-satisfaction> reasons', () => {
  it('h3 (kit: legend): the group has a readable label', async () => {
    const element = await reasonsShown();
    expect($(element, '[part=reasons] legend')!.textContent).to.match(LEGEND);
  });

  it('group-role: one group around the reasons', async () => {
    const element = await reasonsShown();
    expect($$(element, 'fieldset[part=reasons]')).to.have.length(1);
    expect(findAll(await axTree('#rating'), 'group', LEGEND)).to.have.length(1);
  });

  it('group-aria-labelledby (kit: legend): the group is named by its visible label', async () => {
    await reasonsShown();
    expect((await group()).name).to.match(LEGEND);
  });

  it('checkbox-role: every reason is a checkbox with a name', async () => {
    const element = await reasonsShown();
    const named = findAll(await group(), 'checkbox');
    expect(named).to.have.length(checkboxes(element).length).and.to.have.length.greaterThan(1);
    for (const checkbox of named) expect(checkbox.name).to.match(/\S/);
    expect(named.map((checkbox) => checkbox.name)).to.include('It took too long');
  });

  it('checkbox-tabindex: every reason is in the Tab order (native checkboxes, tabIndex 0)', async () => {
    const element = await reasonsShown();
    for (const checkbox of checkboxes(element)) expect(checkbox.tabIndex).to.equal(0);
  });

  it('checkbox-aria-checked: unchecked at first, checked once clicked', async () => {
    const element = await reasonsShown();
    expect(await checkedStates()).to.deep.equal(checkboxes(element).map(() => 'false'));
    for (const checkbox of checkboxes(element)) {
      element.shadowRoot!.querySelector<HTMLLabelElement>(`label[for=${checkbox.id}]`)!.click();
      await element.updateComplete;
    }
    expect(await checkedStates()).to.deep.equal(checkboxes(element).map(() => 'true'));
  });

  it('key-tab: Tab moves from one reason to the next', async () => {
    const element = await reasonsShown();
    const all = checkboxes(element);
    all[0]!.focus();
    for (let index = 1; index < all.length; index++) {
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(all[index]);
    }
  });

  it('key-space: Space checks, and a second Space unchecks, each reason', async () => {
    const element = await reasonsShown();
    for (let index = 0; index < checkboxes(element).length; index++) {
      checkboxes(element)[index]!.focus();
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(checkboxes(element)[index]!.checked, `Space on reason ${index}`).to.equal(true);
      expect((await checkedStates())[index]).to.equal('true');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(checkboxes(element)[index]!.checked, `second Space on reason ${index}`).to.equal(false);
    }
    await expect(element).to.be.accessible();
  });
});
