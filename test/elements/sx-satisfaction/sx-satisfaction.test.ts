import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/elements/sx-satisfaction/sx-satisfaction.js';
import type { SxSatisfaction } from '../../../src/elements/sx-satisfaction/sx-satisfaction.component.js';
import { createMemoryAdapter, type MemoryAdapter, type MemoryFault } from '../../../src/adapters/memory/index.js';
import type { SxProvider } from '../../../src/elements/sx-provider/sx-provider.component.js';
import { SURVEY_POLICY_KEY, SurveyPolicyStore, parseLedger, recordAnswered, recordOptedOut, recordShown, type SurveyLedger } from '../../../src/core/survey-policy.js';

const DAY = 86_400_000;
const monday = Date.parse('2026-03-02T09:00:00Z');
let run = 0;

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** The name a screen reader reads for a form control: its label without decorative (aria-hidden) parts. */
function spokenName(control: HTMLInputElement): string {
  const label = control.labels![0]!.cloneNode(true) as HTMLElement;
  label.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
  return label.textContent!.replace(/\s+/g, ' ').trim();
}
const checkedScore = (el: Element) => $<HTMLInputElement>(el, 'input[name=score]:checked')?.value;

/** Counts the answers the backend really accepted (faulted calls excluded). */
function countAccepted(adapter: MemoryAdapter) {
  const counter = { accepted: 0 };
  const original = adapter.submitSatisfaction.bind(adapter);
  adapter.submitSatisfaction = async (...args) => {
    const receipt = await original(...args);
    counter.accepted += 1;
    return receipt;
  };
  return counter;
}

interface MountOptions {
  dbName?: string;
  adapter?: MemoryAdapter;
  faults?: MemoryFault[];
  now?: number;
  locale?: string;
}

