import type { z } from 'zod';
import type { AppContext } from '../core/context';
import type { Actor } from '../core/policy/policy';
import type {
  CommunityFigures,
  Dashboard,
  GridDashboard,
  GridDashboardQuery,
  PeriodQuery,
  TownOverview,
} from '../../contract/dashboards';
import * as dashboards from '../modules/dashboards/dashboards.service';
import * as evaluations from '../modules/evaluations/evaluations.service';
import * as projects from '../modules/projects/projects.service';
import * as resources from '../modules/resources/resources.service';
import * as tickets from '../modules/tickets/tickets.service';
import * as volunteers from '../modules/volunteers/volunteers.service';
import * as workorders from '../modules/workorders/workorders.service';

/**
 * The dashboards' figures that come from other modules, each read through that module's service: the
 * dashboards module keeps summary tables of tickets, meetings, topics and consultations (those modules call
 * its hooks, so it cannot call back into them without a cycle); the rest is read here, per request, with
 * small aggregate queries over the period.
 */

const CN = 8 * 3600_000;
const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthStart = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
/** [from, to] months (Asia/Shanghai) as dates [fromDate, toDate) and instants [fromIso, toIso). */
export function bounds(from: string, to: string) {
  const fromDate = monthStart(monthIndex(from));
  const toDate = monthStart(monthIndex(to) + 1);
  const iso = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - CN).toISOString();
  return { fromDate, toDate, fromIso: iso(fromDate), toIso: iso(toDate) };
}
/** The quarter (`2026-Q3`) a month falls in. */
export const quarterOfMonth = (m: string) => `${m.slice(0, 4)}-Q${Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1}`;

const mean = (xs: Array<number | null>) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 10) / 10 : null;
};

/** The other modules' figures of one community over [from, to]. */
async function figuresOf(
  ctx: AppContext,
  communityId: string,
  from: string,
  to: string,
): Promise<z.infer<typeof CommunityFigures>> {
  const b = bounds(from, to);
  const fromQuarter = quarterOfMonth(from);
  const toQuarter = quarterOfMonth(to);
  const [served, donations, spend, rounds, [fund]] = await Promise.all([
    volunteers.servedFigures(ctx.db, communityId, b.fromIso, b.toIso),
    resources.donationFigures(ctx.db, communityId, b.fromDate, b.toDate),
    projects.spendFigures(ctx.db, communityId, b.fromDate, b.toDate),
    evaluations.closedScores(ctx.db, [communityId], fromQuarter, toQuarter),
    workorders.emergencyFundFigures(ctx.db, [communityId], b.fromIso, b.toIso),
  ]);
  const quarters = [...new Set(rounds.map((r) => r.quarter))].sort();
  return {
    volunteers: served,
    donations,
    projectSpend: spend,
    propertyScores: {
      fromQuarter,
      toQuarter,
      byQuarter: quarters.map((quarter) => {
        const mine = rounds.filter((r) => r.quarter === quarter);
        return { quarter, score: mean(mine.map((r) => r.score)), rounds: mine.length };
      }),
      rounds: rounds.map((r) => ({
        roundId: r.roundId,
        quarter: r.quarter,
        estateName: r.estateName,
        companyName: r.companyName,
        score: r.score,
      })),
    },
    emergencyFund: {
      balanceFen: fund.balanceFen,
      yearBudgetFen: fund.yearBudgetFen,
      spentFen: fund.spentFen,
      depositedFen: fund.depositedFen,
    },
  };
}

/** A community's dashboard: the summary tables' figures and the other modules' figures of the same period. */
export async function communityDashboard(
  ctx: AppContext,
  communityId: string,
  q: z.infer<typeof PeriodQuery>,
): Promise<z.infer<typeof Dashboard>> {
  const base = await dashboards.communityDashboard(ctx, communityId, q);
  return { ...base, figures: await figuresOf(ctx, communityId, base.from, base.to) };
}

