import { expect } from '@open-wc/testing';
import type { WriteState } from '../../../src/elements/shared/write-follower.js';
import { commentLabel, decisionStatus, outboxStatusOf } from '../../../src/elements/sx-ticket-status/write-status.js';

const STATES: WriteState[] = ['sending', 'retrying', 'offline', 'sent', 'failed'];

describe('what a followed write means on screen', () => {
  it('says a comment waiting for the network or a retry is "not sent yet", not "sending"', () => {
    expect(STATES.map(commentLabel)).to.deep.equal(['comment.sending', 'comment.queued', 'comment.queued', 'comment.sent', 'comment.failed']);
  });

  it('keeps the outbox status names in the data-pending hook pages style', () => {
    expect(STATES.map(outboxStatusOf)).to.deep.equal(['sending', 'pending', 'pending', 'delivered', 'failed']);
  });

  it('shows a confirm or reopen as on its way until it is sent or fails for good', () => {
    expect(STATES.map(decisionStatus)).to.deep.equal(['sending', 'sending', 'sending', 'done', 'failed']);
  });
});
