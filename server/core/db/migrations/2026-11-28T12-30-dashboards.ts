import type { Kysely } from 'kysely';
import { build, columns } from './helpers';
import { MONTH_COUNTERS, rebuildSummaries, TICKET_COUNTERS } from '../../../modules/dashboards/summaries';

/**
 * Dashboard summary tables (SPEC §8), kept in the same transaction as each ticket, meeting, topic and
 * consultation change, then backfilled from the rows already there. The backfill calls the module's
 * rebuildSummaries(), the one definition of what a row contributes, rather than a frozen copy of it:
 * a later migration that changes the columns it reads must rebuild the summaries itself.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  const s = db.schema;
  const counters = (names: readonly string[]) => names.map((n) => (t: any) => c.bigint(t, n, { default: 0 }));

  await build(s.createTable('dashboard_ticket_cells'), c.community, (t) => c.text(t, 'month'), (t) => c.text(t, 'grid_id'),
    (t) => c.text(t, 'category'), ...counters(TICKET_COUNTERS),
  ).addPrimaryKeyConstraint('dashboard_ticket_cells_pk', ['community_id', 'month', 'grid_id', 'category']).execute();

  await build(s.createTable('dashboard_months'), c.community, (t) => c.text(t, 'month'), ...counters(MONTH_COUNTERS),
  ).addPrimaryKeyConstraint('dashboard_months_pk', ['community_id', 'month']).execute();

  await rebuildSummaries(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('dashboard_months').execute();
  await db.schema.dropTable('dashboard_ticket_cells').execute();
}
