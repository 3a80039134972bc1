/**
 * Contrast in the kit's own light and dark themes: text (1.4.3, by axe's colour-contrast rule on
 * each element in each theme) and what identifies a control or its state (1.4.11: the boundary of
 * a text field, the focus ring), measured against the colour behind them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { SxSatisfaction } from '../../../src/elements/sx-satisfaction/sx-satisfaction.component.js';
import { $, backdropOf, contrast, mount, mountInsights, nameOf, ringOf, shadowTree, tabThrough, transparent, WAIT } from './media.js';

type Theme = 'light' | 'dark';

/** A text field's boundary under 3:1 against what is behind it ('' when it shows). */
function faintBoundary(field: Element): string {
  const style = getComputedStyle(field);
  if (parseFloat(style.borderTopWidth) === 0 || style.borderTopStyle === 'none') return `${nameOf(field)}: no border`;
  const ratio = contrast(style.borderTopColor, transparent(style.backgroundColor) ? backdropOf(field) : style.backgroundColor);
  const outside = contrast(style.borderTopColor, backdropOf(field));
  // The boundary must stand out from the field's own fill or from the surface around it.
  return Math.max(ratio, outside) < 3 ? `${nameOf(field)}: border ${style.borderTopColor} at ${Math.max(ratio, outside).toFixed(2)}:1` : '';
}

function faintFields(host: Element): string[] {
  const fields = shadowTree(host).filter(
    (element) => element.matches('input:not([type=radio]):not([type=checkbox]):not([type=hidden]), select, textarea') && element.getClientRects().length > 0,
  );
  return fields.map(faintBoundary).filter(Boolean);
}

/** Each focus stop whose ring is under 3:1 against the colour behind it. */
async function faintRings(host: HTMLElement): Promise<string[]> {
  const problems: string[] = [];
  const stops = await tabThrough(host, (focused) => {
    const ring = ringOf(focused);
    const style = getComputedStyle(ring);
    if (style.outlineStyle === 'none') return void problems.push(`${nameOf(ring)}: no outline`);
    const ratio = contrast(style.outlineColor, backdropOf(ring));
    if (ratio < 3) problems.push(`${nameOf(ring)}: outline ${style.outlineColor} at ${ratio.toFixed(2)}:1`);
  });
  if (stops === 0) problems.push(`${host.localName}: Tab never reached it`);
  return problems;
}

/** The element in a page of that theme: the provider's `theme`, and the page's own background behind it. */
async function themed<T extends HTMLElement>(element: Promise<T>, theme: Theme): Promise<T> {
  const mounted = await element;
  const provider = mounted.closest('sx-provider')!;
  provider.setAttribute('theme', theme);
  Object.assign(provider.parentElement!.style, { colorScheme: theme, background: 'Canvas', color: 'CanvasText' });
  return mounted;
}

for (const theme of ['light', 'dark'] as Theme[]) {
  describe(`contrast in the ${theme} theme (1.4.3 text, 1.4.11 field boundaries and focus rings)`, () => {
    it('<sx-search> with results open', async () => {
      const search = await themed(mount(`<sx-search></sx-search>`), theme);
      await waitUntil(() => $(search, 'input[role=combobox]'), 'the search box never appeared', WAIT);
      expect(getComputedStyle(search).colorScheme).to.contain(theme);
      expect(faintFields(search)).to.deep.equal([]);
      expect(await faintRings(search)).to.deep.equal([]);
      const input = $<HTMLInputElement>(search, 'input[role=combobox]')!;
      input.focus();
      input.value = 'vpn';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(() => $(search, '[role=option]'), 'no results', WAIT);
      await expect(search).to.be.accessible();
    });

    it('<sx-ticket-status>: the list, and a request with its comment box', async () => {
      const list = await themed(mount(`<sx-ticket-status></sx-ticket-status>`), theme);
      await waitUntil(() => $(list, '.row-button'), 'the list never appeared', WAIT);
      expect(faintFields(list)).to.deep.equal([]);
      expect(await faintRings(list)).to.deep.equal([]);
      await expect(list).to.be.accessible();
      const detail = await themed(mount(`<sx-ticket-status ticket-id="INC0012002"></sx-ticket-status>`), theme);
      await waitUntil(() => $(detail, '[part=comment-box] textarea'), 'the detail never appeared', WAIT);
      expect(faintFields(detail)).to.deep.equal([]);
      expect(await faintRings(detail)).to.deep.equal([]);
      await expect(detail).to.be.accessible();
    });

    it('<sx-satisfaction>: the question, and the follow-up after a low score', async () => {
      const prompt = await themed(mount<SxSatisfaction>(`<sx-satisfaction max-prompts="99" topic="contrast-${theme}" scale="csat5"></sx-satisfaction>`), theme);
      await waitUntil(() => !prompt.inactive && $(prompt, '[role=radiogroup]'), 'the prompt never appeared', WAIT);
      expect(await faintRings(prompt)).to.deep.equal([]);
      await expect(prompt).to.be.accessible();
      $<HTMLLabelElement>(prompt, 'label[for=score-1]')!.click();
      await waitUntil(() => $(prompt, 'textarea'), 'no follow-up after a low score', WAIT);
      expect(faintFields(prompt)).to.deep.equal([]);
      expect(await faintRings(prompt)).to.deep.equal([]);
      await expect(prompt).to.be.accessible();
    });

    it('<sx-catalog-card>: the card, and its request form', async () => {
      const card = await themed(mount(`<sx-catalog-card item-id="cat-new-laptop" variant="full"></sx-catalog-card>`), theme);
      await waitUntil(() => $(card, '.request'), 'the card never loaded', WAIT);
      await expect(card).to.be.accessible();
      $<HTMLButtonElement>(card, '.request')!.click();
      await waitUntil(() => $(card, 'form select, form input'), 'the form never opened', WAIT);
      expect(faintFields(card)).to.deep.equal([]);
      expect(await faintRings(card)).to.deep.equal([]);
      await expect(card).to.be.accessible();
    });

    it('<sx-catalog>: filters and cards', async () => {
      const catalog = await themed(mount(`<sx-catalog></sx-catalog>`), theme);
      await waitUntil(() => $(catalog, 'li.card .name'), 'no cards', WAIT);
      expect(faintFields(catalog)).to.deep.equal([]);
      expect(await faintRings(catalog)).to.deep.equal([]);
      await expect(catalog).to.be.accessible();
    });

    it('<sx-insights>: filters, figures and charts', async () => {
      const insights = await themed(mountInsights(), theme);
      await waitUntil(() => $(insights, 'select') && $(insights, 'table'), 'the dashboard never loaded', WAIT);
      expect(faintFields(insights)).to.deep.equal([]);
      expect(await faintRings(insights)).to.deep.equal([]);
      await expect(insights).to.be.accessible();
    });
  });
}

describe('the contrast measures find what they look for', () => {
  it('a pale field border and a pale focus ring are reported; the kit’s own pass', async () => {
    const search = await mount(`<sx-search></sx-search>`);
    await waitUntil(() => $(search, 'input[role=combobox]'), 'the search box never appeared', WAIT);
    // A <style> element, not an adopted sheet: the search's lazy parts replace adopted sheets when they load.
    const pale = document.createElement('style');
    pale.textContent = 'input { border-color: #e4e4e4 !important; } :focus-visible { outline-color: #eeeeee !important; }';
    search.shadowRoot!.append(pale);
    expect(faintFields(search).length).to.be.greaterThan(0);
    expect((await faintRings(search)).length).to.be.greaterThan(0);
  });
});
