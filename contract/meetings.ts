import { z } from 'zod';
import { PARTIES } from './topics';

/** Meetings (SPEC §3): 月例会, 议事会, 座谈会 — agenda, attendance per party, minutes, signatures, action items. */

export const MEETING_KINDS = ['monthly', 'deliberation', 'forum'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  monthly: '月例会',
  deliberation: '议事会',
  forum: '座谈会',
};
/** Attendance is kept per party; residents and guests beside the four parties. */
export const ATTENDANCE_PARTIES = [...PARTIES, 'residents', 'other'] as const;
export const ATTENDANCE_PARTY_LABELS: Record<(typeof ATTENDANCE_PARTIES)[number], string> = {
  party_branch: '党支部',
  property_company: '物业公司',
  committee: '自管会',
  building_leaders: '楼组长',
  residents: '居民代表',
  other: '其他',
};

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (s) => {
      const d = new Date(s + 'T00:00:00Z');
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: 'not a real date' },
  );
const iso = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());

export const AgendaItem = z.object({
  kind: z.enum(['topic', 'ticket', 'other']),
  refId: z.string().nullable(),
  title: z.string(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;
export const Signature = z.object({ party: z.enum(ATTENDANCE_PARTIES), name: z.string() });
export type Signature = z.infer<typeof Signature>;

export const MeetingParams = z.object({ communityId: id, id });
export const ActionItemParams = z.object({ communityId: id, id, itemId: id });
export const CreateMeetingBody = z.strictObject({
  kind: z.enum(MEETING_KINDS),
  title: text(200),
  scheduledAt: iso,
  location: z.string().trim().max(200).nullable().default(null),
  /** Required for deliberation meetings and forums: they belong to a topic. */
  topicId: id.nullable().default(null),
  /** Without it, a monthly meeting's agenda is drawn from open topics and tickets. */
  agenda: z
    .array(
      z.strictObject({
        kind: z.enum(['topic', 'ticket', 'other']),
        refId: id.nullable().default(null),
        title: text(200),
      }),
    )
    .max(50)
    .optional(),
});
export const UpdateMeetingBody = z
  .strictObject({
    title: text(200),
    scheduledAt: iso,
    location: z.string().trim().max(200).nullable(),
    agenda: CreateMeetingBody.shape.agenda.unwrap(),
    minutes: z.string().trim().max(20000),
    decisions: z.array(text(1000)).max(50),
  })
  .partial();
export const AttendanceBody = z.strictObject({
  items: z
    .array(
      z.strictObject({
        party: z.enum(ATTENDANCE_PARTIES),
        expected: z.number().int().min(0).max(500),
        present: z.number().int().min(0).max(500),
        names: z.array(text(50)).max(100).default([]),
      }),
    )
    .min(1)
    .max(ATTENDANCE_PARTIES.length),
});
export const CloseMeetingBody = z.strictObject({
  signatures: z.array(z.strictObject({ party: z.enum(ATTENDANCE_PARTIES), name: text(50) })).max(50),
});
export const ActionItemBody = z.strictObject({ text: text(1000), ownerName: text(50), dueDate: date });
export const ActionItemPatch = z.strictObject({ done: z.boolean() });
export const ListMeetingsQuery = z.object({
  kind: z.enum(MEETING_KINDS).optional(),
  status: z.enum(['planned', 'closed']).optional(),
  topicId: id.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export const MeetingStatsQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export const ActionItemsQuery = z.object({
  done: z.enum(['true', 'false']).optional(),
  overdue: z.enum(['true']).optional(),
});

export const ActionItem = z.object({
  id: z.string(),
  meetingId: z.string(),
  text: z.string(),
  ownerName: z.string(),
  dueDate: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
});
export const Attendance = z.object({
  party: z.enum(ATTENDANCE_PARTIES),
  expected: z.number(),
  present: z.number(),
  names: z.array(z.string()),
});
export const MeetingSummary = z.object({
  id: z.string(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  topicId: z.string().nullable(),
  scheduledAt: z.string(),
  location: z.string().nullable(),
  status: z.enum(['planned', 'closed']),
  closedAt: z.string().nullable(),
});
export const Meeting = MeetingSummary.extend({
  agenda: z.array(AgendaItem),
  minutes: z.string().nullable(),
  decisions: z.array(z.string()),
  signatures: z.array(Signature),
  attendance: z.array(Attendance),
  actionItems: z.array(ActionItem),
  totals: z.object({ expected: z.number(), present: z.number() }),
});
export const MeetingList = z.object({ items: z.array(MeetingSummary) });
export const ActionItemList = z.object({ items: z.array(ActionItem.extend({ meetingTitle: z.string() })) });
export const MeetingStats = z.object({
  held: z.number(),
  byKind: z.record(z.string(), z.number()),
  openActionItems: z.number(),
});

export const ChatIntakeBody = z.strictObject({ text: z.string().min(1).max(200_000) });
export const ChatCandidate = z.object({
  speaker: z.string(),
  time: z.string().nullable(),
  text: z.string(),
  suggestedCategory: z.string(),
  /**
   * Line numbers (1-based) of the pasted text this message came from, for staff to check: first and last, as an
   * array of two (a tuple has no OpenAPI 3.0 form; it came out as a duplicate anyOf that Redocly warns about).
   */
  lines: z.array(z.number().int()).length(2),
});
export const ChatIntakeResult = z.object({
  candidates: z.array(ChatCandidate),
  skipped: z.array(
    z.object({ line: z.number(), text: z.string(), reason: z.enum(['system', 'sticker', 'chatter', 'unparsed']) }),
  ),
});
