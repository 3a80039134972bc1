import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/elements/sx-ticket-status/sx-ticket-status.js';
import type { SxProvider } from '../../../src/elements/sx-provider/sx-provider.component.js';
import type { SxTicketStatus } from '../../../src/elements/sx-ticket-status/sx-ticket-status.component.js';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions, type MemoryFault } from '../../../src/adapters/memory/index.js';
import { loadSeed } from '../../../src/adapters/memory/seed/index.js';
import type { SxErrorDetail } from '../../../src/core/events.js';

// Tuesday 2026-11-24, 11:00 UTC: every seed time is relative to it, every date shown in UTC.
const NOW = new Date('2026-11-24T11:00:00Z');
const clock = () => NOW;
const { tickets: seedTickets } = await loadSeed(NOW);
let databases = 0;

// Validation's schemas load beside the first request (core/validate.ts); the dev server compiles
// zod for them on that first request (over a second here), which no bundle does. Load them before
// the stories so each story's time limits measure the element, not the dev server.
before(() => import('../../../src/core/result-schemas.js'));
const freshName = () => `sx-ticket-status-${Date.now()}-${databases++}`;

function backend(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return createMemoryAdapter({
    dbName: freshName(),
    now: clock,
    tickets: structuredClone(seedTickets),
    articles: [],
    catalog: [],
    people: [],
    ...options,
  });
}

async function mount(adapter: MemoryAdapter, ticketId?: string) {
  const provider = await fixture<SxProvider>(
    ticketId
      ? html`<sx-provider locale="en-GB" .now=${clock} .adapter=${adapter}
          ><sx-ticket-status ticket-id=${ticketId} time-zone="UTC"></sx-ticket-status
        ></sx-provider>`
      : html`<sx-provider locale="en-GB" .now=${clock} .adapter=${adapter}
          ><sx-ticket-status time-zone="UTC"></sx-ticket-status
        ></sx-provider>`,
  );
  return { provider, element: provider.querySelector<SxTicketStatus>('sx-ticket-status')! };
}

const root = (element: Element) => element.shadowRoot!;
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => root(element).querySelector<T>(selector);
const $$ = (element: Element, selector: string) => [...root(element).querySelectorAll<HTMLElement>(selector)];
const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heard = (element: Element) => words($(element, '[role=status]'));
const currentStep = (element: Element) => words($(element, '[part=stage] [aria-current=step]'));

async function shown(element: SxTicketStatus, title: string) {
  // The first ticket of a file also waits for the embedded backend's seed and the detail view's chunk.
  await waitUntil(() => words($(element, 'h2')) === title, `never showed "${title}"; showed: ${words(element.shadowRoot)}`, { timeout: 5000 });
}

async function type(target: HTMLElement, text: string) {
  target.focus();
  await sendKeys({ type: text });
}

function button(element: Element, label: string): HTMLButtonElement {
  const found = $$(element, 'button').find((candidate) => words(candidate) === label);
  if (!found) throw new Error(`no button "${label}" in: ${words(element.shadowRoot)}`);
  return found as HTMLButtonElement;
}