/** A page with a button before the prompt (to Tab from) and the prompt inside a provider. */
async function mount(attributes: Record<string, string>, options: MountOptions = {}) {
  const adapter = options.adapter ?? createMemoryAdapter({ dbName: options.dbName ?? `sx-satisfaction-${Date.now()}-${run++}`, faults: options.faults });
  const clock = options.now ?? monday;
  const page = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Before</button>
    <sx-provider .adapter=${adapter} .now=${() => new Date(clock)} locale=${options.locale ?? 'en'}></sx-provider>
  </div>`);
  const element = document.createElement('sx-satisfaction');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  page.querySelector('sx-provider')!.append(element);
  return { page, element, adapter };
}

async function shown(element: SxSatisfaction) {
  await waitUntil(() => !element.inactive && $(element, '[role=radiogroup]'), 'the prompt never appeared', { timeout: 3000 });
  await element.updateComplete;
}

/** Waits long enough for a prompt that would appear to appear, then checks it did not. */
async function expectHidden(element: SxSatisfaction) {
  // While the backend's word is awaited an inline prompt the local policy would show holds its place.
  await waitUntil(() => element.inactive, 'the prompt still holds its place', { timeout: 3000 });
  await aTimeout(150);
  await element.updateComplete;
  expect(element.inactive, 'inactive').to.equal(true);
  expect(getComputedStyle(element).display).to.equal('none');
  expect(element.getBoundingClientRect().height).to.equal(0);
  expect(text(element)).to.equal('');
}

/** What another tab does: it changes the stored policy, and the browser tells this tab with a `storage` event. */
function changeInAnotherTab(change: (ledger: SurveyLedger) => SurveyLedger) {
  const oldValue = localStorage.getItem(SURVEY_POLICY_KEY);
  const newValue = JSON.stringify(change(parseLedger(oldValue)));
  localStorage.setItem(SURVEY_POLICY_KEY, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key: SURVEY_POLICY_KEY, oldValue, newValue, storageArea: localStorage, url: location.href }));
}

async function send(element: SxSatisfaction) {
  $(element, 'button[type=submit]')!.click();
  await waitUntil(() => $(element, '[part=thanks]'), 'no thank-you after sending', { timeout: 5000 });
}

describe('<sx-satisfaction>', () => {
  beforeEach(() => localStorage.removeItem(SURVEY_POLICY_KEY));

  const keyboardRuns: { scale: string; keys: string[]; score: string; name: string }[] = [
    { scale: 'csat5', keys: ['Space', 'ArrowRight', 'ArrowRight', 'ArrowRight'], score: '4', name: 'Satisfied' },
    { scale: 'thumbs', keys: ['Space', 'ArrowRight', 'ArrowLeft'], score: '1', name: 'Yes' },
    { scale: 'emoji5', keys: ['ArrowRight', 'ArrowRight', 'ArrowLeft'], score: '2', name: 'Unhappy' },
    { scale: 'ces7', keys: ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'], score: '7', name: '7 Strongly agree' },
    { scale: 'nps11', keys: ['ArrowLeft'], score: '10', name: '10 Extremely likely' },
  ];
  for (const { scale, keys, score, name } of keyboardRuns) {
    it(`rates on the ${scale} scale with the keyboard alone: Tab into the group, arrows, Space, Enter`, async () => {
      const { page, element, adapter } = await mount({ topic: `keyboard-${scale}`, scale });
      await shown(element);
      expect($(element, '[role=radiogroup]')!.getAttribute('aria-labelledby')).to.equal('question');
      await expect(element).to.be.accessible();

      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const first = element.shadowRoot!.activeElement as HTMLInputElement;
      expect(first?.name, 'Tab lands on the first answer').to.equal('score');
      for (const key of keys) await sendKeys({ press: key });
      expect(checkedScore(element)).to.equal(score);
      const chosen = element.shadowRoot!.activeElement as HTMLInputElement;
      expect(chosen.value, 'focus follows the choice').to.equal(score);
      expect(spokenName(chosen)).to.equal(name);
      expect($(element, '[part~=option-checked]')).to.not.equal(null);

      const submitted = oneEvent(element, 'sx-rating-submit');
      await sendKeys({ press: 'Enter' });
      const { detail } = await submitted;
      expect(detail).to.include({ scale, score: Number(score) });
      await waitUntil(async () => (await adapter.ratingsReceived()).length === 1, 'the answer never reached the backend', { timeout: 5000 });
      const [rating] = await adapter.ratingsReceived();
      expect(rating).to.include({ id: detail.id, scale, score: Number(score) });
      expect(rating!.subject).to.deep.equal({ type: 'topic', id: `keyboard-${scale}` });
      await waitUntil(() => text(element).includes('Your feedback has been sent.'), undefined, { timeout: 5000 });
      expect(element.shadowRoot!.activeElement, 'focus moves to the thank-you, not lost').to.equal($(element, '[part=thanks]'));
      await expect(element).to.be.accessible();
    });
  }

  it('a low score asks what went wrong, in plain words, and the reasons and comment reach the backend', async () => {
    const { element, adapter } = await mount({ 'ticket-id': 'INC0012003', 'subject-label': 'INC0012003' });
    await shown(element);
    expect(text(element)).to.contain('About: INC0012003').and.contain('How satisfied are you');
    expect($(element, '[part=reasons]'), 'no follow-up before a score').to.equal(null);

    $<HTMLLabelElement>(element, 'label[for=score-5]')!.click();
    await element.updateComplete;
    expect($(element, '[part=reasons] legend')!.textContent).to.contain('What went well?');

    $<HTMLLabelElement>(element, 'label[for=score-1]')!.click();
    await element.updateComplete;
    const reasons = $(element, '[part=reasons]')!;
    expect(reasons.querySelector('legend')!.textContent).to.contain('What went wrong?');
    expect(reasons.textContent).to.contain('It took too long').and.contain('I didn’t feel listened to');
    await expect(element).to.be.accessible();

    $<HTMLLabelElement>(element, 'label[for=reason-responsiveness]')!.click();
    $<HTMLLabelElement>(element, 'label[for=reason-reliability]')!.click();
    $<HTMLTextAreaElement>(element, '[part=comment]')!.focus();
    await sendKeys({ type: 'Nobody called me back' });
    const submitted = oneEvent(element, 'sx-rating-submit');
    await send(element);
    const { detail } = await submitted;
    expect(detail).to.deep.include({
      subject: { type: 'ticket', id: 'INC0012003' },
      scale: 'csat5',
      score: 1,
      reasons: ['responsiveness', 'reliability'],
      comment: 'Nobody called me back',
    });

    await waitUntil(async () => (await adapter.ratingsReceived()).length === 1, undefined, { timeout: 5000 });
    const [rating] = await adapter.ratingsReceived();
    expect(rating).to.deep.include({ score: 1, reasons: ['responsiveness', 'reliability'], comment: 'Nobody called me back', anonymous: false });
    await waitUntil(() => text(element).includes('A team lead calls back'), 'the follow-up from the backend is not shown', { timeout: 5000 });
    expect(text(element)).to.contain('Thank you for your feedback.');
    await waitUntil(
      () => $(element, '[role=status]')!.textContent!.includes('Your feedback has been sent.'),
      'the delivery was not announced', { timeout: 5000 });
    await expect(element).to.be.accessible();
  });

  it('asks per-dimension ratings with `rater`, and offers anonymity when the backend allows it', async () => {
    const { element, adapter } = await mount({ topic: 'rater-pulse', rater: '' });
    await shown(element);
    $<HTMLLabelElement>(element, 'label[for=score-4]')!.click();
    await element.updateComplete;
    const groups = $$(element, '.rater [role=radiogroup]');
    expect(groups).to.have.length(5);
    expect(text(element)).to.contain('Speed').and.contain('Getting it right');
    $<HTMLLabelElement>(element, 'label[for=rater-responsiveness-2]')!.click();
    $<HTMLLabelElement>(element, 'label[for=rater-empathy-5]')!.click();
    $<HTMLLabelElement>(element, 'label[for=anonymous]')!.click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
    await send(element);
    await waitUntil(async () => (await adapter.ratingsReceived()).length === 1, undefined, { timeout: 5000 });
    const [rating] = await adapter.ratingsReceived();
    expect(rating!.rater).to.deep.equal({ responsiveness: 2, empathy: 5 });
    expect(rating!.anonymous).to.equal(true);
  });

  it('an answer given offline is kept, and delivered exactly once when the connection is back', async () => {
    const adapter = createMemoryAdapter({
      dbName: `sx-satisfaction-offline-${Date.now()}`,
      faults: [{ kind: 'network', operation: 'submitSatisfaction' }],
    });
    const counter = countAccepted(adapter);
    const { element } = await mount({ 'ticket-id': 'INC0012003' }, { adapter });
    await shown(element);
    $<HTMLLabelElement>(element, 'label[for=score-2]')!.click();
    await element.updateComplete;
    await send(element);
    await waitUntil(() => text(element).includes('saved on this device'), 'no "saved, will send" message while offline', { timeout: 5000 });
    expect($(element, '[role=status]')!.textContent).to.contain('saved on this device');
    await expect(element).to.be.accessible();
    expect(await adapter.ratingsReceived()).to.have.length(0);

    adapter.setFaults([]);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => text(element).includes('Your feedback has been sent.'), 'not sent after reconnecting', { timeout: 3000 });
    window.dispatchEvent(new Event('online'));
    await aTimeout(200);
    expect(counter.accepted).to.equal(1);
    expect(await adapter.ratingsReceived()).to.have.length(1);
  });

  it('a server error while sending says the desk had a problem, not that the connection failed', async () => {
    const adapter = createMemoryAdapter({
      dbName: `sx-satisfaction-server-${Date.now()}`,
      faults: [{ kind: 'server', operation: 'submitSatisfaction' }],
    });
    const { element } = await mount({ 'ticket-id': 'INC0012003' }, { adapter });
    await shown(element);
    $<HTMLLabelElement>(element, 'label[for=score-4]')!.click();
    await element.updateComplete;
    await send(element);
    await waitUntil(() => text(element).includes('we keep trying'), 'no "saved, we keep trying" message', { timeout: 5000 });
    expect(text(element)).to.contain('The service desk had a problem. Your feedback is saved and we keep trying to send it.');
    expect(text(element)).not.to.contain('connection');
    await expect(element).to.be.accessible();
  });

  it('an answer given offline is delivered exactly once after a reload', async () => {
    const dbName = `sx-satisfaction-reload-${Date.now()}`;
    const before = createMemoryAdapter({ dbName, faults: [{ kind: 'network', operation: 'submitSatisfaction' }] });
    const countedBefore = countAccepted(before);
    const first = await mount({ 'ticket-id': 'INC0012001' }, { adapter: before });
    await shown(first.element);
    $<HTMLLabelElement>(first.element, 'label[for=score-5]')!.click();
    await first.element.updateComplete;
    await send(first.element);
    await waitUntil(() => text(first.element).includes('saved on this device'), undefined, { timeout: 5000 });
    first.page.remove();

    // The reload: a new backend object on the same database, a new provider, the same prompt.
    const after = createMemoryAdapter({ dbName });
    const countedAfter = countAccepted(after);
    const second = await mount({ 'ticket-id': 'INC0012001' }, { adapter: after });
    await waitUntil(() => text(second.element).includes('Your feedback has been sent.'), 'not sent after the reload', { timeout: 5000 });
    expect($(second.element, '[role=radiogroup]'), 'not asked again').to.equal(null);
    await aTimeout(200);
    expect(countedBefore.accepted + countedAfter.accepted).to.equal(1);
    const ratings = await after.ratingsReceived();
    expect(ratings).to.have.length(1);
    expect(ratings[0]).to.include({ score: 5 });
    await expect(second.element).to.be.accessible();
  });

  it('asks about one ticket per period: the second ticket inside the period is not asked about', async () => {
    const dbName = `sx-satisfaction-cap-${Date.now()}`;
    const first = await mount({ 'ticket-id': 'INC0012003' }, { dbName });
    await shown(first.element);
    first.page.remove();

    const second = await mount({ 'ticket-id': 'INC0012004' }, { dbName, now: monday + 2 * DAY });
    await expectHidden(second.element);
    await expect(second.element).to.be.accessible();
    second.page.remove();

    const sameAgain = await mount({ 'ticket-id': 'INC0012003' }, { dbName, now: monday + DAY });
    await shown(sameAgain.element);
    sameAgain.page.remove();

    const nextWeek = await mount({ 'ticket-id': 'INC0012004' }, { dbName, now: monday + 8 * DAY });
    await shown(nextWeek.element);
    nextWeek.page.remove();

    const allowTwo = await mount({ 'ticket-id': 'INC0012002', 'max-prompts': '2' }, { dbName, now: monday + 9 * DAY });
    await shown(allowTwo.element);
  });

  it('never asks again after "Don\'t ask me about this"', async () => {
    const first = await mount({ topic: 'laptop-refresh' });
    await shown(first.element);
    const dismissed = oneEvent(first.element, 'sx-rating-dismiss');
    [...$$(first.element, 'button')].find((button) => button.textContent!.includes('Don’t ask me about this'))!.click();
    expect((await dismissed).detail).to.deep.equal({ subject: { type: 'topic', id: 'laptop-refresh' }, reason: 'opt-out' });
    await expectHidden(first.element);
    first.page.remove();

    const muchLater = await mount({ topic: 'laptop-refresh' }, { now: monday + 60 * DAY });
    await expectHidden(muchLater.element);
    muchLater.page.remove();

    const otherTopic = await mount({ topic: 'onboarding' }, { now: monday + 60 * DAY });
    await shown(otherTopic.element);
  });

  it('stays hidden for a topic when the backend rates tickets only, and still asks about tickets', async () => {
    const ticketsOnly = () => {
      const adapter = createMemoryAdapter({ dbName: `sx-satisfaction-tickets-only-${Date.now()}-${run++}` });
      Object.defineProperty(adapter, 'capabilities', { value: { ...adapter.capabilities, 'satisfaction-topics': false } });
      return adapter;
    };
    const topic = await mount({ topic: 'laptop-refresh' }, { adapter: ticketsOnly() });
    await expectHidden(topic.element);
    await expect(topic.element).to.be.accessible();
    topic.page.remove();

    const ticket = await mount({ 'ticket-id': 'INC0012003' }, { adapter: ticketsOnly() });
    await shown(ticket.element);
  });

  it('"Not now" hides the prompt for the snooze time, then asks again', async () => {
    const first = await mount({ topic: 'vpn-pulse', 'snooze-days': '2' });
    await shown(first.element);
    const dismissed = oneEvent(first.element, 'sx-rating-dismiss');
    [...$$(first.element, 'button')].find((button) => button.textContent!.trim() === 'Not now')!.click();
    expect((await dismissed).detail.reason).to.equal('snooze');
    await expectHidden(first.element);
    first.page.remove();

    const tomorrow = await mount({ topic: 'vpn-pulse', 'snooze-days': '2' }, { now: monday + DAY });
    await expectHidden(tomorrow.element);
    tomorrow.page.remove();

    const later = await mount({ topic: 'vpn-pulse', 'snooze-days': '2' }, { now: monday + 2 * DAY + 1 });
    await shown(later.element);
  });

  it("honours the backend's survey state: a ticket answered elsewhere is not asked about", async () => {
    const adapter = createMemoryAdapter({ dbName: `sx-satisfaction-remote-${Date.now()}` });
    await adapter.submitSatisfaction(
      { id: 'r-1', subject: { type: 'ticket', id: 'INC0012003' }, scale: 'thumbs', score: 1, reasons: [], anonymous: false, submittedAt: new Date(monday).toISOString() },
      { idempotencyKey: 'r-1' },
    );
    const { element } = await mount({ 'ticket-id': 'INC0012003' }, { adapter });
    await expectHidden(element);
  });

  it('a second answer to the same ticket replaces the first instead of counting twice', async () => {
    const { element, adapter } = await mount({ 'ticket-id': 'INC0012003', scale: 'thumbs' });
    await shown(element);
    $<HTMLLabelElement>(element, 'label[for=score-0]')!.click();
    await element.updateComplete;
    await send(element);
    await waitUntil(() => text(element).includes('has been sent'), undefined, { timeout: 5000 });
    [...$$(element, 'button')].find((button) => button.textContent!.includes('Change my answer'))!.click();
    await waitUntil(() => $(element, '[role=radiogroup]'), undefined, { timeout: 5000 });
    $<HTMLLabelElement>(element, 'label[for=score-1]')!.click();
    await element.updateComplete;
    await send(element);
    await waitUntil(() => text(element).includes('has been sent'), undefined, { timeout: 5000 });
    const ratings = await adapter.ratingsReceived();
    expect(ratings).to.have.length(1);
    expect(ratings[0]!.score).to.equal(1);
  });

  it('as a toast: a labelled region in a corner that never takes focus', async () => {
    const { page, element } = await mount({ topic: 'toast-pulse', presentation: 'toast', scale: 'thumbs' });
    const before = page.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
    await shown(element);
    const region = $(element, '[role=region]')!;
    expect(region.getAttribute('aria-label')).to.equal('Feedback');
    expect(getComputedStyle(region).position).to.equal('fixed');
    expect(document.activeElement).to.equal(before);
    await expect(element).to.be.accessible();
  });

  it('speaks Arabic right to left', async () => {
    const { page, element } = await mount({ topic: 'rtl-pulse', scale: 'emoji5' }, { locale: 'ar' });
    await shown(element);
    await waitUntil(() => text(element).includes('ليس الآن'), 'Arabic strings never loaded', { timeout: 5000 });
    expect($(element, '[part=base]')!.getAttribute('dir')).to.equal('rtl');
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(checkedScore(element), 'in right-to-left text, left arrow moves to the next answer').to.equal('2');
    await expect(element).to.be.accessible();
  });

  it('an answer refused for good is explained in plain words, kept, and delivered exactly once by Try again', async () => {
    const adapter = createMemoryAdapter({
      dbName: `sx-satisfaction-refused-${Date.now()}`,
      faults: [{ kind: 'forbidden', operation: 'submitSatisfaction' }],
    });
    const counter = countAccepted(adapter);
    const { page, element } = await mount({ 'ticket-id': 'INC0012003' }, { adapter });
    const errors: CustomEvent<SxEventMap['sx-error']>[] = [];
    page.addEventListener('sx-error', (event) => errors.push(event));
    await shown(element);
    $<HTMLLabelElement>(element, 'label[for=score-2]')!.click();
    await element.updateComplete;
    $<HTMLTextAreaElement>(element, '[part=comment]')!.focus();
    await sendKeys({ type: 'The printer is still offline' });
    await send(element);

    await waitUntil(() => $(element, '[part=error]'), 'the failure is not shown', { timeout: 5000 });
    const problem = $(element, '[part=error]')!;
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(problem.textContent).to.contain('You do not have access to this').and.contain('contact the service desk');
    expect(text(element), 'no codes or jargon').to.not.match(/403|forbidden|injected|fault/i);
    expect(text(element), 'says the answer is kept').to.contain('Your answer is kept on this device');
    await waitUntil(() => $(element, '[role=status]')!.textContent!.includes('could not be sent'), 'the failure was not announced', { timeout: 5000 });
    expect(errors.map((event) => event.detail)).to.deep.equal([
      { kind: 'forbidden', message: 'Injected forbidden fault in submitSatisfaction', operation: 'submit-satisfaction' },
    ]);
    await expect(element).to.be.accessible();

    const outbox = page.querySelector<SxProvider>('sx-provider')!.connection!.outbox;
    const [kept] = await outbox.entries({ kind: 'satisfaction' });
    expect(kept, 'the answer is still in the outbox').to.deep.include({ status: 'failed' });
    expect(kept!.payload).to.deep.include({ score: 2, comment: 'The printer is still offline' });

    adapter.setFaults([]);
    const retry = [...$$<HTMLButtonElement>(element, 'button')].find((button) => button.textContent!.includes('Try again'));
    expect(retry, 'Try again is offered').to.not.equal(undefined);
    retry!.click();
    await waitUntil(() => text(element).includes('Your feedback has been sent.'), 'not sent after Try again', { timeout: 3000 });
    expect($(element, '[part=error]'), 'the problem is gone').to.equal(null);
    window.dispatchEvent(new Event('online'));
    await aTimeout(200);
    expect(counter.accepted, 'delivered exactly once').to.equal(1);
    const ratings = await adapter.ratingsReceived();
    expect(ratings).to.have.length(1);
    expect(ratings[0]).to.deep.include({ id: kept!.key, score: 2, comment: 'The printer is still offline' });
    expect(errors, 'no second error after Try again').to.have.length(1);
    expect((await outbox.entries({ kind: 'satisfaction' }))[0]!.status).to.equal('delivered');
  });

  it('an answer refused for good is still there after a reload, with Try again', async () => {
    const dbName = `sx-satisfaction-refused-reload-${Date.now()}`;
    const before = createMemoryAdapter({ dbName, faults: [{ kind: 'forbidden', operation: 'submitSatisfaction' }] });
    const first = await mount({ topic: 'refused-reload' }, { adapter: before });
    await shown(first.element);
    $<HTMLLabelElement>(first.element, 'label[for=score-4]')!.click();
    await first.element.updateComplete;
    await send(first.element);
    await waitUntil(() => $(first.element, '[part=error]'), 'the failure is not shown', { timeout: 5000 });
    first.page.remove();

    const after = createMemoryAdapter({ dbName, faults: [{ kind: 'forbidden', operation: 'submitSatisfaction' }] });
    const second = await mount({ topic: 'refused-reload' }, { adapter: after });
    await waitUntil(() => $(second.element, '[part=error]'), 'the kept answer is not shown after the reload', { timeout: 3000 });
    expect($(second.element, '[role=radiogroup]'), 'not asked again').to.equal(null);
    after.setFaults([]);
    [...$$<HTMLButtonElement>(second.element, 'button')].find((button) => button.textContent!.includes('Try again'))!.click();
    await waitUntil(() => text(second.element).includes('Your feedback has been sent.'), 'not sent after Try again', { timeout: 3000 });
    const ratings = await after.ratingsReceived();
    expect(ratings).to.have.length(1);
    expect(ratings[0]).to.include({ score: 4 });
  });

  it('an answer given in another tab hides the prompt open here', async () => {
    const { element } = await mount({ topic: 'cross-tab-answer' });
    await shown(element);
    changeInAnotherTab((ledger) => recordAnswered(ledger, 'topic:cross-tab-answer', monday));
    await expectHidden(element);
  });

  it('"Don\'t ask me about this" in another tab hides the prompt open here; other subjects leave it alone', async () => {
    const { element } = await mount({ topic: 'cross-tab-opt-out' });
    await shown(element);
    changeInAnotherTab((ledger) => recordShown(ledger, 'topic:something-else', monday + 1));
    await aTimeout(50);
    await element.updateComplete;
    expect(element.inactive, 'a prompt shown elsewhere does not hide this one').to.equal(false);
    expect($(element, '[role=radiogroup]')).to.not.equal(null);

    const dismissed: Event[] = [];
    element.addEventListener('sx-rating-dismiss', (event) => dismissed.push(event));
    changeInAnotherTab((ledger) => recordOptedOut(ledger, 'topic:cross-tab-opt-out', monday));
    await expectHidden(element);
    expect(dismissed, 'the other tab reported the dismissal, not this one').to.have.length(0);
  });

  it('two prompts for the same subject on one page: dismissing one hides the other', async () => {
    const { page, element } = await mount({ topic: 'twice-on-page' });
    const twin = document.createElement('sx-satisfaction');
    twin.setAttribute('topic', 'twice-on-page');
    page.querySelector('sx-provider')!.append(twin);
    await shown(element);
    await shown(twin);
    [...$$(twin, 'button')].find((button) => button.textContent!.includes('Don’t ask me about this'))!.click();
    await expectHidden(twin);
    await expectHidden(element);
  });

  it('a policy written by another copy of the store on this page is followed too', async () => {
    const { element } = await mount({ topic: 'second-store' });
    await shown(element);
    new SurveyPolicyStore().update((ledger) => recordOptedOut(ledger, 'topic:second-store', monday));
    await expectHidden(element);
  });

  it('says it is not connected when there is no backend', async () => {
    const element = await fixture<SxSatisfaction>(html`<sx-satisfaction topic="x"></sx-satisfaction>`);
    expect(element.inactive).to.equal(false);
    expect(text(element)).to.contain('This widget is not connected yet');
    await expect(element).to.be.accessible();
  });
});
