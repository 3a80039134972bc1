/**
 * WCAG 2.5.2 Pointer Cancellation: nothing happens on the down event. A person who presses on a
 * control and slides off before letting go has chosen nothing; pressing and releasing on it acts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import type { SxSatisfaction } from '../../../src/elements/sx-satisfaction/sx-satisfaction.component.js';
import { $, $$, mount, typeInto, WAIT } from './media.js';

/** The centre of a box in viewport pixels, after scrolling it into view. */
function centre(element: Element): [number, number] {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Presses on `element`, slides to the page's top-left corner (outside every widget) and lets go there. */
async function pressAndSlideOff(element: Element) {
  await sendMouse({ type: 'move', position: centre(element) });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [1, 1] });
  await sendMouse({ type: 'up' });
}

async function pressAndRelease(element: Element) {
  await sendMouse({ type: 'move', position: centre(element) });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
}

/** Lets anything a stray down event started reach the screen before the test looks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('WCAG 2.5.2 Pointer Cancellation: sliding off a control before letting go does nothing', () => {
  afterEach(() => resetMouse());

  it('<sx-search>: a result pressed and slid off is not opened; pressed and released, it opens', async () => {
    const search = await mount(`<sx-search></sx-search>`);
    await waitUntil(() => $(search, 'input[role=combobox]'), 'the search box never appeared', WAIT);
    await typeInto($(search, 'input[role=combobox]')!, 'vpn');
    await waitUntil(() => $$(search, '[role=option]').length > 0, 'no results', WAIT);
    await pressAndSlideOff($(search, '[role=option]')!);
    await settle();
    expect($(search, '[part=article]') === null, 'an article opened on the down event').to.equal(true);
    await typeInto($(search, 'input[role=combobox]')!, ' ');
    await waitUntil(() => $$(search, '[role=option]').length > 0, 'no results the second time', WAIT);
    await pressAndRelease($(search, '[role=option]')!);
    await waitUntil(() => $(search, '[part=article]'), 'a press and release did not open the article', WAIT);
  });

  it('<sx-satisfaction>: an answer pressed and slid off is not chosen; pressed and released, it is', async () => {
    const prompt = await mount<SxSatisfaction>(`<sx-satisfaction max-prompts="99" topic="pointer-cancel" scale="csat5"></sx-satisfaction>`);
    await waitUntil(() => !prompt.inactive && $(prompt, '[role=radiogroup]'), 'the prompt never appeared', WAIT);
    const label = () => $(prompt, 'label[for=score-2]')!;
    await pressAndSlideOff(label());
    await settle();
    expect($$<HTMLInputElement>(prompt, 'input[type=radio]').some((radio) => radio.checked), 'an answer was chosen on the down event').to.equal(false);
    await pressAndRelease(label());
    await waitUntil(() => $<HTMLInputElement>(prompt, '#score-2')?.checked, 'a press and release did not choose the answer', WAIT);
  });

  it('<sx-catalog-card>: Request pressed and slid off opens no form; pressed and released, it does', async () => {
    const card = await mount(`<sx-catalog-card item-id="cat-new-laptop" variant="full"></sx-catalog-card>`);
    await waitUntil(() => $(card, '.request'), 'the card never loaded', WAIT);
    await pressAndSlideOff($(card, '.request')!);
    await settle();
    expect($(card, 'form') === null, 'the form opened on the down event').to.equal(true);
    await pressAndRelease($(card, '.request')!);
    await waitUntil(() => $(card, 'form'), 'a press and release did not open the form', WAIT);
  });

  it('<sx-ticket-status>: a request pressed and slid off is not opened; pressed and released, it is', async () => {
    const list = await mount(`<sx-ticket-status></sx-ticket-status>`);
    await waitUntil(() => $(list, '.row-button'), 'the list never appeared', WAIT);
    await pressAndSlideOff($(list, '.row-button')!);
    await settle();
    expect($(list, '[part=timeline]') === null && $(list, '.row-button') !== null, 'the request opened on the down event').to.equal(true);
    await pressAndRelease($(list, '.row-button')!);
    await waitUntil(() => $(list, '[part=timeline]'), 'a press and release did not open the request', WAIT);
  });
});
