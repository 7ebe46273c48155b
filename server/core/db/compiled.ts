import {
  createQueryId,
  type Compilable,
  type CompiledQuery,
  type DialectAdapter,
  type Insertable,
  type QueryResult,
} from 'kysely';
import { loose, type Conn } from './kysely';
import type { DB } from './types';

/**
 * Statements built and compiled once, then run with new values.
 *
 * Building a statement with Kysely's builder and compiling it to SQL took ~16 % of the server's CPU while
 * tickets were being created (~17 statements each, the same shapes every time). A compiled statement is
 * built once per database instance with placeholders (`a.id` below stands for "the value named id"); each
 * run puts the run's values in their places and hands the SQL to the driver, which keeps it prepared.
 *
 *   const bumpHead = compiled((db, a: Args<{ chain: string; n: number }>) =>
 *     db.updateTable('audit_heads').set({ seq: sql`seq + ${a.n}` }).where('chain', '=', a.chain).returning('seq'));
 *   const { rows } = await bumpHead.execute(trx, { chain, n: 1 });
 *
 * Rules for the builder: its shape must not depend on the values (they are placeholders there), each value is a
 * single scalar (no `in` lists, no arrays), and a value that may be null is still passed (as null). A statement
 * whose shape varies (a chosen set of columns, n rows) is one `compiled` per shape, kept by its caller.
 * Each run still passes the instance's plugins (the actor cache's watch sees every insert, update and delete).
 * The compiled form is kept per dialect adapter, i.e. per Kysely instance and its transactions.
 */
export type Args<A> = { readonly [K in keyof A]: A[K] };

/** A placeholder in a statement being compiled: the name of the value that goes there. */
class Placeholder {
  constructor(readonly name: string) {}
}

const placeholders = new Proxy({} as Record<string, Placeholder>, {
  get: (_, name) => new Placeholder(String(name)),
});

interface Plan {
  query: CompiledQuery;
  /** For each parameter of the SQL: the value's name, or the constant the builder put there. */
  slots: Array<{ name: string } | { value: unknown }>;
}

export interface CompiledStatement<A, O> {
  execute(conn: Conn, args: A): Promise<QueryResult<O>>;
  /** The first row, if any. */
  first(conn: Conn, args: A): Promise<O | undefined>;
}

export function compiled<A extends Record<string, unknown>, O>(
  build: (db: Conn, a: Args<A>) => Compilable<O>,
): CompiledStatement<A, O> {
  const plans = new WeakMap<DialectAdapter, Plan>();
  const planFor = (conn: Conn): Plan => {
    const adapter = conn.getExecutor().adapter;
    let plan = plans.get(adapter);
    if (!plan) {
      const query = build(conn, placeholders as unknown as Args<A>).compile() as CompiledQuery;
      plan = {
        query,
        slots: query.parameters.map((p) => (p instanceof Placeholder ? { name: p.name } : { value: p })),
      };
      plans.set(adapter, plan);
    }
    return plan;
  };
  const execute = async (conn: Conn, args: A): Promise<QueryResult<O>> => {
    const { query, slots } = planFor(conn);
    const parameters = slots.map((s) => {
      if (!('name' in s)) return s.value;
      const v = args[s.name];
      if (v === undefined) throw new Error(`compiled statement: no value for ${s.name}`);
      return v;
    });
    const executor = conn.getExecutor();
    const queryId = createQueryId();
    // The plugins see the statement on every run, as they would a freshly built one.
    const node = executor.transformQuery(query.query, queryId);
    return executor.executeQuery<O>({ query: node, queryId, sql: query.sql, parameters });
  };
  return {
    execute,
    first: async (conn, args) => (await execute(conn, args)).rows[0],
  };
}

/** Compiled INSERTs, one per table, set of columns and number of rows (the shapes the code writes: a bounded few). */
const inserts = new Map<string, CompiledStatement<Record<string, unknown>, unknown>>();
const INSERT_SHAPES_MAX = 1000;
/** More rows than this (an import, a broadcast) are built each time: rare, and each count would be a shape. */
const COMPILED_ROWS_MAX = 16;

/**
 * Inserts rows that all have the same columns, compiled once per table, columns and number of rows: the hot
 * writes' plain INSERTs, without a statement of their own to declare (up to COMPILED_ROWS_MAX rows). Columns
 * whose value is undefined in the first row are left out, as the builder leaves them out.
 */
export function insertRows<T extends keyof DB & string>(
  conn: Conn,
  table: T,
  rows: ReadonlyArray<Insertable<DB[T]>>,
  opts: {
    /** ON CONFLICT (these columns) DO NOTHING: a row already there is left alone (0 rows affected). */
    unlessExists?: ReadonlyArray<keyof DB[T] & string>;
  } = {},
): Promise<QueryResult<unknown>> {
  const all = rows as ReadonlyArray<Record<string, unknown>>;
  const unless = opts.unlessExists as string[] | undefined;
  const into = (db: Conn, values: Array<Record<string, unknown>>) => {
    const q = loose(db).insertInto(table).values(values);
    return unless ? q.onConflict((oc) => oc.columns(unless).doNothing()) : q;
  };
  if (all.length > COMPILED_ROWS_MAX) return conn.executeQuery(into(conn, [...all]).compile());
  const columns = Object.keys(all[0]).filter((c) => all[0][c] !== undefined);
  const shape = `${table}(${columns.join(',')})×${all.length}${unless ? ` unless (${unless.join(',')})` : ''}`;
  let stmt = inserts.get(shape);
  if (!stmt) {
    if (inserts.size >= INSERT_SHAPES_MAX) inserts.clear();
    const n = all.length;
    stmt = compiled((db, a: Args<Record<string, unknown>>) =>
      into(
        db,
        Array.from({ length: n }, (_, i) => Object.fromEntries(columns.map((c) => [c, a[`${i}.${c}`]]))),
      ),
    );
    inserts.set(shape, stmt);
  }
  const args: Record<string, unknown> = {};
  all.forEach((r, i) => {
    for (const c of columns) args[`${i}.${c}`] = r[c];
  });
  return stmt.execute(conn, args);
}

/** One row: `insertRows` of one. */
export const insertRow = <T extends keyof DB & string>(
  conn: Conn,
  table: T,
  row: Insertable<DB[T]>,
  opts?: Parameters<typeof insertRows<T>>[3],
) => insertRows(conn, table, [row], opts);
