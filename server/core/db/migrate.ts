import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './kysely';
import * as m20261128T0900 from './migrations/2026-11-28T09-00-foundation';
import * as m20261128T1000 from './migrations/2026-11-28T10-00-tickets';
import * as m20261128T1030 from './migrations/2026-11-28T10-30-deliberation';
import * as m20261128T1230 from './migrations/2026-11-28T12-30-dashboards';
import * as m20261128T1400 from './migrations/2026-11-28T14-00-ticket-list-index';
import * as m20261202T2000 from './migrations/2026-12-02T20-00-consultation-seal';
import * as m20261202T2100 from './migrations/2026-12-02T21-00-attempt-scopes';
import * as m20261202T2332 from './migrations/2026-12-02T23-30-evaluations';
import * as m20261202T2331 from './migrations/2026-12-02T23-30-resources';
import * as m20261202T2330 from './migrations/2026-12-02T23-30-volunteers';
import * as m20261202T2340 from './migrations/2026-12-02T23-40-workorders';
import * as m20261203T0300 from './migrations/2026-12-03T03-00-category-lessons';
import * as m20261203T0700 from './migrations/2026-12-03T07-00-oversight-links';
import * as m20261203T0701 from './migrations/2026-12-03T07-00-parking';
import * as m20261203T0730 from './migrations/2026-12-03T07-30-notification-prefs-sms';
import * as m20261203T0740 from './migrations/2026-12-03T07-40-workorder-counters';
import * as m20261203T0800 from './migrations/2026-12-03T08-00-notices';
import * as m20261203T1300 from './migrations/2026-12-03T13-00-dashboard-groups';
import * as m20261203T1000 from './migrations/2026-12-03T10-00-monthly-reports';
import * as m20261203T1800 from './migrations/2026-12-03T18-00-spending-index';

/**
 * Every migration, in order. Listed explicitly (not read from disk) so a bundled or compiled
 * server carries them; names sort by date.
 */
const migrations: Record<string, Migration> = {
  '2026-11-28T09-00-foundation': m20261128T0900,
  '2026-11-28T10-00-tickets': m20261128T1000,
  '2026-11-28T10-30-deliberation': m20261128T1030,
  '2026-11-28T12-30-dashboards': m20261128T1230,
  '2026-11-28T14-00-ticket-list-index': m20261128T1400,
  '2026-12-02T20-00-consultation-seal': m20261202T2000,
  '2026-12-02T21-00-attempt-scopes': m20261202T2100,
  '2026-12-02T23-30-evaluations': m20261202T2332,
  '2026-12-02T23-30-resources': m20261202T2331,
  '2026-12-02T23-30-volunteers': m20261202T2330,
  '2026-12-02T23-40-workorders': m20261202T2340,
  '2026-12-03T03-00-category-lessons': m20261203T0300,
  '2026-12-03T07-00-oversight-links': m20261203T0700,
  '2026-12-03T07-00-parking': m20261203T0701,
  '2026-12-03T07-30-notification-prefs-sms': m20261203T0730,
  '2026-12-03T07-40-workorder-counters': m20261203T0740,
  '2026-12-03T08-00-notices': m20261203T0800,
  '2026-12-03T10-00-monthly-reports': m20261203T1000,
  '2026-12-03T13-00-dashboard-groups': m20261203T1300,
  '2026-12-03T18-00-spending-index': m20261203T1800,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; safe to call at every start (PostgreSQL takes a lock, so app servers don't race). */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '?'} failed: ${(error as Error).message ?? error}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
