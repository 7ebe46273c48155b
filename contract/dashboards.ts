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

export const Dashboard = z.object({
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
export type DashboardT = z.infer<typeof Dashboard>;

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
});
export const TownOverview = z.object({
  town: z.object({ id: z.string(), name: z.string() }),
  from: month,
  to: month,
  communities: z.array(TownRow),
  total: TownRow.omit({ communityId: true, name: true }),
});
export type TownOverviewT = z.infer<typeof TownOverview>;
export const TownList = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), communities: z.number() })),
});
