import { sql } from 'kysely';
import type { Conn } from '../../core/db/kysely';
import { MONTH_COUNTERS, TICKET_COUNTERS } from './summaries';
import '../org/org.tables';
import './dashboards.tables';

type Sums = Record<string, number>;
const num = (row: Record<string, unknown>, cols: readonly string[]): Sums => Object.fromEntries(cols.map((c) => [c, Number(row[c] ?? 0)]));

export const zeroSums = (): Sums => num({}, MONTH_COUNTERS);

/** One community's month rows in [from, to] (at most a few dozen; primary-key range). */
export async function monthsOf(conn: Conn, communityId: string, from: string, to: string) {
  const rows = await conn.selectFrom('dashboard_months').selectAll().where('community_id', '=', communityId)
    .where('month', '>=', from).where('month', '<=', to).orderBy('month').execute();
  return rows.map((r) => ({ month: r.month, sums: num(r, MONTH_COUNTERS) }));
}

/** One community's ticket counters per grid × category over [from, to]. */
export async function cellsOf(conn: Conn, communityId: string, from: string, to: string) {
  const rows = await conn.selectFrom('dashboard_ticket_cells').select(['grid_id', 'category'])
    .select(TICKET_COUNTERS.map((c) => sql<number>`sum(${sql.ref(c)})`.as(c)))
    .where('community_id', '=', communityId).where('month', '>=', from).where('month', '<=', to)
    .groupBy(['grid_id', 'category']).execute();
  return rows.map((r) => ({ grid: r.grid_id, category: r.category, sums: num(r, TICKET_COUNTERS) }));
}

/** Every community of a town with its month counters summed over [from, to]; communities without data have zeros. */
export async function townSums(conn: Conn, townId: string, from: string, to: string) {
  const [communities, sums] = await Promise.all([
    conn.selectFrom('communities').select(['id', 'name']).where('town_id', '=', townId).orderBy('name').execute(),
    conn.selectFrom('dashboard_months as m').innerJoin('communities as c', 'c.id', 'm.community_id').select('m.community_id')
      .select(MONTH_COUNTERS.map((c) => sql<number>`sum(${sql.ref(`m.${c}`)})`.as(c)))
      .where('c.town_id', '=', townId).where('m.month', '>=', from).where('m.month', '<=', to).groupBy('m.community_id').execute(),
  ]);
  const by = new Map(sums.map((r) => [r.community_id, num(r, MONTH_COUNTERS)]));
  return communities.map((c) => ({ id: c.id, name: c.name, sums: by.get(c.id) ?? zeroSums() }));
}

export const townOf = (conn: Conn, townId: string) => conn.selectFrom('towns').select(['id', 'name']).where('id', '=', townId).executeTakeFirst();

export async function townsWithCounts(conn: Conn) {
  return conn.selectFrom('towns as t').leftJoin('communities as c', 'c.town_id', 't.id').select(['t.id', 't.name'])
    .select((eb) => eb.fn.count<number>('c.id').as('communities')).groupBy(['t.id', 't.name']).orderBy('t.name').execute();
}
