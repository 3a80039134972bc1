/**
 * <sx-satisfaction>: how long a person waits (1) from choosing a score to seeing the follow-up
 * (reasons, five per-dimension rating groups, comment), the heaviest update it makes, and (2) from
 * mounting to the prompt being shown on the embedded backend (outbox read, policy, survey state).
 */
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { SURVEY_POLICY_KEY } from '../../src/core/survey-policy.js';
import '../../src/provider.js';
import '../../src/elements/sx-satisfaction/sx-satisfaction.js';
import type { SxSatisfaction } from '../../src/elements/sx-satisfaction/sx-satisfaction.component.js';
import { publish, sample } from './harness.js';

const adapter = createMemoryAdapter({ dbName: `bench-satisfaction-${Date.now()}` });
const provider = document.createElement('sx-provider');
provider.adapter = adapter;
document.body.append(provider);

let run = 0;
function prompt(): SxSatisfaction {
  localStorage.removeItem(SURVEY_POLICY_KEY);
  const element = document.createElement('sx-satisfaction');
  element.topic = `bench-${run++}`;
  element.rater = true;
  return element;
}

async function whenShown(element: SxSatisfaction) {
  while (!element.shadowRoot?.querySelector('[role=radiogroup]')) await new Promise((resolve) => setTimeout(resolve, 0));
}

publish(
  (async () => {
    const mount = await sample(
      20,
      prompt,
      async (element) => {
        provider.append(element);
        await whenShown(element);
      },
      (element) => element.remove(),
    );
    // Timed by hand: only the update after the click, not the wait for the prompt before it.
    const choose: number[] = [];
    for (let index = 0; index < 30; index++) {
      const element = prompt();
      provider.append(element);
      await whenShown(element);
      const start = performance.now();
      element.shadowRoot!.querySelector<HTMLLabelElement>('label[for=score-1]')!.click();
      await element.updateComplete;
      choose.push(performance.now() - start);
      element.remove();
      await new Promise(requestAnimationFrame);
    }
    return [
      { name: 'sx-satisfaction: mount to prompt shown (embedded backend)', unit: 'ms' as const, samples: mount },
      {
        name: 'sx-satisfaction: score chosen to follow-up rendered (reasons, rater, comment)',
        unit: 'ms' as const,
        samples: choose,
        budget: 16,
        note: 'an answer to a click should come within one frame',
      },
    ];
  })(),
);
