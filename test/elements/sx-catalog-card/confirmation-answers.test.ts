import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/elements/sx-catalog-card/sx-catalog-card.js';
import type { SxCatalogCard } from '../../../src/elements/sx-catalog-card/sx-catalog-card.component.js';
import type { SxProvider } from '../../../src/elements/sx-provider/sx-provider.component.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';

let run = 0;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function laptopForm(locale: string) {
  const adapter = createMemoryAdapter({ dbName: `confirmation-answers-${Date.now()}-${run++}`, persist: false });
  const provider = await fixture<SxProvider>(
    html`<sx-provider locale=${locale} .adapter=${adapter}><sx-catalog-card item-id="cat-new-laptop"></sx-catalog-card></sx-provider>`,
  );
  const card = provider.querySelector<SxCatalogCard>('sx-catalog-card')!;
  const root = card.shadowRoot!;
  await waitUntil(() => root.querySelector('.request'), 'the card never loaded', { timeout: 5000 });
  root.querySelector<HTMLButtonElement>('.request')!.click();
  await waitUntil(() => root.querySelector('form [data-field=model]'), 'the form never opened', { timeout: 5000 });
  return { card, root };
}

const field = <T extends HTMLElement = HTMLInputElement>(root: ShadowRoot, name: string) => root.querySelector<T>(`[data-field="${name}"]`)!;

/** Fills the laptop form the way a person does: a model, a colleague picked by name, a date, accessories. */
async function fillAndSend(card: SxCatalogCard, root: ShadowRoot) {
  const model = field<HTMLSelectElement>(root, 'model');
  model.value = 'performance';
  model.dispatchEvent(new Event('change'));
  field(root, 'for_person').focus();
  await sendKeys({ type: 'priya' });
  await waitUntil(() => root.querySelector('[role=option]'), 'no suggestions for "priya"', { timeout: 5000 });
  root.querySelector<HTMLElement>('[role=option]')!.click();
  await waitUntil(() => field(root, 'for_person').value === 'Priya Sharma', 'Priya was not picked', { timeout: 5000 });
  const neededBy = field(root, 'needed_by');
  neededBy.value = '2099-03-15';
  neededBy.dispatchEvent(new Event('input'));
  field(root, 'accessories').click();
  await waitUntil(() => root.querySelector('[data-field=accessory_list]'), 'the accessory list never appeared', { timeout: 5000 });
  await card.updateComplete;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')];
  boxes[0]!.click();
  await card.updateComplete;
  boxes[1]!.click();
  await card.updateComplete;
  root.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
  await waitUntil(() => root.querySelector('[part~=confirmation]'), `the request was not confirmed: ${text(root)}`, { timeout: 5000 });
  await card.updateComplete;
  return text(root.querySelector('[part~=confirmation]'));
}

describe('<sx-catalog-card> confirmation', () => {
  it('repeats what the person chose in their words: option labels, the person’s name, the date, yes', async () => {
    const { card, root } = await laptopForm('en-GB');
    const said = await fillAndSend(card, root);
    expect(said).to.contain('Model Performance notebook (Dell Precision 3590)');
    expect(said).to.contain('Who is the laptop for? Priya Sharma');
    expect(said).to.contain('Needed by 15 March 2099');
    expect(said).to.contain('I also need accessories Yes');
    expect(said).to.contain('Accessories Docking station and 24 inch monitor');
    expect(said).not.to.match(/usr-\d|performance\b|2099-03-15|\bdock\b|: true/);
    await expect(card).to.be.accessible();
  });

  it('words dates, lists and yes in the page’s language', async () => {
    const { card, root } = await laptopForm('de');
    const said = await fillAndSend(card, root);
    expect(said).to.contain('15. März 2099');
    expect(said).to.contain('Docking station und 24 inch monitor');
    expect(said).to.contain('Ja');
    expect(said).not.to.match(/usr-\d|2099-03-15|\btrue\b/);
  });
});
