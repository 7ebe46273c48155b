import { z } from 'zod';

/** 民呼我应 resident tickets (SPEC §2): shapes shared by the server and the web app. */

export const TICKET_STATES = [
  'submitted',
  'accepted',
  'in_progress',
  'waiting_on_reporter',
  'resolved',
  'closed',
  'reopened',
  'rejected',
  'duplicate',
] as const;
export type TicketState = (typeof TICKET_STATES)[number];
export const OPEN_STATES: TicketState[] = ['submitted', 'accepted', 'in_progress', 'waiting_on_reporter', 'reopened'];
export const TICKET_STATE_LABELS: Record<TicketState, string> = {
  submitted: '已提交',
  accepted: '已响应',
  in_progress: '处理中',
  waiting_on_reporter: '待居民补充',
  resolved: '已解决',
  closed: '已办结',
  reopened: '已重开',
  rejected: '不予受理',
  duplicate: '重复已合并',
};
export const TICKET_STATE_LABELS_EN: Record<TicketState, string> = {
  submitted: 'submitted',
  accepted: 'accepted',
  in_progress: 'in progress',
  waiting_on_reporter: 'waiting for the resident',
  resolved: 'resolved',
  closed: 'closed',
  reopened: 'reopened',
  rejected: 'not accepted',
  duplicate: 'merged as a duplicate',
};
export const URGENCIES = ['normal', 'urgent'] as const;
export const CHANNELS = ['h5', 'qr', 'phone', 'visit', 'monthly_meeting', 'group_chat', 'staff'] as const;
export const CHANNEL_LABELS: Record<(typeof CHANNELS)[number], string> = {
  h5: '手机上报',
  qr: '楼栋二维码',
  phone: '电话',
  visit: '走访',
  monthly_meeting: '月例会',
  group_chat: '微信群',
  staff: '工作人员登记',
};
export const LOCATION_KINDS = ['estate', 'building', 'public_area'] as const;
export const MAX_PHOTOS = 9;

const id = z.string().min(1).max(64);
const categoryCode = z.string().regex(/^[a-z][a-z0-9_]{1,31}$/);

export const CreateTicketBody = z.strictObject({
  title: z.string().trim().min(2).max(60),
  description: z.string().trim().min(1).max(2000),
  category: categoryCode.optional().describe('Omitted: suggested from the text'),
  locationKind: z.enum(LOCATION_KINDS),
  estateId: id.optional(),
  buildingId: id.optional(),
  area: z.string().trim().max(100).optional().describe('Where in a public area, e.g. 南门道闸'),
  urgency: z.enum(URGENCIES).default('normal'),
  channel: z.enum(CHANNELS).default('h5'),
  onBehalfOfResidentId: id.optional().describe('Staff and grid teams: the resident this is recorded for'),
});
export type CreateTicket = z.infer<typeof CreateTicketBody>;

export const SuggestBody = z.strictObject({ text: z.string().max(2100) });
export const SuggestResponse = z.object({ category: z.string(), confidence: z.number().min(0).max(1) });
/** Staff corrections the community's suggestions learn from (newest first). */
export const CategoryLessonList = z.object({
  items: z.array(
    z.object({
      ticketId: z.string(),
      number: z.string(),
      title: z.string(),
      from: z.string(),
      to: z.string(),
      taughtBy: z.string(),
      at: z.string(),
    }),
  ),
});
export const LessonsForgotten = z.object({ forgotten: z.number().int() });

export const TransitionBody = z.strictObject({
  to: z.enum(['accepted', 'in_progress', 'waiting_on_reporter', 'resolved', 'rejected', 'resume']),
  message: z.string().trim().max(1000).optional(),
  reason: z.string().trim().min(2).max(500).optional().describe('Required to reject'),
});
export const ConfirmBody = z.strictObject({
  satisfaction: z.number().int().min(1).max(5),
  comment: z.string().trim().max(500).optional(),
});
export const ReopenBody = z.strictObject({ reason: z.string().trim().min(2).max(500) });
export const CommentBody = z.strictObject({ message: z.string().trim().min(1).max(1000) });
export const AssignBody = z.strictObject({ assigneeUserId: id, helperUserIds: z.array(id).max(10).optional() });
export const BulkAssignBody = z.strictObject({ ticketIds: z.array(id).min(1).max(100), assigneeUserId: id });
export const CategoryChangeBody = z.strictObject({ category: categoryCode });
export const MergeBody = z.strictObject({ intoTicketId: id, reason: z.string().trim().min(2).max(500) });
/** Staff join what a resident said to an open ticket about the same problem (the resident's household supports it). */
export const JoinBody = z.strictObject({
  onBehalfOfResidentId: id,
  message: z.string().trim().min(1).max(2000),
  channel: z.enum(['phone', 'visit', 'monthly_meeting', 'group_chat', 'staff']).default('group_chat'),
});
export const JoinAnswer = z.object({
  supportCount: z.number().int(),
  supported: z.boolean().describe("false: the resident's household reported the ticket or already supported it"),
});
export const LinkBody = z.strictObject({
  targetType: z.string().regex(/^[a-z_]{2,32}$/),
  targetId: id,
  note: z.string().trim().max(200).optional(),
});

