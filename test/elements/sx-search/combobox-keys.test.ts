import { expect } from '@open-wc/testing';
import { comboboxKey, type ComboboxState } from '../../../src/elements/sx-search/combobox-keys.js';
import type { SearchOption } from '../../../src/elements/sx-search/search-view.js';

const recent = (...texts: string[]): SearchOption[] => texts.map((text, index) => ({ kind: 'recent', text, index }));
const state = (overrides: Partial<ComboboxState> = {}): ComboboxState => ({
  query: 'vpn',
  status: 'results',
  expanded: true,
  active: -1,
  options: recent('a', 'b', 'c'),
  ...overrides,
});
const key = (name: string, altKey = false) => ({ key: name, altKey });

describe('sx-search combobox keys', () => {
  it('ArrowDown opens a closed popup, activates the first option and searches an idle query', () => {
    expect(comboboxKey(key('ArrowDown'), state({ expanded: false, status: 'idle' }))).to.deep.equal({
      preventDefault: true,
      expanded: true,
      active: 0,
      then: { do: 'search' },
    });
    expect(comboboxKey(key('ArrowDown', true), state({ expanded: false }))).to.deep.equal({ preventDefault: true, expanded: true });
    expect(comboboxKey(key('ArrowDown'), state({ expanded: false, query: ' ', status: 'idle', options: [] }))).to.deep.equal({
      preventDefault: true,
      expanded: true,
    });
  });

  it('ArrowDown and ArrowUp move through the options and wrap', () => {
    expect(comboboxKey(key('ArrowDown'), state({ active: 1 })).active).to.equal(2);
    expect(comboboxKey(key('ArrowDown'), state({ active: 2 })).active).to.equal(0);
    expect(comboboxKey(key('ArrowUp'), state({ active: 0 }))).to.deep.equal({ preventDefault: true, expanded: true, active: 2 });
    expect(comboboxKey(key('ArrowUp'), state({ active: -1 })).active).to.equal(2);
    expect(comboboxKey(key('ArrowDown'), state({ options: [] }))).to.deep.equal({ preventDefault: true });
  });

  it('Home and End jump only while an option is active', () => {
    expect(comboboxKey(key('Home'), state({ active: 2 }))).to.deep.equal({ preventDefault: true, active: 0 });
    expect(comboboxKey(key('End'), state({ active: 0 }))).to.deep.equal({ preventDefault: true, active: 2 });
    expect(comboboxKey(key('Home'), state())).to.deep.equal({});
    expect(comboboxKey(key('End'), state({ expanded: false, active: 1 }))).to.deep.equal({});
  });

  it('Enter chooses the active option, else searches the typed text', () => {
    const options = recent('a', 'b');
    expect(comboboxKey(key('Enter'), state({ options, active: 1 }))).to.deep.equal({
      preventDefault: true,
      then: { do: 'choose', option: options[1] },
    });
    expect(comboboxKey(key('Enter'), state({ options, active: 1, expanded: false }))).to.deep.equal({
      preventDefault: true,
      expanded: true,
      then: { do: 'submit' },
    });
    expect(comboboxKey(key('Enter'), state({ query: '  ' }))).to.deep.equal({ preventDefault: true });
  });

  // Issue 16: Escape used to clear the text before closing the popup (APG: dismiss first).
  it('Escape closes the popup first, and clears the text only once the popup is hidden', () => {
    expect(comboboxKey(key('Escape'), state({ active: 1 }))).to.deep.equal({ preventDefault: true, expanded: false, active: -1 });
    expect(comboboxKey(key('Escape'), state({ expanded: false }))).to.deep.equal({ preventDefault: true, then: { do: 'clear' } });
    expect(comboboxKey(key('Escape'), state({ query: '', active: 1 }))).to.deep.equal({ preventDefault: true, expanded: false, active: -1 });
    expect(comboboxKey(key('Escape'), state({ query: '', expanded: false }))).to.deep.equal({});
  });

  it('Left and Right Arrow move the caret and leave the active option, so Enter searches the text', () => {
    expect(comboboxKey(key('ArrowLeft'), state({ active: 1 }))).to.deep.equal({ active: -1 });
    expect(comboboxKey(key('ArrowRight'), state({ active: 0 }))).to.deep.equal({ active: -1 });
    expect(comboboxKey(key('ArrowLeft'), state())).to.deep.equal({});
    expect(comboboxKey(key('Enter'), state({ active: -1 })).then).to.deep.equal({ do: 'submit' });
  });

  it('Tab closes a list of options but leaves empty and error panels open', () => {
    expect(comboboxKey(key('Tab'), state({ active: 1 }))).to.deep.equal({ expanded: false, active: -1 });
    expect(comboboxKey(key('Tab'), state({ status: 'empty' }))).to.deep.equal({});
    expect(comboboxKey(key('Tab'), state({ status: 'error' }))).to.deep.equal({});
    expect(comboboxKey(key('Tab'), state({ options: [] }))).to.deep.equal({});
  });

  it('ignores other keys', () => {
    expect(comboboxKey(key('a'), state())).to.deep.equal({});
  });
});
