/**
 * Reduced motion: with `prefers-reduced-motion: reduce` nothing animates (WCAG 2.2 2.3.3, EN 301 549
 * 11.7 user preferences); without it, nothing moves on its own for more than five seconds (2.2.2).
 * Each story samples every running animation and transition (shadow trees included) after each
 * thing a person does: typing, opening the popup, choosing a rating, hovering, skeletons, a toast.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { SxSatisfaction } from '../../../src/elements/sx-satisfaction/sx-satisfaction.component.js';
import { $, WAIT, backend, describeAnimation, mount, mountInsights, runningAnimations, typeInto } from './media.js';

/** Longer than this counts as motion: 10 ms is below one frame. */
const INSTANT_MS = 10;
/** WCAG 2.2.2: what starts on its own may move for five seconds at most. */
const MOTION_LIMIT_MS = 5000;

interface Seen {
  text: string;
  duration: number;
  iterations: number;
  /** When it stops, from its start: Infinity for an endless loop. */
  endTime: number;
}

/** Collects every animation running at each sample, each once. */
class MotionLog {
  private readonly seen = new Map<Animation, Seen>();
  constructor(private readonly hosts: () => Element[]) {}

  sample(): void {
    for (const animation of runningAnimations(this.hosts())) {
      if (this.seen.has(animation)) continue;
      const timing = animation.effect!.getComputedTiming();
      this.seen.set(animation, {
        text: describeAnimation(animation),
        duration: Number(timing.duration),
        iterations: timing.iterations ?? 1,
        endTime: Number(timing.endTime),
      });
    }
  }

  get all(): Seen[] {
    return [...this.seen.values()];
  }
  /** What moves visibly: longer than a frame, or looping for ever. */
  get moving(): string[] {
    return this.all.filter((seen) => seen.duration > INSTANT_MS || seen.iterations === Infinity).map((seen) => seen.text);
  }
  /** What goes on longer than five seconds. */
  get tooLong(): string[] {
    return this.all.filter((seen) => seen.endTime > MOTION_LIMIT_MS).map((seen) => `${seen.text}, ends at ${seen.endTime} ms`);
  }
}

