import type { Stage } from '../../../../contract/topics';

export type { Stage };
export const STAGES: Stage[] = [
  'proposed',
  'research',
  'forum',
  'consultation',
  'decision',
  'implementation',
  'review',
  'closed',
];
export const PARTIES = ['party_branch', 'property_company', 'committee', 'building_leaders'] as const;
