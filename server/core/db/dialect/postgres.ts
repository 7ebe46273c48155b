import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import type PgModule from 'pg';
import { PostgresDialect } from 'kysely';

const execFileP = promisify(execFile);
/** pg is required when a PostgreSQL pool is opened, so a SQLite server never loads it (~70 ms of start-up). */
const loadPg = (): typeof PgModule => createRequire(import.meta.url)('pg');

const TIMESTAMPTZ = 1184;
const TIMESTAMP = 1114;
const INT8 = 20;
const NUMERIC = 1700;

/**
 * Per-pool type parsers, so the app sees what SQLite gives it: ISO strings for time, numbers for
 * counts. Set per pool rather than globally so nothing else in the process is surprised.
 */
const types = {
  getTypeParser(oid: number, format?: any) {
    if (oid === TIMESTAMPTZ || oid === TIMESTAMP) return (v: string) => new Date(oid === TIMESTAMP ? v + 'Z' : v).toISOString();
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return loadPg().types.getTypeParser(oid, format);
  },
};

export function openPostgres(url: string, max = 10): { pool: PgModule.Pool; dialect: PostgresDialect } {
  const pool = new (loadPg().Pool)({ connectionString: url, max, types: types as any });
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return { pool, dialect: new PostgresDialect({ pool }) };
}

/** pg_dump in custom format: consistent snapshot while writers go on. */
export async function backupPostgres(url: string, dest: string): Promise<void> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  await execFileP('pg_dump', ['--format=custom', '--no-owner', `--file=${dest}`, url]);
}

/** pg_restore into a database that has no tables yet. */
export async function restorePostgres(backup: string, url: string): Promise<void> {
  const pool = new (loadPg().Pool)({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query(`select count(*)::int as n from information_schema.tables where table_schema = 'public'`);
    if (rows[0].n > 0) throw new Error('the target database is not empty; restore into a new database');
  } finally {
    await pool.end();
  }
  await execFileP('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${url}`, backup]);
}
