import path from 'node:path';
import { Kysely, type Transaction } from 'kysely';
import { openSqlite } from './dialect/sqlite';
import { openPostgres } from './dialect/postgres';
import type { DB } from './types';
import '../auth/actor-cache';
import { WriteWatch } from './write-watch';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
/** Repos take either: a plain connection for reads, the transaction for writes. */
export type Conn = Db | Trx;
/**
 * A connection whose tables and columns are named at run time (summary tables, org's generic CRUD):
 * every name comes from a fixed list in the code, never from input; values are checked by the caller.
 */
export type LooseConn = Kysely<Record<string, Record<string, unknown>>>;
export const loose = (c: Conn): LooseConn => c as unknown as LooseConn;

export interface Database {
  db: Db;
  dialect: Dialect;
  /** SQLite file path, for backup and integrity checks. */
  file?: string;
  close(): Promise<void>;
}

/** Every statement passes the write watch, so a change to someone's rights (or a place's name) is seen at once. */
const plugins = [new WriteWatch()];

export function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  sqliteFile?: string;
  poolSize?: number;
}): Database {
  if (opts.databaseUrl) {
    const { dialect } = openPostgres(opts.databaseUrl, opts.poolSize);
    const db = new Kysely<DB>({ dialect, plugins });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = opts.sqliteFile ?? path.join(opts.dataDir, 'gongzhi.sqlite');
  const { dialect } = openSqlite(file);
  const db = new Kysely<DB>({ dialect, plugins });
  return { db, dialect: 'sqlite', file, close: () => db.destroy() };
}

/** Runs `fn` in the caller's transaction when there is one, else in a new one: lets a service join an outer unit of work (Idempotency-Key). */
export function inTransaction<T>(db: Db, outer: Trx | undefined, fn: (trx: Trx) => Promise<T>): Promise<T> {
  return outer ? fn(outer) : db.transaction().execute(fn);
}