export const ListQuery = z.object({
  scope: z.enum(['mine', 'supported', 'grid', 'all']).optional(),
  state: z.enum(TICKET_STATES).optional(),
  category: categoryCode.optional(),
  urgency: z.enum(URGENCIES).optional(),
  gridId: id.optional(),
  overdue: z.enum(['1', 'true']).optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const FiguresQuery = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });

export const TicketSummary = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  state: z.enum(TICKET_STATES),
  urgency: z.enum(URGENCIES),
  channel: z.string(),
  locationKind: z.string(),
  estateId: z.string().nullable(),
  estateName: z.string().nullable(),
  buildingId: z.string().nullable(),
  buildingName: z.string().nullable(),
  area: z.string().nullable(),
  gridId: z.string().nullable(),
  gridName: z.string().nullable(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  reporterName: z.string().nullable().describe('Masked (张*)'),
  supportCount: z.number(),
  reopenCount: z.number(),
  satisfaction: z.number().nullable(),
  overdue: z.boolean(),
  escalationLevel: z.number(),
  responseDueAt: z.string(),
  resolutionDueAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const TicketPage = z.object({
  items: z.array(TicketSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const TicketEvent = z.object({
  id: z.string(),
  kind: z.string(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  actorName: z.string().nullable(),
  message: z.string().nullable(),
  data: z.unknown(),
  createdAt: z.string(),
});
export const TicketDetail = TicketSummary.extend({
  description: z
    .string()
    .nullable()
    .describe('null for a household that only supports (同问) it: it sees what the board shows and state changes'),
  reporterPhone: z.string().nullable().describe('Masked (138****1234); handlers only'),
  satisfactionComment: z.string().nullable(),
  closingReason: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  helpers: z.array(z.object({ id: z.string(), name: z.string() })),
  photos: z.array(
    z.object({ id: z.string(), url: z.string(), thumbUrl: z.string(), width: z.number(), height: z.number() }),
  ),
  links: z.array(
    z.object({
      targetType: z.string(),
      targetId: z.string(),
      title: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  timeline: z.array(TicketEvent),
  supportedByMe: z.boolean(),
  can: z.object({
    handle: z.boolean(),
    confirm: z.boolean(),
    comment: z
      .boolean()
      .describe(
        'May write on the timeline: the handlers and the reporter, not a household that only supports it (同问)',
      ),
    support: z.boolean(),
    transitions: z.array(z.string()),
  }),
});
export type TicketDetailT = z.infer<typeof TicketDetail>;

export const BoardItem = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  state: z.enum(TICKET_STATES),
  buildingName: z.string().nullable(),
  area: z.string().nullable(),
  supportCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  mine: z.boolean().describe("The caller's household reported it (false when not signed in)"),
  supported: z.boolean().describe("The caller's household already supports it"),
  canSupport: z.boolean().describe("同问 is open to the caller's household: it is open, not theirs, not yet supported"),
});
export const BoardPage = z.object({
  estate: z.object({ id: z.string(), name: z.string() }),
  items: z.array(BoardItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const CategoryRule = z.object({
  code: categoryCode,
  labelZh: z.string().trim().min(1).max(20),
  labelEn: z.string().trim().min(1).max(40),
  keywords: z.array(z.string().trim().min(1).max(20)).max(200),
  responseHoursNormal: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  resolutionHoursNormal: z
    .number()
    .int()
    .min(1)
    .max(24 * 90),
  responseHoursUrgent: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  resolutionHoursUrgent: z
    .number()
    .int()
    .min(1)
    .max(24 * 90),
  active: z.boolean().default(true),
});
export const CategoryRuleBody = CategoryRule.omit({ code: true }).strict();
export const CategoryList = z.object({ items: z.array(CategoryRule) });

export const TemplateBody = z.strictObject({ state: z.enum(TICKET_STATES), text: z.string().trim().min(2).max(500) });
export const TemplateList = z.object({
  items: z.array(z.object({ id: z.string().nullable(), state: z.string(), text: z.string() })),
});

export const FigureRow = z.object({
  key: z.string(),
  label: z.string(),
  tickets: z.number(),
  responded: z.number(),
  resolved: z.number(),
  closed: z.number(),
  avgResponseHours: z.number().nullable(),
  avgResolutionHours: z.number().nullable(),
  avgSatisfaction: z.number().nullable(),
  reopenRate: z.number().nullable(),
  overdue: z.number(),
});
export const Figures = z.object({
  total: FigureRow,
  byGrid: z.array(FigureRow),
  byCategory: z.array(FigureRow),
  byMonth: z.array(FigureRow),
  byState: z.array(z.object({ state: z.string(), count: z.number() })),
});

export const LinkedTickets = z.object({
  items: z.array(
    z.object({ id: z.string(), number: z.string(), title: z.string(), state: z.string(), supportCount: z.number() }),
  ),
});