describe('<sx-ticket-status> detail', () => {
  it('says where the request is, who has it and by when, in words a screen reader reads well', async () => {
    const { element } = await mount(backend(), 'INC0012001');
    await shown(element, 'Laptop won’t charge when connected to the docking station');
    expect(words($(element, '.number'))).to.equal('INC0012001');
    expect(currentStep(element)).to.equal('In progress, current');
    const steps = $$(element, '[part=stage] li').map(words);
    expect(steps[0]).to.equal('Submitted, completed');
    expect(steps[3]).to.equal('Waiting on you, upcoming');
    const facts = words($(element, '.facts'));
    expect(facts).to.contain('Work in Progress').and.contain('P3 - Moderate').and.contain('Ruben Smit, Workplace Services');
    expect(words($(element, '[part=sla]'))).to.equal('Target We aim to resolve this by Tue 14:00 due in 3 hours');
    expect(facts).to.contain('Next update By Tue 13:00');
    const newest = $(element, '[part=event]')!;
    expect(words(newest)).to.contain('Ruben Smit Service desk').and.contain('I will bring a replacement WD19S dock');
    expect(heard(element)).to.equal('Request INC0012001: In progress.');
    await expect(element).to.be.accessible();
  });

  it('says an overdue target plainly: "Overdue, we are on it"', async () => {
    const { element } = await mount(backend(), 'INC0012004');
    await shown(element, 'VPN disconnects every few minutes when working from home');
    expect(words($(element, '[part=sla]'))).to.equal('Target Overdue, we are on it The target was Tue 06:00.');
    await expect(element).to.be.accessible();
  });

  it('puts what the desk needs and the reply box first while it waits for you, with the clock paused', async () => {
    const { element } = await mount(backend(), 'INC0012002');
    await shown(element, 'Laptop fan very loud and laptop gets hot');
    const waiting = $(element, '[part=waiting]')!;
    expect(words(waiting)).to.contain('We need something from you').and.contain('Service Tag');
    expect(waiting.querySelector('[part=comment-box] label')!.textContent).to.equal('Your reply');
    const order = $$(element, '[part=waiting], .facts, [part=timeline]').map((node) => node.className.split(' ')[0]);
    expect(order).to.deep.equal(['waiting', 'facts', 'timeline']);
    expect(words($(element, '[part=sla]'))).to.contain('Paused while we wait for you');
    expect(currentStep(element)).to.equal('Waiting on you, current');
    await expect(element).to.be.accessible();
  });

  it('follows the ticket through its states without a reload, announcing each change', async () => {
    const adapter = backend();
    const { element } = await mount(adapter, 'INC0012001');
    await shown(element, 'Laptop won’t charge when connected to the docking station');

    const changed = oneEvent(element, 'sx-ticket-change');
    await adapter.agentUpdate('INC0012001', {
      state: 'waiting-on-you',
      waitingFor: 'Please tell us which desk you are at today.',
      comment: 'The dock is here; which desk are you at?',
    });
    const { detail } = await changed;
    expect(detail).to.deep.equal({ ticketId: 'INC0012001', previousState: 'in-progress', state: 'waiting-on-you' });
    await element.updateComplete;
    expect(heard(element)).to.equal('Status changed to Waiting on you.');
    expect(currentStep(element)).to.equal('Waiting on you, current');
    expect(words($(element, '[part=waiting]'))).to.contain('Please tell us which desk you are at today.');
    expect(words($(element, '[part=event]'))).to.contain('which desk are you at?');
    await expect(element).to.be.accessible();

    await adapter.agentUpdate('INC0012001', { state: 'resolved', comment: 'Dock swapped.' });
    await waitUntil(() => currentStep(element) === 'Resolved, current', undefined, { timeout: 5000 });
    expect(heard(element)).to.equal('Status changed to Resolved.');
    expect(words($(element, '[part=decision]'))).to.contain('Is your problem solved?');
  });

  it('keeps a comment written while the backend fails, across a reload, and delivers it once', async () => {
    const dbName = freshName();
    const failing = backend({ dbName, faults: [{ kind: 'server', operation: 'addComment' }] });
    const first = await mount(failing, 'INC0012001');
    await shown(first.element, 'Laptop won’t charge when connected to the docking station');

    await type($(first.element, '#comment')!, 'The dock light blinks orange.');
    expect(words($(first.element, '#comment-counter'))).to.equal('29 of 2,000 characters');
    button(first.element, 'Send').click();
    await first.element.updateComplete;
    const pending = () => $(first.element, '[data-pending]');
    expect(words(pending())).to.contain('The dock light blinks orange.').and.contain('Sending…');
    expect(($(first.element, '#comment') as HTMLTextAreaElement).value).to.equal('');
    await waitUntil(() => words(pending()).includes('Not sent yet'), 'the failed send was not shown as pending', { timeout: 5000 });
    await expect(first.element).to.be.accessible();

    // Reload: the page goes away; a new backend object and provider start on the same database.
    const connection = first.provider.connection!;
    first.provider.remove();
    connection.close();
    const reloaded = backend({ dbName, faults: [{ kind: 'server', operation: 'addComment' }] });
    const second = await mount(reloaded, 'INC0012001');
    await shown(second.element, 'Laptop won’t charge when connected to the docking station');
    await waitUntil(() => $(second.element, '[data-pending]'), 'the pending comment did not come back after the reload', { timeout: 5000 });
    expect(words($(second.element, '[data-pending]'))).to.contain('The dock light blinks orange.');
    expect($(second.element, '[data-pending]')!.dataset.pending).to.be.oneOf(['pending', 'sending']);

    reloaded.setFaults([]);
    dispatchEvent(new Event('online'));
    await waitUntil(() => !$(second.element, '[data-pending]'), 'the comment was never delivered', { timeout: 5000 });
    const delivered = $$(second.element, '[part=event]').find((node) => words(node).includes('The dock light blinks orange.'))!;
    expect(words(delivered)).to.contain('Sent');
    expect(heard(second.element)).to.equal('Your comment was sent.');

    await second.provider.connection!.outbox.flush({ force: true });
    const ticket = await reloaded.getTicket('INC0012001');
    expect(ticket.events.filter((event) => event.text === 'The dock light blinks orange.')).to.have.length(1);
    expect($$(second.element, '[part=event]').filter((node) => words(node).includes('The dock light blinks orange.'))).to.have.length(1);
  });

  async function reloadWithQueuedDecision(operation: 'confirmResolution' | 'reopenTicket', act: (element: SxTicketStatus) => Promise<void>) {
    const dbName = freshName();
    const faults: MemoryFault[] = [{ kind: 'server', operation }];
    const first = await mount(backend({ dbName, faults }), 'INC0012003');
    await shown(first.element, 'Cannot print to the Follow-Me printer on the 3rd floor');
    await act(first.element);
    await waitUntil(() => words($(first.element, '[part=decision]')).includes('Sending your answer…'), undefined, { timeout: 5000 });
    const outbox = first.provider.connection!.outbox;
    await waitUntil(
      async () => (await outbox.entries()).some((entry) => entry.status === 'pending' && entry.error),
      'the failed send was never queued for a retry', { timeout: 5000 });

    // Reload: the page goes away; a new backend object and provider start on the same database.
    const connection = first.provider.connection!;
    first.provider.remove();
    connection.close();
    const reloaded = backend({ dbName, faults });
    const second = await mount(reloaded, 'INC0012003');
    await shown(second.element, 'Cannot print to the Follow-Me printer on the 3rd floor');
    await waitUntil(
      () => words($(second.element, '[part=decision]')).includes('Sending your answer…'),
      'the queued answer was not shown as being sent after the reload', { timeout: 5000 });
    return { reloaded, element: second.element };
  }

  it('shows a confirm still queued at a reload as being sent, and closes the ticket once it is delivered', async () => {
    const { reloaded, element } = await reloadWithQueuedDecision('confirmResolution', async (page) => {
      button(page, 'Yes, it’s fixed').click();
    });
    expect(button(element, 'Yes, it’s fixed').disabled).to.equal(true);
    await expect(element).to.be.accessible();

    reloaded.setFaults([]);
    dispatchEvent(new Event('online'));
    await waitUntil(() => words($(element, '[part=decision]')).includes('We have closed your request'), 'the confirm was never delivered', { timeout: 5000 });
    expect(currentStep(element)).to.equal('Closed, current');
    expect((await reloaded.getTicket('INC0012003')).state).to.equal('closed');
  });

  it('shows a reopen still queued at a reload as being sent, and reopens the ticket once it is delivered', async () => {
    const { reloaded, element } = await reloadWithQueuedDecision('reopenTicket', async (page) => {
      button(page, 'No, still broken').click();
      await page.updateComplete;
      await type($(page, '#reason')!, 'Still no prints.');
      button(page, 'Reopen the request').click();
    });
    expect(button(element, 'No, still broken').disabled).to.equal(true);
    await expect(element).to.be.accessible();

    reloaded.setFaults([]);
    dispatchEvent(new Event('online'));
    await waitUntil(() => words($(element, '[part=decision]')).includes('We have reopened your request'), 'the reopen was never delivered', { timeout: 5000 });
    expect(currentStep(element)).to.equal('In progress, current');
    const ticket = await reloaded.getTicket('INC0012003');
    expect(ticket.events.filter((event) => event.type === 'reopened' && event.text === 'Still no prints.')).to.have.length(1);
  });

  it('asks for a message before sending an empty comment', async () => {
    const { element } = await mount(backend(), 'INC0012001');
    await shown(element, 'Laptop won’t charge when connected to the docking station');
    button(element, 'Send').click();
    await element.updateComplete;
    const box = $(element, '#comment')!;
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(words($(element, '#comment-error'))).to.equal('Write a message first.');
    expect(root(element).activeElement).to.equal(box);
    await expect(element).to.be.accessible();
  });

  it('reopens a resolved ticket with the reason the person gives', async () => {
    const adapter = backend();
    const { element } = await mount(adapter, 'INC0012003');
    await shown(element, 'Cannot print to the Follow-Me printer on the 3rd floor');
    button(element, 'No, still broken').click();
    await element.updateComplete;
    expect(root(element).activeElement?.id).to.equal('reason');
    await expect(element).to.be.accessible();
    await type($(element, '#reason')!, 'The badge stopped working again today.');
    button(element, 'Reopen the request').click();
    await waitUntil(() => words($(element, '[part=decision]')).includes('We have reopened your request'), 'never said it reopened', { timeout: 5000 });
    const ticket = await adapter.getTicket('INC0012003');
    expect(ticket.state).to.equal('in-progress');
    expect(ticket.events.at(-1)).to.include({ type: 'reopened', text: 'The badge stopped working again today.' });
    expect(currentStep(element)).to.equal('In progress, current');
  });

  it('confirms the fix; no survey appears when <sx-satisfaction> is not on the page', async () => {
    const adapter = backend();
    const { element } = await mount(adapter, 'INC0012003');
    await shown(element, 'Cannot print to the Follow-Me printer on the 3rd floor');
    button(element, 'Yes, it’s fixed').click();
    await waitUntil(() => words($(element, '[part=decision]')).includes('We have closed your request'), 'never said it closed', { timeout: 5000 });
    expect((await adapter.getTicket('INC0012003')).state).to.equal('closed');
    expect(currentStep(element)).to.equal('Closed, current');
    expect($(element, 'sx-satisfaction')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('offers <sx-satisfaction> for the ticket after confirming, when the page has it', async () => {
    customElements.define('sx-satisfaction', class extends HTMLElement {});
    const { element } = await mount(backend(), 'INC0012003');
    await shown(element, 'Cannot print to the Follow-Me printer on the 3rd floor');
    button(element, 'Yes, it’s fixed').click();
    await waitUntil(() => $(element, 'sx-satisfaction'), undefined, { timeout: 5000 });
    expect($(element, 'sx-satisfaction')!.getAttribute('ticket-id')).to.equal('INC0012003');
  });

  it('promises no next update on a cancelled request', async () => {
    const tickets = structuredClone(seedTickets);
    const cancelled = tickets.find((ticket) => ticket.id === 'INC0012001')!;
    Object.assign(cancelled, { state: 'cancelled', stateLabel: 'Cancelled', nextUpdateBy: '2026-11-24T13:00:00Z' });
    const { element } = await mount(backend({ tickets }), 'INC0012001');
    await shown(element, 'Laptop won’t charge when connected to the docking station');
    expect(currentStep(element)).to.equal('Cancelled, current');
    expect(words($(element, '.facts'))).to.contain('Cancelled').and.not.contain('Next update');
    await expect(element).to.be.accessible();
  });

  it('renders the newest 50 of a long history and shows earlier ones on request, in either order', async () => {
    const tickets = structuredClone(seedTickets);
    const long = tickets.find((ticket) => ticket.id === 'INC0012001')!;
    long.events = Array.from({ length: 220 }, (_, index) => ({
      id: `x${index}`,
      type: 'comment' as const,
      at: new Date(NOW.getTime() - (220 - index) * 60_000).toISOString(),
      author: { name: 'Ruben Smit', isAgent: true },
      text: `Update number ${index + 1}`,
    }));
    const { element } = await mount(backend({ tickets }), 'INC0012001');
    await shown(element, 'Laptop won’t charge when connected to the docking station');
    expect($$(element, '[part=event]')).to.have.length(50);
    expect(words($(element, '[part=event]'))).to.contain('Update number 220');
    button(element, 'Show 170 earlier updates').click();
    await element.updateComplete;
    expect($$(element, '[part=event]')).to.have.length(220);
    button(element, 'Show oldest first').click();
    await element.updateComplete;
    expect(words($(element, '[part=event]'))).to.contain('Update number 1');
  });
});

describe('<sx-ticket-status> states', () => {
  it('shows a skeleton that reserves the space while loading', async () => {
    const { element } = await mount(backend({ latency: 10_000 }), 'INC0012001');
    await waitUntil(() => $(element, '.loading'), undefined, { timeout: 5000 });
    expect($(element, '.loading')!.getAttribute('aria-busy')).to.equal('true');
    expect($(element, '.loading')!.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(words($(element, '.loading'))).to.equal('Loading your request…');
    await expect(element).to.be.accessible();
  });

  it('says plainly when the ticket does not exist', async () => {
    const adapter = backend();
    const provider = await fixture<SxProvider>(html`<sx-provider .now=${clock} .adapter=${adapter}></sx-provider>`);
    const element = document.createElement('sx-ticket-status');
    element.ticketId = 'INC9999999';
    const failed = oneEvent(provider, 'sx-error');
    provider.append(element);
    expect(((await failed) as CustomEvent<SxErrorDetail>).detail).to.include({ kind: 'not-found', operation: 'load-ticket' });
    await element.updateComplete;
    expect(words($(element, '[role=alert]'))).to.contain('We could not find this');
    await expect(element).to.be.accessible();
  });

  it('says when the person has no access to the ticket', async () => {
    const { element } = await mount(backend({ faults: [{ kind: 'forbidden', operation: 'getTicket' }] }), 'INC0012001');
    await waitUntil(() => $(element, '[role=alert]'), undefined, { timeout: 5000 });
    expect(words($(element, '[role=alert]'))).to.contain('You do not have access to this');
    await expect(element).to.be.accessible();
  });

  it('offers a retry after a server error, and the retry works', async () => {
    const { element } = await mount(backend({ faults: [{ kind: 'server', operation: 'getTicket', times: 1 }] }), 'INC0012001');
    await waitUntil(() => $(element, '[role=alert]'), undefined, { timeout: 5000 });
    expect(words($(element, '[role=alert]'))).to.contain('The service desk had a problem');
    await expect(element).to.be.accessible();
    button(element, 'Try again').click();
    await shown(element, 'Laptop won’t charge when connected to the docking station');
  });

  it('shows a malformed answer as a readable problem', async () => {
    const { element } = await mount(backend({ faults: [{ kind: 'malformed', operation: 'getTicket' }] }), 'INC0012001');
    await waitUntil(() => $(element, '[role=alert]'), undefined, { timeout: 5000 });
    expect(words($(element, '[role=alert]'))).to.contain('sent something we could not read');
  });

  it('shows the last known ticket, marked stale, when offline', async () => {
    const dbName = freshName();
    const first = await mount(backend({ dbName }), 'INC0012001');
    await shown(first.element, 'Laptop won’t charge when connected to the docking station');
    first.provider.remove();
    const { element } = await mount(backend({ dbName, faults: [{ kind: 'network', operation: 'getTicket' }] }), 'INC0012001');
    await shown(element, 'Laptop won’t charge when connected to the docking station');
    expect(words($(element, '.stale'))).to.contain('Showing what we last saw. It may be out of date.');
    await expect(element).to.be.accessible();
  });

  it('shows the last known list, marked stale, when offline', async () => {
    const dbName = freshName();
    const first = await mount(backend({ dbName }));
    await waitUntil(() => $$(first.element, '[part=list-item]').length > 0, 'the list never loaded', { timeout: 5000 });
    const listed = $$(first.element, '.row-number').map(words);
    first.provider.remove();
    const { element } = await mount(backend({ dbName, faults: [{ kind: 'network', operation: 'listTickets' }] }));
    await waitUntil(() => $(element, '.stale'), 'the list was not shown as stale', { timeout: 5000 });
    expect(words($(element, '.stale'))).to.contain('Showing what we last saw. It may be out of date.');
    expect($$(element, '.row-number').map(words)).to.deep.equal(listed);
    expect($(element, '[role=alert]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('explains itself when no backend is configured', async () => {
    const element = await fixture<SxTicketStatus>(html`<sx-ticket-status ticket-id="INC0012001"></sx-ticket-status>`);
    expect(words(element.shadowRoot)).to.contain('This widget is not connected yet');
    await expect(element).to.be.accessible();
  });

  it('polls when the backend cannot push, and notices a change', async () => {
    const adapter = backend();
    await adapter.getTicket('INC0012001');
    const withoutPush = Object.create(adapter, {
      capabilities: { value: { ...adapter.capabilities, watch: false } },
      watchTicket: { value: undefined },
    }) as MemoryAdapter;
    const provider = await fixture<SxProvider>(
      html`<sx-provider .now=${clock} .adapter=${withoutPush}
        ><sx-ticket-status ticket-id="INC0012001" poll-interval="1"></sx-ticket-status
      ></sx-provider>`,
    );
    const element = provider.querySelector('sx-ticket-status')!;
    await shown(element, 'Laptop won’t charge when connected to the docking station');
    const changed = oneEvent(element, 'sx-ticket-change');
    await adapter.agentUpdate('INC0012001', { state: 'resolved' });
    expect((await changed).detail.state).to.equal('resolved');
  });
});

describe('<sx-ticket-status> live updates paused by the person (WCAG 2.2.2)', () => {
  it('keeps the ticket as shown while paused, and catches up on resume', async () => {
    const adapter = backend();
    const { element } = await mount(adapter, 'INC0012001');
    await shown(element, 'Laptop won’t charge when connected to the docking station');
    const stateShown = () => words($(element, '[aria-current=step] .step-name'));
    const before = stateShown();
    const toggle = () => $<HTMLButtonElement>(element, 'button.live')!;
    expect(words(toggle())).to.equal('Pause live updates');
    expect(toggle().getAttribute('aria-pressed')).to.equal('false');
    toggle().click();
    await element.updateComplete;
    expect(toggle().getAttribute('aria-pressed')).to.equal('true');
    await expect(element).to.be.accessible();

    let changes = 0;
    element.addEventListener('sx-ticket-change', () => changes++);
    await adapter.agentUpdate('INC0012001', { state: 'resolved' });
    await aTimeout(600);
    expect(changes, 'a change reached the page while paused').to.equal(0);
    expect(stateShown()).to.equal(before);

    const changed = oneEvent(element, 'sx-ticket-change');
    toggle().click();
    expect((await changed).detail.state).to.equal('resolved');
    await element.updateComplete;
    expect(toggle().getAttribute('aria-pressed')).to.equal('false');
    expect(stateShown()).to.equal('Resolved');
  });
});

describe('<sx-ticket-status> list', () => {
  it('lists open requests first, filters and searches them, and opens one in detail', async () => {
    const { element } = await mount(backend());
    await waitUntil(() => $$(element, '[part=list-item]').length > 0, 'the list never loaded', { timeout: 5000 });
    const numbers = () => $$(element, '.row-number').map(words);
    const states = () => $$(element, '.row-state').map(words);
    expect(numbers()).to.include('INC0012001').and.include('INC0012002');
    expect(numbers()).not.to.include('INC0012003');
    expect(states().every((label) => ['Submitted', 'Assigned', 'In progress', 'Waiting on you'].includes(label))).to.equal(true);
    await expect(element).to.be.accessible();

    $(element, 'input[value=resolved]')!.click();
    await waitUntil(() => numbers().includes('INC0012003'), 'the resolved filter did not apply', { timeout: 5000 });
    expect(numbers()).not.to.include('INC0012001');

    $(element, 'input[value=all]')!.click();
    await waitUntil(() => numbers().includes('INC0012001') && numbers().includes('INC0012003'), undefined, { timeout: 5000 });
    const all = states();
    const firstClosed = all.findIndex((label) => ['Resolved', 'Closed', 'Cancelled'].includes(label));
    expect(all.slice(firstClosed).some((label) => label === 'In progress')).to.equal(false);

    await type($(element, '#search')!, 'follow-me');
    await waitUntil(() => numbers().length === 1, `search did not narrow: ${numbers().join(', ')}`, { timeout: 5000 });
    expect(numbers()).to.deep.equal(['INC0012003']);
    await waitUntil(() => heard(element) === '1 request', undefined, { timeout: 5000 });

    $(element, '[data-id=INC0012003]')!.click();
    await shown(element, 'Cannot print to the Follow-Me printer on the 3rd floor');
    expect(root(element).activeElement?.id).to.equal('ticket-title');
    await expect(element).to.be.accessible();

    button(element, 'Back to my requests').click();
    await waitUntil(() => root(element).activeElement?.getAttribute('data-id') === 'INC0012003', 'focus did not return to the row', { timeout: 5000 });
  });
});
