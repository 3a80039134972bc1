import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/elements/sx-catalog-card/sx-catalog-card.js';
import type { SxCatalogCard } from '../../../src/elements/sx-catalog-card/sx-catalog-card.component.js';
import type { SxProvider } from '../../../src/elements/sx-provider/sx-provider.component.js';
import { createMemoryAdapter, type MemoryAdapter, type MemoryFault } from '../../../src/adapters/memory/index.js';
import { dateBound } from '../../../src/core/request-form-schema.js';
import type { CatalogItem } from '../../../src/core/schemas.js';

let counter = 0;
const text = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

interface Mounted {
  adapter: MemoryAdapter;
  provider: SxProvider;
  card: SxCatalogCard;
  root: ShadowRoot;
}

async function mount(itemId = 'cat-new-laptop', faults: MemoryFault[] = [], adapter?: MemoryAdapter): Promise<Mounted> {
  adapter ??= createMemoryAdapter({ dbName: `sx-catalog-card-${Date.now()}-${++counter}`, faults });
  const provider = await fixture<SxProvider>(
    html`<sx-provider .adapter=${adapter}><sx-catalog-card item-id=${itemId}></sx-catalog-card></sx-provider>`,
  );
  const card = provider.querySelector('sx-catalog-card')!;
  const root = card.shadowRoot!;
  await waitUntil(() => root.querySelector('.card:not(.skeleton-card)') || root.querySelector('[role=alert]'), 'the card never loaded', { timeout: 5000 });
  return { adapter, provider, card, root };
}

