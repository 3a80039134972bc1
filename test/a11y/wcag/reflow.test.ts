/**
 * WCAG 2.2 1.4.10 Reflow at 400 % zoom: a 1280×1024 window zoomed to 400 % lays pages out in
 * 320×256 CSS px. Headless Chromium's browser zoom cannot be driven from a test (a device scale
 * factor or CDP's page scale only magnify pixels; the layout stays the same), so zoom is reached
 * two ways: the 320×256 CSS px viewport it amounts to (the accepted equivalent: the same width for
 * media queries, the same short height), and CSS `zoom: 4` on the page in a real 1280×1024 window.
 * test/elements/phone-width.test.ts covers 320 and 390 px at a phone's 740 px height; this adds
 * the short viewport, zoom, clipped text and labels, overlays, and doing each task at that size
 * with the pointer where the control shows.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, clippedText, cutButtonLabels, mountElement, mountProbe, overlaysOutsideViewport, sidewaysScrolling, tap, until, words } from './wcag-page.js';

/** Everything 1.4.10 asks of one state, as readable problems. */
function reflowProblems(host: HTMLElement, state: string): string[] {
  // Both ways of zooming leave the host at most 320 CSS px wide (offsetWidth is in the page's own CSS px).
  const width = host.offsetWidth > 320 ? [`${host.localName} is laid out ${host.offsetWidth} CSS px wide, not zoomed`] : [];
  return [...width, ...sidewaysScrolling(host), ...clippedText(host), ...cutButtonLabels(host), ...overlaysOutsideViewport(host)].map(
    (problem) => `${state}: ${problem}`,
  );
}

async function typeInto(control: HTMLElement, text: string) {
  await tap(control);
  await sendKeys({ type: text });
}

/** CSS zoom scales the layout like browser zoom (container queries respond) but leaves viewport units and media queries at 1280×1024. */
const MODES = [
  {
    name: '320×256 CSS px viewport',
    viewport: { width: 320, height: 256 },
    zoom: '',
  },
  {
    name: 'CSS zoom 400 % in a 1280×1024 window',
    viewport: { width: 1280, height: 1024 },
    zoom: '4',
  },
];

