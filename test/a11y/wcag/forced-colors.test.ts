/**
 * Forced colours (Windows High Contrast): WCAG 2.2 1.4.11 and 1.4.3 under the user's own colours,
 * EN 301 549 11.7 (user preferences). The browser replaces every colour with a system colour and
 * drops box shadows and gradient backgrounds: what only they showed must be shown another way.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { SxSatisfaction } from '../../../src/elements/sx-satisfaction/sx-satisfaction.component.js';
import { $, $$, WAIT, backend, nameOf, mount, mountInsights, ringOf, searchWithActiveOption, shadowTree, systemColor, tabThrough, transparent, typeInto } from './media.js';

type Mode = 'active' | 'none';

/** Why this focus stop has no visible ring ('' when it has one): an outline of 2 px or more in a colour that is not the background's. */
function missingRing(focused: Element): string {
  const ring = ringOf(focused);
  const style = getComputedStyle(ring);
  const canvas = systemColor('Canvas');
  if (style.outlineStyle === 'none') return `${nameOf(ring)}: no outline`;
  if (parseFloat(style.outlineWidth) < 2) return `${nameOf(ring)}: outline ${style.outlineWidth}`;
  if (transparent(style.outlineColor) || style.outlineColor === canvas) return `${nameOf(ring)}: outline in ${style.outlineColor}, the background's colour`;
  return '';
}

async function ringsOnEveryStop(host: HTMLElement): Promise<string[]> {
  const problems: string[] = [];
  const stops = await tabThrough(host, (focused) => {
    const problem = missingRing(focused);
    if (problem) problems.push(problem);
  });
  if (stops === 0) problems.push(`${host.localName}: Tab never reached it`);
  return problems;
}

/** What sets a state apart other than its colour: outline, border widths and styles, shadow, weight, a Highlight system-colour fill. */
function nonColourLook(element: Element): string {
  const style = getComputedStyle(element);
  const outline = style.outlineStyle === 'none' ? 'no outline' : `outline ${style.outlineWidth} ${style.outlineStyle}`;
  const borders = `border ${style.borderTopWidth} ${style.borderTopStyle} / ${style.borderInlineStartWidth} ${style.borderInlineStartStyle}`;
  const filled =
    transparent(style.backgroundColor) || style.backgroundColor === systemColor('Canvas')
      ? 'empty'
      : style.backgroundColor === systemColor('Highlight')
        ? 'Highlight'
        : 'filled';
  return [outline, borders, style.boxShadow === 'none' ? 'no shadow' : 'shadow', `weight ${style.fontWeight}`, filled].join(', ');
}

/** Painted in a colour that shows on the background: a border, a fill, an image. */
function visibleBlock(element: Element): boolean {
  const style = getComputedStyle(element);
  const canvas = systemColor('Canvas');
  const shows = (color: string) => !transparent(color) && color !== canvas;
  const border = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' && shows(style.borderTopColor);
  return border || shows(style.backgroundColor) || style.backgroundImage !== 'none';
}

const PALETTE = ['CanvasText', 'LinkText', 'Highlight', 'GrayText', 'ButtonText', 'ButtonBorder', 'AccentColor', 'VisitedText', 'ActiveText', 'FieldText'];

/** Why a shape's paint would not show ('' when it does): off, any visible colour; forced, one of the user's system colours. */
function unseenPaint(mode: Mode, paint: string): string {
  if (paint === 'none' || transparent(paint) || paint === systemColor('Canvas')) return `painted ${paint}`;
  if (mode === 'active' && !PALETTE.some((keyword) => systemColor(keyword) === paint)) return `painted ${paint}, not a system colour`;
  return '';
}

/** The paint of an SVG shape: its stroke when stroked, else its fill. */
function svgPaint(shape: Element): string {
  const style = getComputedStyle(shape);
  return style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0 ? style.stroke : style.fill;
}

