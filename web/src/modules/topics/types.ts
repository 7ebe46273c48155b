import type { z } from 'zod';
import type { Topic as TopicSchema, TopicSummary as TopicSummarySchema, Stage } from '../../../../contract/topics';

export type Topic = z.infer<typeof TopicSchema>;
export type TopicSummary = z.infer<typeof TopicSummarySchema>;
export type { Stage };
export const STAGES: Stage[] = ['proposed', 'research', 'forum', 'consultation', 'decision', 'implementation', 'review', 'closed'];
export const PARTIES = ['party_branch', 'property_company', 'committee', 'building_leaders'] as const;

/** The topics API of one community. */
export const topicsUrl = (c: string, rest = '') => `/api/communities/${c}/topics${rest}`;
