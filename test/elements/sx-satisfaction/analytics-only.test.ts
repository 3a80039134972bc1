import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/provider.js';
import '../../../src/elements/sx-satisfaction/sx-satisfaction.js';
import type { SxSatisfaction } from '../../../src/elements/sx-satisfaction/sx-satisfaction.component.js';
import type { SxProvider } from '../../../src/elements/sx-provider/sx-provider.component.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { Capability, ServiceAdapter } from '../../../src/core/adapter.js';
import type { AnalyticsRecord } from '../../../src/core/analytics.js';
import type { InsightRecord } from '../../../src/core/insights-schemas.js';
import type { SurveyState, SurveySubject } from '../../../src/core/schemas.js';
import { SURVEY_POLICY_KEY } from '../../../src/core/survey-policy.js';

const DAY = 86_400_000;
const monday = Date.parse('2026-03-02T09:00:00Z');
let run = 0;

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
/** Whether a part is there; asserted as a boolean, because a failing assertion on an element serialises the whole page. */
const has = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const button = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === name);

/**
 * The embedded backend as a desk that cannot store ratings (Zammad), optionally also without the
 * survey state (Freshservice has it) or the kit's own records (`insights`).
 */
function deskWithoutRatings(options: { lacking?: Capability[]; surveyState?: (subject: SurveySubject) => SurveyState } = {}) {
  const memory = createMemoryAdapter({ dbName: `sx-satisfaction-analytics-${Date.now()}-${run++}` });
  const lacking: Capability[] = ['satisfaction', 'satisfaction-topics', ...(options.lacking ?? [])];
  const desk: Record<string, unknown> = {
    name: memory.name,
    id: memory.id,
    capabilities: { ...memory.capabilities, ...Object.fromEntries(lacking.map((capability) => [capability, false])) },
  };
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(memory))) {
    const method = memory[name as keyof MemoryAdapter];
    if (name !== 'constructor' && name !== 'submitSatisfaction' && typeof method === 'function') desk[name] = (method as () => unknown).bind(memory);
  }
  const surveyStateAsked: SurveySubject[] = [];
  if (lacking.includes('survey-state')) delete desk.getSurveyState;
  else if (options.surveyState) {
    const answer = options.surveyState;
    desk.getSurveyState = async (subject: SurveySubject) => (surveyStateAsked.push(subject), answer(subject));
  }
  const stored: InsightRecord[] = [];
  desk.recordEvents = async (records: readonly InsightRecord[], signal?: AbortSignal) => {
    stored.push(...records);
    return memory.recordEvents(records, signal);
  };
  return { desk: desk as unknown as ServiceAdapter, memory, surveyStateAsked, stored };
}

interface MountOptions {
  /** Collect the page's analytics records (default true). */
  sink?: boolean;
  now?: number;
  locale?: string;
}

