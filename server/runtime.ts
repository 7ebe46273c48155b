import { loadConfig, type Config } from './core/config';
import { openDatabase, type Database } from './core/db/kysely';
import { migrateToLatest } from './core/db/migrate';
import { installedModules } from './modules';
import { loadSecret } from './core/pii';

/** Config, database (migrated) and secret: what every command needs before it does anything. */
export async function openRuntime(
  opts: { defaultDataDir?: string; migrate?: boolean } = {},
): Promise<{ config: Config; database: Database; secret: string }> {
  const config = loadConfig(process.env, { defaultDataDir: opts.defaultDataDir });
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (opts.migrate !== false) {
    installedModules(); // migrations of a database with data may ask a module for a backfill
    await migrateToLatest(database.db);
  }
  return { config, database, secret: loadSecret(config.secretKey, config.dataDir) };
}
