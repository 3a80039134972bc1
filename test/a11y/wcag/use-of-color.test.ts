/**
 * Use of colour (WCAG 2.2 1.4.1): whatever a colour says (an error, a stage, a target at risk, the
 * chosen answer, a chart's series, a figure to worry about) is also said in words, by an ARIA state
 * or by a shape. Two views: the elements painted in one colour (an adopted style sheet in every
 * shadow root), where the words must still be there and visible; and the shapes of each state,
 * where a colour counts only as "painted or not", and only when it stands out 3:1 from behind.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { SxSatisfaction } from '../../../src/elements/sx-satisfaction/sx-satisfaction.component.js';
import { $, $$, WAIT, backdropOf, contrast, mount, mountInsights, searchWithActiveOption, shadowRoots, transparent, words } from './media.js';

const oneColour = new CSSStyleSheet();
oneColour.replaceSync(`*, *::before, *::after, :host {
  color: #000 !important; background-color: #fff !important; background-image: none !important;
  border-color: #000 !important; outline-color: #000 !important; text-decoration-color: #000 !important;
  fill: #000 !important; stroke: #000 !important; box-shadow: none !important; accent-color: #000 !important;
}`);

/** Paints every shadow root under the host in one colour (call again after new parts load). */
function paintInOneColour(host: Element) {
  for (const root of shadowRoots(host)) {
    if (!root.adoptedStyleSheets.includes(oneColour)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, oneColour];
  }
}

/** The words a sighted person sees in an element: text that is rendered, not visually hidden. */
function visibleWords(element: Element): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    const seen = !parent.closest('.visually-hidden') && parent.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    if (seen) parts.push(node.textContent!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Painted in a way that shows without hue: a colour at least 3:1 from what is behind it. */
const shows = (color: string, behind: string) => !transparent(color) && contrast(color, behind) >= 3;

/** An element's look with hue taken out: lines and fills present or not, weight, style, decoration, generated signs. */
function shapeOf(element: Element): string {
  const style = getComputedStyle(element);
  const behind = backdropOf(element);
  const line = (width: string, kind: string, color: string) => (kind !== 'none' && parseFloat(width) > 0 && shows(color, behind) ? `${width} ${kind}` : '-');
  return [
    `outline ${line(style.outlineWidth, style.outlineStyle, style.outlineColor)}`,
    `border ${['top', 'right', 'bottom', 'left'].map((side) => line(style.getPropertyValue(`border-${side}-width`), style.getPropertyValue(`border-${side}-style`), style.getPropertyValue(`border-${side}-color`))).join(' ')}`,
    shows(style.backgroundColor, behind) ? 'filled' : 'hollow',
    `weight ${style.fontWeight}`,
    style.fontStyle,
    `decoration ${style.textDecorationLine}`,
    `sign ${getComputedStyle(element, '::before').content}`,
  ].join(', ');
}

/** The texts that `aria-describedby` ties to a control, visible ones only. */
function visibleDescriptions(control: Element): string[] {
  const root = control.getRootNode() as ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id))
    .filter((node): node is HTMLElement => !!node)
    .map(visibleWords)
    .filter(Boolean);
}