/** The element that has focus, looking inside shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function field(root: ShadowRoot, name: string) {
  return root.querySelector<HTMLElement>(`[data-field="${name}"]`);
}

function choose(root: ShadowRoot, name: string, value: string) {
  const select = field(root, name) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

async function openForm(mounted: Mounted) {
  mounted.root.querySelector<HTMLButtonElement>('.request')!.click();
  await waitUntil(() => mounted.root.querySelector('form'), 'the form never opened', { timeout: 5000 });
  await mounted.card.updateComplete;
}

async function newRequests(adapter: MemoryAdapter, title: string) {
  const list = await adapter.listTickets({ filter: 'all' });
  return list.tickets.filter((ticket) => ticket.number.startsWith('RITM') && ticket.title === title);
}

describe('<sx-catalog-card>', () => {
  it('explains the service in plain words: delivery, cost with recurrence, approval', async () => {
    const { root, card } = await mount();
    const shown = text(root);
    expect(shown).to.contain('New laptop');
    expect(shown).to.contain('Usually ready in 5 working days');
    expect(shown).to.contain('€1,150.00, one-off');
    expect(shown).to.contain('Needs manager approval');
    expect(root.querySelector('[part~=badge]')).to.exist;
    expect(root.querySelector('svg[part~=icon]')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(card).to.be.accessible();
  });

  it('expands the full description in place, sanitised', async () => {
    const { root, card } = await mount();
    const toggle = root.querySelector<HTMLButtonElement>('button.link')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await card.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(
      () => text(root.querySelector('[part~=details]')).includes('Dell Precision 3590'),
      'the sanitised description never appeared', { timeout: 5000 });
    await expect(card).to.be.accessible();
  });

  it('a person fills in and submits the laptop form with the keyboard alone', async () => {
    const mounted = await mount();
    const { root, card, adapter } = mounted;
    root.querySelector<HTMLButtonElement>('.request')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused() === field(root, 'model'), 'focus did not move into the form', { timeout: 5000 });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(field(root, 'for_person'));
    await sendKeys({ type: 'priya' });
    await waitUntil(() => root.querySelector('[role=option]'), 'no suggestions for "priya"', { timeout: 5000 });
    expect(field(root, 'for_person')!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await card.updateComplete;
    expect(field(root, 'for_person')!.getAttribute('aria-activedescendant')).to.match(/option-0$/);
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect((field(root, 'for_person') as HTMLInputElement).value).to.equal('Priya Sharma');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(field(root, 'needed_by'));
    // A date ten days ahead (a date in the past is refused), typed as the en-US date field reads it.
    const ahead = new Date(Date.now() + 10 * 86_400_000);
    const two = (n: number) => String(n).padStart(2, '0');
    await sendKeys({ type: `${two(ahead.getMonth() + 1)}${two(ahead.getDate())}${ahead.getFullYear()}` });
    const iso = `${ahead.getFullYear()}-${two(ahead.getMonth() + 1)}-${two(ahead.getDate())}`;
    await waitUntil(() => (field(root, 'needed_by') as HTMLInputElement).value === iso, 'the date was not typed', { timeout: 5000 });
    while (focused() !== field(root, 'accessories')) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => field(root, 'accessory_list'), 'the accessory list did not appear', { timeout: 5000 });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(field(root, 'accessory_list'));
    await sendKeys({ press: 'Space' });
    while (focused()?.getAttribute('data-field') !== 'notes') await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Please include a UK keyboard.' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('part')).to.equal('submit');
    const submitted = oneEvent(card, 'sx-request-submit');
    await sendKeys({ press: 'Enter' });
    const event = await submitted;
    expect(event.detail.queued).to.equal(false);
    expect(event.detail.receipt!.number).to.match(/^RITM/);
    await waitUntil(() => root.querySelector('[part~=confirmation]'), undefined, { timeout: 5000 });
    expect(text(root.querySelector('[part~=confirmation]'))).to.contain(`Request ${event.detail.receipt!.number} received`);
    expect(text(root.querySelector('[part~=confirmation]'))).to.contain('Usually ready in 5 working days');
    expect(focused()).to.equal(root.querySelector('[part~=confirmation]'));
    const [ticket] = await newRequests(adapter, 'New laptop');
    // The request reads as the person chose (labels, names); the ids are what the form sent as values.
    expect(ticket!.description).to.contain('Accessories: Docking station').and.contain('Please include a UK keyboard.');
    expect(ticket!.description).to.contain('Priya Sharma').and.not.contain('usr-010');
    await expect(card).to.be.accessible();
  });

  it('reports invalid input per field, announces it and moves focus to the first error', async () => {
    const mounted = await mount();
    const { root, card } = mounted;
    await openForm(mounted);
    root.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await waitUntil(() => root.querySelector('.error'), undefined, { timeout: 5000 });
    const person = field(root, 'for_person')!;
    expect(person.getAttribute('aria-invalid')).to.equal('true');
    const described = person.getAttribute('aria-describedby')!.split(' ');
    const messages = described.map((id) => text(root.getElementById(id)));
    expect(messages).to.include('Please choose an option.');
    expect(field(root, 'needed_by')!.getAttribute('aria-invalid')).to.equal('true');
    expect(field(root, 'model')!.getAttribute('aria-invalid')).to.equal('false');
    expect(focused()).to.equal(person);
    const status = root.querySelector('[role=status]')!;
    await waitUntil(() => text(status).includes('2 fields need your attention'), undefined, { timeout: 5000 });
    // The names are joined the reader's way (Intl.ListFormat), not with a bare comma.
    expect(text(status)).to.contain('2 fields need your attention: Who is the laptop for? and Needed by');
    await expect(card).to.be.accessible();
  });

  it('checks a field when it is left, and clears the message once it is fixed', async () => {
    const mounted = await mount('cat-monitor');
    const { root, card } = mounted;
    await openForm(mounted);
    const quantity = field(root, 'quantity') as HTMLInputElement;
    quantity.focus();
    quantity.value = '5';
    quantity.dispatchEvent(new Event('input'));
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => quantity.getAttribute('aria-invalid') === 'true', undefined, { timeout: 5000 });
    expect(text(root.getElementById(quantity.getAttribute('aria-describedby')!))).to.equal('Please enter 2 or less.');
    await waitUntil(() => text(root.querySelector('[role=status]')).includes('How many?: Please enter 2 or less.'), undefined, { timeout: 5000 });
    quantity.value = '2';
    quantity.dispatchEvent(new Event('input'));
    await card.updateComplete;
    expect(quantity.getAttribute('aria-invalid')).to.equal('false');
    expect(root.querySelector('.error')).to.equal(null);
  });

  it('refuses a date before `min` or after `max` days from today, with the message tied to the field', async () => {
    const item: CatalogItem = {
      id: 'cat-date-bounds',
      name: 'Desk booking',
      shortDescription: 'A desk for a day.',
      description: '<p>A desk for a day.</p>',
      categories: ['facilities'],
      approvalRequired: false,
      variables: [{ name: 'day', label: 'Which day?', type: 'date', required: true, min: 2, max: 14 }],
    };
    const adapter = createMemoryAdapter({ dbName: `sx-catalog-card-dates-${Date.now()}-${++counter}` });
    const provider = await fixture<SxProvider>(
      html`<sx-provider .adapter=${adapter}><sx-catalog-card .item=${item} item-id=${item.id} open></sx-catalog-card></sx-provider>`,
    );
    const card = provider.querySelector('sx-catalog-card')!;
    const root = card.shadowRoot!;
    await waitUntil(() => field(root, 'day'), 'the form never opened', { timeout: 5000 });
    const day = field(root, 'day') as HTMLInputElement;
    expect(day.min).to.equal(dateBound(2));
    expect(day.max).to.equal(dateBound(14));

    day.focus();
    day.value = dateBound(0)!;
    day.dispatchEvent(new Event('input'));
    // Tab moves between the day, month and year inside a date input: leave it for the submit button.
    root.querySelector<HTMLButtonElement>('[part~=submit]')!.focus();
    await waitUntil(() => day.getAttribute('aria-invalid') === 'true', 'a day too early was accepted', { timeout: 5000 });
    const message = text(root.getElementById(day.getAttribute('aria-describedby')!));
    expect(message).to.match(/^Please choose .+ or later\.$/);
    await waitUntil(() => text(root.querySelector('[role=status]')).includes(`Which day?: ${message}`), undefined, { timeout: 5000 });
    await expect(card).to.be.accessible();

    day.value = dateBound(15)!;
    day.dispatchEvent(new Event('input'));
    await card.updateComplete;
    expect(text(root.getElementById(day.getAttribute('aria-describedby')!))).to.match(/^Please choose .+ or earlier\.$/);

    day.value = dateBound(3)!;
    day.dispatchEvent(new Event('input'));
    await card.updateComplete;
    expect(day.getAttribute('aria-invalid')).to.equal('false');
    expect(root.querySelector('.error')).to.equal(null);
  });

  it('shows and hides conditional fields as the answers change', async () => {
    const mounted = await mount();
    const { root, card } = mounted;
    await openForm(mounted);
    expect(field(root, 'model_other')).to.equal(null);
    expect(field(root, 'accessory_list')).to.equal(null);
    const model = field(root, 'model') as HTMLSelectElement;
    model.value = 'other';
    model.dispatchEvent(new Event('change'));
    await card.updateComplete;
    expect(field(root, 'model_other')).to.exist;
    expect(text(root.querySelector('label[for="f-model_other"]'))).to.contain('Which model do you need, and why?');
    const accessories = field(root, 'accessories') as HTMLInputElement;
    accessories.click();
    await card.updateComplete;
    expect(field(root, 'accessory_list')).to.exist;
    expect(root.querySelectorAll('fieldset input[type=checkbox]')).to.have.length(5);
    await expect(card).to.be.accessible();
    model.value = 'standard';
    model.dispatchEvent(new Event('change'));
    accessories.click();
    await card.updateComplete;
    expect(field(root, 'model_other')).to.equal(null);
    expect(field(root, 'accessory_list')).to.equal(null);
  });

  it('keeps a draft across a reload (the element removed and mounted again)', async () => {
    const first = await mount('cat-monitor');
    await openForm(first);
    const location = field(first.root, 'location') as HTMLSelectElement;
    location.value = 'home';
    location.dispatchEvent(new Event('change'));
    await first.card.updateComplete;
    const address = field(first.root, 'home_address') as HTMLTextAreaElement;
    address.value = 'Kade 12, 3011 Rotterdam';
    address.dispatchEvent(new Event('input'));
    first.card.remove();

    const second = await mount('cat-monitor', [], first.adapter);
    await openForm(second);
    expect((field(second.root, 'location') as HTMLSelectElement).value).to.equal('home');
    expect((field(second.root, 'home_address') as HTMLTextAreaElement).value).to.equal('Kade 12, 3011 Rotterdam');
    expect(text(second.root)).to.contain('We restored what you typed last time.');
    await expect(second.card).to.be.accessible();
  });

  it('a submit that times out is retried with the same key and creates exactly one request', async () => {
    const mounted = await mount('cat-monitor', [{ kind: 'timeout', operation: 'submitRequest', times: 1 }]);
    const { root, card, adapter, provider } = mounted;
    await openForm(mounted);
    choose(root, 'location', 'leeds');
    const before = (await newRequests(adapter, 'Extra monitor')).length;
    const submit = root.querySelector<HTMLButtonElement>('[part~=submit]')!;
    const delivered = new Promise<CustomEvent>((resolve) =>
      card.addEventListener('sx-request-submit', (event) => {
        if (!event.detail.queued) resolve(event);
      }),
    );
    submit.click();
    submit.click();
    const event = await delivered;
    // A late third press, after delivery but before the confirmation renders.
    submit.click();
    const entry = (await provider.connection!.outbox.entries({ kind: 'request' })).find(
      (candidate) => candidate.key === event.detail.idempotencyKey,
    )!;
    expect(entry.attempts, 'the first send should have timed out').to.equal(1);
    expect(entry.status).to.equal('delivered');
    await aTimeout(50);
    expect((await newRequests(adapter, 'Extra monitor')).length - before).to.equal(1);
    await waitUntil(() => root.querySelector('[part~=confirmation]'), undefined, { timeout: 5000 });
    await expect(card).to.be.accessible();
  });

  it('says honestly that a request made offline will be sent later, and keeps it', async () => {
    const mounted = await mount('cat-monitor', [{ kind: 'network', operation: 'submitRequest' }]);
    const { root, card, adapter } = mounted;
    await openForm(mounted);
    choose(root, 'location', 'lyon');
    const queued = oneEvent(card, 'sx-request-submit');
    root.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    const event = await queued;
    expect(event.detail.queued).to.equal(true);
    await waitUntil(() => text(root).includes('will be sent when you’re back online'), undefined, { timeout: 5000 });
    await expect(card).to.be.accessible();
    const delivered = oneEvent(card, 'sx-request-submit');
    adapter.setFaults([]);
    window.dispatchEvent(new Event('online'));
    expect((await delivered).detail.receipt!.number).to.match(/^RITM/);
  });

  it('says the desk had a problem when it fails with a server error, not that it is slow', async () => {
    const mounted = await mount('cat-monitor', [{ kind: 'server', operation: 'submitRequest' }]);
    const { root } = mounted;
    await openForm(mounted);
    choose(root, 'location', 'lyon');
    root.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await waitUntil(() => text(root).includes('we keep trying'), 'no "saved, we keep trying" notice', { timeout: 5000 });
    expect(text(root)).to.contain('The service desk had a problem. Your request is saved and we keep trying.');
    expect(text(root)).not.to.contain('slow');
    await expect(mounted.card).to.be.accessible();
  });

  it('keeps the draft and explains a refused request by kind', async () => {
    const mounted = await mount('cat-monitor', [{ kind: 'forbidden', operation: 'submitRequest' }]);
    const { root, card, adapter } = mounted;
    await openForm(mounted);
    choose(root, 'location', 'lyon');
    const failed = oneEvent(card, 'sx-error');
    root.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    expect((await failed).detail).to.include({ kind: 'forbidden', operation: 'submit-request' });
    await waitUntil(() => root.querySelector('[role=alert]'), undefined, { timeout: 5000 });
    expect(text(root.querySelector('[role=alert]'))).to.contain('You do not have access to this');
    expect(text(root)).to.contain('What you typed is kept.');
    expect((field(root, 'location') as HTMLSelectElement).value).to.equal('lyon');
    await expect(card).to.be.accessible();
    adapter.setFaults([]);
  });

  it('says so when the item is not in the catalog', async () => {
    const { root, card } = await mount('cat-does-not-exist');
    expect(text(root.querySelector('[role=alert]'))).to.contain('This service is not in the catalog');
    await expect(card).to.be.accessible();
  });

  it('shows a skeleton of the card while it loads', async () => {
    const adapter = createMemoryAdapter({ dbName: `sx-catalog-card-slow-${Date.now()}`, latency: 300 });
    const provider = await fixture<SxProvider>(
      html`<sx-provider .adapter=${adapter}><sx-catalog-card item-id="cat-monitor"></sx-catalog-card></sx-provider>`,
    );
    const card = provider.querySelector('sx-catalog-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('.skeleton-card'), undefined, { timeout: 5000 });
    expect(text(card.shadowRoot!.querySelector('.skeleton-card'))).to.equal('Loading the service…');
    await expect(card).to.be.accessible();
  });

  it('speaks Arabic right to left in the dark theme, and stays accessible', async () => {
    const adapter = createMemoryAdapter({ dbName: `sx-catalog-card-ar-${Date.now()}` });
    const provider = await fixture<SxProvider>(
      html`<div dir="rtl" lang="ar"><sx-provider .adapter=${adapter} locale="ar" theme="dark"><sx-catalog-card item-id="cat-mobile-phone"></sx-catalog-card></sx-provider></div>`,
    );
    const card = provider.querySelector('sx-catalog-card')!;
    await waitUntil(() => text(card.shadowRoot).includes('يحتاج إلى موافقة المدير'), 'the Arabic strings never loaded', { timeout: 5000 });
    expect(text(card.shadowRoot)).to.contain('شهريًا');
    await openForm({ adapter, provider: provider as unknown as SxProvider, card, root: card.shadowRoot! });
    await expect(card).to.be.accessible();
  });

  it('falls back to a text field for people when the backend has no person lookup', async () => {
    const adapter = createMemoryAdapter({ dbName: `sx-catalog-card-nopeople-${Date.now()}` });
    (adapter as { capabilities: Record<string, boolean> }).capabilities = { ...adapter.capabilities, people: false };
    const mounted = await mount('cat-new-laptop', [], adapter);
    await openForm(mounted);
    const person = field(mounted.root, 'for_person')!;
    expect(person.getAttribute('role')).to.equal(null);
    expect(person.getAttribute('type')).to.equal('text');
  });

  it('names the purpose of e-mail fields for autofill (autocomplete="email", WCAG 1.3.5)', async () => {
    const mounted = await mount('cat-shared-mailbox-access');
    await openForm(mounted);
    const mailbox = field(mounted.root, 'mailbox')!;
    expect(mailbox.getAttribute('type')).to.equal('email');
    expect(mailbox.getAttribute('autocomplete')).to.equal('email');
  });

  // Last in this file: it defines <sx-ticket-status> for the rest of the page.
  it('embeds <sx-ticket-status> for the new request when that element is on the page', async () => {
    if (!customElements.get('sx-ticket-status')) customElements.define('sx-ticket-status', class extends HTMLElement {});
    const mounted = await mount('cat-monitor');
    const { root } = mounted;
    await openForm(mounted);
    choose(root, 'location', 'leeds');
    root.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await waitUntil(() => root.querySelector('sx-ticket-status'), undefined, { timeout: 5000 });
    expect(root.querySelector('sx-ticket-status')!.getAttribute('ticket-id')).to.match(/^RITM/);
  });
});
