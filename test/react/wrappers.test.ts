// sx-kit/react in React 19, in Chromium: objects reach the element as properties (before and after
// it is defined), and events arrive through typed camelCase props.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import React, { type ReactNode } from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient, { type Root } from 'react-dom/client';
import { SxProvider, SxSearch } from '../../src/react/index.js';
import { wrap } from '../../src/react/wrap.js';
import { SxSearch as SxSearchElement } from '../../src/elements/sx-search/sx-search.component.js';
import type { SxSearchDetail } from '../../src/elements/sx-search/sx-search.events.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { SynonymMap } from '../../src/core/search-query.js';

let root: Root | undefined;
let container: HTMLElement | undefined;
let run = 0;

function render(node: ReactNode): HTMLElement {
  container ??= document.body.appendChild(document.createElement('div'));
  root ??= ReactDOMClient.createRoot(container);
  ReactDOM.flushSync(() => root!.render(node));
  return container;
}

afterEach(() => {
  root?.unmount();
  container?.remove();
  root = undefined;
  container = undefined;
});

const memory = () => createMemoryAdapter({ dbName: `sx-react-${Date.now()}-${++run}`, persist: false });
const synonyms: SynonymMap = { wifi: ['wireless', 'wlan'] };

describe('sx-kit/react', () => {
  it('sets objects as properties and delivers sx-search to onSxSearch with its typed detail', async () => {
    const received: SxSearchDetail[] = [];
    const page = render(
      React.createElement(
        SxProvider,
        { adapter: memory() },
        React.createElement(SxSearch, {
          synonyms,
          placeholder: 'Search help',
          onSxSearch: (event) => received.push(event.detail),
        }),
      ),
    );
    const search = page.querySelector('sx-search')!;
    expect(search.synonyms).to.equal(synonyms);
    expect(search.hasAttribute('synonyms')).to.equal(false);
    expect(search.getAttribute('placeholder')).to.equal(null, 'a string property is set as a property too');
    expect(search.placeholder).to.equal('Search help');

    await waitUntil(() => search.shadowRoot?.querySelector('input[role=combobox]'), 'no search box');
    search.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!.focus();
    await sendKeys({ type: 'printer' });
    await waitUntil(() => received.some((detail) => detail.query === 'printer'), 'onSxSearch never received the search', { timeout: 8000 });
    const detail = received.find((entry) => entry.query === 'printer')!;
    expect(detail.resultCount).to.be.a('number');
    expect(detail.expandedQuery).to.be.a('string');
    await expect(search).to.be.accessible();
  });

  it('replaces a property and an event handler on re-render', async () => {
    const first: string[] = [];
    const second: string[] = [];
    const adapter = memory();
    const view = (map: SynonymMap, onSxSearch: (event: CustomEvent<SxSearchDetail>) => void) =>
      React.createElement(SxProvider, { adapter }, React.createElement(SxSearch, { synonyms: map, onSxSearch }));
    const page = render(view(synonyms, (event) => first.push(event.detail.query)));
    const search = page.querySelector('sx-search')!;
    const next: SynonymMap = { laptop: ['notebook'] };
    render(view(next, (event) => second.push(event.detail.query)));
    expect(search.synonyms).to.equal(next);
    await waitUntil(() => search.shadowRoot?.querySelector('input[role=combobox]'), 'no search box');
    await search.search('vpn');
    await waitUntil(() => second.includes('vpn'), 'the new handler never ran', { timeout: 8000 });
    expect(first).to.deep.equal([], 'the old handler still listens');
  });

  it('keeps an object set before the element is defined (Lit applies it on upgrade)', async () => {
    const tag = `sx-search-late-${++run}`;
    class LateSearch extends SxSearchElement {}
    const Late = wrap(tag, LateSearch, 'LateSearch', ['sx-search']);
    const page = render(React.createElement(Late, { synonyms }));
    const element = page.querySelector(tag)!;
    expect(customElements.get(tag)).to.equal(undefined);
    expect(element.hasAttribute('synonyms')).to.equal(false, 'an object must not become "[object Object]"');
    customElements.define(tag, LateSearch);
    expect(element).to.be.instanceOf(LateSearch);
    await (element as LateSearch).updateComplete;
    expect((element as LateSearch).synonyms).to.equal(synonyms);
  });

  it('React 19 alone: the bare tag takes properties once defined and `onsx-search` listeners', async () => {
    const heard: string[] = [];
    const adapter = memory();
    const page = render(
      React.createElement(
        'sx-provider',
        { adapter },
        React.createElement('sx-search', { synonyms, limit: 3, 'onsx-search': (event: CustomEvent<SxSearchDetail>) => heard.push(event.detail.query) }),
      ),
    );
    const search = page.querySelector('sx-search')!;
    expect(search.synonyms).to.equal(synonyms);
    expect(search.limit).to.equal(3);
    await waitUntil(() => search.shadowRoot?.querySelector('input[role=combobox]'), 'no search box');
    await search.search('vpn');
    await waitUntil(() => heard.includes('vpn'), 'onsx-search never ran', { timeout: 8000 });
  });

  it('names every event prop after a real sx-* event', () => {
    // Compile-time: a misspelt event prop or detail field fails `npm run typecheck`.
    // @ts-expect-error no such event
    React.createElement(SxSearch, { onSxSerch: () => {} });
    React.createElement(SxSearch, {
      onSxArticleOpen: (event) => {
        const id: string = event.detail.articleId;
        // @ts-expect-error the detail has no such field
        void event.detail.nope;
        void id;
      },
    });
    expect(typeof SxSearch).to.equal('object', 'a forwardRef component');
  });
});
