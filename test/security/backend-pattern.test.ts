/**
 * A catalog variable whose backend `pattern` backtracks catastrophically (`^(a+)+$`) with a
 * default value that triggers it: Submit answers at once and the request is sent; the form's
 * owner is told in the console why the pattern is not checked.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/sx-provider/sx-provider.js';
import '../../src/elements/sx-catalog-card/sx-catalog-card.js';
import { capabilities, type ServiceAdapter } from '../../src/core/adapter.js';
import type { CatalogItem, CatalogRequest } from '../../src/core/schemas.js';

const item: CatalogItem = {
  id: 'redos-item',
  name: 'Access badge',
  shortDescription: 'A badge for the building',
  categories: [],
  approvalRequired: false,
  variables: [{ name: 'badge_code', label: 'Badge code', type: 'text', required: true, pattern: '^(a+)+$', default: `${'a'.repeat(30)}!` }],
};

describe('a backend pattern cannot hang the page', () => {
  it('Submit with a catastrophic pattern answers at once, sends the request and tells the owner why', async function () {
    this.timeout(30_000);
    const sent: CatalogRequest[] = [];
    const adapter: ServiceAdapter = {
      name: 'stub',
      id: `stub-redos-${Date.now()}`,
      capabilities: capabilities('catalog', 'requests'),
      getCatalogItem: async () => item,
      submitRequest: async (request) => {
        sent.push(request);
        return { ticketId: 'T1', number: 'RITM0001', state: 'new' };
      },
    };
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const provider = await fixture(html`<sx-provider .adapter=${adapter}><sx-catalog-card item-id="redos-item" variant="full"></sx-catalog-card></sx-provider>`);
      const card = provider.querySelector('sx-catalog-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('[part~=request-button], [part~=submit]'), 'card did not render', { timeout: 5000 });
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part~=request-button]')?.click();
      await waitUntil(() => card.shadowRoot!.querySelector('[part~=submit]'), 'form did not open', { timeout: 5000 });
      const submitted = oneEvent(card, 'sx-request-submit');
      const start = performance.now();
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
      const clickTook = performance.now() - start;
      await submitted;
      expect(clickTook, 'Submit answered at once').to.be.below(1000);
      await waitUntil(() => sent.length === 1, 'request not sent', { timeout: 5000 });
      expect(sent[0]!.values).to.deep.equal({ badge_code: `${'a'.repeat(30)}!` });
      expect(warnings.join('\n')).to.match(/sx-kit: the pattern of variable "badge_code" is not checked in the browser because it repeats a group/);
    } finally {
      console.warn = warn;
    }
  });
});
