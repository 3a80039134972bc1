/**
 * The answer being given, as plain data: choosing a score, ticking reasons, rating dimensions, and
 * turning it into the `SatisfactionResponse` that is written to the outbox. No DOM.
 */
import type { RaterDimension, SatisfactionResponse, Scale, SurveySubject } from '../../core/schemas.js';
import { DIMENSION_ORDER, SCALE_DEFINITIONS, followUpFor, sentiment, type FollowUp } from './scales.js';

export type Dimensions = Partial<Record<RaterDimension, number>>;

export interface Answer {
  score?: number;
  reasons: ReadonlySet<RaterDimension>;
  dimensions: Dimensions;
  comment: string;
  anonymous: boolean;
}

export const emptyAnswer = (): Answer => ({ reasons: new Set(), dimensions: {}, comment: '', anonymous: false });

/** A known scale name, else the default `csat5`. */
export function knownScale(scale: string): Scale {
  return scale in SCALE_DEFINITIONS ? (scale as Scale) : 'csat5';
}

/** A new score; the reasons are cleared when the question changes between "went well" and "went wrong". */
export function withScore(answer: Answer, scale: Scale, score: number): Answer {
  const before = answer.score === undefined ? undefined : sentiment(scale, answer.score);
  const flipped = before !== undefined && (before === 'high') !== (sentiment(scale, score) === 'high');
  return { ...answer, score, reasons: flipped ? new Set() : answer.reasons };
}

export function withReason(answer: Answer, dimension: RaterDimension, on: boolean): Answer {
  const reasons = new Set(answer.reasons);
  if (on) reasons.add(dimension);
  else reasons.delete(dimension);
  return { ...answer, reasons };
}

export interface ResponseContext {
  id: string;
  subject: SurveySubject;
  scale: Scale;
  followUp: FollowUp;
  rater: boolean;
  anonymousAllowed: boolean;
  /** False when no one would keep a comment (analytics records leave free text out). Default true. */
  commentKept?: boolean;
  submittedAt: string;
}

/** The response to send: only what was asked for the chosen score, reasons in their standard order. */
export function toResponse(answer: Answer & { score: number }, context: ResponseContext): SatisfactionResponse {
  const asked = followUpFor(context.followUp, context.scale, answer.score);
  return {
    id: context.id,
    subject: context.subject,
    scale: context.scale,
    score: answer.score,
    rater: context.rater && Object.keys(answer.dimensions).length > 0 ? { ...answer.dimensions } : undefined,
    reasons: asked.reasons ? DIMENSION_ORDER.filter((dimension) => answer.reasons.has(dimension)) : [],
    comment: asked.comment && context.commentKept !== false ? answer.comment.trim() || undefined : undefined,
    anonymous: answer.anonymous && context.anonymousAllowed,
    submittedAt: context.submittedAt,
  };
}
