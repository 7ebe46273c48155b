import { z } from 'zod';

/** Activities and volunteers, party members' responsibility lists (SPEC §7, the article's 内力). */

export const ACTIVITY_KINDS = ['learning', 'festival', 'greening', 'renovation', 'service', 'other'] as const;
export const ACTIVITY_KIND_LABELS: Record<(typeof ACTIVITY_KINDS)[number], string> = {
  learning: '学习',
  festival: '节日活动',
  greening: '绿化补种',
  renovation: '小区改造',
  service: '志愿服务',
  other: '其他',
};
export const COMMITMENT_KINDS = ['visit_households', 'serve_hours', 'other'] as const;
export const COMMITMENT_KIND_LABELS: Record<(typeof COMMITMENT_KINDS)[number], string> = {
  visit_households: '走访住户',
  serve_hours: '志愿服务',
  other: '其他承诺',
};
export const COMMITMENT_UNITS: Record<(typeof COMMITMENT_KINDS)[number], string> = {
  visit_households: '户',
  serve_hours: '小时',
  other: '件',
};

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });
const date = z.iso.date();

export const ActivityParams = z.object({ communityId: id, id });
export const CreateActivityBody = z.strictObject({
  kind: z.enum(ACTIVITY_KINDS),
  title: text(200),
  description: z.string().trim().max(5000).default(''),
  location: text(200),
  startsAt: instant,
  endsAt: instant,
  capacity: z.number().int().min(1).max(2000),
});
/** Staff record a volunteer who came without signing up on the phone (an older neighbour, a walk-in). */
export const WalkInBody = z.strictObject({
  name: text(50),
  partyMember: z.boolean().default(false),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
});
/** The signed code from the check-in screen's QR. */
export const CheckBody = z.strictObject({ code: z.string().trim().min(1).max(200) });
export const ListActivitiesQuery = z.object({ when: z.enum(['upcoming', 'past', 'all']).default('all') });
export const StatsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const MySignup = z.object({
  signedUpAt: z.string(),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
  minutes: z.number(),
});
export const ActivitySummary = z.object({
  id: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string(),
  location: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number(),
  signedUp: z.number(),
  checkedIn: z.number(),
  mine: MySignup.nullable(),
});
export const Activity = ActivitySummary.extend({
  description: z.string(),
  /** Who signed up (managers only; names masked for others, who get an empty list). */
  signups: z.array(
    z.object({
      name: z.string(),
      partyMember: z.boolean(),
      signedUpAt: z.string(),
      checkedInAt: z.string().nullable(),
      checkedOutAt: z.string().nullable(),
      minutes: z.number(),
    }),
  ),
});
export const ActivityList = z.object({ items: z.array(ActivitySummary) });
export const CheckinCode = z.object({ code: z.string(), url: z.string(), opensAt: z.string(), closesAt: z.string() });

export const MyHours = z.object({
  personTimes: z.number(),
  minutes: z.number(),
  items: z.array(
    z.object({
      activityId: z.string(),
      title: z.string(),
      startsAt: z.string(),
      checkedInAt: z.string().nullable(),
      checkedOutAt: z.string().nullable(),
      minutes: z.number(),
    }),
  ),
});
const Figures = z.object({ personTimes: z.number(), hours: z.number() });
export const VolunteerStats = Figures.extend({
  year: z.number(),
  people: z.number(),
  activities: z.number(),
  partyMembers: Figures.extend({ people: z.number() }),
  byMonth: z.array(Figures.extend({ month: z.string() })),
  byPerson: z.array(Figures.extend({ name: z.string(), partyMember: z.boolean() })),
});

export const CommitmentParams = z.object({ communityId: id, id });
export const CreateCommitmentBody = z.strictObject({
  userId: id,
  memberName: text(50),
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(COMMITMENT_KINDS),
  text: text(500),
  target: z.number().int().min(1).max(10_000),
});
export const CommitmentEntryBody = z.strictObject({ amount: z.number().int().min(1).max(1000), note: text(500), date });
export const CommitmentsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const Commitment = z.object({
  id: z.string(),
  userId: z.string(),
  memberName: z.string(),
  year: z.number(),
  kind: z.enum(COMMITMENT_KINDS),
  text: z.string(),
  target: z.number(),
  unit: z.string(),
  /** Logged entries, plus for serve_hours the member's checked-out volunteer hours of the year. */
  done: z.number(),
  fulfilled: z.boolean(),
  entries: z.array(z.object({ id: z.string(), amount: z.number(), note: z.string(), date: z.string() })),
});
export const CommitmentList = z.object({ items: z.array(Commitment) });
