import { z } from 'zod';

/**
 * Ledgers (台账) and the monthly work report (月报), SPEC §8 (issue #16): every module's ledger exported as .xlsx
 * from one registry, and the report a 居委会 sends upward each month, generated from the month's data.
 */

const id = z.string().min(1).max(64);
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const LedgerParams = z.object({ communityId: id, key: z.string().min(1).max(40) });
export const LedgerQuery = z.object({
  from: month.optional().describe('First month, YYYY-MM (Asia/Shanghai); default `to`'),
  to: month.optional().describe('Last month, YYYY-MM; default this month'),
});
export const LedgerInfo = z.object({
  key: z.string(),
  module: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  columns: z.array(z.string()).describe('The standard columns, in order'),
});
export const LedgerList = z.object({ ledgers: z.array(LedgerInfo) });

/** The report's sections, in the order a 居委会 reports them. */
export const REPORT_SECTIONS = [
  'party',
  'topics',
  'tickets',
  'consultations',
  'property',
  'repairs',
  'projects',
  'resources',
  'volunteers',
  'plan',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
export const REPORT_SECTION_LABELS: Record<ReportSection, string> = {
  party: '一、党建引领与会议',
  topics: '二、四方议事',
  tickets: '三、民呼我应',
  consultations: '四、居民征询',
  property: '五、物业考评',
  repairs: '六、维修工单与资金',
  projects: '七、项目经费',
  resources: '八、共建资源与捐赠',
  volunteers: '九、志愿服务',
  plan: '十、下月工作计划',
};
export const REPORT_SECTION_LABELS_EN: Record<ReportSection, string> = {
  party: '1. Party leadership and meetings',
  topics: '2. Four-party deliberation',
  tickets: '3. Resident requests (民呼我应)',
  consultations: '4. Consultations',
  property: '5. Property evaluation',
  repairs: '6. Repairs and funds',
  projects: '7. Project funds',
  resources: '8. Partner resources and donations',
  volunteers: '9. Volunteer service',
  plan: "10. Next month's plan",
};

const fen = z.number().describe('Whole fen (1/100 yuan)');
/** What the month's data says, each figure read from its module's service; regenerated on request until finalised. */
export const ReportFigures = z.object({
  generatedAt: z.string(),
  meetings: z.object({
    held: z.number(),
    list: z.array(
      z.object({ title: z.string(), at: z.string(), expected: z.number(), present: z.number(), decisions: z.number() }),
    ),
  }),
  topics: z.object({
    closed: z.number(),
    decided: z.array(z.object({ title: z.string(), decision: z.string(), stage: z.string() })),
  }),
  tickets: z.object({
    received: z.number(),
    resolved: z.number(),
    onTime: z.number().describe('Received in the month and not past a deadline'),
    overdue: z.number(),
    avgSatisfaction: z.number().nullable(),
    byCategory: z.array(
      z.object({
        label: z.string(),
        received: z.number(),
        resolved: z.number(),
        overdue: z.number(),
        avgSatisfaction: z.number().nullable(),
      }),
    ),
  }),
  consultations: z.object({
    held: z.number(),
    eligible: z.number(),
    participants: z.number(),
    participationRate: z.number().nullable(),
  }),
  property: z.object({
    quarter: z.string(),
    score: z.number().nullable(),
    rounds: z.array(z.object({ estateName: z.string(), companyName: z.string(), score: z.number().nullable() })),
  }),
  repairs: z.object({
    workOrders: z.number(),
    completed: z.number(),
    emergency: z.number(),
    spentFen: fen,
    emergencyFundBalanceFen: fen,
  }),
  projects: z.object({ spentFen: fen, payments: z.number(), projects: z.number() }),
  resources: z.object({ donations: z.number(), valueFen: fen, savedFen: fen }),
  volunteers: z.object({ personTimes: z.number(), hours: z.number(), people: z.number() }),
});
export type ReportFiguresT = z.infer<typeof ReportFigures>;

export const REPORT_STATUSES = ['draft', 'final'] as const;
const sectionText = z.string().max(5000);
export const ReportSections = z.object(
  Object.fromEntries(REPORT_SECTIONS.map((s) => [s, sectionText])) as Record<ReportSection, typeof sectionText>,
);

export const ReportParams = z.object({ communityId: id, month });
export const CreateReportBody = z.strictObject({ month });
export const UpdateReportBody = z.strictObject({
  sections: z.strictObject(
    Object.fromEntries(REPORT_SECTIONS.map((s) => [s, sectionText.optional()])) as Record<
      ReportSection,
      z.ZodOptional<typeof sectionText>
    >,
  ),
});

export const MonthlyReport = z.object({
  id: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  month,
  status: z.enum(REPORT_STATUSES),
  figures: ReportFigures,
  sections: ReportSections,
  createdBy: z.string().describe('Display name'),
  createdAt: z.string(),
  updatedAt: z.string(),
  finalisedBy: z.string().nullable(),
  finalisedAt: z.string().nullable(),
  contentHash: z.string().nullable().describe('SHA-256 of the canonical JSON of the frozen content, once finalised'),
});
export type MonthlyReportT = z.infer<typeof MonthlyReport>;
export const ReportSummary = MonthlyReport.pick({
  id: true,
  month: true,
  status: true,
  createdBy: true,
  updatedAt: true,
  finalisedBy: true,
  finalisedAt: true,
  contentHash: true,
});
export const ReportList = z.object({ reports: z.array(ReportSummary) });

const yuan = (fen: number) =>
  (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);
const num = (x: number | null) => (x === null ? '—' : String(x));
const cnDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(5, 16).replace('T', ' ');

/**
 * The figures of each section as lines of text (zh): printed, put in the .docx and shown in the editor the same
 * way, so the three never disagree. Figures are not edited; the text below them is.
 */
export function figureLines(f: ReportFiguresT): Record<ReportSection, string[]> {
  return {
    party: [
      `召开会议 ${f.meetings.held} 次`,
      ...f.meetings.list.map(
        (m) => `${cnDate(m.at)} ${m.title}：应到 ${m.expected} 人，实到 ${m.present} 人，形成决议 ${m.decisions} 项`,
      ),
    ],
    topics: [
      `议题结案 ${f.topics.closed} 项，形成决议 ${f.topics.decided.length} 项`,
      ...f.topics.decided.map((d) => `${d.title}（${d.stage}）：${d.decision}`),
    ],
    tickets: [
      `受理诉求 ${f.tickets.received} 件，已解决 ${f.tickets.resolved} 件，未超期 ${f.tickets.onTime} 件，超期 ${f.tickets.overdue} 件，满意度 ${num(f.tickets.avgSatisfaction)}（5 分制）`,
      ...f.tickets.byCategory.map(
        (c) =>
          `${c.label}：受理 ${c.received} 件，解决 ${c.resolved} 件，超期 ${c.overdue} 件，满意度 ${num(c.avgSatisfaction)}`,
      ),
    ],
    consultations: [
      `开展征询 ${f.consultations.held} 次，应参与 ${f.consultations.eligible} 户，参与 ${f.consultations.participants} 户，参与率 ${pct(f.consultations.participationRate)}`,
    ],
    property: [
      `${f.property.quarter} 物业考评综合得分 ${num(f.property.score)}（已结束 ${f.property.rounds.length} 轮）`,
      ...f.property.rounds.map((r) => `${r.estateName}（${r.companyName}）：${num(r.score)} 分`),
    ],
    repairs: [
      `新建维修工单 ${f.repairs.workOrders} 张，完工 ${f.repairs.completed} 张，其中紧急维修 ${f.repairs.emergency} 张`,
      `维修资金支出 ${yuan(f.repairs.spentFen)} 元，应急维修资金余额 ${yuan(f.repairs.emergencyFundBalanceFen)} 元`,
    ],
    projects: [
      `项目支出 ${yuan(f.projects.spentFen)} 元，共 ${f.projects.payments} 笔，涉及项目 ${f.projects.projects} 个`,
    ],
    resources: [
      `接收捐赠 ${f.resources.donations} 批，价值 ${yuan(f.resources.valueFen)} 元，其中满足需求节约 ${yuan(f.resources.savedFen)} 元`,
    ],
    volunteers: [
      `志愿服务 ${f.volunteers.personTimes} 人次，${f.volunteers.hours} 小时，参与 ${f.volunteers.people} 人`,
    ],
    plan: [],
  };
}
