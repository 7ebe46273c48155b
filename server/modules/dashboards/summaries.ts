import { sql } from 'kysely';
import { loose, type Conn, type Db, type Trx } from '../../core/db/kysely';
import { compiled, type Args, type CompiledStatement } from '../../core/db/compiled';
import { OPEN_STATES, TICKET_STATES } from '../../../contract/tickets';
import * as org from '../org/org.service';
import './dashboards.tables';

/**
 * Summary tables behind the dashboards (SPEC §8), so no request scans tickets:
 *   dashboard_ticket_cells  community × month × grid × category: ticket counters
 *   dashboard_grid_months, dashboard_category_months
 *                           community × month × grid, and × category: the cells added up, with the counters a
 *                           dashboard's grid and category tables read (FIGURE_COUNTERS), so a community's
 *                           dashboard sums ~180 rows a year instead of ~600 cells
 *   dashboard_months        community × month: the same counters, response/resolution-time histograms,
 *                           meetings held, topics closed, consultations held and their turnout
 * A ticket counts in the month it was created (Asia/Shanghai), in its current state; a meeting in the
 * month it was held, a topic in the month it closed, a consultation in the month it closed.
 *
 * Every change is a delta: a service calls ticketChanged(trx, before, after) (or meetingHeld, …) in
 * the transaction of the change, which subtracts the old row's contribution and adds the new one.
 * contributions() computes the same rows from the source tables: rebuildSummaries() writes them (the
 * migration's backfill, the bench data generator after a bulk load, the demo) and summaryDrift()
 * compares them with what is stored (`gongzhi verify`). One definition of a row's contribution,
 * ticketContribution(), serves all three, so they cannot disagree.
 */

/** Upper edges, in hours, of the response/resolution-time histogram buckets; the last bucket is "more". */
export const HOUR_EDGES = [1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 336, 720, 1440, 4320] as const;
const BUCKETS = HOUR_EDGES.length + 1;
export const RESPONSE_BUCKETS = Array.from({ length: BUCKETS }, (_, i) => `resp_h${i}`);
export const RESOLUTION_BUCKETS = Array.from({ length: BUCKETS }, (_, i) => `res_h${i}`);

export const STATE_COLUMNS = TICKET_STATES.map((s) => `st_${s}`);
/** Counters kept per cell and per month. Times are summed in seconds. */
export const TICKET_COUNTERS = [
  'tickets',
  ...STATE_COLUMNS,
  'responded_n',
  'response_s',
  'resolved_n',
  'resolution_s',
  'rated_n',
  'satisfaction_sum',
  'reopened_n',
  'reopens',
  'ever_resolved_n',
] as const;
/**
 * The counters the headline figures of a group read (ticketFigures() in dashboards.service.ts): all
 * that the grid and category tables of a dashboard sum, of the cells' TICKET_COUNTERS.
 */
export const FIGURE_COUNTERS = [
  'tickets',
  ...OPEN_STATES.map((s) => `st_${s}`),
  'st_closed',
  'responded_n',
  'response_s',
  'resolved_n',
  'resolution_s',
  'rated_n',
  'satisfaction_sum',
  'reopened_n',
  'ever_resolved_n',
] as const;
export const MONTH_COUNTERS = [
  ...TICKET_COUNTERS,
  ...RESPONSE_BUCKETS,
  ...RESOLUTION_BUCKETS,
  'meetings_held',
  'topics_closed',
  'consultations_held',
  'consultation_eligible',
  'consultation_participants',
] as const;

type Counters = Record<string, number>;
const H = 3600_000;
/** Months are the community's (Asia/Shanghai, UTC+8, no daylight saving). */
export const monthOf = (ts: string) => new Date(Date.parse(ts) + 8 * H).toISOString().slice(0, 7);
export const bucketOf = (hours: number) => {
  const i = HOUR_EDGES.findIndex((e) => hours <= e);
  return i === -1 ? HOUR_EDGES.length : i;
};