async function hover(target: Element) {
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

/**
 * Each story drives an element through its main states and samples at each; `shows` is motion it
 * has without the preference, so the "reduce" run can be seen to fail.
 */
const stories: {
  name: string;
  shows?: string;
  run(track: (...hosts: Element[]) => MotionLog): Promise<MotionLog>;
}[] = [
  {
    name: '<sx-search>: typing, the skeleton, the results, moving through them, opening an article',
    shows: 'shimmer',
    async run(track) {
      const search = await mount(`<sx-search></sx-search>`, backend({ latency: 400 }));
      const log = track(search);
      await waitUntil(() => $(search, 'input[role=combobox]'), 'the search box never appeared', WAIT);
      await typeInto($(search, 'input[role=combobox]')!, 'vpn');
      await waitUntil(() => $(search, '.skeleton'), 'no skeleton while searching', WAIT);
      log.sample();
      await waitUntil(() => $(search, '[role=option]'), 'no results appeared', WAIT);
      log.sample();
      await hover($(search, '[role=option]')!);
      log.sample();
      await sendKeys({ press: 'ArrowDown' });
      log.sample();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(search, '.article'), 'the article never opened', WAIT);
      log.sample();
      await waitUntil(() => $(search, '#article-title'), 'the article never loaded', WAIT);
      log.sample();
      return log;
    },
  },
  {
    name: '<sx-ticket-status>: the list skeleton, the list, filtering, a request in detail, an empty comment refused',
    shows: 'shimmer',
    async run(track) {
      const status = await mount<LitElement>(`<sx-ticket-status></sx-ticket-status>`, backend({ latency: 400 }));
      const log = track(status);
      await waitUntil(() => $(status, '.skeleton'), 'no skeleton while loading', WAIT);
      log.sample();
      await waitUntil(() => $(status, '.row-button'), 'the list never appeared', WAIT);
      log.sample();
      await hover($(status, '.row-button')!);
      log.sample();
      $<HTMLInputElement>(status, '.filter input')?.click();
      log.sample();
      $<HTMLButtonElement>(status, '.row-button')!.click();
      await waitUntil(() => $(status, '[part=comment-box] button[type=submit], [part=comment-box] button'), 'the detail never appeared', WAIT);
      log.sample();
      const send = [...status.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=comment-box] button')].find(
        (button) => button.textContent!.trim() === 'Send',
      );
      send?.click();
      await status.updateComplete;
      log.sample();
      return log;
    },
  },
  {
    name: '<sx-satisfaction>: choosing a rating, hovering an answer, the reasons',
    shows: 'transition of background-color',
    async run(track) {
      const prompt = await mount<SxSatisfaction>(`<sx-satisfaction max-prompts="99" topic="motion-${Date.now()}" scale="csat5"></sx-satisfaction>`);
      const log = track(prompt);
      await waitUntil(() => !prompt.inactive && $(prompt, '[role=radiogroup]'), 'the prompt never appeared', WAIT);
      log.sample();
      await hover($(prompt, 'label[for=score-4]')!);
      log.sample();
      $<HTMLLabelElement>(prompt, 'label[for=score-2]')!.click();
      await prompt.updateComplete;
      log.sample();
      await waitUntil(() => $(prompt, '[part=reasons] label'), 'no reasons after a low score', WAIT);
      $<HTMLLabelElement>(prompt, '[part=reasons] label')!.click();
      log.sample();
      await hover($(prompt, 'button[type=submit]')!);
      log.sample();
      return log;
    },
  },
  {
    name: '<sx-satisfaction> as a toast: appearing in its corner, choosing an answer',
    shows: 'transition of background-color',
    async run(track) {
      const toast = await mount<SxSatisfaction>(
        `<sx-satisfaction max-prompts="99" topic="motion-toast-${Date.now()}" presentation="toast" scale="thumbs"></sx-satisfaction>`,
      );
      const log = track(toast);
      await waitUntil(() => !toast.inactive && $(toast, '[role=region]'), 'the toast never appeared', WAIT);
      log.sample();
      $<HTMLLabelElement>(toast, '.option label')!.click();
      await toast.updateComplete;
      log.sample();
      return log;
    },
  },
  {
    name: '<sx-catalog-card> and <sx-catalog>: skeletons, the card, its form, a refused submit',
    shows: 'shimmer',
    async run(track) {
      const slow = backend({ latency: 400 });
      const card = await mount(`<sx-catalog-card item-id="cat-new-laptop" variant="full"></sx-catalog-card>`, slow);
      const catalog = await mount(`<sx-catalog></sx-catalog>`, slow);
      const log = track(card, catalog);
      await waitUntil(() => $(card, '.skeleton') && $(catalog, '.skeleton'), 'no skeletons while loading', WAIT);
      log.sample();
      await waitUntil(() => $(card, '.request') && $(catalog, 'li.card:not(.skeleton-card)'), 'the card or the catalog never loaded', WAIT);
      await hover($(card, '.request')!);
      log.sample();
      $<HTMLButtonElement>(card, '.request')!.click();
      await waitUntil(() => $(card, 'form [part~=submit]'), 'the form never opened', WAIT);
      log.sample();
      $<HTMLButtonElement>(card, 'form [part~=submit]')!.click();
      await waitUntil(() => $(card, '.error'), 'the refused submit showed no error', WAIT);
      log.sample();
      return log;
    },
  },
  {
    name: '<sx-insights>: loading, the figures, another period',
    async run(track) {
      const insights = (await mountInsights({ latency: 300 })) as LitElement;
      const log = track(insights);
      log.sample();
      await waitUntil(() => $(insights, '.figures'), 'the figures never appeared', WAIT);
      log.sample();
      const period = $<HTMLSelectElement>(insights, 'select')!;
      period.value = period.options[0]!.value === '7d' ? period.options[1]!.value : period.options[0]!.value;
      period.dispatchEvent(new Event('change', { bubbles: true }));
      await insights.updateComplete;
      log.sample();
      await waitUntil(() => !$(insights, '[aria-busy=true]'), 'the new period never loaded', WAIT);
      log.sample();
      return log;
    },
  },
];

describe('reduced motion (prefers-reduced-motion) and moving content (2.3.3, 2.2.2)', () => {
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('with "reduce": nothing animates', () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    for (const story of stories) {
      it(`${story.name}: no animation or transition longer than ${INSTANT_MS} ms, none endless`, async () => {
        const log = await story.run((...hosts) => new MotionLog(() => hosts));
        expect(log.moving).to.deep.equal([]);
      });
    }
  });

  describe('with "no-preference": motion is shown, and nothing moves on its own for more than 5 s', () => {
    before(() => emulateMedia({ reducedMotion: 'no-preference' }));
    for (const story of stories) {
      it(`${story.name}: every animation ends within ${MOTION_LIMIT_MS / 1000} s`, async () => {
        const log = await story.run((...hosts) => new MotionLog(() => hosts));
        // The sampling sees motion where there is some, so the "reduce" run above can fail.
        if (story.shows) expect(log.moving.join('\n')).to.contain(story.shows);
        expect(log.tooLong).to.deep.equal([]);
      });
    }
  });
});
