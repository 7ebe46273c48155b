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
 *
 * Hashing every row of every table twice per request was most of the sweeps' time (the access matrix
 * and the fuzzer take ~600 and ~1,000 fingerprints). So the first fingerprint of a database puts a
 * write mark on each table (a trigger on insert, update, delete and truncate), and later ones hash
 * again only the tables whose mark moved since their last hash; the rest keep their hash. A mark that
 * moved without a change (an update to the same values, a rolled-back write on PostgreSQL, whose marks
 * are sequences) only costs a rehash: the answer is always the content's.
 */
const SKIP_TABLES = new Set(['schema_migrations', 'schema_migrations_lock']);
const SKIP_COLUMNS: Record<string, string[]> = { sessions: ['last_seen_at'] };
/** The marks' own names: never fingerprinted, never the app's (no table of the app starts so). */
const MARK = 'gz_fp_';

export type Fingerprint = Record<string, string>;

export async function tablesOf(db: Db): Promise<string[]> {
  const tables = (await db.introspection.getTables())
    .map((x) => x.name)
    .filter((n) => !SKIP_TABLES.has(n) && !n.startsWith(MARK) && /^[a-z_0-9]+$/.test(n))
    .sort();
  if (tables.length < 10) throw new Error(`fingerprint: only ${tables.length} tables found`);
  return tables;
}

interface Marked {
  /** Every table of the database, each with its write mark. */
  tables: Set<string>;
  /** A table's last hash and the mark it was taken at. */
  hashes: Map<string, { mark: string; hash: string }>;
}
const marked = new WeakMap<Db, Promise<Marked>>();

export async function fingerprint(db: Db, tables: string[]): Promise<Fingerprint> {
  if (!marked.has(db)) marked.set(db, putMarks(db));
  const state = await marked.get(db)!;
  const unmarked = tables.filter((t) => !state.tables.has(t));
  if (unmarked.length) throw new Error(`fingerprint: tables made after the first fingerprint: ${unmarked.join(', ')}`);
  const marks = await marksOf(db);
  const stale = tables.filter((t) => state.hashes.get(t)?.mark !== marks[t]);
  const fresh = TEST_DIALECT === 'postgres' ? await hashInPostgres(db, stale) : await hashRows(db, stale);
  for (const t of stale) state.hashes.set(t, { mark: marks[t], hash: fresh[t] });
  return Object.fromEntries(tables.map((t) => [t, state.hashes.get(t)!.hash]));
}

async function putMarks(db: Db): Promise<Marked> {
  const tables = await tablesOf(db);
  if (TEST_DIALECT === 'postgres') {
    // Sequences, not a table of counters: nextval takes no row lock, so two concurrent requests never wait on
    // (or deadlock over) a mark, and the app's timing under test stays its own.
    await sql
      .raw(
        `create or replace function ${MARK}bump() returns trigger language plpgsql as $$ begin perform nextval(TG_ARGV[0]); return null; end $$`,
      )
      .execute(db);
    for (const t of tables) {
      await sql.raw(`create sequence ${MARK}${t}`).execute(db);
      await sql
        .raw(
          `create trigger ${MARK}w after insert or update or delete or truncate on ${t} for each statement execute function ${MARK}bump('${MARK}${t}')`,
        )
        .execute(db);
    }
  } else {
    await sql.raw(`create table ${MARK}marks (t text primary key, n integer not null)`).execute(db);
    for (const t of tables) {
      await sql.raw(`insert into ${MARK}marks (t, n) values ('${t}', 0)`).execute(db);
      for (const op of ['insert', 'update', 'delete'])
        await sql
          .raw(
            `create trigger ${MARK}${t}_${op} after ${op} on ${t} begin update ${MARK}marks set n = n + 1 where t = '${t}'; end`,
          )
          .execute(db);
    }
  }
  return { tables: new Set(tables), hashes: new Map() };
}

/** Every table's write mark, in one query. */
async function marksOf(db: Db): Promise<Record<string, string>> {
  const { rows } =
    TEST_DIALECT === 'postgres'
      ? await sql<{ t: string; n: string | null }>`
          select substr(sequencename, ${MARK.length + 1}) as t, last_value::text as n
          from pg_sequences where schemaname = current_schema() and sequencename like ${`${MARK}%`}`.execute(db)
      : await sql<{ t: string; n: number }>`select t, n from ${sql.table(`${MARK}marks`)}`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.t, String(r.n ?? 0)]));
}

/** PostgreSQL: one round trip, the rows hashed where they are (row by row in JS costs ~0.3 s per fingerprint). */
async function hashInPostgres(db: Db, tables: string[]): Promise<Fingerprint> {
  if (!tables.length) return {};
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

async function hashRows(db: Db, tables: string[]): Promise<Fingerprint> {
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
