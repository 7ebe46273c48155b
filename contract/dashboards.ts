import { z } from 'zod';

/** Dashboards (SPEC §8): a community's figures over a period of months, and a town view comparing its communities. */

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
export const PeriodQuery = z.object({
  from: month.optional().describe('First month, YYYY-MM (Asia/Shanghai); default 11 months before `to`'),
  to: month.optional().describe('Last month, YYYY-MM; default this month'),
});
export const TownParams = z.object({ townId: z.string().min(1).max(64) });

const hours = z.number().nullable();
/**
 * Response (submitted → accepted) and resolution (submitted → resolved, minus time waiting on the
 * reporter) times of the tickets created in the period. `avg` is exact; `median` and `p90` are the
 * upper edge of the histogram bucket holding them (the summaries keep a histogram, not every value),
 * null when there is no ticket or it lies beyond the last edge (`over`).
 */
export const Times = z.object({ count: z.number(), avg: hours, median: hours, p90: hours, over: z.number() });
/** Headline ticket figures of one group (a grid, a category, a month, a community). */
export const TicketFigures = z.object({
  tickets: z.number(),
  open: z.number(),
  closed: z.number(),
  resolved: z.number(),
  avgResponseHours: hours,
  avgResolutionHours: hours,
  avgSatisfaction: z.number().nullable().describe('1–5, over the tickets rated'),
  rated: z.number(),
  reopenRate: z.number().nullable().describe('Share of the tickets ever resolved that were reopened at least once'),
});
const Group = TicketFigures.extend({ key: z.string(), label: z.string() });

/** What the summary tables give (dashboards.service); the route answers `Dashboard`, this plus other modules' figures. */
export const DashboardBase = z.object({
  communityId: z.string(),
  from: month,
  to: month,
  meetingsHeld: z.number(),
  topicsClosed: z.number(),
  consultations: z.object({
    held: z.number(),
    eligible: z.number(),
    participants: z.number(),
    participationRate: z.number().nullable(),
  }),
  tickets: TicketFigures.extend({ response: Times, resolution: Times }),
  byState: z.array(z.object({ state: z.string(), count: z.number() })),
  byGrid: z.array(Group),
  byCategory: z.array(Group),
  byMonth: z.array(
    TicketFigures.extend({ month, meetingsHeld: z.number(), topicsClosed: z.number(), consultationsHeld: z.number() }),
  ),
});

const fen = z.number().describe('Money in whole fen (1/100 yuan)');
/**
 * Figures of the period from other modules, each read through that module's service (server/workflows/dashboards.ts):
 * volunteers (activities that started in the period), donations (received), project spending (recorded),
 * property scores (closed evaluation rounds of the quarters the period touches) and the emergency repair fund.
 */
export const CommunityFigures = z.object({
  volunteers: z.object({
    personTimes: z.number().describe('Sign-ups checked out (served) at activities that started in the period'),
    hours: z.number(),
    people: z.number(),
  }),
  donations: z.object({
    count: z.number(),
    valueFen: fen,
    savedFen: fen.describe('Value of the donations that met a need: what the community did not have to pay'),
  }),
  projectSpend: z.object({ spentFen: fen, payments: z.number(), projects: z.number() }),
  propertyScores: z.object({
    fromQuarter: z.string(),
    toQuarter: z.string(),
    byQuarter: z.array(
      z.object({
        quarter: z.string(),
        score: z.number().nullable().describe('Mean of the weighted means of the closed rounds of the quarter'),
        rounds: z.number(),
      }),
    ),
    rounds: z.array(
      z.object({
        roundId: z.string(),
        quarter: z.string(),
        estateName: z.string(),
        companyName: z.string(),
        score: z.number().nullable(),
      }),
    ),
  }),
  emergencyFund: z.object({
    balanceFen: fen.describe('Now, whatever the period'),
    yearBudgetFen: fen,
    spentFen: fen.describe('Paid out in the period'),
    depositedFen: fen.describe('Paid in during the period'),
  }),
});
export const Dashboard = DashboardBase.extend({ figures: CommunityFigures });
export type DashboardT = z.infer<typeof Dashboard>;

export const GridDashboardQuery = PeriodQuery.extend({
  gridId: z.string().min(1).max(64).optional().describe('Default: the first grid the caller may open'),
});
/** One grid's tickets over a period (the grid leader's view), from the summary tables, and its overdue tickets now. */
export const GridDashboard = z.object({
  communityId: z.string(),
  gridId: z.string(),
  gridName: z.string(),
  from: month,
  to: month,
  grids: z.array(z.object({ id: z.string(), name: z.string() })).describe('The grids the caller may open'),
  tickets: TicketFigures.extend({ overdue: z.number().describe('Past a running deadline now, whenever created') }),
  byState: z.array(z.object({ state: z.string(), count: z.number() })),
  byCategory: z.array(Group),
  byMonth: z.array(TicketFigures.extend({ month })),
});
export type GridDashboardT = z.infer<typeof GridDashboard>;

export const TownRow = TicketFigures.extend({
  communityId: z.string(),
  name: z.string(),
  medianResponseHours: hours,
  p90ResponseHours: hours,
  medianResolutionHours: hours,
  p90ResolutionHours: hours,
  meetingsHeld: z.number(),
  topicsClosed: z.number(),
  consultationsHeld: z.number(),
  participationRate: z.number().nullable(),
  propertyScore: z
    .number()
    .nullable()
    .describe('Mean weighted score of the closed rounds of the latest quarter in the period that has one'),
  propertyQuarter: z.string().nullable(),
  emergencyFundBalanceFen: fen,
  emergencyFundSpentFen: fen.describe('Paid out in the period'),
});
/** A property company across the town's communities: its closed rounds in the period. */
export const TownCompany = z.object({
  companyName: z.string(),
  communities: z.array(z.string()),
  rounds: z.number(),
  avgScore: z.number().nullable(),
  latestQuarter: z.string(),
  latestScore: z.number().nullable().describe('Mean of its rounds of its latest quarter'),
});
export const TownOverview = z.object({
  town: z.object({ id: z.string(), name: z.string() }),
  from: month,
  to: month,
  communities: z.array(TownRow),
  total: TownRow.omit({ communityId: true, name: true }),
  companies: z.array(TownCompany),
});
/** What the summary tables give for the town (dashboards.service); the route adds scores, funds and companies. */
export const TownRowBase = TownRow.omit({
  propertyScore: true,
  propertyQuarter: true,
  emergencyFundBalanceFen: true,
  emergencyFundSpentFen: true,
});
export type TownOverviewT = z.infer<typeof TownOverview>;
export const TownList = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), communities: z.number() })),
});
