import type { z } from 'zod';
import type { AppContext } from '../../core/context';
import { AppError, errors } from '../../core/errors';
import { rolesIn, type Actor } from '../../core/policy/policy';
import { OPEN_STATES, TICKET_STATES } from '../../../contract/tickets';
import type { DashboardBase, PeriodQuery, TownList, TownRowBase } from '../../../contract/dashboards';
import { categoryRules } from '../tickets/categories.service';
import * as org from '../org/org.service';
import * as repo from './dashboards.repo';
import {
  HOUR_EDGES,
  MONTH_COUNTERS,
  monthOf,
  RESOLUTION_BUCKETS,
  RESPONSE_BUCKETS,
  TICKET_COUNTERS,
} from './summaries';

/** The hooks other modules call in the transaction of each change (see summaries.ts). */
export { ticketChanged, meetingHeld, topicClosed, consultationClosed, rebuildSummaries } from './summaries';
/**
 * How many tickets a grid has, from the summary rows kept in each ticket change's transaction: the ticket list's
 * total when it shows a whole grid unfiltered, without counting the grid's tickets on every page.
 */
export const gridTicketCount = repo.gridTicketCount;
/** What a summarised module provides (manifest `summarySource`) so rebuilds never read its tables. */
export { TICKET_FACT_COLUMNS, provideSummarySource, type SummaryFacts, type SummarySource } from './summaries';

type Sums = Record<string, number>;
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const ratio = (a: number, b: number, d = 3) => (b ? round(a / b, d) : null);
const hoursAvg = (seconds: number, n: number) => (n ? round(seconds / n / 3600, 1) : null);

/** Column by column sums of counter rows, over a fixed list of columns (a plain loop: it runs on every request). */
function sumOf(rows: Sums[], cols: readonly string[]): Sums {
  const out: Sums = {};
  for (const c of cols) {
    let s = 0;
    for (const r of rows) s += r[c];
    out[c] = s;
  }
  return out;
}

/**
 * The q-quantile (nearest rank) of a histogram: the upper edge of the bucket holding it, or null
 * (counted in `over`) when it lies beyond the last edge.
 */
export function quantileEdge(buckets: number[], q: number): number | null {
  const n = buckets.reduce((a, b) => a + b, 0);
  if (!n) return null;
  const rank = Math.ceil(q * n);
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    seen += buckets[i];
    if (seen >= rank) return i < HOUR_EDGES.length ? HOUR_EDGES[i] : null;
  }
  return null;
}

function times(s: Sums, kind: 'response' | 'resolution') {
  const buckets = (kind === 'response' ? RESPONSE_BUCKETS : RESOLUTION_BUCKETS).map((b) => s[b] ?? 0);
  const count = kind === 'response' ? s.responded_n : s.resolved_n;
  return {
    count,
    avg: hoursAvg(kind === 'response' ? s.response_s : s.resolution_s, count),
    median: quantileEdge(buckets, 0.5),
    p90: quantileEdge(buckets, 0.9),
    over: buckets[buckets.length - 1],
  };
}

/** Headline ticket figures from summed counters. */
function ticketFigures(s: Sums) {
  return {
    tickets: s.tickets,
    open: OPEN_STATES.reduce((a, st) => a + (s[`st_${st}`] ?? 0), 0),
    closed: s.st_closed,
    resolved: s.resolved_n,
    avgResponseHours: hoursAvg(s.response_s, s.responded_n),
    avgResolutionHours: hoursAvg(s.resolution_s, s.resolved_n),
    avgSatisfaction: ratio(s.satisfaction_sum, s.rated_n, 2),
    rated: s.rated_n,
    reopenRate: ratio(s.reopened_n, s.ever_resolved_n),
  };
}