/** The ticket columns a contribution depends on; a service passes rows with at least these. */
export interface TicketFacts {
  community_id: string;
  created_at: string;
  grid_id: string | null;
  category: string;
  state: string;
  accepted_at: string | null;
  resolved_at: string | null;
  paused_ms: number | string;
  satisfaction: number | null;
  reopen_count: number;
}
export const TICKET_FACT_COLUMNS = [
  'community_id',
  'created_at',
  'grid_id',
  'category',
  'state',
  'accepted_at',
  'resolved_at',
  'paused_ms',
  'satisfaction',
  'reopen_count',
] as const;

interface Contribution {
  community: string;
  month: string;
  grid: string;
  category: string;
  counters: Counters;
}

/** What one ticket adds to its cell and month. */
export function ticketContribution(t: TicketFacts): Contribution {
  const c: Counters = { tickets: 1, [`st_${t.state}`]: 1 };
  const created = Date.parse(t.created_at);
  if (t.accepted_at) {
    const ms = Math.max(0, Date.parse(t.accepted_at) - created);
    Object.assign(c, { responded_n: 1, response_s: Math.round(ms / 1000), [`resp_h${bucketOf(ms / H)}`]: 1 });
  }
  if (t.resolved_at) {
    // Time waiting on the reporter is not the team's time.
    const ms = Math.max(0, Date.parse(t.resolved_at) - created - Number(t.paused_ms));
    Object.assign(c, { resolved_n: 1, resolution_s: Math.round(ms / 1000), [`res_h${bucketOf(ms / H)}`]: 1 });
  }
  if (t.satisfaction !== null && t.satisfaction !== undefined)
    Object.assign(c, { rated_n: 1, satisfaction_sum: Number(t.satisfaction) });
  if (t.reopen_count > 0) Object.assign(c, { reopened_n: 1, reopens: Number(t.reopen_count) });
  if (t.resolved_at || t.state === 'closed' || t.reopen_count > 0) c.ever_resolved_n = 1;
  return {
    community: t.community_id,
    month: monthOf(t.created_at),
    grid: t.grid_id ?? '',
    category: t.category,
    counters: c,
  };
}

const isTicketCounter = new Set<string>(TICKET_COUNTERS);
const isFigureCounter = new Set<string>(FIGURE_COUNTERS);
type SummaryTable =
  'dashboard_ticket_cells' | 'dashboard_grid_months' | 'dashboard_category_months' | 'dashboard_months';
/** The counters each table keeps (a month keeps them all). */
const KEPT: Record<SummaryTable, (counter: string) => boolean> = {
  dashboard_ticket_cells: (k) => isTicketCounter.has(k),
  dashboard_grid_months: (k) => isFigureCounter.has(k),
  dashboard_category_months: (k) => isFigureCounter.has(k),
  dashboard_months: () => true,
};

/** The upsert of each shape `bump` writes (table, key columns, counters moved), compiled once: a few dozen in use. */
const upserts = new Map<string, CompiledStatement<Record<string, unknown>, unknown>>();
const UPSERT_SHAPES_MAX = 1000;

/** Adds counters to one row of a summary table, creating it at zero first if needed. */
async function bump(conn: Conn, table: SummaryTable, key: Record<string, string>, counters: Counters) {
  const cols = Object.keys(counters).filter((k) => counters[k] !== 0 && KEPT[table](k));
  if (!cols.length) return;
  const keys = Object.keys(key);
  const shape = `${table}(${keys.join(',')})+(${cols.join(',')})`;
  let upsert = upserts.get(shape);
  if (!upsert) {
    if (upserts.size >= UPSERT_SHAPES_MAX) upserts.clear();
    upsert = compiled((db, a: Args<Record<string, unknown>>) =>
      loose(db)
        .insertInto(table)
        .values(Object.fromEntries([...keys, ...cols].map((k) => [k, a[k]])))
        .onConflict((oc) =>
          oc
            .columns(keys)
            .doUpdateSet(
              Object.fromEntries(cols.map((k) => [k, sql`${sql.ref(`${table}.${k}`)} + ${sql.ref(`excluded.${k}`)}`])),
            ),
        ),
    );
    upserts.set(shape, upsert);
  }
  await upsert.execute(conn, { ...key, ...counters });
}

