/**
 * What the state of a followed write means on screen: the words beside a pending comment, the
 * value of its `data-pending` hook (the outbox's own status names, which pages may style), and
 * whether a confirm or reopen is still on its way. Pure, so each mapping is tested without a DOM.
 */
import type { OutboxStatus } from '../../core/outbox.js';
import type { WriteState } from '../shared/write-follower.js';

export type CommentLabel = 'comment.sending' | 'comment.queued' | 'comment.sent' | 'comment.failed';

export function commentLabel(state: WriteState): CommentLabel {
  if (state === 'sent') return 'comment.sent';
  if (state === 'failed') return 'comment.failed';
  // Waiting for the network or a retry: stored, and sent later without the person doing anything.
  return state === 'sending' ? 'comment.sending' : 'comment.queued';
}

export function outboxStatusOf(state: WriteState): OutboxStatus {
  if (state === 'sent') return 'delivered';
  if (state === 'failed') return 'failed';
  return state === 'sending' ? 'sending' : 'pending';
}

export type DecisionStatus = 'sending' | 'done' | 'failed';

export function decisionStatus(state: WriteState): DecisionStatus {
  if (state === 'sent') return 'done';
  return state === 'failed' ? 'failed' : 'sending';
}
