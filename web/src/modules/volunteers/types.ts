import type { z } from 'zod';
import type { Activity as ActivitySchema, ActivitySummary as SummarySchema, CheckinCode as CodeSchema, Commitment as CommitmentSchema, MyHours as MyHoursSchema, VolunteerStats as StatsSchema } from '../../../../contract/volunteers';
import type { Referral as ReferralSchema, ReferralStats as ReferralStatsSchema } from '../../../../contract/referrals';
import type { Proposal as ProposalSchema, ProposalSummary as ProposalSummarySchema } from '../../../../contract/proposals';

export type Activity = z.infer<typeof ActivitySchema>;
export type ActivitySummary = z.infer<typeof SummarySchema>;
export type CheckinCode = z.infer<typeof CodeSchema>;
export type Commitment = z.infer<typeof CommitmentSchema>;
export type MyHours = z.infer<typeof MyHoursSchema>;
export type VolunteerStats = z.infer<typeof StatsSchema>;
export type Referral = z.infer<typeof ReferralSchema>;
export type ReferralStats = z.infer<typeof ReferralStatsSchema>;
export type Proposal = z.infer<typeof ProposalSchema>;
export type ProposalSummary = z.infer<typeof ProposalSummarySchema>;

export const communityUrl = (c: string, rest: string) => `/api/communities/${c}${rest}`;
/** Minutes as hours with one decimal, the way the figures show them. */
export const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