const cellKey = (c: Contribution) => `${c.community}|${c.month}|${c.grid}|${c.category}`;

/** Deltas added up by a coarser key than the cell's, in key order. */
function foldBy(cells: Contribution[], keyOf: (c: Contribution) => string): Contribution[] {
  const out = new Map<string, Contribution>();
  for (const d of cells) {
    const k = keyOf(d);
    const m = out.get(k) ?? out.set(k, { ...d, counters: {} }).get(k)!;
    for (const [c, v] of Object.entries(d.counters)) m.counters[c] = (m.counters[c] ?? 0) + v;
  }
  return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, d]) => d);
}

/**
 * Keeps the summaries in step with a ticket change, inside the change's transaction: `before` is the
 * row as it was (null for a new ticket), `after` as it is now. Rows are bumped in key order, cells, then
 * grid rows, category rows and months, so two transactions lock them in the same order; a caller that also bumps a month
 * (topicClosed after resolving the topic's tickets) does so after its ticket changes.
 */
export async function ticketChanged(conn: Conn, before: TicketFacts | null, after: TicketFacts | null): Promise<void> {
  const deltas = new Map<string, Contribution>();
  const add = (t: TicketFacts | null, sign: 1 | -1) => {
    if (!t) return;
    const c = ticketContribution(t);
    const d = deltas.get(cellKey(c)) ?? deltas.set(cellKey(c), { ...c, counters: {} }).get(cellKey(c))!;
    for (const [k, v] of Object.entries(c.counters)) d.counters[k] = (d.counters[k] ?? 0) + sign * v;
  };
  add(before, -1);
  add(after, 1);
  const cells = [...deltas.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, d]) => d);
  for (const d of cells)
    await bump(
      conn,
      'dashboard_ticket_cells',
      { community_id: d.community, month: d.month, grid_id: d.grid, category: d.category },
      d.counters,
    );
  for (const g of foldBy(cells, (d) => `${d.community}|${d.month}|${d.grid}`))
    await bump(
      conn,
      'dashboard_grid_months',
      { community_id: g.community, month: g.month, grid_id: g.grid },
      g.counters,
    );
  for (const c of foldBy(cells, (d) => `${d.community}|${d.month}|${d.category}`))
    await bump(
      conn,
      'dashboard_category_months',
      { community_id: c.community, month: c.month, category: c.category },
      c.counters,
    );
  for (const m of foldBy(cells, (d) => `${d.community}|${d.month}`))
    await bump(conn, 'dashboard_months', { community_id: m.community, month: m.month }, m.counters);
}

/** A meeting closed with its record: one more meeting held in the month it took place. */
export async function meetingHeld(conn: Conn, m: { community_id: string; scheduled_at: string }): Promise<void> {
  await bump(
    conn,
    'dashboard_months',
    { community_id: m.community_id, month: monthOf(m.scheduled_at) },
    { meetings_held: 1 },
  );
}

/** A 四方议事 topic closed: one more problem solved in the month it closed. */
export async function topicClosed(conn: Conn, t: { community_id: string; closed_at: string }): Promise<void> {
  await bump(
    conn,
    'dashboard_months',
    { community_id: t.community_id, month: monthOf(t.closed_at) },
    { topics_closed: 1 },
  );
}

/** A consultation closed: held, with its eligible households and the households that took part. */
export async function consultationClosed(
  conn: Conn,
  c: { community_id: string; closed_at: string; eligible: number; participants: number },
): Promise<void> {
  await bump(
    conn,
    'dashboard_months',
    { community_id: c.community_id, month: monthOf(c.closed_at) },
    { consultations_held: 1, consultation_eligible: c.eligible, consultation_participants: c.participants },
  );
}

type Row = Record<string, string | number>;
export interface Summaries {
  cells: Map<string, Row>;
  grids: Map<string, Row>;
  categories: Map<string, Row>;
  months: Map<string, Row>;
}