for (const mode of MODES) {
  describe(`WCAG 1.4.10 Reflow at 400 % zoom: ${mode.name}`, () => {
    before(async () => {
      await setViewport(mode.viewport);
      document.documentElement.style.zoom = mode.zoom;
    });
    after(async () => {
      document.documentElement.style.zoom = '';
      await setViewport({ width: 800, height: 600 });
    });

    it('sx-search: typing, the open popup, opening an article and closing it, all without sideways scrolling or hidden text', async () => {
      const { element: search } = await mountElement('<sx-search sources="articles catalog"></sx-search>');
      await until(() => $(search, 'input[role=combobox]'), 'the search box never appeared');
      const problems = reflowProblems(search, 'empty box');
      await typeInto($(search, 'input[role=combobox]')!, 'vpn');
      await until(() => $$(search, '[role=option]').length > 0, 'no results appeared');
      problems.push(...reflowProblems(search, 'popup open'));
      // The last article is reachable too (the page scrolls down to it); a catalog option would leave the page.
      const option = $$(search, 'ul[aria-labelledby=group-article] [role=option]').at(-1)!;
      const title = words(option.querySelector('.title') ?? option);
      await tap(option);
      await until(() => $(search, '#article-title'), 'the article never opened');
      problems.push(...reflowProblems(search, 'article open'));
      expect(words($(search, '#article-title'))).to.equal(title);
      const back = $$(search, 'button').find((button) => words(button) === 'Back to search');
      expect(back, 'a way back from the article').to.not.equal(undefined);
      await tap(back!);
      await until(() => !$(search, '#article-title'), 'the article never closed');
      expect(problems).to.deep.equal([]);
    });

    // Overlays size themselves by the viewport (vh, vw, media queries), which CSS zoom leaves at
    // 1280×1024 and browser zoom makes 320×256: they are checked in the viewport that zoom gives.
    const overlayIt: (title: string, test: Mocha.AsyncFunc) => unknown = mode.zoom ? () => undefined : it;

    overlayIt('sx-search open-mode="dialog": the article dialog fits the short viewport and scrolls inside; Close closes it', async () => {
      const { element: search } = await mountElement('<sx-search open-mode="dialog"></sx-search>');
      await until(() => $(search, 'input[role=combobox]'), 'the search box never appeared');
      await typeInto($(search, 'input[role=combobox]')!, 'password');
      await until(() => $$(search, '[role=option]').length > 0, 'no results appeared');
      await tap($$(search, '[role=option]')[0]!);
      await until(() => $<HTMLDialogElement>(search, 'dialog')?.open && $(search, '#article-title'), 'the dialog never opened');
      const dialog = $<HTMLDialogElement>(search, 'dialog')!;
      const problems = reflowProblems(search, 'dialog open');
      expect(dialog.scrollHeight, 'a long article is taller than the viewport: the dialog scrolls').to.be.above(dialog.clientHeight);
      const close = [...dialog.querySelectorAll('button')].find((button) => words(button) === 'Close article')!;
      await tap(close);
      await until(() => !dialog.open, 'the dialog never closed');
      expect(problems).to.deep.equal([]);
    });

    it('sx-ticket-status: the list, a filter, a request in detail, and adding a comment', async () => {
      const { element: status } = await mountElement('<sx-ticket-status></sx-ticket-status>');
      await until(() => $(status, '.row-button'), 'the list never appeared');
      const problems = reflowProblems(status, 'list');
      const count = words($(status, '.count'));
      await tap($$(status, 'label.filter').at(-1)!);
      await until(() => words($(status, '.count')) !== count && $(status, '.row-button'), 'the filter did not change the list');
      problems.push(...reflowProblems(status, 'filtered'));
      await tap($(status, '.row-button')!);
      await until(() => $(status, '#ticket-title') && $(status, '#comment'), 'the detail never appeared');
      problems.push(...reflowProblems(status, 'detail'));
      await typeInto($(status, '#comment')!, 'Still broken after a restart.');
      await tap($$(status, 'button').find((button) => words(button) === 'Send')!);
      await until(
        () => $$(status, '[part=event]').some((event) => words(event).includes('Still broken after a restart.') && !event.hasAttribute('data-pending')),
        'the comment was never sent',
      );
      problems.push(...reflowProblems(status, 'comment sent'));
      expect(problems).to.deep.equal([]);
    });

    it('sx-ticket-status: a request waiting on you (what the desk needs, the reply box) and a resolved one (is it solved?)', async () => {
      const { element: waiting } = await mountElement('<sx-ticket-status ticket-id="INC0012002"></sx-ticket-status>');
      await until(() => $(waiting, '[part=waiting]') && $(waiting, '[part=timeline]'), 'the waiting request never appeared');
      const problems = reflowProblems(waiting, 'waiting on you');
      const { element: resolved } = await mountElement('<sx-ticket-status ticket-id="INC0012003"></sx-ticket-status>');
      await until(() => $(resolved, '[part=decision]') && $(resolved, '[part=timeline]'), 'the resolved request never appeared');
      problems.push(...reflowProblems(resolved, 'resolved'));
      expect(problems).to.deep.equal([]);
    });

    for (const presentation of ['inline', 'toast']) {
      (presentation === 'toast' ? overlayIt : it)(`sx-satisfaction (${presentation}): choosing a rating, a reason and sending it`, async () => {
        const { element: prompt, adapter } = await mountElement(
          `<sx-satisfaction topic="reflow-${presentation}" presentation="${presentation}"></sx-satisfaction>`,
        );
        await until(() => $(prompt, '[role=radiogroup]'), 'the prompt never appeared');
        const problems = reflowProblems(prompt, 'asking');
        await tap(() => $(prompt, 'label[for=score-2]'));
        await until(() => $(prompt, '[part=reasons]'), 'no follow-up question');
        problems.push(...reflowProblems(prompt, 'follow-up'));
        await tap(() => $(prompt, '[part=reasons] label'));
        await tap(() => $(prompt, 'button[type=submit]'));
        await until(() => $(prompt, '[part=thanks]'), 'no thank-you after sending');
        problems.push(...reflowProblems(prompt, 'thanks'));
        await until(async () => (await adapter.ratingsReceived()).length === 1, 'the answer never reached the backend');
        const [rating] = await adapter.ratingsReceived();
        expect(rating?.score).to.equal(2);
        expect(rating?.reasons).to.have.length(1);
        expect(problems).to.deep.equal([]);
      });
    }

    it('sx-catalog-card: the card with its details open', async () => {
      const { element: card } = await mountElement('<sx-catalog-card item-id="cat-new-laptop" variant="full"></sx-catalog-card>');
      await until(() => $(card, '.request'), 'the card never loaded');
      const problems = reflowProblems(card, 'card');
      await tap($(card, 'button.link[aria-expanded]')!);
      await until(() => words($(card, '[part~=details]')).includes('Dell Precision'), 'the details never opened');
      problems.push(...reflowProblems(card, 'details open'));
      expect(problems).to.deep.equal([]);
    });

    it('sx-catalog-card: the request form open, and submitting it', async () => {
      const { element: card } = await mountElement('<sx-catalog-card item-id="cat-monitor" variant="full"></sx-catalog-card>');
      await until(() => $(card, '.request'), 'the card never loaded');
      const problems = reflowProblems(card, 'card');
      await tap($(card, '.request')!);
      await until(() => $(card, 'form'), 'the form never opened');
      problems.push(...reflowProblems(card, 'form'));
      const location = $<HTMLSelectElement>(card, '[data-field="location"]')!;
      await tap(location);
      // A keyboard choice in the closed list box (the opened native list is outside the page).
      await sendKeys({ press: 'Escape' });
      location.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(location.value, 'a location was chosen').to.not.equal('');
      await tap($(card, '[part~=submit]')!);
      await until(() => $(card, '[part~=confirmation]'), 'the request was never confirmed');
      problems.push(...reflowProblems(card, 'confirmation'));
      expect(problems).to.deep.equal([]);
    });

    it('sx-catalog: the cards, filtering them, and a request form opened from the list', async () => {
      const { element: catalog } = await mountElement('<sx-catalog></sx-catalog>');
      await until(() => $(catalog, '.cards .request'), 'the catalog never loaded');
      const problems = reflowProblems(catalog, 'cards');
      await typeInto($(catalog, '#filter')!, 'laptop');
      const names = () => $$(catalog, '.cards .name').map(words);
      await until(() => names().includes('New laptop') && !names().includes('Headset'), 'the filter was not applied');
      problems.push(...reflowProblems(catalog, 'filtered'));
      await tap($(catalog, '.cards .request')!);
      await until(() => $(catalog, 'sx-catalog-card') && $($(catalog, 'sx-catalog-card')!, 'form'), 'the form never opened');
      problems.push(...reflowProblems(catalog, 'form'));
      await tap($(catalog, '[part~=back]')!);
      await until(() => !$(catalog, 'sx-catalog-card'), 'never came back to the list');
      expect(problems).to.deep.equal([]);
    });

    it('sx-insights: the figures, and changing the period', async () => {
      const { element: insights } = await mountElement('<sx-insights period="7d"></sx-insights>');
      await until(() => $(insights, '.figures'), 'the figures never appeared');
      const problems = reflowProblems(insights, 'figures');
      const period = $<HTMLSelectElement>(insights, '#period')!;
      await tap(period);
      await sendKeys({ press: 'Escape' });
      const shown = words($(insights, '[role=status]'));
      period.focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => words($(insights, '[role=status]')) !== shown && $(insights, '.figures'), 'the period did not change');
      problems.push(...reflowProblems(insights, 'other period'));
      expect(problems).to.deep.equal([]);
    });
  });
}

