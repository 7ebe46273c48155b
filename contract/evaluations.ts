import { z } from 'zod';

/**
 * 物业考评 (SPEC §6): the self-management committee's quarterly evaluation of each estate's property
 * company — a weighted rubric, one sheet of scores per member, the result beside figures from tickets,
 * and the rectification items (整改) that follow from it.
 */

export const ROUND_STATUSES = ['open', 'closed'] as const;
export const ROUND_STATUS_LABELS: Record<(typeof ROUND_STATUSES)[number], string> = {
  open: '打分中',
  closed: '已结束',
};
export const RECTIFICATION_STATUSES = ['open', 'done'] as const;
/** The rubric a community starts from (the article's practice: cleaning, greening, order and parking, repairs, service, 24-hour presence). */
export const DEFAULT_RUBRIC = [
  { key: 'cleaning', labelZh: '环境保洁', labelEn: 'Cleaning', weight: 20 },
  { key: 'greening', labelZh: '绿化养护', labelEn: 'Greening', weight: 15 },
  { key: 'order_parking', labelZh: '秩序与停车', labelEn: 'Order and parking', weight: 20 },
  { key: 'repairs', labelZh: '维修及时', labelEn: 'Repairs', weight: 20 },
  { key: 'service', labelZh: '服务态度与响应', labelEn: 'Service attitude and response', weight: 15 },
  { key: 'presence', labelZh: '24小时驻扎', labelEn: '24-hour presence', weight: 10 },
] as const;

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
export const quarterRe = /^(20\d\d)-Q([1-4])$/;

export const RubricItem = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/),
  labelZh: text(40),
  labelEn: text(60),
  weight: z.number().int().min(1).max(100),
});
export type RubricItem = z.infer<typeof RubricItem>;
export const RubricBody = z.strictObject({ items: z.array(RubricItem).min(1).max(12) });
export const Rubric = z.object({
  id: z.string().nullable(),
  version: z.number(),
  items: z.array(RubricItem),
  frozen: z.boolean(),
  updatedAt: z.string().nullable(),
});

export const CreateRoundBody = z.strictObject({
  estateId: id,
  companyId: id.describe('The property company (an organization of kind property_company)'),
  quarter: z.string().regex(quarterRe, { message: 'quarter: YYYY-Qn' }),
  deadlineAt: iso,
});
export const ScoreBody = z.strictObject({
  items: z.record(z.string().max(32), z.strictObject({ score: z.number(), comment: z.string().trim().max(500) })),
});

/** Per item of a closed round: mean of the members who scored, the lowest, the highest and the spread between them. */
export const ItemResult = z.object({
  key: z.string(),
  labelZh: z.string(),
  weight: z.number(),
  mean: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  spread: z.number().nullable(),
  comments: z.array(z.string()),
});
export const RoundResult = z.object({
  score: z.number().nullable().describe('Weighted mean over the items, 0–100'),
  members: z.number(),
  scored: z.number(),
  absent: z.number(),
  items: z.array(ItemResult),
});
export type RoundResult = z.infer<typeof RoundResult>;
/**
 * Objective figures of the quarter, frozen at the close: the estate's tickets; the estate's work orders (made,
 * finished, average hours to finish, emergencies, paid from the repair ledgers); and the hours of the quarter with
 * nobody on the community's duty roster (counted from the roster's first shift). A figure that was not recorded
 * when the round closed (rounds closed before work orders existed, a community without a roster) is null.
 */
export const RoundFigures = z.object({
  tickets: z.number(),
  avgResponseHours: z.number().nullable(),
  avgResolutionHours: z.number().nullable(),
  avgSatisfaction: z.number().nullable(),
  overdue: z.number(),
  reopened: z.number(),
  workOrders: z.number().nullable(),
  workOrdersCompleted: z.number().nullable(),
  avgCompletionHours: z.number().nullable(),
  emergencyWorkOrders: z.number().nullable(),
  repairSpentFen: z.number().nullable(),
  dutyGapHours: z.number().nullable(),
});
export type RoundFigures = z.infer<typeof RoundFigures>;

export const Rectification = z.object({
  id: z.string(),
  roundId: z.string(),
  quarter: z.string(),
  estateName: z.string(),
  itemKey: z.string().nullable(),
  title: z.string(),
  detail: z.string(),
  dueDate: z.string(),
  status: z.enum(RECTIFICATION_STATUSES),
  overdue: z.boolean(),
  photos: z.array(z.object({ id: z.string() })),
  doneNote: z.string().nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
});
export const RectificationList = z.object({ items: z.array(Rectification) });
export const RectificationBody = z.strictObject({
  itemKey: z.string().max(32).nullish(),
  title: text(100),
  detail: z.string().trim().max(1000).default(''),
  dueDate: date,
});
export const DoneBody = z.strictObject({ note: text(500) });
export const RectificationQuery = z.object({
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  roundId: id.optional(),
});

export const RoundSummary = z.object({
  id: z.string(),
  quarter: z.string(),
  estateId: z.string(),
  estateName: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  status: z.enum(ROUND_STATUSES),
  deadlineAt: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  closedReason: z.enum(['all_scored', 'deadline']).nullable(),
  members: z.number(),
  scored: z.number(),
  score: z.number().nullable(),
  myTurn: z.boolean().describe('The caller is a member of the round who has not scored yet'),
});
export const RoundList = z.object({ items: z.array(RoundSummary) });
export const RoundQuery = z.object({ status: z.enum(ROUND_STATUSES).optional(), estateId: id.optional() });

export const Round = RoundSummary.extend({
  rubric: z.object({ version: z.number(), items: z.array(RubricItem) }),
  /** The caller's own sheet (members only): others' scores stay hidden until the round closes. */
  mySheet: z.record(z.string(), z.object({ score: z.number(), comment: z.string() })).nullable(),
  isMember: z.boolean(),
  /** Staff see who has scored (masked names), never what they scored before the close. */
  progress: z.array(z.object({ member: z.string(), scored: z.boolean() })).nullable(),
  result: RoundResult.nullable(),
  figures: RoundFigures,
  rectifications: z.array(Rectification),
  /** Rectifications of earlier rounds of the same company and estate that are still open or were finished since the previous round. */
  carried: z.array(Rectification),
});

export const TrendPoint = z.object({
  roundId: z.string(),
  quarter: z.string(),
  estateName: z.string(),
  companyName: z.string(),
  score: z.number().nullable(),
  items: z.record(z.string(), z.number().nullable()),
  figures: RoundFigures,
});
export const Trend = z.object({ items: z.array(TrendPoint), rubric: z.array(RubricItem) });

export const PublicRound = z.object({
  id: z.string(),
  communityName: z.string(),
  quarter: z.string(),
  estateName: z.string(),
  companyName: z.string(),
  closedAt: z.string(),
  result: RoundResult.omit({ items: true }).extend({ items: z.array(ItemResult.omit({ comments: true })) }),
  figures: RoundFigures,
  rectifications: z.array(Rectification.pick({ title: true, dueDate: true, status: true, doneAt: true })),
});

/** The town's comparison: the latest closed round of each property company in each estate of each community. */
export const TownEvaluations = z.object({
  items: z.array(
    z.object({
      communityId: z.string(),
      communityName: z.string(),
      estateName: z.string(),
      companyName: z.string(),
      quarter: z.string(),
      roundId: z.string(),
      score: z.number().nullable(),
      previousScore: z.number().nullable(),
      figures: RoundFigures,
    }),
  ),
});
