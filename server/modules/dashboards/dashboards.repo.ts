import { sql } from 'kysely';
import type { Conn } from '../../core/db/kysely';
import { FIGURE_COUNTERS, MONTH_COUNTERS, TICKET_COUNTERS } from './summaries';
import './dashboards.tables';

type Sums = Record<string, number>;
const num = (row: Record<string, unknown>, cols: readonly string[]): Sums =>
  Object.fromEntries(cols.map((c) => [c, Number(row[c] ?? 0)]));

export const zeroSums = (): Sums => num({}, MONTH_COUNTERS);

const sumsOf = (cols: readonly string[], prefix = '') =>
  cols.map((c) => sql<number>`sum(${sql.ref(prefix + c)})`.as(c));

const inPeriod = (
  conn: Conn,
  table: 'dashboard_months' | 'dashboard_ticket_cells' | 'dashboard_grid_months' | 'dashboard_category_months',
  communityId: string,
  from: string,
  to: string,
) => conn.selectFrom(table).where('community_id', '=', communityId).where('month', '>=', from).where('month', '<=', to);

/** What a month row of the dashboard shows: its ticket figures and its meetings, topics and consultations. */
const MONTH_ROW = [...FIGURE_COUNTERS, 'meetings_held', 'topics_closed', 'consultations_held'] as const;

/**
 * One community's months in [from, to] (at most a few dozen rows; primary-key range): each month's
 * own figures, and every counter summed over the period. Reading all ~55 counters of each month into
 * JS cost more than the sum (an object per row with a property per column), so the database adds them up.
 */
export async function monthsOf(conn: Conn, communityId: string, from: string, to: string) {
  const [rows, total] = await Promise.all([
    inPeriod(conn, 'dashboard_months', communityId, from, to)
      .select('month')
      .select(MONTH_ROW.map((c) => sql<number>`${sql.ref(c)}`.as(c)))
      .orderBy('month')
      .execute(),
    inPeriod(conn, 'dashboard_months', communityId, from, to).select(sumsOf(MONTH_COUNTERS)).executeTakeFirst(),
  ]);
  return {
    months: rows.map((r) => ({ month: r.month, sums: num(r, MONTH_ROW) })),
    total: num(total ?? {}, MONTH_COUNTERS),
  };
}

export interface TicketGroup {
  key: string;
  sums: Sums;
}

/**
 * One community's ticket counters over [from, to] by grid and by category, with only the counters the figures
 * read (FIGURE_COUNTERS), each summed from its own summary table (month × grid, month × category: ~60 and ~120
 * rows in a year) rather than from the cells (month × grid × category, ~600 rows; summing those was most of a
 * dashboard's time: 1.0–1.2 ms of the database's against 0.35 ms now, measured on a copy of the N=300 district).
 */
export async function ticketGroupsOf(conn: Conn, communityId: string, from: string, to: string) {
  // One statement (one round trip to PostgreSQL): the grids' sums, then the categories'.
  const rows = await inPeriod(conn, 'dashboard_grid_months', communityId, from, to)
    .select([sql<string>`'grid'`.as('kind'), 'grid_id as key', ...sumsOf(FIGURE_COUNTERS)])
    .groupBy('grid_id')
    .unionAll(
      inPeriod(conn, 'dashboard_category_months', communityId, from, to)
        .select([sql<string>`'category'`.as('kind'), 'category as key', ...sumsOf(FIGURE_COUNTERS)])
        .groupBy('category'),
    )
    .execute();
  const groups = (kind: string): TicketGroup[] =>
    rows.filter((r) => r.kind === kind).map((r) => ({ key: r.key, sums: num(r, FIGURE_COUNTERS) }));
  return { byGrid: groups('grid'), byCategory: groups('category') };
}

/** The given communities with their month counters summed over [from, to]; communities without data have zeros. */
export async function communitySums(
  conn: Conn,
  communities: Array<{ id: string; name: string }>,
  from: string,
  to: string,
) {
  const ids = communities.map((c) => c.id);
  const sums = ids.length
    ? await conn
        .selectFrom('dashboard_months as m')
        .select('m.community_id')
        .select(sumsOf(MONTH_COUNTERS, 'm.'))
        .where('m.community_id', 'in', ids)
        .where('m.month', '>=', from)
        .where('m.month', '<=', to)
        .groupBy('m.community_id')
        .execute()
    : [];
  const by = new Map(sums.map((r) => [r.community_id, num(r, MONTH_COUNTERS)]));
  return communities.map((c) => ({ id: c.id, name: c.name, sums: by.get(c.id) ?? zeroSums() }));
}

/** One grid's cells over [from, to], summed by month and category (at most a few hundred rows). */
export async function gridCellsOf(conn: Conn, communityId: string, gridId: string, from: string, to: string) {
  const rows = await inPeriod(conn, 'dashboard_ticket_cells', communityId, from, to)
    .where('grid_id', '=', gridId)
    .select(['month', 'category'])
    .select(sumsOf(TICKET_COUNTERS))
    .groupBy(['month', 'category'])
    .execute();
  return rows.map((r) => ({ month: r.month, category: r.category, sums: num(r, TICKET_COUNTERS) }));
}

/** How many tickets a grid has ('' for those without one), all months: its grid rows' counts added up (a few dozen rows). */
export async function gridTicketCount(conn: Conn, communityId: string, gridId: string): Promise<number> {
  const r = await conn
    .selectFrom('dashboard_grid_months')
    .select(sql<number>`sum(tickets)`.as('n'))
    .where('community_id', '=', communityId)
    .where('grid_id', '=', gridId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
