/**
 * The W3C APG's regression tests of the list-autocomplete combobox
 * (w3c/aria-practices test/tests/combobox_autocomplete-list.js), ported to <sx-search>. Each test
 * keeps the APG's name and test id; only the data differs: the APG example filters US states, the
 * kit searches the embedded help articles, and the kit's empty box lists recent searches where the
 * APG's lists every state. "Kit choice" marks where the kit takes an option the pattern leaves open.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { axTree, findOne } from '../ax/ax-tree.js';
import { combobox, isDisplayed, listbox, mountSearch, optionText, options, press, root, settle, typeAndWaitForOptions } from './search-page.js';

const RECENT = ['printer', 'vpn', 'password'];
const QUERY = 'vpn';
const activeDescendant = (search: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  combobox(search as never).getAttribute('aria-activedescendant');

/** APG util assertAriaSelectedAndActivedescendant: the combobox points at option `index`, the only one selected. */
function expectActive(search: Parameters<typeof combobox>[0], index: number) {
  const all = options(search);
  expect(combobox(search).getAttribute('aria-activedescendant')).to.equal(all[index]!.id);
  expect(all.filter((option) => option.getAttribute('aria-selected') === 'true')).to.deep.equal([all[index]]);
}

async function clickOutside(search: Parameters<typeof combobox>[0]) {
  const heading = document.getElementById('outside')!.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(heading.x + 5), Math.round(heading.y + heading.height / 2)] });
  await sendMouse({ type: 'move', position: [0, 0] });
  await settle(search);
}