describe('use of colour (1.4.1): words, ARIA states and shapes carry what colour shows', () => {
  describe('<sx-ticket-status>', () => {
    it('each stage says completed, current or upcoming in words; aria-current marks the current one; the stages differ in shape', async () => {
      const status = await mount(`<sx-ticket-status ticket-id="INC0012001"></sx-ticket-status>`);
      await waitUntil(() => $(status, '[part=stage] [aria-current=step]'), 'the stages never appeared', WAIT);
      const steps = $$(status, '[part=stage] li');
      const said = steps.map((step) => words(step).split(', ').pop());
      expect(said).to.include.members(['completed', 'current', 'upcoming']);
      expect(steps.filter((step) => step.getAttribute('aria-current') === 'step').map((step) => words(step).split(', ').pop())).to.deep.equal(['current']);
      const looks = new Map<string, string>();
      for (const step of steps)
        looks.set(words(step).split(', ').pop()!, `${shapeOf(step.querySelector('.marker')!)} | name ${shapeOf(step.querySelector('.step-name')!)}`);
      expect(new Set(looks.values()).size, JSON.stringify([...looks])).to.equal(looks.size);
      paintInOneColour(status);
      expect(visibleWords($(status, '[part=stage] [aria-current=step]')!)).to.equal('In progress');
    });

    it('a target at risk says "due in", a missed one says "Overdue", in visible words', async () => {
      const soon = await mount(`<sx-ticket-status ticket-id="INC0012001"></sx-ticket-status>`);
      const missed = await mount(`<sx-ticket-status ticket-id="INC0012004"></sx-ticket-status>`);
      await waitUntil(() => $(soon, '[part=sla]') && $(missed, '[part=sla]'), 'the targets never appeared', WAIT);
      paintInOneColour(soon);
      paintInOneColour(missed);
      expect(visibleWords($(soon, '[part=sla]')!)).to.match(/due in \d+ (hours?|minutes?)/);
      expect(visibleWords($(missed, '[part=sla]')!)).to.contain('Overdue, we are on it');
    });

    it('an empty comment marks the box aria-invalid and says why in visible words tied to it', async () => {
      const status = await mount(`<sx-ticket-status ticket-id="INC0012001"></sx-ticket-status>`);
      await waitUntil(() => $(status, '#comment'), 'the comment box never appeared', WAIT);
      const send = $$<HTMLButtonElement>(status, 'button').find((button) => words(button) === 'Send')!;
      send.click();
      await waitUntil(() => $(status, '#comment')!.getAttribute('aria-invalid') === 'true', 'the empty comment was accepted', WAIT);
      paintInOneColour(status);
      expect(visibleDescriptions($(status, '#comment')!)).to.include('Write a message first.');
    });

    it('in the list, the state of each request is a word, "Waiting on you" included', async () => {
      const status = await mount(`<sx-ticket-status></sx-ticket-status>`);
      await waitUntil(() => $(status, '.row-state.state-waiting-on-you'), 'no request waiting on you in the list', WAIT);
      paintInOneColour(status);
      const states = $$(status, '.row-state').map(visibleWords);
      expect(states.every(Boolean), JSON.stringify(states)).to.equal(true);
      const waiting = visibleWords($(status, '.row-state.state-waiting-on-you')!);
      expect(states.filter((state) => state === waiting)).to.have.length($$(status, '.row-state.state-waiting-on-you').length);
    });
  });

  describe('<sx-satisfaction>', () => {
    for (const scale of ['csat5', 'emoji5', 'thumbs', 'ces7', 'nps11']) {
      it(`${scale}: the chosen answer is the one checked radio, and differs in shape from every other answer`, async () => {
        const prompt = await mount<SxSatisfaction>(
          `<sx-satisfaction max-prompts="99" topic="colour-${scale}-${Date.now()}" scale="${scale}"></sx-satisfaction>`,
        );
        await waitUntil(() => !prompt.inactive && $(prompt, '[role=radiogroup]'), 'the prompt never appeared', WAIT);
        const labels = $$<HTMLLabelElement>(prompt, '.option label');
        labels[Math.floor(labels.length / 2)]!.click();
        await prompt.updateComplete;
        const checked = $$<HTMLInputElement>(prompt, 'input[name=score]').filter((input) => input.checked);
        expect(checked).to.have.length(1);
        const chosen = shapeOf(checked[0]!.labels![0]!);
        const same = labels.filter((label) => label !== checked[0]!.labels![0] && shapeOf(label) === chosen);
        expect(
          same.map((label) => words(label)),
          `chosen: ${chosen}`,
        ).to.deep.equal([]);
      });
    }

    it('a chosen reason is a checked checkbox whose chip shows a check mark', async () => {
      const prompt = await mount<SxSatisfaction>(`<sx-satisfaction max-prompts="99" topic="colour-reasons-${Date.now()}" scale="csat5"></sx-satisfaction>`);
      await waitUntil(() => !prompt.inactive && $(prompt, '[role=radiogroup]'), 'the prompt never appeared', WAIT);
      $<HTMLLabelElement>(prompt, 'label[for=score-1]')!.click();
      await waitUntil(() => $(prompt, '[part=reasons] .chip label'), 'no reasons after a low score', WAIT);
      $<HTMLLabelElement>(prompt, '[part=reasons] .chip label')!.click();
      await prompt.updateComplete;
      const chips = $$(prompt, '[part=reasons] .chip');
      const marks = chips.map(
        (chip) => `${chip.querySelector('input')!.checked ? 'checked' : 'unchecked'} ${getComputedStyle(chip.querySelector('label')!, '::before').content}`,
      );
      expect(marks[0]).to.equal('checked "✓" / ""');
      expect(
        marks.slice(1).every((mark) => mark === 'unchecked "+" / ""'),
        JSON.stringify(marks),
      ).to.equal(true);
    });
  });

  describe('<sx-search>', () => {
    it('the active option is aria-selected (and the box points at it) and is marked by a bar; matched words differ in shape too', async () => {
      const search = await searchWithActiveOption();
      const active = $(search, '[role=option][aria-selected=true]')!;
      expect($(search, 'input[role=combobox]')!.getAttribute('aria-activedescendant')).to.equal(active.id);
      const others = $$(search, '[role=option]:not([aria-selected=true])');
      expect(others.filter((option) => shapeOf(option) === shapeOf(active)).map(words), `active: ${shapeOf(active)}`).to.deep.equal([]);
      const marks = $$(search, '[role=option] mark');
      expect(marks.length).to.be.greaterThan(0);
      const unmarked = marks.filter((mark) => shapeOf(mark).replace(/, sign .*/, '') === shapeOf(mark.parentElement!).replace(/, sign .*/, ''));
      expect(unmarked.map((mark) => `"${words(mark)}" in .${mark.parentElement!.className}: ${shapeOf(mark)}`)).to.deep.equal([]);
    });
  });

  describe('<sx-catalog-card>', () => {
    it('invalid fields are aria-invalid with visible words tied to them; required ones show an asterisk and are aria-required', async () => {
      const card = await mount(`<sx-catalog-card item-id="cat-new-laptop" variant="full"></sx-catalog-card>`);
      await waitUntil(() => $(card, '.request'), 'the card never loaded', WAIT);
      const badge = $(card, '[part=badge]')!;
      expect(words(badge), 'the approval badge').to.not.equal('');
      expect(visibleWords(badge), 'the approval badge').to.equal(words(badge));
      $<HTMLButtonElement>(card, '.request')!.click();
      await waitUntil(() => $(card, 'form [part~=submit]'), 'the form never opened', WAIT);
      $<HTMLButtonElement>(card, 'form [part~=submit]')!.click();
      await waitUntil(() => $(card, '[aria-invalid=true]'), 'the empty form was accepted', WAIT);
      paintInOneColour(card);
      const invalid = $$(card, '[aria-invalid=true]');
      const unexplained = invalid.filter((control) => visibleDescriptions(control).length === 0).map((control) => control.id);
      expect(unexplained).to.deep.equal([]);
      const required = $$(card, '[aria-required=true]');
      expect(required.length).to.be.greaterThan(0);
      const unmarked = required.filter(
        (control) => !visibleWords((control as HTMLInputElement).labels?.[0] ?? control.closest('fieldset')?.querySelector('legend') ?? control).includes('*'),
      );
      expect(unmarked.map((control) => control.id)).to.deep.equal([]);
    });
  });

  describe('<sx-insights>', () => {
    it('each trend chart is one series, named in words, with its numbers in a table; each bar has its number beside it', async () => {
      const insights = await mountInsights();
      await waitUntil(() => $(insights, '.figures'), 'the figures never appeared', WAIT);
      paintInOneColour(insights);
      const trends = $$(insights, 'svg.trend');
      expect(trends.length).to.be.greaterThan(0);
      for (const chart of trends) {
        const figure = chart.closest('figure')!;
        expect(chart.querySelectorAll('polyline').length, 'series in one chart').to.equal(1);
        expect(chart.getAttribute('role')).to.equal('img');
        expect(chart.getAttribute('aria-label')).to.match(/\d/);
        expect(visibleWords(figure.querySelector('figcaption')!)).to.match(/\d/);
        expect(figure.querySelectorAll('table tbody tr').length, 'rows of the chart table').to.equal(chart.querySelectorAll('circle').length);
      }
      const bars = $$(insights, 'svg.bar');
      expect(bars.length).to.be.greaterThan(0);
      const unlabelled = bars.filter((bar) => !/\d|–/.test(visibleWords(bar.closest('td')!)) || !visibleWords(bar.closest('tr')!.querySelector('th')!));
      expect(unlabelled.length, 'bars without a visible label and number').to.equal(0);
    });

    it('"SLA met but unhappy" and reopened counts say in words what their warning colour flags', async () => {
      const insights = await mountInsights();
      await waitUntil(() => $(insights, '.figures'), 'the figures never appeared', WAIT);
      paintInOneColour(insights);
      const warned = $$(insights, '.headline.warn');
      expect(warned.length).to.be.greaterThan(0);
      const said = warned.map(
        (headline) => `${visibleWords(headline.parentElement!.querySelector(':is(h1, h2, h3, h4, h5, h6)')!)}: ${visibleWords(headline)}`,
      );
      expect(said).to.include('SLA met but unhappy: 1 1 of 2 rated requests resolved within target');
      expect(
        said.every((line) => /^\S.*: \d+ \S/.test(line)),
        JSON.stringify(said),
      ).to.equal(true);
    });
  });
});