describe('the reflow checks find what they look for (made-up elements at 320×256)', () => {
  before(() => setViewport({ width: 320, height: 256 }));
  after(() => setViewport({ width: 800, height: 600 }));
  const LONG = 'A sentence far too long for a narrow box to show in full';

  it('clipped text, also in a nested shadow root, but not the visually hidden class', async () => {
    const probe = await mountProbe(
      `<p class="cut" style="width: 100px; white-space: nowrap; overflow: hidden">${LONG}</p>
       <span class="visually-hidden" style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%)">${LONG}</span>`,
      `<div class="short" style="height: 1em; overflow: clip">${LONG} ${LONG} ${LONG} ${LONG}</div>`,
    );
    const found = clippedText(probe);
    expect(found).to.have.length(2);
    expect(found[0]).to.contain('p.cut hides text sideways');
    expect(found[1]).to.contain('span div.short hides text below');
  });

  it('a sideways scroll container, a box past the edge, and the page scrolling sideways', async () => {
    const probe = await mountProbe(
      `<div class="strip" style="overflow-x: auto"><div style="width: 400px">wide</div></div>`,
      `<div class="wide" style="width: 500px">wide</div>`,
    );
    const found = sidewaysScrolling(probe);
    expect(found.some((problem) => problem.startsWith('the page scrolls sideways'))).to.equal(true);
    expect(found.some((problem) => problem.includes('div.strip scrolls sideways'))).to.equal(true);
    expect(found.some((problem) => problem.includes('div.wide reaches'))).to.equal(true);
  });

  it('a fixed overlay taller than the viewport that does not scroll, and a dialog that does', async () => {
    const probe = await mountProbe(
      `<div class="toast" style="position: fixed; inset-block-start: 0; height: 300px; overflow: visible">toast</div>
       <dialog style="max-height: 200px; overflow: auto"><p style="height: 600px">long</p></dialog>`,
    );
    probe.shadowRoot!.querySelector('dialog')!.showModal();
    const found = overlaysOutsideViewport(probe);
    expect(found).to.have.length(1);
    expect(found[0]).to.contain('div.toast is').and.contain('in a 320×256 viewport');
  });

  it('a control covered by another box cannot be tapped', async () => {
    const probe = await mountProbe(`<button>Under</button><div style="position: fixed; inset: 0; background: white">cover</div>`);
    let refused = '';
    await tap(probe.shadowRoot!.querySelector('button')!).catch((error: Error) => (refused = error.message));
    expect(refused).to.contain('is covered by');
  });
});
