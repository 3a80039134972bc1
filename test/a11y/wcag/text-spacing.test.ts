/**
 * WCAG 2.2 1.4.12 Text Spacing: with line height 1.5, paragraph spacing 2× the font size, letter
 * spacing 0.12em and word spacing 0.16em set by the user (here: a style sheet adopted by the
 * document and by every shadow root, nested ones included, each rule `!important`), no content or
 * function is lost: no text is clipped, no text sits over other text, every button shows its whole
 * label. Checked at a desktop width (800 px) and at 320 px, in each element's main states.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  $,
  $$,
  applyTextSpacing,
  clippedText,
  cutButtonLabels,
  frame,
  mountElement,
  mountProbe,
  overlappingText,
  removeTextSpacing,
  shadowTree,
  until,
  words,
} from './wcag-page.js';

/** Text elements in the host's tree that do not have the user's letter spacing: the overrides did not reach them. */
function notOverridden(host: HTMLElement): string[] {
  const missed = new Set<string>();
  for (const element of [host, ...shadowTree(host)]) {
    if (![...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())) continue;
    const style = getComputedStyle(element);
    const expected = 0.12 * parseFloat(style.fontSize);
    if (!(Math.abs(parseFloat(style.letterSpacing) - expected) <= 0.05))
      missed.add(`${(element.getRootNode() as ShadowRoot).host?.localName ?? 'page'} ${element.localName}`);
  }
  return [...missed];
}

/** Applies the overrides to whatever rendered last, then everything 1.4.12 asks of this state. */
async function spacingProblems(host: HTMLElement, state: string): Promise<string[]> {
  applyTextSpacing();
  await frame();
  const problems = [...notOverridden(host).map((name) => `not overridden: ${name}`), ...clippedText(host), ...overlappingText(host), ...cutButtonLabels(host)];
  return problems.map((problem) => `${state}: ${problem}`);
}

async function typeInto(control: HTMLElement, text: string) {
  control.focus();
  await sendKeys({ type: text });
}

const sizes = [
  { name: 'desktop, 800 px', width: 800, height: 600 },
  { name: '320 px', width: 320, height: 640 },
];

