import { sql, type Kysely } from 'kysely';
import { build, columns, isPostgres } from './helpers';

// The counters a dashboard's grid and category tables read (dashboards/summaries.ts FIGURE_COUNTERS when this
// migration was written): a migration is frozen, so a later change adds its own migration.
const FIGURE_COUNTERS = [
  'tickets',
  'st_submitted',
  'st_accepted',
  'st_in_progress',
  'st_waiting_on_reporter',
  'st_reopened',
  'st_closed',
  'responded_n',
  'response_s',
  'resolved_n',
  'resolution_s',
  'rated_n',
  'satisfaction_sum',
  'reopened_n',
  'ever_resolved_n',
];

/**
 * A community dashboard summed a year's cells (month × grid × category, ~600 rows) on every request, the most of
 * its time. Two summary tables keep the same counters per community × month × grid and per community × month ×
 * category (~60 and ~120 rows a year), written with every ticket change in its transaction as the cells are.
 * Backfilled from the cells, which hold the same counts (`gongzhi verify` checks all of them against the tickets).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  const counters = FIGURE_COUNTERS.map((n) => (t: any) => c.bigint(t, n, { default: 0 }));
  for (const [table, key] of [
    ['dashboard_grid_months', 'grid_id'],
    ['dashboard_category_months', 'category'],
  ] as const) {
    await build(
      db.schema.createTable(table),
      c.community,
      (t) => c.text(t, 'month'),
      (t) => c.text(t, key),
      ...counters,
    )
      .addPrimaryKeyConstraint(`${table}_pk`, ['community_id', 'month', key])
      .execute();
    const cols = sql.join(FIGURE_COUNTERS.map((n) => sql.ref(n)));
    const sums = sql.join(FIGURE_COUNTERS.map((n) => sql`sum(${sql.ref(n)})`));
    await sql`
      insert into ${sql.table(table)} (community_id, month, ${sql.ref(key)}, ${cols})
      select community_id, month, ${sql.ref(key)}, ${sums}
      from dashboard_ticket_cells
      group by community_id, month, ${sql.ref(key)}
    `.execute(db);
    // Statistics now, not at autovacuum's leisure: without them PostgreSQL plans the dashboard for a handful of rows.
    if (isPostgres(db)) await sql`analyze ${sql.table(table)}`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('dashboard_category_months').execute();
  await db.schema.dropTable('dashboard_grid_months').execute();
}
