import type { Kysely } from 'kysely';
import { build, columns } from './helpers';
import { runBackfill } from '../backfills';

// The counter columns as they were when this migration was written (dashboards/summaries.ts TICKET_COUNTERS and
// MONTH_COUNTERS then): a migration is frozen, so a later change of the counters adds its own migration.
const STATES = [
  'submitted',
  'accepted',
  'in_progress',
  'waiting_on_reporter',
  'resolved',
  'closed',
  'reopened',
  'rejected',
  'duplicate',
];
const TICKET_COUNTERS = [
  'tickets',
  ...STATES.map((s) => `st_${s}`),
  'responded_n',
  'response_s',
  'resolved_n',
  'resolution_s',
  'rated_n',
  'satisfaction_sum',
  'reopened_n',
  'reopens',
  'ever_resolved_n',
];
const BUCKETS = 15;
const MONTH_COUNTERS = [
  ...TICKET_COUNTERS,
  ...Array.from({ length: BUCKETS }, (_, i) => `resp_h${i}`),
  ...Array.from({ length: BUCKETS }, (_, i) => `res_h${i}`),
  'meetings_held',
  'topics_closed',
  'consultations_held',
  'consultation_eligible',
  'consultation_participants',
];

/**
 * Dashboard summary tables (SPEC §8), kept in the same transaction as each ticket, meeting, topic and
 * consultation change, then backfilled from the rows already there. The backfill is the dashboards module's
 * rebuildSummaries() (the one definition of what a row contributes, rather than a frozen copy of it), provided
 * through its manifest: core imports no module. A database without communities has nothing to summarise.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columns(db);
  const s = db.schema;
  const counters = (names: readonly string[]) => names.map((n) => (t: any) => c.bigint(t, n, { default: 0 }));

  await build(
    s.createTable('dashboard_ticket_cells'),
    c.community,
    (t) => c.text(t, 'month'),
    (t) => c.text(t, 'grid_id'),
    (t) => c.text(t, 'category'),
    ...counters(TICKET_COUNTERS),
  )
    .addPrimaryKeyConstraint('dashboard_ticket_cells_pk', ['community_id', 'month', 'grid_id', 'category'])
    .execute();

  await build(s.createTable('dashboard_months'), c.community, (t) => c.text(t, 'month'), ...counters(MONTH_COUNTERS))
    .addPrimaryKeyConstraint('dashboard_months_pk', ['community_id', 'month'])
    .execute();

  if (await db.selectFrom('communities').select('id').limit(1).executeTakeFirst())
    await runBackfill('dashboards.summaries', db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('dashboard_months').execute();
  await db.schema.dropTable('dashboard_ticket_cells').execute();
}
