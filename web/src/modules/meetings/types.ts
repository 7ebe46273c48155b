import type { z } from 'zod';
import type { Meeting as MeetingSchema, MeetingSummary as SummarySchema, MeetingKind, ChatIntakeResult } from '../../../../contract/meetings';

export type Meeting = z.infer<typeof MeetingSchema>;
export type MeetingSummary = z.infer<typeof SummarySchema>;
export type ChatIntake = z.infer<typeof ChatIntakeResult>;
export type { MeetingKind };
export const MEETING_KINDS: MeetingKind[] = ['monthly', 'deliberation', 'forum'];
export const ATTENDANCE_PARTIES = ['party_branch', 'property_company', 'committee', 'building_leaders', 'residents', 'other'] as const;
export const SIGNING_PARTIES = ATTENDANCE_PARTIES.slice(0, 4);

/** The meetings API of one community. */
export const meetingsUrl = (c: string, rest = '') => `/api/communities/${c}/meetings${rest}`;
