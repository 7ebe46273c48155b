import pg from 'pg';
import { PostgresDialect } from 'kysely';

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
    return pg.types.getTypeParser(oid, format);
  },
};

export function openPostgres(url: string, max = 10): { pool: pg.Pool; dialect: PostgresDialect } {
  const pool = new pg.Pool({ connectionString: url, max, types: types as any });
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return { pool, dialect: new PostgresDialect({ pool }) };
}
