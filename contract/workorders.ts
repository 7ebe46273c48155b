import { z } from 'zod';

/**
 * Maintenance work orders (维修工单, SPEC §6): a quote from the community's fee list (维修费用清单),
 * a funding source, sign-off above a threshold, completion photos, acceptance and the cost posted to
 * the fund's ledger; and the property company's 24-hour duty roster (驻扎值班表). Money is integer fen.
 */

export const WORK_ORDER_SOURCES = ['ticket', 'inspection', 'topic'] as const;
export const WORK_ORDER_SOURCE_LABELS: Record<(typeof WORK_ORDER_SOURCES)[number], string> = {
  ticket: '居民诉求',
  inspection: '巡查发现',
  topic: '四方议事',
};
export const WORK_ORDER_STATUSES = ['open', 'in_progress', 'done', 'accepted', 'cancelled'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];
export const WORK_ORDER_STATUS_LABELS: Record<WorkOrderStatus, string> = {
  open: '待开工',
  in_progress: '施工中',
  done: '待验收',
  accepted: '已验收',
  cancelled: '已取消',
};
/** Where the money comes from. Only the property's own and the emergency repair fund are ledgers today; a project or a donation is recorded by name for the resources module. */
export const FUNDING_SOURCES = ['property', 'emergency', 'project', 'donation'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_LABELS: Record<FundingSource, string> = {
  property: '物业自有',
  emergency: '共用部位应急维修资金',
  project: '项目经费',
  donation: '捐赠',
};
export const LEDGER_FUNDS = ['property', 'emergency'] as const;
export type LedgerFund = (typeof LEDGER_FUNDS)[number];
export const ASSIGNEE_KINDS = ['property', 'vendor'] as const;
export const ASSIGNEE_LABELS: Record<(typeof ASSIGNEE_KINDS)[number], string> = {
  property: '物业公司',
  vendor: '专业维修机构',
};
export const SIGNOFF_ROLES = ['committee', 'staff'] as const;
export const SIGNOFF_LABELS: Record<(typeof SIGNOFF_ROLES)[number], string> = {
  committee: '自管会',
  staff: '居委工作人员',
};

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const fen = z.number().int().min(0).max(1_000_000_000);
const instant = z.string().datetime({ offset: true });

export const WorkOrderParams = z.object({ communityId: id, id });
export const FundParams = z.object({ communityId: id, fund: z.enum(LEDGER_FUNDS) });

// Fee list
export const FeeItemBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,32}$/),
  name: text(100),
  unit: text(20),
  unitPriceFen: fen.min(1),
  standardHours: z.number().min(0).max(1000),
});
export const FeeListBody = z.strictObject({
  items: z.array(FeeItemBody).min(1).max(300),
  note: z.string().trim().max(500).default(''),
});
export const FeeItem = z.object({
  id,
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  unitPriceFen: z.number(),
  standardHours: z.number(),
});
export const FeeList = z.object({
  version: z.number(),
  publishedAt: z.string().nullable(),
  note: z.string(),
  items: z.array(FeeItem),
});

export const WorkOrderSettings = z.object({ signoffThresholdFen: fen });
export const WorkOrderSettingsBody = z.strictObject({ signoffThresholdFen: fen });

// Funds
export const Fund = z.object({
  kind: z.enum(LEDGER_FUNDS),
  name: z.string(),
  balanceFen: z.number(),
  yearBudgetFen: z.number(),
  year: z.number(),
  spentThisYearFen: z.number(),
  remainingBudgetFen: z.number(),
});
export const FundList = z.object({ items: z.array(Fund) });
export const FundEntry = z.object({
  id,
  kind: z.enum(['deposit', 'spend']),
  amountFen: z.number(),
  balanceAfterFen: z.number(),
  note: z.string(),
  workOrderId: z.string().nullable(),
  workOrderNumber: z.string().nullable(),
  at: z.string(),
});
export const FundLedger = z.object({ fund: Fund, entries: z.array(FundEntry) });
export const DepositBody = z.strictObject({ amountFen: fen.min(1), note: text(200) });
export const FundBudgetBody = z.strictObject({ yearBudgetFen: fen });

// Work orders
export const CreateWorkOrderBody = z.strictObject({
  title: text(200),
  description: z.string().trim().max(2000).default(''),
  source: z.enum(WORK_ORDER_SOURCES),
  sourceId: id.nullable().default(null),
  /** The estate the work is in; from a ticket, the ticket's estate when not given. */
  estateId: id.nullable().default(null),
  location: text(200),
  emergency: z.boolean().default(false),
  fundingSource: z.enum(FUNDING_SOURCES).default('property'),
  fundingRef: z.string().trim().max(200).nullable().default(null),
});
export const UpdateWorkOrderBody = z
  .strictObject({
    title: text(200),
    description: z.string().trim().max(2000),
    location: text(200),
    estateId: id.nullable(),
    fundingSource: z.enum(FUNDING_SOURCES),
    fundingRef: z.string().trim().max(200).nullable(),
    assigneeKind: z.enum(ASSIGNEE_KINDS),
    assigneeName: z.string().trim().max(100).nullable(),
    executorName: z.string().trim().max(100).nullable(),
  })
  .partial();
