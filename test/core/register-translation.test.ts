// registerTranslation: a language the kit does not ship, and single strings of one it does,
// as a page's developer adds them, seen in a rendered widget.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/provider.js';
import '../../src/elements/sx-search/sx-search.js';
import type { SxSearch } from '../../src/elements/sx-search/sx-search.component.js';
import { de as searchDe } from '../../src/elements/sx-search/messages/de.js';
import { en as searchEn } from '../../src/elements/sx-search/messages/en.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import {
  catalogLanguage,
  coreMessages,
  defineMessages,
  loadCatalog,
  onTranslationChange,
  registerTranslation,
  type SxTranslationOverrides,
} from '../../src/core/i18n/index.js';


let run = 0;
async function mountSearch(locale: string) {
  const adapter = createMemoryAdapter({ dbName: `sx-i18n-${Date.now()}-${++run}`, persist: false });
  const provider = await fixture<HTMLElement & { adapter: unknown }>(html`<sx-provider locale=${locale}><sx-search></sx-search></sx-provider>`);
  provider.adapter = adapter;
  const search = provider.querySelector<SxSearch>('sx-search')!;
  await waitUntil(() => search.shadowRoot?.querySelector('input[role=combobox]'), 'the search box never appeared');
  return search;
}
const box = (search: SxSearch) => search.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!;

describe('registerTranslation', () => {
  it('adds a language the kit does not ship; missing keys stay English', async () => {
    const italian: SxTranslationOverrides = {
      'search.label': 'Cerca aiuto',
      'search.placeholder': 'Descrivi il problema, ad es. “il wifi non va”',
      'common.retry': 'Riprova',
    };
    registerTranslation('it', italian);
    expect(catalogLanguage('it-CH')).to.equal('it');

    const search = await mountSearch('it-IT');
    await waitUntil(() => box(search).getAttribute('aria-label') === 'Cerca aiuto', 'the Italian label never showed');
    expect(box(search).placeholder).to.equal('Descrivi il problema, ad es. “il wifi non va”');
    const core = await loadCatalog(coreMessages, 'it');
    expect(core['common.retry']).to.equal('Riprova');
    expect(core['common.close']).to.equal('Close', 'a key Italian lacks falls back to English');
    await expect(search).to.be.accessible();
  });

  it('overrides single strings of a shipped language and keeps the rest of it', async () => {
    registerTranslation('de', { 'search.label': 'Frag den Service Desk' });
    const search = await mountSearch('de');
    await waitUntil(() => box(search).getAttribute('aria-label') === 'Frag den Service Desk', 'the override never showed');
    expect(box(search).placeholder).to.equal(searchDe['search.placeholder']);
    expect(searchDe['search.label']).to.not.equal('Frag den Service Desk');
  });

  it('merges later registrations, applies only a bundle’s own keys, and tells listeners', async () => {
    const heard: string[] = [];
    const stop = onTranslationChange((language) => heard.push(language));
    registerTranslation('SV', { 'common.retry': 'Försök igen' });
    registerTranslation('sv-SE', { 'common.close': 'Stäng' });
    stop();
    registerTranslation('sv', { 'common.cancel': 'Avbryt' });
    expect(heard).to.deep.equal(['sv', 'sv']);

    const core = await loadCatalog(coreMessages, 'sv');
    expect([core['common.retry'], core['common.close'], core['common.cancel']]).to.deep.equal(['Försök igen', 'Stäng', 'Avbryt']);
    const search = await loadCatalog(defineMessages(searchEn, {}), 'sv');
    expect(search).to.not.have.property('common.retry');
    expect(search['search.label']).to.equal(searchEn['search.label']);
  });

  it('applies strings registered after the element rendered, at once', async () => {
    const search = await mountSearch('pl');
    await waitUntil(() => box(search).getAttribute('aria-label') !== null);
    expect(box(search).getAttribute('aria-label')).to.not.equal('Szukaj pomocy');
    registerTranslation('pl', { 'search.label': 'Szukaj pomocy' });
    await waitUntil(() => box(search).getAttribute('aria-label') === 'Szukaj pomocy', 'the Polish label never showed without a reload');
  });

  it('leaves unregistered languages alone and rejects what is not a language tag', () => {
    expect(catalogLanguage('pt')).to.equal('en');
    expect(catalogLanguage('fr-CA')).to.equal('fr');
    expect(() => registerTranslation('', { 'common.retry': 'x' })).to.throw(/not a language tag/);
    expect(() => registerTranslation('123', { 'common.retry': 'x' })).to.throw(/not a language tag/);
    // @ts-expect-error a key the English catalog does not have
    registerTranslation('pt', { 'search.lable': 'Procurar ajuda' });
  });
});
