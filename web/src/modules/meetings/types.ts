import type { z } from 'zod';
import type { Meeting as MeetingSchema, MeetingKind } from '../../../../contract/meetings';

export type Meeting = z.infer<typeof MeetingSchema>;
export type { MeetingKind };
export const MEETING_KINDS: MeetingKind[] = ['monthly', 'deliberation', 'forum'];
export const ATTENDANCE_PARTIES = [
  'party_branch',
  'property_company',
  'committee',
  'building_leaders',
  'residents',
  'other',
] as const;
export const SIGNING_PARTIES = ATTENDANCE_PARTIES.slice(0, 4);