/** One grid's dashboard (the grid leader's view): its tickets over the period, and its overdue tickets now. */
export async function gridDashboard(
  ctx: AppContext,
  actor: Actor,
  communityId: string,
  q: z.infer<typeof GridDashboardQuery>,
): Promise<z.infer<typeof GridDashboard>> {
  const { from, to } = dashboards.period(ctx.clock.now(), q);
  const { grid, grids } = await dashboards.gridOf(ctx, actor, communityId, q.gridId);
  const [t, overdue] = await Promise.all([
    dashboards.gridTickets(ctx, communityId, grid.id, from, to),
    tickets.overdueCount(ctx.db, communityId, new Date(ctx.clock.now()).toISOString(), grid.id),
  ]);
  return {
    communityId,
    gridId: grid.id,
    gridName: grid.name,
    from,
    to,
    grids,
    tickets: { ...t.tickets, overdue },
    byState: t.byState,
    byCategory: t.byCategory,
    byMonth: t.byMonth,
  };
}

/**
 * The town view: the summary tables' rows, each community's property score (its latest quarter in the period
 * with a closed round) and emergency fund, and the property companies compared across communities.
 */
export async function townOverview(
  ctx: AppContext,
  actor: Actor,
  townId: string,
  q: z.infer<typeof PeriodQuery>,
): Promise<z.infer<typeof TownOverview>> {
  const base = await dashboards.townOverview(ctx, actor, townId, q);
  const ids = base.communities.map((c) => c.communityId);
  const b = bounds(base.from, base.to);
  const [rounds, funds] = await Promise.all([
    evaluations.closedScores(ctx.db, ids, quarterOfMonth(base.from), quarterOfMonth(base.to)),
    workorders.emergencyFundFigures(ctx.db, ids, b.fromIso, b.toIso),
  ]);
  const latestOf = (rs: typeof rounds) => {
    const quarter = rs.reduce<string | null>((m, r) => (m === null || r.quarter > m ? r.quarter : m), null);
    return { quarter, score: quarter ? mean(rs.filter((r) => r.quarter === quarter).map((r) => r.score)) : null };
  };
  const communities = base.communities.map((c) => {
    const latest = latestOf(rounds.filter((r) => r.communityId === c.communityId));
    const fund = funds.find((f) => f.communityId === c.communityId)!;
    return {
      ...c,
      propertyScore: latest.score,
      propertyQuarter: latest.quarter,
      emergencyFundBalanceFen: fund.balanceFen,
      emergencyFundSpentFen: fund.spentFen,
    };
  });
  const names = new Map(base.communities.map((c) => [c.communityId, c.name]));
  const byCompany = new Map<string, typeof rounds>();
  for (const r of rounds) byCompany.set(r.companyName, [...(byCompany.get(r.companyName) ?? []), r]);
  const companies = [...byCompany].map(([companyName, rs]) => {
    const latest = latestOf(rs);
    return {
      companyName,
      communities: [...new Set(rs.map((r) => names.get(r.communityId) ?? ''))].sort((a, b) => a.localeCompare(b, 'zh')),
      rounds: rs.length,
      avgScore: mean(rs.map((r) => r.score)),
      latestQuarter: latest.quarter!,
      latestScore: latest.score,
    };
  });
  companies.sort((a, b) => (b.avgScore ?? -1) - (a.avgScore ?? -1) || a.companyName.localeCompare(b.companyName, 'zh'));
  return {
    ...base,
    communities,
    total: {
      ...base.total,
      propertyScore: mean(communities.map((c) => c.propertyScore)),
      propertyQuarter: communities.reduce<string | null>(
        (m, c) => (c.propertyQuarter && (m === null || c.propertyQuarter > m) ? c.propertyQuarter : m),
        null,
      ),
      emergencyFundBalanceFen: communities.reduce((s, c) => s + c.emergencyFundBalanceFen, 0),
      emergencyFundSpentFen: communities.reduce((s, c) => s + c.emergencyFundSpentFen, 0),
    },
    companies,
  };
}
