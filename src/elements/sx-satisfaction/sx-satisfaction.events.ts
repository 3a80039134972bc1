/** Events of <sx-satisfaction>. */
import type { RaterDimension, SatisfactionResponse, Scale, SurveySubject } from '../../core/schemas.js';

export interface SxRatingSubmitDetail {
  /** The response id, also the idempotency key of its write. */
  id: string;
  subject: SurveySubject;
  scale: Scale;
  score: number;
  /** Per-dimension ratings (1–5), when the `rater` questions were answered. */
  dimensions?: SatisfactionResponse['rater'];
  reasons: RaterDimension[];
  comment?: string;
  anonymous: boolean;
  /** `backend`: written through the outbox; `analytics`: only this event (the page's `sx.rating` record) carries it. */
  destination: 'backend' | 'analytics';
}

export interface SxRatingDismissDetail {
  subject: SurveySubject;
  reason: 'snooze' | 'opt-out';
}

declare global {
  interface SxEventMap {
    'sx-rating-submit': SxRatingSubmitDetail;
    'sx-rating-dismiss': SxRatingDismissDetail;
  }
  interface GlobalEventHandlersEventMap {
    'sx-rating-submit': CustomEvent<SxRatingSubmitDetail>;
    'sx-rating-dismiss': CustomEvent<SxRatingDismissDetail>;
  }
}
