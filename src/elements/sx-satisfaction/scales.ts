/**
 * The five rating scales: their scores, labels and icons, and which scores count as low, neutral
 * or high (that decides the follow-up question). Pure data and logic, no DOM.
 */
import type { RaterDimension, Scale } from '../../core/schemas.js';
import type { SatisfactionMessages } from './messages/en.js';

type Key = keyof SatisfactionMessages;
export type Sentiment = 'low' | 'neutral' | 'high';

export interface ScaleOption {
  score: number;
  /** The option's name in words, read out with the score; the middle NPS scores have only their number. */
  label?: Key;
  /** A decorative icon shown above the label. */
  icon?: 'star' | 'thumb-up' | 'thumb-down' | `face-${number}`;
}

export interface ScaleDefinition {
  options: readonly ScaleOption[];
  /** 'icons': glyph plus its label under each option; 'numbers': numbers with the two end labels. */
  layout: 'icons' | 'numbers';
  /** Scores at or below are low; at or above `high` are high; between is neutral. */
  low: number;
  high: number;
}

const numbered = (from: number, to: number, label: (score: number) => Key | undefined): ScaleOption[] =>
  Array.from({ length: to - from + 1 }, (_, index) => ({ score: from + index, label: label(from + index) }));

export const SCALE_DEFINITIONS: Readonly<Record<Scale, ScaleDefinition>> = {
  csat5: {
    layout: 'icons',
    options: numbered(1, 5, (score) => `satisfaction.csat5.${score}` as Key).map((option) => ({ ...option, icon: 'star' as const })),
    low: 2,
    high: 4,
  },
  emoji5: {
    layout: 'icons',
    options: numbered(1, 5, (score) => `satisfaction.emoji5.${score}` as Key).map((option, index) => ({ ...option, icon: `face-${index}` as const })),
    low: 2,
    high: 4,
  },
  thumbs: {
    layout: 'icons',
    options: [
      { score: 1, label: 'satisfaction.thumbs.1', icon: 'thumb-up' },
      { score: 0, label: 'satisfaction.thumbs.0', icon: 'thumb-down' },
    ],
    low: 0,
    high: 1,
  },
  ces7: { layout: 'numbers', options: numbered(1, 7, (score) => `satisfaction.ces7.${score}` as Key), low: 3, high: 5 },
  nps11: {
    layout: 'numbers',
    options: numbered(0, 10, (score) => (score === 0 ? 'satisfaction.nps11.0' : score === 10 ? 'satisfaction.nps11.10' : undefined)),
    low: 6,
    high: 9,
  },
};

export function scaleDefinition(scale: string | null | undefined): ScaleDefinition {
  return SCALE_DEFINITIONS[(scale ?? 'csat5') as Scale] ?? SCALE_DEFINITIONS.csat5;
}

export function sentiment(scale: Scale, score: number): Sentiment {
  const { low, high } = scaleDefinition(scale);
  return score <= low ? 'low' : score >= high ? 'high' : 'neutral';
}

/** The order reasons and per-dimension ratings are offered in: the most common complaint first. */
export const DIMENSION_ORDER: readonly RaterDimension[] = ['responsiveness', 'reliability', 'assurance', 'empathy', 'tangibles'];

export type FollowUp = 'auto' | 'low' | 'none';

/** Which follow-up questions to ask after `score`. */
export function followUpFor(followUp: FollowUp, scale: Scale, score: number | undefined): { reasons: boolean; comment: boolean } {
  if (score === undefined || followUp === 'none') return { reasons: false, comment: false };
  const mood = sentiment(scale, score);
  if (followUp === 'low' && mood === 'high') return { reasons: false, comment: false };
  return { reasons: true, comment: true };
}
