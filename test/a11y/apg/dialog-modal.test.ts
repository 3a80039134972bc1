/**
 * The W3C APG's regression tests of the modal dialog (w3c/aria-practices
 * test/tests/dialog-modal_dialog.js), ported to the article dialog of
 * `<sx-search open-mode="dialog">`, the kit's only dialog. Kit choices: a native `<dialog>` opened
 * with showModal() (the browser makes the page behind it inert and exposes it as modal); first focus
 * on the article's heading, as the APG advises for long content.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SxSearch } from '../../../src/elements/sx-search/sx-search.component.js';
import { axTree, findAll } from '../ax/ax-tree.js';
import { combobox, isDisplayed, mountSearch, press, root, typeAndWaitForOptions } from './search-page.js';

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

async function openDialog() {
  const mounted = await mountSearch({ attributes: 'open-mode="dialog"' });
  await typeAndWaitForOptions(mounted.search, 'phishing');
  await press(mounted.search, 'ArrowDown', 'Enter');
  await waitUntil(() => root(mounted.search).querySelector('dialog[open] [part=article] h3'), 'the article dialog never opened', { timeout: 5000 });
  await waitUntil(() => root(mounted.search).querySelector('dialog [part=feedback] button'), 'the feedback buttons never showed');
  await mounted.search.updateComplete;
  return mounted;
}

const dialog = (search: SxSearch) => root(search).querySelector<HTMLDialogElement>('dialog')!;
const tabbables = (search: SxSearch) => [...dialog(search).querySelectorAll<HTMLElement>(TABBABLE)].filter(isDisplayed);
/** Which control has focus, in words (comparing elements would print whole subtrees on failure). */
const focusedInSearch = (search: SxSearch) => describeControl(root(search).activeElement);
function describeControl(element: Element | null | undefined) {
  if (!element) return 'nothing in the widget';
  return `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''} "${element.textContent!.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
}

describe('APG modal dialog: <sx-search open-mode="dialog">', () => {
  it('dialog-role: one dialog', async () => {
    const { search } = await openDialog();
    expect(root(search).querySelectorAll('dialog')).to.have.length(1);
    expect(findAll(await axTree('#search'), 'dialog')).to.have.length(1);
  });

  it('aria-labelledby: the dialog is named by the article title', async () => {
    const { search } = await openDialog();
    const title = root(search).getElementById(dialog(search).getAttribute('aria-labelledby')!);
    expect(title?.textContent?.trim()).to.equal('Report a phishing email');
    expect(findAll(await axTree('#search'), 'dialog', 'Report a phishing email')).to.have.length(1);
  });

  it('aria-describedby (optional; kit: none, so the whole article is not read as the description)', async () => {
    const { search } = await openDialog();
    expect(dialog(search).hasAttribute('aria-describedby')).to.equal(false);
  });

  it('aria-modal (kit: showModal): Chromium exposes the dialog as modal', async () => {
    const { search } = await openDialog();
    expect(dialog(search).matches(':modal')).to.equal(true);
    const [node] = findAll(await axTree('#search'), 'dialog');
    expect(node!.states.modal).to.equal(true);
  });

  it('key-tab: focus starts in the dialog (kit: on the heading); Tab cycles through the dialog and wraps to the first', async () => {
    const { search } = await openDialog();
    expect(focusedInSearch(search)).to.equal(describeControl(dialog(search).querySelector('h3')));
    const order = tabbables(search).map(describeControl);
    expect(order.length).to.be.greaterThan(1);
    for (const expected of order) {
      await sendKeys({ press: 'Tab' });
      expect(focusedInSearch(search)).to.equal(expected);
    }
    await sendKeys({ press: 'Tab' });
    expect(focusedInSearch(search), 'Tab from the last wraps to the first').to.equal(order[0]);
  });

  it('key-shift-tab: Shift+Tab cycles backwards and wraps to the last', async () => {
    const { search } = await openDialog();
    const controls = tabbables(search);
    const order = controls.map(describeControl);
    controls[0]!.focus();
    await sendKeys({ press: 'Shift+Tab' });
    expect(focusedInSearch(search), 'Shift+Tab from the first wraps to the last').to.equal(order.at(-1));
    for (let index = order.length - 2; index >= 0; index--) {
      await sendKeys({ press: 'Shift+Tab' });
      expect(focusedInSearch(search)).to.equal(order[index]);
    }
  });

  it('key-escape: Escape on any control closes the dialog and returns focus to the search box', async () => {
    const { search } = await openDialog();
    const count = tabbables(search).length;
    for (let index = 0; index < count; index++) {
      if (!root(search).querySelector('dialog[open]')) {
        await press(search, 'ArrowDown', 'Enter');
        await waitUntil(() => root(search).querySelector('dialog[open] [part=feedback] button'), 'the dialog never reopened');
      }
      tabbables(search)[index]!.focus();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !root(search).querySelector('dialog[open]'), `Escape on control ${index} left the dialog open`);
      expect(focusedInSearch(search)).to.equal(describeControl(combobox(search)));
    }
  });
});
