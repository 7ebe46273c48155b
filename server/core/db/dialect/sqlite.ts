import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Dialect, SqliteDatabase } from 'kysely';
import { groupCommitDialect } from './sqlite-driver';

/**
 * better-sqlite3 binds neither booleans nor Dates and returns 0/1 and JSON text. This wrapper is the
 * one place that translates: parameters are encoded on the way in, and columns declared `boolean` or
 * `json_text` (see migrations/helpers.ts) are decoded on the way out, so the app sees the same values
 * as on PostgreSQL.
 */
function encodeParam(p: unknown): unknown {
  if (typeof p === 'boolean') return p ? 1 : 0;
  if (p instanceof Date) return p.toISOString();
  return p;
}

type Decoder = (v: unknown) => unknown;
const decodeBool: Decoder = (v) => (v === null || v === undefined ? v : v === 1 || v === 1n || v === true);
const decodeJson: Decoder = (v) => (typeof v === 'string' ? JSON.parse(v) : v);

function decodersFor(stmt: BetterSqlite3.Statement): Array<[string, Decoder]> | null {
  if (!stmt.reader) return null;
  const out: Array<[string, Decoder]> = [];
  for (const c of stmt.columns()) {
    const t = c.type?.toLowerCase();
    if (t === 'boolean') out.push([c.name, decodeBool]);
    else if (t === 'json_text') out.push([c.name, decodeJson]);
  }
  return out.length ? out : null;
}

function decodeRow(row: unknown, decoders: Array<[string, Decoder]> | null) {
  if (!decoders || !row) return row;
  const r = row as Record<string, unknown>;
  for (const [name, d] of decoders) if (name in r) r[name] = d(r[name]);
  return row;
}

const CACHED_STATEMENTS = 1000;

/**
 * Kysely prepares a statement for every query; preparing (and reading the column types for the
 * decoders) was ~8 % of the server's CPU under the bench (H4's profile). The SQL text is parameterised,
 * so a few hundred statements cover the app: they are kept, least recently used dropped first. A
 * schema change (CREATE/ALTER/DROP, i.e. migrations) empties the cache, since a `select *` prepared
 * before it would keep decoders for the old columns.
 */
function statementCache(raw: BetterSqlite3.Database) {
  const cache = new Map<string, { stmt: BetterSqlite3.Statement; decoders: Array<[string, Decoder]> | null }>();
  return (sql: string) => {
    const hit = cache.get(sql);
    if (hit) {
      cache.delete(sql);
      cache.set(sql, hit);
      return hit;
    }
    const stmt = raw.prepare(sql);
    const entry = { stmt, decoders: decodersFor(stmt) };
    if (/^\s*(create|alter|drop)\b/i.test(sql)) {
      cache.clear();
      return entry;
    }
    cache.set(sql, entry);
    if (cache.size > CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
    return entry;
  };
}

export function openSqlite(file: string): { raw: BetterSqlite3.Database; dialect: Dialect } {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  // FULL: an acknowledged ballot or ledger entry survives a power cut, not only a process crash.
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // 32 MB of page cache instead of SQLite's 2 MB: a district-sized file (tens of GB) keeps the inner
  // pages of its big indexes in memory, so an insert or a page of a list reads few pages from the OS.
  raw.pragma('cache_size = -32000');
  const cache = statementCache(raw);
  const wrapped: SqliteDatabase = {
    close: () => raw.close(),
    prepare(sql: string) {
      const { stmt, decoders } = cache(sql);
      return {
        reader: stmt.reader,
        all: (params: ReadonlyArray<unknown>) =>
          stmt.all(...params.map(encodeParam)).map((r) => decodeRow(r, decoders)),
        run: (params: ReadonlyArray<unknown>) => stmt.run(...params.map(encodeParam)),
        // Kysely holds the one connection until a stream ends, so a cached statement is never iterated twice at once.
        iterate: function* (params: ReadonlyArray<unknown>) {
          for (const r of stmt.iterate(...params.map(encodeParam))) yield decodeRow(r, decoders);
        },
      };
    },
  };
  return { raw, dialect: groupCommitDialect(raw, wrapped) };
}

/** Online backup through SQLite's backup API (consistent while writers go on); checks the copy's integrity. */
export async function backupSqlite(file: string, dest: string): Promise<void> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const src = new BetterSqlite3(file, { fileMustExist: true });
  try {
    await src.backup(dest);
  } finally {
    src.close();
  }
  checkSqliteIntegrity(dest);
}

/** Restores a backup into a database file that must not exist yet. */
export async function restoreSqlite(backup: string, file: string): Promise<void> {
  if (fs.existsSync(file)) throw new Error(`${file} already exists; restore into an empty data directory`);
  checkSqliteIntegrity(backup);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const src = new BetterSqlite3(backup, { readonly: true, fileMustExist: true });
  try {
    await src.backup(file);
  } finally {
    src.close();
  }
}

export function checkSqliteIntegrity(file: string): void {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    if (rows[0]?.integrity_check !== 'ok')
      throw new Error(`integrity check of ${file} failed: ${rows.map((r) => r.integrity_check).join('; ')}`);
  } finally {
    db.close();
  }
}
