import { expect } from '@open-wc/testing';
import { stepsFor } from '../../../src/elements/sx-ticket-status/stages.js';

const summary = (state: Parameters<typeof stepsFor>[0], events: Parameters<typeof stepsFor>[1] = []) =>
  stepsFor(state, events).map((step) => `${step.state}:${step.status}`);

describe('stages: where a request is on its way', () => {
  it('marks earlier steps completed, this one current and later ones upcoming', () => {
    expect(summary('in-progress')).to.deep.equal([
      'new:completed',
      'assigned:completed',
      'in-progress:current',
      'waiting-on-you:upcoming',
      'resolved:upcoming',
      'closed:upcoming',
    ]);
  });

  it('never claims "waiting on you" was done when the desk never needed anything', () => {
    expect(summary('resolved')).to.include('waiting-on-you:skipped');
    expect(summary('resolved', [{ type: 'state-change', state: 'waiting-on-you' }])).to.include('waiting-on-you:completed');
  });

  it('shows "waiting on you" as the current step when the desk is waiting', () => {
    expect(summary('waiting-on-you')).to.include('waiting-on-you:current');
  });

  it('starts a new request at "submitted"', () => {
    expect(summary('new')[0]).to.equal('new:current');
  });

  it('shows a cancelled request as cancelled after the steps it reached', () => {
    expect(summary('cancelled', [{ type: 'assignment' }])).to.deep.equal(['new:completed', 'assigned:completed', 'cancelled:current']);
  });

  it('puts a reopened request back in progress with resolution upcoming again', () => {
    const steps = summary('in-progress', [
      { type: 'resolution', state: 'resolved' },
      { type: 'reopened', state: 'in-progress' },
    ]);
    expect(steps).to.include('resolved:upcoming');
  });
});