async function shown(prompt: SxSatisfaction) {
  await waitUntil(() => !prompt.inactive && $(prompt, '[role=radiogroup]'), 'the prompt never appeared', WAIT);
  await prompt.updateComplete;
}

async function choose(prompt: SxSatisfaction, score: string) {
  $<HTMLLabelElement>(prompt, `label[for=score-${score}]`)!.click();
  await waitUntil(() => $(prompt, `label[for=score-${score}]`)?.closest('.option.checked'), 'the option was not chosen');
  await prompt.updateComplete;
}

for (const mode of ['active', 'none'] as Mode[]) {
  describe(`forced colours ${mode === 'active' ? 'active (Windows High Contrast)' : 'off, for comparison'}`, () => {
    before(() => emulateMedia({ forcedColors: mode }));
    after(() => emulateMedia({ forcedColors: 'none' }));

    describe('focus stays visible on every focus stop (2.4.7, 1.4.11)', () => {
      it('<sx-search>: the box, and the box and clear button with results open', async () => {
        const search = await mount(`<sx-search sources="articles catalog"></sx-search>`);
        await waitUntil(() => $(search, 'input[role=combobox]'), 'the search box never appeared', WAIT);
        expect(await ringsOnEveryStop(search)).to.deep.equal([]);
        await typeInto($(search, 'input[role=combobox]')!, 'vpn');
        await waitUntil(() => $(search, '[role=option]'), 'no results appeared', WAIT);
        await sendKeys({ press: 'ArrowDown' });
        expect(missingRing($(search, 'input[role=combobox]')!)).to.equal('');
        expect(await ringsOnEveryStop(search)).to.deep.equal([]);
      });

      it('<sx-ticket-status>: the list with its filters, and a request in detail with its forms', async () => {
        const list = await mount(`<sx-ticket-status></sx-ticket-status>`);
        await waitUntil(() => $(list, '.row-button'), 'the list never appeared', WAIT);
        expect(await ringsOnEveryStop(list)).to.deep.equal([]);
        const detail = await mount(`<sx-ticket-status ticket-id="INC0012002"></sx-ticket-status>`);
        await waitUntil(() => $(detail, '[part=timeline]') && $(detail, '[part=comment-box] textarea'), 'the detail never appeared', WAIT);
        expect(await ringsOnEveryStop(detail)).to.deep.equal([]);
      });

      for (const scale of ['csat5', 'nps11']) {
        it(`<sx-satisfaction> ${scale}: the scale, a chosen answer, the reason chips and the buttons`, async () => {
          const prompt = await mount<SxSatisfaction>(`<sx-satisfaction max-prompts="99" topic="fc-${mode}-${scale}" scale="${scale}"></sx-satisfaction>`);
          await shown(prompt);
          expect(await ringsOnEveryStop(prompt)).to.deep.equal([]);
          await choose(prompt, scale === 'csat5' ? '1' : '2');
          await waitUntil(() => $(prompt, '[part=reasons] input'), 'no reasons after a low score', WAIT);
          expect(await ringsOnEveryStop(prompt)).to.deep.equal([]);
        });
      }

      it('<sx-catalog-card>: the card, and its request form', async () => {
        const card = await mount(`<sx-catalog-card item-id="cat-new-laptop" variant="full"></sx-catalog-card>`);
        await waitUntil(() => $(card, '.request'), 'the card never loaded', WAIT);
        expect(await ringsOnEveryStop(card)).to.deep.equal([]);
        $<HTMLButtonElement>(card, '.request')!.click();
        await waitUntil(() => $(card, 'form'), 'the form never opened', WAIT);
        expect(await ringsOnEveryStop(card)).to.deep.equal([]);
      });

      it('<sx-catalog>: filters and cards', async () => {
        const catalog = await mount(`<sx-catalog></sx-catalog>`);
        await waitUntil(() => $(catalog, 'li.card:not(.skeleton-card)'), 'the catalog never loaded', WAIT);
        expect(await ringsOnEveryStop(catalog)).to.deep.equal([]);
      });

      it('<sx-insights>: the period and the export', async () => {
        const insights = await mountInsights();
        await waitUntil(() => $(insights, '.figures'), 'the figures never appeared', WAIT);
        expect(await ringsOnEveryStop(insights)).to.deep.equal([]);
      });
    });

    describe('a chosen or current state is set apart by more than colour', () => {
      for (const scale of ['csat5', 'emoji5', 'thumbs', 'ces7', 'nps11']) {
        it(`<sx-satisfaction> ${scale}: the chosen answer looks different from every other answer`, async () => {
          const prompt = await mount<SxSatisfaction>(`<sx-satisfaction max-prompts="99" topic="fc-look-${mode}-${scale}" scale="${scale}"></sx-satisfaction>`);
          await shown(prompt);
          const first = $<HTMLInputElement>(prompt, 'input[name=score]')!.value;
          await choose(prompt, first);
          const chosen = nonColourLook($(prompt, '.option.checked label')!);
          const others = $$(prompt, '.option:not(.checked) label').map(nonColourLook);
          expect(others.length).to.be.greaterThan(0);
          expect(
            others.filter((look) => look === chosen),
            `chosen: ${chosen}`,
          ).to.deep.equal([]);
        });
      }

      it('<sx-satisfaction>: a chosen reason chip looks different from the others', async () => {
        const prompt = await mount<SxSatisfaction>(`<sx-satisfaction max-prompts="99" topic="fc-chip-${mode}" scale="csat5"></sx-satisfaction>`);
        await shown(prompt);
        await choose(prompt, '1');
        await waitUntil(() => $(prompt, '[part=reasons] input'), 'no reasons after a low score', WAIT);
        $<HTMLLabelElement>(prompt, '[part=reasons] .chip label')!.click();
        await prompt.updateComplete;
        const look = (label: Element) => `${nonColourLook(label)}, sign ${getComputedStyle(label, '::before').content}`;
        const chosen = look($(prompt, '.chip input:checked + label')!);
        const others = $$(prompt, '.chip input:not(:checked) + label').map(look);
        expect(
          others.filter((other) => other === chosen),
          `chosen: ${chosen}`,
        ).to.deep.equal([]);
      });

      it('<sx-search>: the active option looks different from the other options', async () => {
        const search = await searchWithActiveOption();
        const active = nonColourLook($(search, '[role=option][aria-selected=true]')!);
        const others = $$(search, '[role=option]:not([aria-selected=true])').map(nonColourLook);
        expect(
          others.filter((other) => other === active),
          `active: ${active}`,
        ).to.deep.equal([]);
      });

      it('<sx-ticket-status>: completed, current and upcoming stage markers look different from each other', async () => {
        const status = await mount(`<sx-ticket-status ticket-id="INC0012001"></sx-ticket-status>`);
        await waitUntil(() => $(status, '[part=stage] [aria-current=step]'), 'the stages never appeared', WAIT);
        const look = (kind: string) => {
          const marker = $(status, `.step.${kind} .marker`);
          // A marker holds no text, so the weight it inherits shows nothing.
          return marker ? nonColourLook(marker).replace(/, weight \d+/, '') : `no ${kind} step`;
        };
        const looks = {
          completed: look('completed'),
          current: look('current'),
          upcoming: look('upcoming'),
        };
        expect(new Set(Object.values(looks)).size, JSON.stringify(looks)).to.equal(3);
      });
    });

    describe('shapes stay visible: skeletons, overlays, charts and icons (1.4.11)', () => {
      // Off, a skeleton is decoration that may be blank (the card's icon tile is); forced colours must not blank them all.
      if (mode === 'active')
        it('loading skeletons of <sx-search>, <sx-ticket-status>, <sx-catalog-card> and <sx-catalog> are drawn', async () => {
          const slow = () => backend({ latency: 10_000 });
          const search = await mount(`<sx-search></sx-search>`, slow());
          await waitUntil(() => $(search, 'input[role=combobox]'), 'the search box never appeared', WAIT);
          await typeInto($(search, 'input[role=combobox]')!, 'vpn');
          const ticket = await mount(`<sx-ticket-status ticket-id="INC0012001"></sx-ticket-status>`, slow());
          const card = await mount(`<sx-catalog-card item-id="cat-new-laptop"></sx-catalog-card>`, slow());
          const catalog = await mount(`<sx-catalog></sx-catalog>`, slow());
          const hosts = [search, ticket, card, catalog];
          await waitUntil(() => hosts.every((host) => $(host, '.skeleton')), 'not every element showed a skeleton', WAIT);
          const invisible = hosts.flatMap((host) =>
            $$(host, '.skeleton')
              .filter((block) => !visibleBlock(block))
              .map((block) => `${host.localName} ${nameOf(block)}`),
          );
          expect(invisible).to.deep.equal([]);
        });

      it('the search popup and the feedback toast keep a visible edge without their shadow', async () => {
        const search = await mount(`<sx-search></sx-search>`);
        await waitUntil(() => $(search, 'input[role=combobox]'), 'the search box never appeared', WAIT);
        await typeInto($(search, 'input[role=combobox]')!, 'vpn');
        await waitUntil(() => $(search, '[role=option]'), 'no results appeared', WAIT);
        const toast = await mount<SxSatisfaction>(
          `<sx-satisfaction max-prompts="99" topic="fc-toast-${mode}" presentation="toast" scale="thumbs"></sx-satisfaction>`,
        );
        await waitUntil(() => $(toast, '[role=region]'), 'the toast never appeared', WAIT);
        expect(visibleBlock($(search, '.popup')!), 'search popup').to.equal(true);
        expect(visibleBlock($(toast, '.toast')!), 'toast').to.equal(true);
      });

      it('<sx-insights>: trend lines, dots, axes and bars are painted in a colour that shows', async () => {
        const insights = await mountInsights();
        await waitUntil(() => $(insights, '.figures'), 'the figures never appeared', WAIT);
        const shapes = shadowTree(insights).filter((element) => element.matches('svg .line, svg .dot, svg .axis, svg.bar rect'));
        const kinds = new Set(shapes.map((shape) => shape.getAttribute('class') ?? shape.localName));
        expect([...kinds].sort()).to.deep.equal(['axis', 'dot', 'line', 'rect']);
        const unseen = shapes.map((shape) => `${nameOf(shape)} ${unseenPaint(mode, svgPaint(shape))}`).filter((problem) => !problem.endsWith(' '));
        expect(unseen).to.deep.equal([]);
        if (mode === 'active') {
          // Chromium does not force SVG paint: a probe shape with a hard-coded colour is reported.
          const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
          probe.setAttribute('style', 'fill: #f4f6f9; stroke: none');
          shapes[0]!.closest('svg')!.append(probe);
          expect(unseenPaint(mode, svgPaint(probe)), 'a light grey probe').to.contain('not a system colour');
          probe.remove();
        }
      });

      it('<sx-catalog-card> and <sx-satisfaction>: icons are drawn in the text colour', async () => {
        const card = await mount(`<sx-catalog-card item-id="cat-new-laptop"></sx-catalog-card>`);
        const prompt = await mount(`<sx-satisfaction max-prompts="99" topic="fc-icons-${mode}" scale="emoji5"></sx-satisfaction>`);
        await waitUntil(() => $(card, '.icon') && $(prompt, '.option svg'), 'no icons appeared', WAIT);
        const icons = [...$$(card, 'svg.icon'), ...$$(prompt, '.option svg')];
        const unseen = icons.map((icon) => `${nameOf(icon)} ${unseenPaint(mode, getComputedStyle(icon).stroke)}`).filter((problem) => !problem.endsWith(' '));
        expect(unseen).to.deep.equal([]);
      });
    });
  });
}
