import type { z } from 'zod';
import type { PublicRound, Rectification, Round, RoundSummary, Rubric, Trend } from '../../../../contract/evaluations';

export type RoundView = z.infer<typeof Round>;
export type RoundSummaryView = z.infer<typeof RoundSummary>;
export type RectificationView = z.infer<typeof Rectification>;
export type RubricView = z.infer<typeof Rubric>;
export type TrendView = z.infer<typeof Trend>;
export type PublicRoundView = z.infer<typeof PublicRound>;

export const evaluationsUrl = (c: string, rest = '') => `/api/communities/${c}/evaluations${rest}`;
export const rectificationsUrl = (c: string, rest = '') => `/api/communities/${c}/rectifications${rest}`;
