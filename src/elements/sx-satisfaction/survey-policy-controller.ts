/**
 * The element's view of the shared survey policy (core/survey-policy.ts): one store for every
 * prompt on the page, and a callback when the policy changed here or in another tab.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SurveyState } from '../../core/schemas.js';
import { SurveyPolicyStore, decide, type SurveyDecision, type SurveyLedger, type SurveyPolicyOptions } from '../../core/survey-policy.js';

const store = new SurveyPolicyStore();

export class SurveyPolicyController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.unsubscribe ??= store.subscribe(this.onChange);
  }

  hostDisconnected() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  decide(key: string, now: number, options: SurveyPolicyOptions, remote?: SurveyState): SurveyDecision {
    return decide(store.read(), key, now, options, remote);
  }

  record(change: (ledger: SurveyLedger) => SurveyLedger) {
    store.update(change);
  }
}