describe('WCAG 1.4.12 Text Spacing overrides in every shadow root', () => {
  afterEach(() => removeTextSpacing());
  after(() => setViewport({ width: 800, height: 600 }));

  for (const size of sizes) {
    describe(size.name, () => {
      before(() => setViewport({ width: size.width, height: size.height }));

      it('sx-search: the box, the open popup with results, and an article', async () => {
        const { element: search } = await mountElement('<sx-search sources="articles catalog"></sx-search>');
        await until(() => $(search, 'input[role=combobox]'), 'the search box never appeared');
        const problems = await spacingProblems(search, 'empty box');
        await typeInto($(search, 'input[role=combobox]')!, 'vpn');
        await until(() => $$(search, '[role=option]').length > 0, 'no results appeared');
        problems.push(...(await spacingProblems(search, 'popup open')));
        $(search, 'ul[aria-labelledby=group-article] [role=option]')!.click();
        await until(() => $(search, '#article-title'), 'the article never opened');
        problems.push(...(await spacingProblems(search, 'article open')));
        expect(problems).to.deep.equal([]);
      });

      it('sx-search open-mode="dialog": the article in its dialog', async () => {
        const { element: search } = await mountElement('<sx-search open-mode="dialog"></sx-search>');
        await until(() => $(search, 'input[role=combobox]'), 'the search box never appeared');
        await typeInto($(search, 'input[role=combobox]')!, 'password');
        await until(() => $$(search, '[role=option]').length > 0, 'no results appeared');
        $$(search, '[role=option]')[0]!.click();
        await until(() => $<HTMLDialogElement>(search, 'dialog')?.open && $(search, '#article-title'), 'the dialog never opened');
        expect(await spacingProblems(search, 'dialog open')).to.deep.equal([]);
      });

      it('sx-ticket-status: the list, a request in detail, and a sent comment', async () => {
        const { element: status } = await mountElement('<sx-ticket-status></sx-ticket-status>');
        await until(() => $(status, '.row-button'), 'the list never appeared');
        const problems = await spacingProblems(status, 'list');
        $(status, '.row-button')!.click();
        await until(() => $(status, '#ticket-title') && $(status, '#comment') && $(status, '[part=timeline]'), 'the detail never appeared');
        problems.push(...(await spacingProblems(status, 'detail')));
        await typeInto($(status, '#comment')!, 'Still broken after a restart.');
        $$(status, 'button')
          .find((button) => words(button) === 'Send')!
          .click();
        await until(
          () => $$(status, '[part=event]').some((event) => words(event).includes('Still broken') && !event.hasAttribute('data-pending')),
          'the comment was never sent',
        );
        problems.push(...(await spacingProblems(status, 'comment sent')));
        expect(problems).to.deep.equal([]);
      });

      it('sx-ticket-status: a request waiting on you and a resolved one', async () => {
        const { element: waiting } = await mountElement('<sx-ticket-status ticket-id="INC0012002"></sx-ticket-status>');
        await until(() => $(waiting, '[part=waiting]') && $(waiting, '[part=timeline]'), 'the waiting request never appeared');
        const problems = await spacingProblems(waiting, 'waiting on you');
        const { element: resolved } = await mountElement('<sx-ticket-status ticket-id="INC0012003"></sx-ticket-status>');
        await until(() => $(resolved, '[part=decision]') && $(resolved, '[part=timeline]'), 'the resolved request never appeared');
        problems.push(...(await spacingProblems(resolved, 'resolved')));
        expect(problems).to.deep.equal([]);
      });

      for (const scale of ['csat5', 'emoji5', 'thumbs', 'ces7', 'nps11']) {
        it(`sx-satisfaction (${scale}): the question, a chosen score with its follow-up, and the thank-you`, async () => {
          const { element: prompt } = await mountElement(`<sx-satisfaction topic="spacing-${size.width}-${scale}" scale="${scale}"></sx-satisfaction>`);
          await until(() => $(prompt, '[role=radiogroup]'), 'the prompt never appeared');
          const problems = await spacingProblems(prompt, 'asking');
          $$<HTMLLabelElement>(prompt, '.option label')[0]!.click();
          await until(() => $(prompt, '.option.checked'), 'the score was not chosen');
          problems.push(...(await spacingProblems(prompt, 'chosen')));
          $(prompt, 'button[type=submit]')!.click();
          await until(() => $(prompt, '[part=thanks]'), 'no thank-you after sending');
          problems.push(...(await spacingProblems(prompt, 'thanks')));
          expect(problems).to.deep.equal([]);
        });
      }

      it('sx-satisfaction as a toast', async () => {
        const { element: prompt } = await mountElement(`<sx-satisfaction topic="spacing-toast-${size.width}" presentation="toast"></sx-satisfaction>`);
        await until(() => $(prompt, '[role=radiogroup]'), 'the prompt never appeared');
        expect(await spacingProblems(prompt, 'toast')).to.deep.equal([]);
      });

      it('sx-catalog-card: the card, its details, the request form open, and its field errors', async () => {
        const { element: card } = await mountElement('<sx-catalog-card item-id="cat-new-laptop" variant="full"></sx-catalog-card>');
        await until(() => $(card, '.request'), 'the card never loaded');
        const problems = await spacingProblems(card, 'card');
        $(card, 'button.link[aria-expanded]')!.click();
        await until(() => words($(card, '[part~=details]')).includes('Dell Precision'), 'the details never opened');
        problems.push(...(await spacingProblems(card, 'details open')));
        $(card, '.request')!.click();
        await until(() => $(card, 'form'), 'the form never opened');
        problems.push(...(await spacingProblems(card, 'form')));
        // An empty submit shows every field's error message.
        $(card, '[part~=submit]')!.click();
        await until(() => $(card, '[aria-invalid=true]'), 'no field errors');
        problems.push(...(await spacingProblems(card, 'form with errors')));
        expect(problems).to.deep.equal([]);
      });

      it('sx-catalog-card: a submitted request and its confirmation', async () => {
        const { element: card } = await mountElement('<sx-catalog-card item-id="cat-monitor"></sx-catalog-card>');
        await until(() => $(card, '.request'), 'the card never loaded');
        $(card, '.request')!.click();
        await until(() => $(card, 'form'), 'the form never opened');
        const location = $<HTMLSelectElement>(card, '[data-field="location"]')!;
        location.value = location.options[1]!.value;
        location.dispatchEvent(new Event('change'));
        $(card, '[part~=submit]')!.click();
        await until(() => $(card, '[part~=confirmation]'), 'the request was never confirmed');
        expect(await spacingProblems(card, 'confirmation')).to.deep.equal([]);
      });

      it('sx-catalog: the cards, and a request form opened in place (a nested shadow root)', async () => {
        const { element: catalog } = await mountElement('<sx-catalog></sx-catalog>');
        await until(() => $(catalog, '.cards .request'), 'the catalog never loaded');
        const problems = await spacingProblems(catalog, 'cards');
        $(catalog, '.cards .request')!.click();
        await until(() => $(catalog, 'sx-catalog-card') && $($(catalog, 'sx-catalog-card')!, 'form'), 'the form never opened');
        problems.push(...(await spacingProblems(catalog, 'form')));
        expect(problems).to.deep.equal([]);
      });

      it('sx-insights: the figures, tables and charts', async () => {
        const { element: insights } = await mountElement('<sx-insights period="7d"></sx-insights>');
        await until(() => $(insights, '.figures'), 'the figures never appeared');
        expect(await spacingProblems(insights, 'figures')).to.deep.equal([]);
      });
    });
  }
});