/**
 * What a summarised module tells dashboards of one community's records, for a rebuild or a drift check. The
 * modules own those tables (and call this module's hooks on each change), so they provide their facts through
 * `summarySource` in their manifest rather than dashboards reading their tables.
 */
export interface SummaryFacts {
  tickets?: TicketFacts[];
  /** Closed meetings, by when they were held. */
  meetingsHeld?: string[];
  /** Closing times of closed topics. */
  topicsClosed?: string[];
  consultationsClosed?: Array<{ closedAt: string; eligible: number; participants: number }>;
}
export type SummarySource = (conn: Conn, communityId: string) => Promise<SummaryFacts>;
const sources = new Map<string, SummarySource>();

/** Called by installModules() for each module whose manifest has a summarySource. */
export function provideSummarySource(module: string, fn: SummarySource): void {
  sources.set(module, fn);
}

async function factsOf(conn: Conn, communityId: string): Promise<Required<SummaryFacts>> {
  if (!sources.size)
    throw new Error(
      'No summary sources: call installedModules() (server/modules) before rebuilding or checking the summaries',
    );
  const out: Required<SummaryFacts> = { tickets: [], meetingsHeld: [], topicsClosed: [], consultationsClosed: [] };
  for (const fn of sources.values()) {
    const f = await fn(conn, communityId);
    out.tickets.push(...(f.tickets ?? []));
    out.meetingsHeld.push(...(f.meetingsHeld ?? []));
    out.topicsClosed.push(...(f.topicsClosed ?? []));
    out.consultationsClosed.push(...(f.consultationsClosed ?? []));
  }
  return out;
}

/** The summary rows of one community, computed from its source rows with the same contributions the services apply. */
export async function contributions(conn: Conn, communityId: string): Promise<Summaries> {
  const cells = new Map<string, Row>();
  const grids = new Map<string, Row>();
  const categories = new Map<string, Row>();
  const months = new Map<string, Row>();
  const month = (m: string) => months.get(m) ?? months.set(m, { community_id: communityId, month: m }).get(m)!;
  const rowOf = (rows: Map<string, Row>, key: Row) => {
    const k = Object.values(key).join('|');
    return rows.get(k) ?? rows.set(k, { community_id: communityId, ...key }).get(k)!;
  };
  const addTo = (row: Row, counters: Counters) => {
    for (const [k, v] of Object.entries(counters)) row[k] = Number(row[k] ?? 0) + v;
  };

  // Applied in this order whatever order the modules were installed in: tickets, meetings, topics, consultations.
  const facts = await factsOf(conn, communityId);
  for (const t of facts.tickets) {
    const c = ticketContribution(t);
    const k = cellKey(c);
    const cell =
      cells.get(k) ??
      cells.set(k, { community_id: communityId, month: c.month, grid_id: c.grid, category: c.category }).get(k)!;
    addTo(cell, Object.fromEntries(Object.entries(c.counters).filter(([k]) => isTicketCounter.has(k))));
    const figures = Object.fromEntries(Object.entries(c.counters).filter(([k]) => isFigureCounter.has(k)));
    addTo(rowOf(grids, { month: c.month, grid_id: c.grid }), figures);
    addTo(rowOf(categories, { month: c.month, category: c.category }), figures);
    addTo(month(c.month), c.counters);
  }
  for (const at of facts.meetingsHeld) addTo(month(monthOf(at)), { meetings_held: 1 });
  for (const at of facts.topicsClosed) addTo(month(monthOf(at)), { topics_closed: 1 });
  for (const c of facts.consultationsClosed) {
    addTo(month(monthOf(c.closedAt)), {
      consultations_held: 1,
      consultation_eligible: c.eligible,
      consultation_participants: c.participants,
    });
  }
  return { cells, grids, categories, months };
}

async function communitiesOf(db: Conn, communityIds?: string[]): Promise<string[]> {
  return communityIds ?? (await org.communitiesOf(db)).map((c) => c.id).sort();
}

/**
 * Recomputes the summaries of the given communities (default: all) from their source rows, one
 * community per transaction. The migration calls it to backfill; the bench data generator after a
 * bulk load that bypasses the services; the demo after its seed.
 */
