import type { z } from 'zod';
import type { Activity, ActivitySummary } from '../../../contract/volunteers';
import { maskName } from '../../core/pii';
import type { DB } from '../../core/db/types';

type ActivityRow = DB['activities'];
type SignupRow = DB['activity_signups'];

const mineOf = (s: SignupRow | undefined) =>
  s
    ? {
        signedUpAt: s.signed_up_at,
        checkedInAt: s.checked_in_at,
        checkedOutAt: s.checked_out_at,
        minutes: Number(s.minutes),
      }
    : null;

export function summary(
  a: ActivityRow,
  signups: SignupRow[],
  mine: SignupRow | undefined,
): z.infer<typeof ActivitySummary> {
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    location: a.location,
    startsAt: a.starts_at,
    endsAt: a.ends_at,
    capacity: Number(a.capacity),
    signedUp: Number(a.signup_count),
    checkedIn: signups.filter((s) => s.checked_in_at).length,
    mine: mineOf(mine),
  };
}

/** The organisers see who signed up, names masked (张*明) like every list of residents; others see the counts only. */
export function detail(
  a: ActivityRow,
  signups: SignupRow[],
  mine: SignupRow | undefined,
  organiser: boolean,
): z.infer<typeof Activity> {
  return {
    ...summary(a, signups, mine),
    description: a.description,
    signups: organiser
      ? signups.map((s) => ({
          name: maskName(s.name) ?? '',
          partyMember: !!s.party_member,
          signedUpAt: s.signed_up_at,
          checkedInAt: s.checked_in_at,
          checkedOutAt: s.checked_out_at,
          minutes: Number(s.minutes),
        }))
      : [],
  };
}

/** Hours as shown in figures: one decimal. */
export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
