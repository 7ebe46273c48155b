import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import type PgModule from 'pg';
import { PostgresDialect } from 'kysely';

const execFileP = promisify(execFile);
/**
 * pg is required when a PostgreSQL pool is opened, so a SQLite server never loads it (~70 ms of start-up).
 * Kept once loaded: pg asks for a type parser per column of every result, and `createRequire` each time
 * was 3 % of a grid list's CPU (profile, N=20).
 */
let pgModule: typeof PgModule | undefined;
const loadPg = (): typeof PgModule => (pgModule ??= createRequire(import.meta.url)('pg') as typeof PgModule);

const TIMESTAMPTZ = 1184;
const TIMESTAMP = 1114;
const INT8 = 20;
const NUMERIC = 1700;

/**
 * Per-pool type parsers, so the app sees what SQLite gives it: ISO strings for time, numbers for
 * counts. Set per pool rather than globally so nothing else in the process is surprised.
 */
const parseTimestamptz = (v: string) => new Date(v).toISOString();
const parseTimestamp = (v: string) => new Date(v + 'Z').toISOString();
const types: PgModule.CustomTypesConfig = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMPTZ) return parseTimestamptz;
    if (oid === TIMESTAMP) return parseTimestamp;
    if (oid === INT8 || oid === NUMERIC) return Number;
    return loadPg().types.getTypeParser(oid, format);
  },
};

/** Statements kept prepared per connection; past this, new SQL texts run unnamed (planned each time). */
const PREPARED_PER_CONNECTION = 1000;
const DML = /^\s*(select|insert|update|delete|with)\b/i;
const prepared = new WeakMap<PgModule.PoolClient, Set<string>>();
/** Statement names by SQL text: hashing the text on every query cost more than the lookup. */
const statementNames = new Map<string, string>();
const nameOf = (text: string) => {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `gz_${crypto.createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    // DML texts are parameterised, so this stays small; the bound only guards against a runaway caller.
    if (statementNames.size < PREPARED_PER_CONNECTION * 4) statementNames.set(text, name);
  }
  return name;
};

/**
 * Kysely sends every query unnamed, so PostgreSQL parses and plans it each time: for the ticket list's
 * six-table join, planning took ~2 ms against ~0.6 ms of execution (EXPLAIN ANALYZE, N=300). Named
 * (prepared) statements are parsed once per connection, and after five runs PostgreSQL may keep a
 * generic plan. The SQL is parameterised, so a few hundred texts cover the app; DDL stays unnamed
 * (migrations change the tables a prepared `select *` was planned for).
 */
function preparedClient(client: PgModule.PoolClient): PgModule.PoolClient {
  const names = prepared.get(client) ?? prepared.set(client, new Set()).get(client)!;
  const query = client.query.bind(client) as (...a: unknown[]) => unknown;
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop !== 'query') return Reflect.get(target, prop, receiver);
      return (text: unknown, values?: unknown[]) => {
        if (typeof text !== 'string' || !DML.test(text)) return query(text, values);
        const name = nameOf(text);
        if (!names.has(name)) {
          if (names.size >= PREPARED_PER_CONNECTION) return query(text, values);
          names.add(name);
        }
        return query({ name, text, values });
      };
    },
  });
}

export function openPostgres(url: string, max = 10): { pool: PgModule.Pool; dialect: PostgresDialect } {
  const pool = new (loadPg().Pool)({ connectionString: url, max, types });
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const kyselyPool = { connect: async () => preparedClient(await pool.connect()), end: () => pool.end() };
  return { pool, dialect: new PostgresDialect({ pool: kyselyPool as unknown as PgModule.Pool }) };
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
    const { rows } = await pool.query(
      `select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
    );
    if (rows[0].n > 0) throw new Error('the target database is not empty; restore into a new database');
  } finally {
    await pool.end();
  }
  await execFileP('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${url}`, backup]);
}