export const QuoteBody = z.strictObject({
  items: z
    .array(z.strictObject({ feeItemId: id, quantity: z.number().positive().max(100_000).multipleOf(0.01) }))
    .min(1)
    .max(50),
});
export const CompleteBody = z.strictObject({ note: text(1000) });
export const AcceptBody = z.strictObject({ comment: z.string().trim().max(500).default('') });
export const ReviewBody = z.strictObject({ note: text(1000) });
/** Cancelling an order before work starts needs a reason; nothing is posted to any fund. */
export const CancelBody = z.strictObject({ reason: text(500) });
export const ListWorkOrdersQuery = z.object({
  status: z.enum(WORK_ORDER_STATUSES).optional(),
  mine: z.enum(['1']).optional(),
  topicId: id.optional().describe('Only the work orders carrying out this topic'),
});

export const QuoteLine = z.object({
  feeItemId: z.string(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  unitPriceFen: z.number(),
  quantity: z.number(),
  amountFen: z.number(),
  standardHours: z.number(),
});
export const WorkOrderSummary = z.object({
  id,
  number: z.string(),
  title: z.string(),
  location: z.string(),
  estateId: z.string().nullable(),
  source: z.enum(WORK_ORDER_SOURCES),
  sourceId: z.string().nullable(),
  status: z.enum(WORK_ORDER_STATUSES),
  emergency: z.boolean(),
  fundingSource: z.enum(FUNDING_SOURCES),
  totalFen: z.number(),
  createdAt: z.string(),
});
export const WorkOrderList = z.object({ items: z.array(WorkOrderSummary) });
export const WorkOrder = WorkOrderSummary.extend({
  description: z.string(),
  estateName: z.string().nullable(),
  fundingRef: z.string().nullable(),
  assigneeKind: z.enum(ASSIGNEE_KINDS),
  assigneeName: z.string().nullable(),
  executorName: z.string().nullable(),
  feeListVersion: z.number().nullable(),
  items: z.array(QuoteLine),
  signoffRequired: z.boolean(),
  signoffThresholdFen: z.number(),
  signoffs: z.array(z.object({ role: z.enum(SIGNOFF_ROLES), signerName: z.string(), signedAt: z.string() })),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  completionNote: z.string().nullable(),
  photos: z.array(z.object({ id, url: z.string() })),
  acceptedAt: z.string().nullable(),
  acceptedByName: z.string().nullable(),
  acceptanceComment: z.string().nullable(),
  review: z.object({
    status: z.enum(['not_needed', 'pending', 'reviewed']),
    note: z.string().nullable(),
    at: z.string().nullable(),
  }),
  tickets: z.array(z.object({ id: z.string(), number: z.string(), title: z.string(), state: z.string() })),
  cancellation: z.object({ at: z.string(), reason: z.string() }).nullable(),
  /** What the viewer may do now (the console and the H5 show only these buttons). */
  can: z.object({
    edit: z.boolean(),
    sign: z.enum(SIGNOFF_ROLES).nullable(),
    start: z.boolean(),
    complete: z.boolean(),
    accept: z.boolean(),
    review: z.boolean(),
    cancel: z.boolean(),
  }),
});
export const EscalateBody = z.strictObject({
  title: text(200).optional(),
  location: text(200),
  emergency: z.boolean().default(false),
  fundingSource: z.enum(FUNDING_SOURCES).default('property'),
  fundingRef: z.string().trim().max(200).nullable().default(null),
});
export const TicketParams = z.object({ communityId: id, ticketId: id });

// Duty roster
export const DutyShiftBody = z.strictObject({
  staffName: text(50),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/),
  startsAt: instant,
  endsAt: instant,
  note: z.string().trim().max(200).default(''),
});
export const DutyShift = z.object({
  id,
  staffName: z.string(),
  phone: z.string(),
  userId: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  note: z.string(),
});
export const DutyShiftList = z.object({
  items: z.array(DutyShift),
  gaps: z.array(z.object({ from: z.string(), to: z.string() })),
});
export const DutyRangeQuery = z.object({ from: instant.optional(), to: instant.optional() });
export const ShiftParams = z.object({ communityId: id, id });
export const SwapBody = z.strictObject({ withShiftId: id });
export const OnDutyNow = z.object({
  items: z.array(z.object({ staffName: z.string(), phone: z.string(), until: z.string() })),
  nextGapAt: z.string().nullable(),
});

/**
 * One estate's work orders in a period, for the committee's quarterly evaluation (frozen with the round's result)
 * and the dashboards: orders made (cancelled ones left out), of them finished and their average hours from made to
 * finished, emergencies, and what was paid from the ledgers for the estate's orders in the period.
 */
export const WorkOrderFigures = z.object({
  workOrders: z.number(),
  completed: z.number(),
  avgCompletionHours: z.number().nullable(),
  emergency: z.number(),
  spentFen: z.number(),
});
export type WorkOrderFigures = z.infer<typeof WorkOrderFigures>;