describe('the text-spacing checks find what they look for (made-up elements)', () => {
  afterEach(() => removeTextSpacing());

  it('the overrides reach a nested shadow root', async () => {
    const probe = await mountProbe('<p>outer</p>', '<p class="inner">inner</p>');
    expect(notOverridden(probe)).to.deep.equal([`${probe.localName} p`, 'span p']);
    applyTextSpacing();
    await frame();
    expect(notOverridden(probe)).to.deep.equal([]);
    const inner = probe.shadowRoot!.querySelector('#nested')!.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(inner).lineHeight).to.equal(`${1.5 * parseFloat(getComputedStyle(inner).fontSize)}px`);
    expect(getComputedStyle(inner).marginBlockEnd).to.equal(`${2 * parseFloat(getComputedStyle(inner).fontSize)}px`);
  });

  it('text that the spacing pushes out of a fixed-height box, over its sibling, or out of its button', async () => {
    const probe = await mountProbe(`
      <div class="fixed" style="height: 1.25em; line-height: 1.2; overflow: hidden; width: 200px">Two words</div>
      <div style="font: 16px / 1.2 monospace"><span class="first" style="display: block; height: 1.2em; width: 6.5em">First line</span><span class="second" style="display: block">Second line</span></div>
      <button style="width: 4em; white-space: nowrap; padding: 0; border: 0; font: 16px monospace">Sendit</button>`);
    expect(clippedText(probe)).to.deep.equal([]);
    expect(overlappingText(probe)).to.deep.equal([]);
    expect(cutButtonLabels(probe)).to.deep.equal([]);
    applyTextSpacing();
    await frame();
    expect(clippedText(probe).join()).to.contain('div.fixed hides text below');
    expect(overlappingText(probe).join()).to.contain('"First line"');
    expect(cutButtonLabels(probe).join()).to.contain('the label "Sendit"');
  });
});
