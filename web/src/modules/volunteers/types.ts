import type { Answer, Item } from '../../lib/api';

// The answers the pages keep in state or pass around, named from the OpenAPI document so a changed field fails typecheck.
export type Activity = Answer<'/api/communities/{communityId}/activities/{id}'>;
export type ActivitySummary = Item<'/api/communities/{communityId}/activities'>;
export type CheckinCode = Answer<'/api/communities/{communityId}/activities/{id}/checkin-code'>;
export type Commitment = Item<'/api/communities/{communityId}/party-commitments'>;
export type Referral = Item<'/api/communities/{communityId}/referrals'>;

/** Minutes as hours with one decimal, the way the figures show them. */
export const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