const MAX_MONTHS = 60;
const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthAt = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** [from, to] in months; by default the twelve months up to this one (the community's clock, UTC+8). */
export function period(now: number, q: z.infer<typeof PeriodQuery>): { from: string; to: string } {
  const to = q.to ?? monthOf(new Date(now).toISOString());
  const from = q.from ?? monthAt(monthIndex(to) - 11);
  if (from > to)
    throw errors.unprocessable('bad_period', '开始月份不能晚于结束月份', 'The first month is after the last month', {
      from,
      to,
    });
  if (monthIndex(to) - monthIndex(from) >= MAX_MONTHS) {
    throw errors.unprocessable(
      'period_too_long',
      `时间范围最多 ${MAX_MONTHS} 个月`,
      `The period can span at most ${MAX_MONTHS} months`,
      { from, to },
    );
  }
  return { from, to };
}

const zh = new Intl.Collator('zh');

/** A community's dashboard over a period, read from the summary tables only. */
export async function communityDashboard(
  ctx: AppContext,
  communityId: string,
  q: z.infer<typeof PeriodQuery>,
): Promise<z.infer<typeof DashboardBase>> {
  const { from, to } = period(ctx.clock.now(), q);
  const [{ months, total: all }, groups, rules] = await Promise.all([
    repo.monthsOf(ctx.db, communityId, from, to),
    repo.ticketGroupsOf(ctx.db, communityId, from, to),
    categoryRules(ctx.db, communityId),
  ]);
  const figures = (rows: repo.TicketGroup[], labelOf: (k: string) => string) =>
    rows.map((g) => ({ key: g.key, label: labelOf(g.key), ...ticketFigures(g.sums) }));
  // Names from org's in-memory map of the community's places.
  const gridName = (await org.placeNames(ctx.db, communityId, { grids: groups.byGrid.map((g) => g.key) })).grids;
  const categoryName = new Map(rules.map((r) => [r.code, r.labelZh]));
  return {
    communityId,
    from,
    to,
    meetingsHeld: all.meetings_held,
    topicsClosed: all.topics_closed,
    consultations: {
      held: all.consultations_held,
      eligible: all.consultation_eligible,
      participants: all.consultation_participants,
      participationRate: ratio(all.consultation_participants, all.consultation_eligible),
    },
    tickets: { ...ticketFigures(all), response: times(all, 'response'), resolution: times(all, 'resolution') },
    byState: TICKET_STATES.map((state) => ({ state, count: all[`st_${state}`] })),
    byGrid: figures(groups.byGrid, (k) => gridName.get(k) ?? (k ? k : '未分网格')).sort((a, b) =>
      zh.compare(a.label, b.label),
    ),
    // Most tickets first; categories with as many tickets in label order, whatever order the database grouped them in.
    byCategory: figures(groups.byCategory, (k) => categoryName.get(k) ?? k).sort(
      (a, b) => b.tickets - a.tickets || zh.compare(a.label, b.label),
    ),
    byMonth: months.map((m) => ({
      month: m.month,
      ...ticketFigures(m.sums),
      meetingsHeld: m.sums.meetings_held,
      topicsClosed: m.sums.topics_closed,
      consultationsHeld: m.sums.consultations_held,
    })),
  };
}

/** Only the town's platform admin sees a town; anyone else is told it does not exist (deny by default). */
function requireTownViewer(actor: Actor) {
  if (!actor.platformAdmin) throw errors.notFound('town');
}

function townRow(s: Sums) {
  const response = times(s, 'response');
  const resolution = times(s, 'resolution');
  return {
    ...ticketFigures(s),
    medianResponseHours: response.median,
    p90ResponseHours: response.p90,
    medianResolutionHours: resolution.median,
    p90ResolutionHours: resolution.p90,
    meetingsHeld: s.meetings_held,
    topicsClosed: s.topics_closed,
    consultationsHeld: s.consultations_held,
    participationRate: ratio(s.consultation_participants, s.consultation_eligible),
  };
}

/** Every community of a town side by side, one row each, plus the town's total. */
export async function townOverview(
  ctx: AppContext,
  actor: Actor,
  townId: string,
  q: z.infer<typeof PeriodQuery>,
): Promise<{
  town: { id: string; name: string };
  from: string;
  to: string;
  communities: Array<z.infer<typeof TownRowBase>>;
  total: Omit<z.infer<typeof TownRowBase>, 'communityId' | 'name'>;
}> {
  requireTownViewer(actor);
  const { from, to } = period(ctx.clock.now(), q);
  const town = await org.townOf(ctx.db, townId);
  if (!town) throw errors.notFound('town');
  const rows = await repo.communitySums(ctx.db, await org.communitiesOfTown(ctx.db, townId), from, to);
  const total = sumOf(
    rows.map((r) => r.sums),
    MONTH_COUNTERS,
  );
  return {
    town,
    from,
    to,
    communities: rows.map((r) => ({ communityId: r.id, name: r.name, ...townRow(r.sums) })),
    total: townRow(total),
  };
}

/** The towns the actor may open: all of them for the platform admin, none for anyone else. */
export async function towns(ctx: AppContext, actor: Actor): Promise<z.infer<typeof TownList>> {
  if (!actor.platformAdmin) return { items: [] };
  return { items: await org.towns(ctx.db) };
}

// ── The grid dashboard (the grid leader's view) ─────────────────────────────

/**
 * The grids whose dashboard the actor may open: every grid of the community for its staff, the party branch
 * and the platform admin; the grids whose service team a grid member is on otherwise (none: 403).
 */
export async function gridsFor(ctx: AppContext, actor: Actor, communityId: string) {
  const grids = await org.gridsOf(ctx.db, communityId);
  const roles = rolesIn(actor, communityId);
  if (actor.platformAdmin || roles.has('staff') || roles.has('party_branch')) return grids;
  const served = new Set(await org.gridsServedBy(ctx.db, communityId, actor.userId));
  return grids.filter((g) => served.has(g.id));
}

/** The grid asked for (default: the first the actor may open), refused when it is not one of those. */
export async function gridOf(ctx: AppContext, actor: Actor, communityId: string, gridId: string | undefined) {
  const grids = (await gridsFor(ctx, actor, communityId)).sort((a, b) => zh.compare(a.name, b.name));
  const grid = gridId ? grids.find((g) => g.id === gridId) : grids[0];
  if (!grid) {
    // A grid of the community that is not the caller's is forbidden; an unknown one does not exist.
    if (gridId && (await org.gridsOf(ctx.db, communityId)).some((g) => g.id === gridId))
      throw new AppError(
        'not_your_grid',
        403,
        '只能查看自己所在网格的看板',
        "You can open only your own grid's dashboard",
      );
    if (gridId) throw errors.notFound('grid');
    throw new AppError('no_grid', 403, '您不在任何网格的服务团队中', "You are not on any grid's service team");
  }
  return { grid, grids: grids.map((g) => ({ id: g.id, name: g.name })) };
}

/** One grid's ticket figures over [from, to], from the summary cells: totals, by state, category and month. */
export async function gridTickets(ctx: AppContext, communityId: string, gridId: string, from: string, to: string) {
  const [rows, rules] = await Promise.all([
    repo.gridCellsOf(ctx.db, communityId, gridId, from, to),
    categoryRules(ctx.db, communityId),
  ]);
  const categoryName = new Map(rules.map((r) => [r.code, r.labelZh]));
  const fold = (rs: typeof rows) =>
    sumOf(
      rs.map((r) => r.sums),
      TICKET_COUNTERS,
    );
  const groupBy = (key: (r: (typeof rows)[number]) => string) => {
    const m = new Map<string, typeof rows>();
    for (const r of rows) (m.get(key(r)) ?? m.set(key(r), []).get(key(r))!).push(r);
    return m;
  };
  const all = fold(rows);
  return {
    tickets: ticketFigures(all),
    byState: TICKET_STATES.map((state) => ({ state, count: all[`st_${state}`] ?? 0 })),
    byCategory: [...groupBy((r) => r.category)]
      .map(([key, rs]) => ({ key, label: categoryName.get(key) ?? key, ...ticketFigures(fold(rs)) }))
      .sort((a, b) => b.tickets - a.tickets || zh.compare(a.label, b.label)),
    byMonth: [...groupBy((r) => r.month)]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, rs]) => ({ month, ...ticketFigures(fold(rs)) })),
  };
}
