import type { Conn } from './kysely';

/**
 * Data a migration derives from what a module computes (the dashboards' summary rows). Migrations are core and
 * import no module: a migration asks for a backfill by name and the module provides it through its manifest
 * (`backfills`, installed by installModules()), so whoever migrates a database that holds data installs the modules first.
 */
export type Backfill = (db: Conn) => Promise<unknown>;

const provided = new Map<string, Backfill>();

export function provideBackfill(name: string, fn: Backfill): void {
  provided.set(name, fn);
}

export async function runBackfill(name: string, db: Conn): Promise<void> {
  const fn = provided.get(name);
  if (!fn)
    throw new Error(
      `Backfill ${name} is not installed: call installedModules() (server/modules) before migrating a database that holds data`,
    );
  await fn(db);
}
