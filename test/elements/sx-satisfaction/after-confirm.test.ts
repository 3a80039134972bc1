import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/provider.js';
import '../../../src/ticket-status.js';
import '../../../src/satisfaction.js';
import type { SxProvider } from '../../../src/elements/sx-provider/sx-provider.component.js';
import type { SxSatisfaction } from '../../../src/elements/sx-satisfaction/sx-satisfaction.component.js';
import type { SxTicketStatus } from '../../../src/elements/sx-ticket-status/sx-ticket-status.component.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { loadSeed } from '../../../src/adapters/memory/seed/index.js';
import { SURVEY_POLICY_KEY } from '../../../src/core/survey-policy.js';

const NOW = new Date('2026-11-24T11:00:00Z');
const clock = () => NOW;
const { tickets } = await loadSeed(NOW);
let run = 0;

const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector);
const button = (element: Element, label: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => words(candidate) === label)!;

/** The demo's page: a topic pulse on the page, and a resolved request the person can confirm. */
async function pageWithPulse(ticketId: string) {
  const adapter = createMemoryAdapter({ dbName: `after-confirm-${Date.now()}-${run++}`, persist: false, now: clock, tickets: structuredClone(tickets) });
  const provider = await fixture<SxProvider>(html`<sx-provider locale="en" .now=${clock} .adapter=${adapter}>
    <sx-ticket-status ticket-id=${ticketId} time-zone="UTC"></sx-ticket-status>
    <sx-satisfaction topic="laptop-refresh"></sx-satisfaction>
  </sx-provider>`);
  const status = provider.querySelector<SxTicketStatus>('sx-ticket-status')!;
  const pulse = provider.querySelector<SxSatisfaction>('sx-satisfaction')!;
  await waitUntil(() => !pulse.inactive && $(pulse, '[role=radiogroup]'), 'the topic pulse never appeared', { timeout: 5000 });
  await waitUntil(() => button(status, 'Yes, it’s fixed'), 'the request never offered "Yes, it’s fixed"', { timeout: 5000 });
  return { provider, status, pulse };
}

describe('<sx-satisfaction> after "Yes, it’s fixed"', () => {
  beforeEach(() => localStorage.removeItem(SURVEY_POLICY_KEY));

  it('asks about the confirmed request though a topic pulse was shown this week, and the pulse steps back', async () => {
    const { status, pulse } = await pageWithPulse('INC0012003');
    button(status, 'Yes, it’s fixed').click();
    let prompt: SxSatisfaction | null = null;
    await waitUntil(() => (prompt = $<SxSatisfaction>(status, 'sx-satisfaction')), 'no prompt was offered', { timeout: 5000 });
    await waitUntil(() => !prompt!.inactive && $(prompt!, '[role=radiogroup]'), 'the prompt about the request stayed hidden', { timeout: 5000 });
    expect(prompt!.ticketId).to.equal('INC0012003');
    // Never two questions at once: the pulse yields to the request just confirmed.
    await waitUntil(() => pulse.inactive, 'the topic pulse kept asking beside the request’s prompt', { timeout: 5000 });
    expect(getComputedStyle(pulse).display).to.equal('none');
    await expect(prompt!).to.be.accessible();
  });

  it('still asks about one request per period: a second confirmed request that week is not asked about', async () => {
    const first = await pageWithPulse('INC0012003');
    button(first.status, 'Yes, it’s fixed').click();
    await waitUntil(() => {
      const prompt = $<SxSatisfaction>(first.status, 'sx-satisfaction');
      return prompt && !prompt.inactive;
    }, 'the first request was not asked about', { timeout: 5000 });
    first.provider.remove();

    const adapter = createMemoryAdapter({ dbName: `after-confirm-${Date.now()}-${run++}`, persist: false, now: clock, tickets: structuredClone(tickets) });
    const provider = await fixture<SxProvider>(html`<sx-provider locale="en" .now=${clock} .adapter=${adapter}>
      <sx-satisfaction ticket-id="INC0012999"></sx-satisfaction>
      <sx-satisfaction topic="onboarding"></sx-satisfaction>
    </sx-provider>`);
    const [ticket, topic] = [...provider.querySelectorAll<SxSatisfaction>('sx-satisfaction')];
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(ticket!.inactive, 'a second request prompt in the period').to.equal(true);
    expect(topic!.inactive, 'a topic prompt after a request prompt in the period').to.equal(true);
  });
});