describe('APG combobox with list autocomplete: <sx-search>', () => {
  afterEach(() => localStorage.removeItem('sx-kit:recent-searches'));

  describe('attributes', () => {
    it('combobox-role: role="combobox" on one input', async () => {
      const { search } = await mountSearch();
      const boxes = root(search).querySelectorAll('[role=combobox]');
      expect(boxes).to.have.length(1);
      expect(boxes[0]!.tagName).to.equal('INPUT');
      expect(findOne(await axTree('#search'), 'combobox').name).to.equal('Search for help');
    });

    it('combobox-aria-autocomplete: aria-autocomplete="list"', async () => {
      const { search } = await mountSearch();
      expect(combobox(search).getAttribute('aria-autocomplete')).to.equal('list');
    });

    it('combobox-aria-controls: names the one listbox', async () => {
      const { search } = await mountSearch();
      const id = combobox(search).getAttribute('aria-controls');
      expect(id).to.be.a('string').and.not.equal('');
      expect(root(search).querySelectorAll(`#${id}`)).to.have.length(1);
      expect(root(search).getElementById(id!)!.getAttribute('role')).to.equal('listbox');
    });

    it('combobox-aria-expanded: false and popup hidden at first, true and shown after typing', async () => {
      const { search } = await mountSearch();
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('false');
      const popup = root(search).getElementById(combobox(search).getAttribute('aria-controls')!);
      expect(isDisplayed(popup)).to.equal(false);
      await typeAndWaitForOptions(search, QUERY);
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('true');
      expect(isDisplayed(popup)).to.equal(true);
    });

    it('combobox-aria-activedescendant: none at first', async () => {
      const { search } = await mountSearch();
      expect(combobox(search).hasAttribute('aria-activedescendant')).to.equal(false);
    });

    // Kit choice: the box is named by aria-label (the host page's heading gives the context),
    // not by a <label for>; the pattern allows either. What matters is that it has a name.
    it('combobox-id: the combobox has an id and an accessible name', async () => {
      const { search } = await mountSearch();
      expect(combobox(search).id).to.equal('input');
      expect(findOne(await axTree('#search'), 'combobox').name).to.equal('Search for help');
    });

    it('listbox-role: role="listbox" on one ul', async () => {
      const { search } = await mountSearch();
      const boxes = root(search).querySelectorAll('[role=listbox]');
      expect(boxes).to.have.length(1);
      expect(boxes[0]!.tagName).to.equal('UL');
    });

    it('listbox-aria-label: the listbox is labelled, by the number of options it shows', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      const shown = options(search).length;
      expect(listbox(search).getAttribute('aria-label')).to.equal(shown === 1 ? '1 result' : `${shown} results`);
      expect(findOne(await axTree('#search'), 'listbox').name).to.equal(`${shown} results`);
    });

    it('option-role: Down Arrow in the empty box shows every option (the recent searches) as li[role=option]', async () => {
      const { search } = await mountSearch({ recent: RECENT });
      combobox(search).focus();
      await press(search, 'ArrowDown');
      expect(options(search).map((option) => option.tagName)).to.deep.equal(['LI', 'LI', 'LI']);
      expect(options(search).map(optionText)).to.deep.equal(RECENT);
    });

    it('option-aria-selected: no option is selected until Down Arrow selects the first', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      expect(options(search)[0]!.hasAttribute('aria-selected')).to.equal(false);
      await press(search, 'ArrowDown');
      expect(options(search)[0]!.getAttribute('aria-selected')).to.equal('true');
    });

    it('option names: each option is named by its title alone, its snippet is the description', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      const first = options(search)[0]!;
      const ax = findOne(await axTree('#search'), 'option', optionText(first));
      expect(ax.description).to.equal(first.querySelector('.snippet')!.textContent!.replace(/\s+/g, ' ').trim());
    });

    // The APG example has a button that opens the list; the pattern makes it optional and the kit has
    // none. Its only button clears the text: out of the Tab order (as the APG's button) and labelled.
    it('button-tabindex: the clear button has tabindex="-1"', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      const buttons = root(search).querySelectorAll<HTMLButtonElement>('.field button');
      expect(buttons).to.have.length(1);
      expect(buttons[0]!.getAttribute('tabindex')).to.equal('-1');
    });

    it('button-aria-label: the clear button is labelled', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      expect(findOne(await axTree('#search'), 'button').name).to.equal('Clear search');
    });

    it('button-aria-controls / button-aria-expanded (kit choice: no popup button, so nothing claims to control the popup)', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      const button = root(search).querySelector('.field button')!;
      expect(button.hasAttribute('aria-expanded')).to.equal(false);
      expect(button.hasAttribute('aria-controls')).to.equal(false);
    });
  });

  describe('keys', () => {
    it('textbox-key-alt-down-arrow: Alt+Down shows the listbox with no option selected', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'Escape');
      expect(isDisplayed(listbox(search))).to.equal(false);
      await press(search, 'Alt+ArrowDown');
      expect(isDisplayed(listbox(search))).to.equal(true);
      expect(root(search).querySelectorAll('[role=option][aria-selected]')).to.have.length(0);
    });

    it('textbox-key-down-arrow: Down Arrow shows the listbox and selects the first option', async () => {
      const { search } = await mountSearch({ recent: RECENT });
      combobox(search).focus();
      await press(search, 'ArrowDown');
      expect(isDisplayed(listbox(search))).to.equal(true);
      expectActive(search, 0);
    });

    it('listbox-key-down-arrow: Down Arrow moves through the options and wraps to the first', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'ArrowDown');
      const count = options(search).length;
      expect(count).to.be.greaterThan(1);
      for (let index = 1; index < count; index++) {
        await press(search, 'ArrowDown');
        expectActive(search, index);
      }
      await press(search, 'ArrowDown');
      expectActive(search, 0);
    });

    it('textbox-key-up-arrow: Up Arrow shows the listbox and selects the last option', async () => {
      const { search } = await mountSearch({ recent: RECENT });
      combobox(search).focus();
      await press(search, 'ArrowUp');
      expect(isDisplayed(listbox(search))).to.equal(true);
      expectActive(search, options(search).length - 1);
    });

    it('listbox-key-up-arrow: Up Arrow moves up through the options', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'ArrowUp');
      const count = options(search).length;
      expectActive(search, count - 1);
      for (let index = count - 2; index > 0; index--) {
        await press(search, 'ArrowUp');
        expectActive(search, index);
      }
    });

    // Kit choice: Enter on the typed text runs the search now and keeps the results in view
    // (the pattern does not say what Enter does without a selected option; the APG example closes).
    it('textbox-key-enter: Enter keeps the typed text and chooses no option (kit: searches it and keeps the results shown)', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      let opened = false;
      search.addEventListener('sx-article-open', () => (opened = true));
      const searched = oneEvent(search, 'sx-search');
      await press(search, 'Enter');
      expect((await searched).detail.query).to.equal(QUERY);
      expect(combobox(search).value).to.equal(QUERY);
      expect(opened).to.equal(false);
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('true');
    });

    // Kit choice: the pattern's "performing a default action on the value": Enter opens the chosen
    // article (the APG example copies the option's text into the box instead).
    it('listbox-key-enter: Enter on an option closes the listbox and acts on that option (kit: opens the article)', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'ArrowDown');
      const first = optionText(options(search)[0]!);
      const opened = oneEvent(search, 'sx-article-open');
      await press(search, 'Enter');
      expect((await opened).detail.title).to.equal(first);
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('false');
    });

    it('standard-single-line-editing-keys: Backspace to an empty box keeps the listbox open with every option', async () => {
      const { search } = await mountSearch({ recent: RECENT });
      combobox(search).focus();
      await sendKeys({ type: 'x' });
      await settle(search);
      expect(combobox(search).value).to.equal('x');
      await press(search, 'Backspace');
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('true');
      expect(combobox(search).value).to.equal('');
      await press(search, 'ArrowDown');
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('true');
      expect(combobox(search).value).to.equal('');
      expect(optionText(root(search).querySelector<HTMLElement>('[role=option][aria-selected=true]')!)).to.equal(RECENT[0]);
      expect(options(search)).to.have.length(RECENT.length);
    });

    it('standard-single-line-editing-keys (2): Backspace shows the options of the shorter text', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      const forQuery = options(search).map(optionText);
      await sendKeys({ type: 'x' });
      await waitUntil(() => combobox(search).value === `${QUERY}x` && combobox(search).getAttribute('aria-busy') === 'false');
      await press(search, 'Backspace');
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('true');
      expect(combobox(search).value).to.equal(QUERY);
      await waitUntil(() => options(search).map(optionText).join('|') === forQuery.join('|'), 'the options of the shorter text came back');
      await press(search, 'ArrowDown');
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('true');
      expect(combobox(search).value).to.equal(QUERY);
      expect(optionText(root(search).querySelector<HTMLElement>('[role=option][aria-selected=true]')!)).to.equal(forQuery[0]);
      expect(options(search)).to.have.length(forQuery.length);
    });

    it('textbox-key-escape: one Escape closes the listbox and keeps the text', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'Escape');
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('false');
      expect(combobox(search).value).to.equal(QUERY);
    });

    it('textbox-key-escape: two Escapes close the listbox and clear the text', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'Escape', 'Escape');
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('false');
      expect(combobox(search).value).to.equal('');
    });

    it('textbox-key-escape with recent searches stored: the first Escape leaves no "Recent searches" popup and keeps the text', async () => {
      const { search } = await mountSearch({ recent: RECENT });
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'Escape');
      expect(combobox(search).value).to.equal(QUERY);
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('false');
      expect(isDisplayed(root(search).querySelector('.popup'))).to.equal(false);
      await press(search, 'Escape');
      expect(combobox(search).value).to.equal('');
      expect(isDisplayed(root(search).querySelector('.popup'))).to.equal(false);
    });

    it('listbox-key-escape: Escape with an option selected closes the listbox and keeps the text', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'ArrowDown', 'Escape');
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('false');
      expect(combobox(search).value).to.equal(QUERY);
      expect(combobox(search).hasAttribute('aria-activedescendant')).to.equal(false);
    });

    it('test-additional-behavior: a click outside while an option is selected closes the listbox, text kept', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'ArrowDown');
      await clickOutside(search);
      await waitUntil(() => !isDisplayed(listbox(search)), 'the listbox stayed open');
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('false');
      expect(combobox(search).value).to.equal(QUERY);
    });

    it('test-additional-behavior: a click outside while in the box closes the listbox, text kept', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await clickOutside(search);
      await waitUntil(() => !isDisplayed(listbox(search)), 'the listbox stayed open');
      expect(combobox(search).getAttribute('aria-expanded')).to.equal('false');
      expect(combobox(search).value).to.equal(QUERY);
    });

    it('listbox-key-left-arrow: Left Arrow moves the caret left and back into the box', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'ArrowDown', 'ArrowLeft');
      expect(combobox(search).selectionStart).to.equal(QUERY.length - 1);
      expect(combobox(search).hasAttribute('aria-activedescendant')).to.equal(false);
    });

    it('listbox-key-left-arrow: Down, Left, Left, Enter searches the text instead of opening the option', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      let opened = false;
      search.addEventListener('sx-article-open', () => (opened = true));
      await press(search, 'ArrowDown', 'ArrowLeft', 'ArrowLeft');
      expect(combobox(search).selectionStart).to.equal(QUERY.length - 2);
      await sendKeys({ type: ' ' });
      const searched = oneEvent(search, 'sx-search');
      await press(search, 'Enter');
      expect((await searched).detail.query).to.equal('v pn');
      expect(opened).to.equal(false);
    });

    it('listbox-key-right-arrow: Right Arrow keeps the caret at the end and returns to the box', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'ArrowDown', 'ArrowRight');
      expect(combobox(search).selectionStart).to.equal(QUERY.length);
      expect(combobox(search).hasAttribute('aria-activedescendant')).to.equal(false);
    });

    // Kit choice: the pattern lets Home/End in the popup either move to the first/last option or
    // return to the box; the kit moves to the first/last option (the APG example moves the caret).
    it('listbox-key-home (kit choice: Home selects the first option)', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'ArrowDown', 'ArrowDown', 'Home');
      expectActive(search, 0);
      expect(combobox(search).selectionStart).to.equal(QUERY.length);
    });

    it('listbox-key-end (kit choice: End selects the last option)', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, QUERY);
      await press(search, 'ArrowDown', 'End');
      expectActive(search, options(search).length - 1);
    });

    it('listbox-key-char: typing while an option is selected types into the box and leaves the option', async () => {
      const { search } = await mountSearch({ recent: RECENT });
      combobox(search).focus();
      await press(search, 'ArrowDown');
      expect(activeDescendant(search)).to.equal('option-0');
      await sendKeys({ type: 'w' });
      await settle(search);
      expect(combobox(search).value).to.equal('w');
      expect(combobox(search).hasAttribute('aria-activedescendant')).to.equal(false);
    });

    it('standard-single-line-editing-keys: typing filters the options', async () => {
      const { search } = await mountSearch();
      await typeAndWaitForOptions(search, 'printer');
      const printer = options(search).map(optionText);
      await press(search, 'Escape', 'Escape');
      await typeAndWaitForOptions(search, QUERY);
      const vpn = options(search).map(optionText);
      expect(vpn[0]).to.match(/VPN/);
      expect(printer[0]).to.match(/print/i);
      expect(vpn).to.not.deep.equal(printer);
      await expect(search).to.be.accessible();
    });
  });
});
