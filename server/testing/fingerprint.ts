import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../core/db/kysely';
import { TEST_DIALECT } from './database';

/**
 * A fingerprint of everything the database holds: per table, its row count and a SHA-256 over every
 * row's content (rows sorted, so order of storage does not matter). Two fingerprints differ when any
 * row was inserted, deleted or updated in any column, which a row count alone cannot see.
 *
 * Left out, on purpose: the migration tables, and `sessions.last_seen_at`, which every signed-in
 * request may touch (it is the idle clock, not data). Sign everyone in before taking the first
 * fingerprint, so a new session row is a real change.
 */
const SKIP_TABLES = new Set(['schema_migrations', 'schema_migrations_lock']);
const SKIP_COLUMNS: Record<string, string[]> = { sessions: ['last_seen_at'] };

export type Fingerprint = Record<string, string>;

export async function tablesOf(db: Db): Promise<string[]> {
  const tables = (await db.introspection.getTables())
    .map((x) => x.name)
    .filter((n) => !SKIP_TABLES.has(n) && /^[a-z_0-9]+$/.test(n))
    .sort();
  if (tables.length < 10) throw new Error(`fingerprint: only ${tables.length} tables found`);
  return tables;
}

export async function fingerprint(db: Db, tables: string[]): Promise<Fingerprint> {
  return TEST_DIALECT === 'postgres' ? fingerprintInPostgres(db, tables) : fingerprintRows(db, tables);
}

/** PostgreSQL: one round trip, the rows hashed where they are (row by row in JS costs ~0.3 s per fingerprint). */
async function fingerprintInPostgres(db: Db, tables: string[]): Promise<Fingerprint> {
  const row = (table: string) =>
    `(to_jsonb(x) - array[${(SKIP_COLUMNS[table] ?? ['']).map((c) => `'${c}'`).join(',')}]::text[])::text`;
  const q = tables
    .map(
      (n) =>
        `select '${n}' as t, count(*)::int as n, coalesce(md5(string_agg(${row(n)}, E'\\n' order by ${row(n)})), '') as h from ${n} x`,
    )
    .join(' union all ');
  const { rows } = await sql.raw<{ t: string; n: number; h: string }>(q).execute(db);
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h.slice(0, 16)}`]));
}

async function fingerprintRows(db: Db, tables: string[]): Promise<Fingerprint> {
  const out: Fingerprint = {};
  for (const table of tables) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
    const skip = SKIP_COLUMNS[table] ?? [];
    const lines = rows
      .map((r) =>
        JSON.stringify(
          Object.entries(r)
            .filter(([k]) => !skip.includes(k))
            .sort(([a], [b]) => (a < b ? -1 : 1)),
          (_, v) => {
            if (Buffer.isBuffer(v)) return v.toString('base64');
            if (typeof v === 'bigint') return v.toString();
            if (v && typeof v === 'object' && v.type === 'Buffer' && Array.isArray(v.data))
              return Buffer.from(v.data).toString('base64');
            return v;
          },
        ),
      )
      .sort();
    out[table] = `${rows.length}:${crypto.createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`;
  }
  return out;
}

/** The tables whose fingerprint changed between two snapshots, e.g. `["tickets 3:ab12… → 3:9f0e…"]`. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after })
    .filter((k) => before[k] !== after[k])
    .map((k) => `${k} ${before[k] ?? '∅'} → ${after[k] ?? '∅'}`);
}