export async function rebuildSummaries(db: Conn, communityIds?: string[]): Promise<number> {
  let rows = 0;
  // Inside a migration on PostgreSQL, `db` is already the migration's transaction.
  const inTrx = (fn: (trx: Trx) => Promise<void>) =>
    db.isTransaction ? fn(db as Trx) : (db as Db).transaction().execute(fn);
  for (const id of await communitiesOf(db, communityIds)) {
    await inTrx(async (trx) => {
      const s = await contributions(trx, id);
      for (const [table, map, counters] of [
        ['dashboard_ticket_cells', s.cells, TICKET_COUNTERS],
        ['dashboard_grid_months', s.grids, FIGURE_COUNTERS],
        ['dashboard_category_months', s.categories, FIGURE_COUNTERS],
        ['dashboard_months', s.months, MONTH_COUNTERS],
      ] as const) {
        await trx.deleteFrom(table).where('community_id', '=', id).execute();
        // Every column given: a multi-row insert on SQLite writes NULL, not the default, for a missing one.
        const all = [...map.values()].map((r) => ({ ...Object.fromEntries(counters.map((c) => [c, 0])), ...r }));
        // Well under either dialect's limit of bound parameters per statement.
        for (let i = 0; i < all.length; i += 200)
          await loose(trx)
            .insertInto(table)
            .values(all.slice(i, i + 200))
            .execute();
        rows += all.length;
      }
    });
  }
  return rows;
}

/** Stored summary rows that differ from a recomputation, as `gongzhi verify` lines (one per community). */
export async function summaryDrift(db: Db): Promise<Array<{ ok: boolean; text: string }>> {
  const lines: Array<{ ok: boolean; text: string }> = [];
  for (const id of await communitiesOf(db)) {
    const want = await contributions(db, id);
    const problems: string[] = [];
    const compare = async (
      table: SummaryTable,
      expected: Map<string, Row>,
      keyOf: (r: Row) => string,
      counters: readonly string[],
    ) => {
      const stored = (await loose(db).selectFrom(table).selectAll().where('community_id', '=', id).execute()) as Row[];
      const seen = new Set<string>();
      for (const r of stored) {
        const k = keyOf(r);
        seen.add(k);
        const e = expected.get(k);
        const off = counters.filter((c) => Number(r[c] ?? 0) !== Number(e?.[c] ?? 0));
        if (off.length) problems.push(`${table} ${k}: ${off.map((c) => `${c} ${r[c]}≠${e?.[c] ?? 0}`).join(', ')}`);
      }
      for (const [k, e] of expected) {
        if (!seen.has(k) && counters.some((c) => Number(e[c] ?? 0) !== 0)) problems.push(`${table} ${k}: missing`);
      }
    };
    await compare(
      'dashboard_ticket_cells',
      new Map([...want.cells.values()].map((r) => [`${r.month}|${r.grid_id}|${r.category}`, r])),
      (r) => `${r.month}|${r.grid_id}|${r.category}`,
      TICKET_COUNTERS,
    );
    await compare(
      'dashboard_grid_months',
      new Map([...want.grids.values()].map((r) => [`${r.month}|${r.grid_id}`, r])),
      (r) => `${r.month}|${r.grid_id}`,
      FIGURE_COUNTERS,
    );
    await compare(
      'dashboard_category_months',
      new Map([...want.categories.values()].map((r) => [`${r.month}|${r.category}`, r])),
      (r) => `${r.month}|${r.category}`,
      FIGURE_COUNTERS,
    );
    await compare(
      'dashboard_months',
      new Map([...want.months.values()].map((r) => [String(r.month), r])),
      (r) => String(r.month),
      MONTH_COUNTERS,
    );
    lines.push(
      problems.length
        ? {
            ok: false,
            text: `dashboard summaries of community ${id}: ${problems.length} row(s) drifted from the source rows, e.g. ${problems[0]}`,
          }
        : { ok: true, text: `dashboard summaries of community ${id} match the source rows` },
    );
  }
  return lines;
}
