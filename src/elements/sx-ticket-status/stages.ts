/**
 * The stage indicator's model: which steps a request goes through and where this one is. Pure, so
 * the wording screen readers hear ("completed", "current", "upcoming") is tested without a DOM.
 */
import type { TicketEvent, TicketState } from '../../core/schemas.js';

/** The path every request follows; `waiting-on-you` is a detour that only some requests take. */
export const STAGES = ['new', 'assigned', 'in-progress', 'waiting-on-you', 'resolved', 'closed'] as const satisfies readonly TicketState[];

export type StepStatus = 'completed' | 'current' | 'upcoming' | 'skipped';

export interface Step {
  state: TicketState;
  status: StepStatus;
}

/** States the history shows this request has been in ('new' always). */
function visitedStates(events: readonly Pick<TicketEvent, 'type' | 'state'>[]): Set<TicketState> {
  const visited = new Set<TicketState>(['new']);
  for (const event of events) {
    if (event.state) visited.add(event.state);
    if (event.type === 'assignment') visited.add('assigned');
    if (event.type === 'resolution') visited.add('resolved');
  }
  return visited;
}

/**
 * The steps to show for a request in `state`. Steps before the current one are completed, except
 * "waiting on you" when the desk never needed anything (shown as not needed, never as done).
 * A cancelled request shows the steps it reached, then "cancelled" as the current step.
 */
export function stepsFor(state: TicketState, events: readonly Pick<TicketEvent, 'type' | 'state'>[] = []): Step[] {
  const visited = visitedStates(events);
  if (state === 'cancelled') {
    const reached = STAGES.filter((stage) => visited.has(stage) && stage !== 'closed');
    return [...reached.map((stage): Step => ({ state: stage, status: 'completed' })), { state: 'cancelled', status: 'current' }];
  }
  const current = STAGES.indexOf(state as (typeof STAGES)[number]);
  return STAGES.map((stage, index): Step => {
    if (index === current) return { state: stage, status: 'current' };
    if (index > current) return { state: stage, status: 'upcoming' };
    if (stage === 'waiting-on-you' && !visited.has(stage)) return { state: stage, status: 'skipped' };
    return { state: stage, status: 'completed' };
  });
}