async function mount(adapter: ServiceAdapter, attributes: Record<string, string>, options: MountOptions = {}) {
  const records: AnalyticsRecord[] = [];
  const analytics = options.sink === false ? undefined : (record: AnalyticsRecord) => records.push(record);
  const clock = options.now ?? monday;
  const page = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Before</button>
    <sx-provider .adapter=${adapter} .analytics=${analytics} .now=${() => new Date(clock)} locale=${options.locale ?? 'en'}></sx-provider>
  </div>`);
  const provider = page.querySelector<SxProvider>('sx-provider')!;
  const element = document.createElement('sx-satisfaction');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  provider.append(element);
  return { page, provider, element, records, ratings: () => records.filter((record) => record.type === 'sx.rating') };
}

async function shown(element: SxSatisfaction) {
  await waitUntil(() => !element.inactive && $(element, '[role=radiogroup]'), 'the prompt never appeared', { timeout: 3000 });
  await element.updateComplete;
}

async function expectHidden(element: SxSatisfaction) {
  await aTimeout(150);
  await element.updateComplete;
  expect(element.inactive, 'inactive').to.equal(true);
  expect(element.getBoundingClientRect().height).to.equal(0);
  expect(text(element)).to.equal('');
}

/** Nothing of any kind waits in (or went through) this backend's outbox. */
async function expectNothingQueued(provider: SxProvider) {
  expect(await provider.connection!.outbox.entries(), 'outbox entries').to.deep.equal([]);
}

describe('<sx-satisfaction> on a backend that cannot store ratings', () => {
  beforeEach(() => localStorage.removeItem(SURVEY_POLICY_KEY));

  it('asks, is answered with the keyboard, and the rating becomes the page’s sx.rating record only', async () => {
    const { desk, memory } = deskWithoutRatings();
    const { page, provider, element, ratings } = await mount(desk, { 'ticket-id': 'INC0012003', 'subject-label': 'INC0012003' });
    await shown(element);
    expect(text(element)).to.contain('About: INC0012003').and.contain('How satisfied are you');
    await expect(element).to.be.accessible();

    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect((element.shadowRoot!.activeElement as HTMLInputElement)?.name, 'Tab lands on the scale').to.equal('score');
    for (const key of ['Space', 'ArrowRight', 'ArrowRight', 'ArrowRight']) await sendKeys({ press: key });
    const submitted = oneEvent(element, 'sx-rating-submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail).to.deep.include({ subject: { type: 'ticket', id: 'INC0012003' }, scale: 'csat5', score: 4, destination: 'analytics' });

    await waitUntil(() => text(element).includes('Your feedback helps us improve our service.'), 'no honest thank-you', { timeout: 5000 });
    const thanks = text(element);
    expect(thanks).to.contain('Thank you for your feedback.');
    expect(thanks, 'claims no delivery to the desk').to.not.contain('has been sent').and.not.contain('Sending').and.not.contain('saved');
    expect(thanks, 'promises no follow-up from the desk').to.not.contain('calls back');
    expect(button(element, 'Try again') === undefined, 'nothing to retry').to.equal(true);
    expect(element.shadowRoot!.activeElement === $(element, '[part=thanks]'), 'focus moves to the thank-you').to.equal(true);
    await waitUntil(() => $(element, '[role=status]')!.textContent!.includes('Your feedback helps us improve our service.'), 'not announced', { timeout: 5000 });
    await expect(element).to.be.accessible();

    expect(ratings()).to.have.length(1);
    const [record] = ratings();
    expect(record!.source).to.match(/#sx-satisfaction$/);
    expect(record!.data).to.deep.include({ id: detail.id, subject: { type: 'ticket', id: 'INC0012003' }, scale: 'csat5', score: 4, destination: 'analytics' });
    await expectNothingQueued(provider);
    expect(await memory.ratingsReceived(), 'the backend received nothing').to.deep.equal([]);
  });

  it('asks what went wrong but not for a comment or anonymity, which no record would keep', async () => {
    const { desk } = deskWithoutRatings();
    const { provider, element, ratings } = await mount(desk, { topic: 'vpn-pulse', scale: 'thumbs' });
    await shown(element);
    $<HTMLLabelElement>(element, 'label[for=score-0]')!.click();
    await waitUntil(() => $(element, '[part=reasons]'), 'no reasons after a low score', { timeout: 5000 });
    expect(has(element, '[part=comment]'), 'no comment box').to.equal(false);
    expect(has(element, '#anonymous'), 'no "Send without my name"').to.equal(false);
    await expect(element).to.be.accessible();

    $<HTMLLabelElement>(element, 'label[for=reason-responsiveness]')!.click();
    await element.updateComplete;
    button(element, 'Send')!.click();
    await waitUntil(() => ratings().length === 1, 'no sx.rating record', { timeout: 5000 });
    expect(ratings()[0]!.data).to.deep.include({ subject: { type: 'topic', id: 'vpn-pulse' }, scale: 'thumbs', score: 0, reasons: ['responsiveness'] });
    await expectNothingQueued(provider);
  });

  it('follows the survey policy: once answered it does not ask again within the period', async () => {
    const { desk } = deskWithoutRatings();
    const first = await mount(desk, { topic: 'laptop-refresh' });
    await shown(first.element);
    $<HTMLLabelElement>(first.element, 'label[for=score-5]')!.click();
    await first.element.updateComplete;
    button(first.element, 'Send')!.click();
    await waitUntil(() => first.ratings().length === 1, undefined, { timeout: 5000 });
    first.page.remove();

    const sameWeek = await mount(desk, { topic: 'laptop-refresh' }, { now: monday + 2 * DAY });
    await expectHidden(sameWeek.element);
    const otherTopicSameWeek = await mount(desk, { topic: 'onboarding' }, { now: monday + 2 * DAY });
    await expectHidden(otherTopicSameWeek.element);
    expect(sameWeek.ratings().length + otherTopicSameWeek.ratings().length).to.equal(0);
  });

  it('"Not now" snoozes it and sends no rating', async () => {
    const { desk } = deskWithoutRatings();
    const { page, element, ratings, records } = await mount(desk, { topic: 'vpn-pulse', 'snooze-days': '2' });
    await shown(element);
    button(element, 'Not now')!.click();
    await expectHidden(element);
    expect(ratings()).to.deep.equal([]);
    expect(records.map((record) => record.type)).to.include('sx.rating-dismiss');
    page.remove();

    const tomorrow = await mount(desk, { topic: 'vpn-pulse', 'snooze-days': '2' }, { now: monday + DAY });
    await expectHidden(tomorrow.element);
  });

  it('uses the backend’s survey state where it has one (Freshservice): an answered subject is not asked', async () => {
    const { desk, surveyStateAsked } = deskWithoutRatings({
      surveyState: (subject) => ({ answered: subject.id === 'INC0012003', optedOut: false, lastAskedAt: new Date(monday - DAY).toISOString(), followUp: 'A team lead calls back.' }),
    });
    const answered = await mount(desk, { 'ticket-id': 'INC0012003' });
    await expectHidden(answered.element);
    expect(surveyStateAsked).to.deep.equal([{ type: 'ticket', id: 'INC0012003' }]);
    answered.page.remove();

    const open = await mount(desk, { 'ticket-id': 'INC0012010' });
    await shown(open.element);
    $<HTMLLabelElement>(open.element, 'label[for=score-5]')!.click();
    await open.element.updateComplete;
    button(open.element, 'Send')!.click();
    await waitUntil(() => text(open.element).includes('Your feedback helps us improve our service.'), undefined, { timeout: 5000 });
    expect(text(open.element), 'the desk’s follow-up is not promised for an answer it never gets').to.not.contain('calls back');
  });

  it('stays hidden as before when the page has no analytics sink', async () => {
    const { desk } = deskWithoutRatings({ lacking: ['insights'] });
    const { element } = await mount(desk, { 'ticket-id': 'INC0012003' }, { sink: false });
    await expectHidden(element);
    await expect(element).to.be.accessible();
  });

  it('counts the backend’s own records (`insights`) as the page’s analytics', async () => {
    const { desk, stored } = deskWithoutRatings();
    const { element } = await mount(desk, { topic: 'insights-pulse' }, { sink: false });
    await shown(element);
    $<HTMLLabelElement>(element, 'label[for=score-2]')!.click();
    await element.updateComplete;
    button(element, 'Send')!.click();
    await waitUntil(() => text(element).includes('Your feedback helps us improve our service.'), undefined, { timeout: 5000 });
    // The provider hands records to the backend in batches, about a second apart.
    await waitUntil(() => stored.some((record) => record.type === 'sx.rating'), 'the rating never reached the backend’s records', { timeout: 4000 });
    expect(stored.find((record) => record.type === 'sx.rating')!.data).to.deep.include({ subject: { type: 'topic', id: 'insights-pulse' }, score: 2 });
  });
});

describe('<sx-satisfaction analytics-only>', () => {
  beforeEach(() => localStorage.removeItem(SURVEY_POLICY_KEY));

  it('sends the rating only to the page’s records, even to a backend that could store it', async () => {
    const memory = createMemoryAdapter({ dbName: `sx-satisfaction-analytics-only-${Date.now()}-${run++}` });
    const { provider, element, ratings } = await mount(memory, { topic: 'intranet-page', 'analytics-only': '' });
    await shown(element);
    expect(has(element, '#anonymous'), 'the backend’s anonymity does not apply').to.equal(false);
    $<HTMLLabelElement>(element, 'label[for=score-1]')!.click();
    await waitUntil(() => $(element, '[part=reasons]'), undefined, { timeout: 5000 });
    expect(has(element, '[part=comment]')).to.equal(false);
    button(element, 'Send')!.click();
    await waitUntil(() => ratings().length === 1, 'no sx.rating record', { timeout: 5000 });
    expect(ratings()[0]!.data).to.deep.include({ subject: { type: 'topic', id: 'intranet-page' }, scale: 'csat5', score: 1, destination: 'analytics' });
    await waitUntil(() => text(element).includes('Your feedback helps us improve our service.'), undefined, { timeout: 5000 });
    expect(text(element)).to.not.contain('calls back');
    await expect(element).to.be.accessible();
    await expectNothingQueued(provider);
    expect(await memory.ratingsReceived()).to.deep.equal([]);
  });

  it('stays hidden without an analytics sink, rather than storing the answer in the backend', async () => {
    const memory = createMemoryAdapter({ dbName: `sx-satisfaction-analytics-only-${Date.now()}-${run++}` });
    Object.defineProperty(memory, 'capabilities', { value: { ...memory.capabilities, insights: false } });
    const { element } = await mount(memory, { topic: 'intranet-page', 'analytics-only': '' }, { sink: false });
    await expectHidden(element);
  });

  it('says what happens in the reader’s language', async () => {
    const { desk } = deskWithoutRatings();
    const { element } = await mount(desk, { topic: 'pulse-de' }, { locale: 'de' });
    await shown(element);
    $<HTMLLabelElement>(element, 'label[for=score-4]')!.click();
    await element.updateComplete;
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[type=submit]')][0]!.click();
    await waitUntil(() => text(element).includes('Ihr Feedback hilft uns, unseren Service zu verbessern.'), 'no German thank-you', { timeout: 5000 });
    await expect(element).to.be.accessible();
  });
});
