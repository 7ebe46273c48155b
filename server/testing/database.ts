import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../core/db/kysely';
import { migrateToLatest } from '../core/db/migrate';

/** Which dialect this test run uses: `npm test` runs the suite once with each. */
export const TEST_DIALECT = (process.env.GONGZHI_TEST_DIALECT ?? 'sqlite') as 'sqlite' | 'postgres';
export const TEST_PG_URL = process.env.GONGZHI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  database: Database;
  dataDir: string;
  /** Connection string of the fresh PostgreSQL database, for child processes. */
  url?: string;
  cleanup(): Promise<void>;
}

/**
 * Where test databases live: a RAM-backed tmpfs when the machine has one with room (Linux's /dev/shm).
 * A test database's survival of a power cut is worth nothing, and on a disk the fsync of every COMMIT
 * was a fifth of the sweeps' time; SQLite runs exactly as in production (synchronous = FULL), the fsync
 * just returns at once. The kill -9 suite means the same there: it kills the server, not the machine, and
 * what a killed process had committed is in the file either way.
 */
export const TEST_TMP = (() => {
  try {
    const s = fs.statfsSync('/dev/shm');
    if (s.bavail * s.bsize >= 2 ** 31) return '/dev/shm';
  } catch {
    // no tmpfs here
  }
  return os.tmpdir();
})();

/** Runs one statement (CREATE or DROP DATABASE) on the PostgreSQL server the tests use, on a connection of its own. */
export async function pgAdmin(statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: TEST_PG_URL });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

/** The connection string of database `name` on the tests' PostgreSQL server. */
export function pgUrlOf(name: string): string {
  const u = new URL(TEST_PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A fresh, migrated database of the run's dialect: a temp SQLite file, or a new PostgreSQL database.
 * Copied from the run's migrated template when there is one (server/testing/template.ts), else migrated here.
 */
export async function openTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(TEST_TMP, 'gongzhi-test-'));
  const template = opts.migrate === false ? undefined : inject('migratedTemplate');
  let url: string | undefined;
  let dbName: string | undefined;
  if (TEST_DIALECT === 'postgres') {
    dbName = `gz_t_${crypto.randomBytes(6).toString('hex')}`;
    await pgAdmin(`CREATE DATABASE ${dbName}${template ? ` TEMPLATE ${template}` : ''}`);
    // The same reasoning for PostgreSQL, per test database: a COMMIT does not wait for the log's flush. Nothing
    // else changes (a crash of PostgreSQL itself could lose the last commits, which no test makes happen).
    await pgAdmin(`ALTER DATABASE ${dbName} SET synchronous_commit = off`);
    url = pgUrlOf(dbName);
  } else if (template) {
    fs.copyFileSync(template, path.join(dataDir, 'gongzhi.sqlite'));
  }
  const database = openDatabase({ databaseUrl: url, dataDir });
  if (opts.migrate !== false) await migrateToLatest(database.db);
  return {
    database,
    dataDir,
    url,
    async cleanup() {
      await database.close().catch(() => {});
      if (dbName) await pgAdmin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
