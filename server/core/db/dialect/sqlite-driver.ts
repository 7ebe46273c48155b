import type BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  DeleteQueryNode,
  InsertQueryNode,
  SelectQueryNode,
  UpdateQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type SqliteDatabase,
  type SqliteStatement,
} from 'kysely';

/** Most transactions one commit carries, and the longest a batch stays open under constant load: */
/** together they bound how long the first transaction of a batch waits for its answer. */
const MAX_BATCH = 64;
const MAX_BATCH_MS = 10;

/**
 * The one SQLite connection, with group commit.
 *
 * With `synchronous = FULL` every COMMIT waits for an fsync of the write-ahead log, and that wait grows
 * with the pages written: a ticket (ticket, timeline, audit event, summaries, notifications, ~20
 * statements) spent ~3 ms of its ~6 ms in COMMIT on this machine, while its statements took 0.65 ms.
 * So concurrent transactions share one COMMIT: the first opens a real transaction (BEGIN IMMEDIATE),
 * each runs inside it as a savepoint, one after another exactly as before (the connection is still
 * held by one transaction at a time), and the real COMMIT runs once no transaction is waiting for the
 * connection — on the next turn of the event loop, or at MAX_BATCH. A transaction's promise resolves
 * only after that COMMIT is on disk, so nothing is acknowledged before it is durable, and a crash
 * loses only unacknowledged work (the kill -9 suite checks it). A failing transaction rolls back to its
 * savepoint and leaves the others alone; if the COMMIT itself fails, every transaction in the batch fails.
 *
 * Outside a transaction: reads run as they are (inside an open batch they see the batch's writes, as a
 * later transaction would once it commits). A lone INSERT, UPDATE or DELETE (a sign-in or report attempt
 * counted before the ticket's own transaction) joins the batch too: one statement is atomic by itself
 * (a failing one is undone alone and the batch goes on), and its caller is answered after the batch's
 * COMMIT, like a transaction's. It used to commit the open batch and then itself: two fsyncs for one row.
 * Any other lone write (raw SQL: DDL, PRAGMA, VACUUM, some of which must not run inside a transaction)
 * first commits the open batch, then runs in autocommit, and is answered once that is on disk.
 */
export class GroupCommitSqliteDriver implements Driver {
  readonly #raw: BetterSqlite3.Database;
  readonly #db: SqliteDatabase;
  #locked = false;
  readonly #waiting: Array<() => void> = [];
  #batch: Batch | null = null;
  #flushScheduled = false;

  constructor(raw: BetterSqlite3.Database, db: SqliteDatabase) {
    this.#raw = raw;
    this.#db = db;
  }

  async init() {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#lock();
    return new Connection(this);
  }

  async beginTransaction(c: Connection) {
    c.unit = this.#openBatch();
    this.#raw.exec('savepoint gc_unit');
  }

  /** The batch the next unit joins: the open one, unless it is full or has been open too long. */
  #openBatch(): Batch {
    if (this.#batch && (this.#batch.size >= MAX_BATCH || performance.now() - this.#batch.openedAt > MAX_BATCH_MS))
      this.#commitBatch();
    if (!this.#batch) {
      this.#raw.exec('begin immediate');
      this.#batch = new Batch();
    }
    return this.#batch;
  }

  async commitTransaction(c: Connection) {
    const batch = c.unit!;
    this.#raw.exec('release gc_unit');
    c.unit = null;
    const durable = batch.join();
    // The connection is free for the next transaction before this one is durable: that is the point.
    c.released = true;
    this.#unlock();
    await durable;
  }

  async rollbackTransaction(c: Connection) {
    if (!c.unit) return; // released already: its batch's COMMIT failed, and that error is being reported
    c.unit = null;
    if (this.#raw.inTransaction) {
      this.#raw.exec('rollback to gc_unit');
      this.#raw.exec('release gc_unit');
    } else {
      // SQLite ended the whole transaction itself (I/O error, disk full): the batch is gone with it.
      this.#failBatch(new Error('SQLite rolled the transaction back'));
    }
  }

  async savepoint(): Promise<void> {
    throw new Error('savepoints inside a transaction are not supported on SQLite here');
  }
  rollbackToSavepoint = this.savepoint;
  releaseSavepoint = this.savepoint;

  async releaseConnection(c: Connection) {
    if (c.released) return;
    c.released = true;
    this.#unlock();
  }

  async destroy() {
    if (this.#batch) {
      await this.#lock();
      this.#commitBatch();
      this.#unlock();
    }
    this.#db.close();
  }

  /**
   * Runs a statement on the connection a caller holds (Connection only). Synchronous, but for a lone write,
   * whose answer waits for its batch's COMMIT.
   */
  execute(c: Connection, compiled: CompiledQuery): QueryResult<unknown> | Promise<QueryResult<unknown>> {
    const stmt = this.#db.prepare(compiled.sql);
    if (stmt.reader) return { rows: stmt.all(compiled.parameters) as unknown[] };
    if (c.unit) return this.#run(stmt, compiled);
    const q = compiled.query;
    if (InsertQueryNode.is(q) || UpdateQueryNode.is(q) || DeleteQueryNode.is(q))
      return this.#loneWrite(c, stmt, compiled);
    if (this.#batch) this.#commitBatch();
    return this.#run(stmt, compiled);
  }

  /** A lone write held after its COMMIT-wait handed the connection on: the holder asks for it again. */
  async reacquire(c: Connection) {
    await this.#lock();
    c.released = false;
  }

  /** Runs in the open batch now (the caller holds the connection), answered after the batch's COMMIT. */
  async #loneWrite(c: Connection, stmt: SqliteStatement, compiled: CompiledQuery): Promise<QueryResult<unknown>> {
    const batch = this.#openBatch();
    let result: QueryResult<unknown>;
    try {
      result = this.#run(stmt, compiled);
    } catch (e) {
      // A constraint undoes the statement alone; an I/O error or a full disk ends the whole transaction.
      if (!this.#raw.inTransaction) this.#failBatch(e as Error);
      throw e;
    }
    const durable = batch.join();
    // As a transaction's commit does: the connection goes to the next caller while this write waits for its COMMIT.
    c.released = true;
    this.#unlock();
    await durable;
    return result;
  }

  #run(stmt: SqliteStatement, compiled: CompiledQuery): QueryResult<unknown> {
    const { changes, lastInsertRowid } = stmt.run(compiled.parameters) as {
      changes?: number;
      lastInsertRowid?: number | bigint;
    };
    return {
      numAffectedRows: changes === undefined || changes === null ? undefined : BigInt(changes),
      insertId: lastInsertRowid === undefined || lastInsertRowid === null ? undefined : BigInt(lastInsertRowid),
      rows: [],
    };
  }

  *stream(compiled: CompiledQuery): Generator<QueryResult<unknown>> {
    if (!SelectQueryNode.is(compiled.query)) throw new Error('SQLite streams only select queries');
    for (const row of this.#db.prepare(compiled.sql).iterate(compiled.parameters)) yield { rows: [row] };
  }

  /** First come, first served: a release hands the connection straight to the longest waiter. */
  async #lock() {
    if (!this.#locked) {
      this.#locked = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  #unlock() {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#locked = false;
    this.#scheduleFlush();
  }

  #scheduleFlush() {
    if (this.#flushScheduled || !this.#batch) return;
    this.#flushScheduled = true;
    // setImmediate: after the I/O of this turn, so requests that arrived together join the batch.
    setImmediate(() => void this.#flush());
  }

  async #flush() {
    this.#flushScheduled = false;
    // Someone holds the connection (or was just handed it): it may be a transaction that can ride on
    // this commit, and its release schedules the next flush.
    if (!this.#batch || this.#locked) return;
    this.#locked = true;
    try {
      this.#commitBatch();
    } finally {
      this.#unlock();
    }
  }

  /** COMMIT the open batch; the caller holds the connection. */
  #commitBatch() {
    const batch = this.#batch!;
    this.#batch = null;
    try {
      if (!this.#raw.inTransaction) throw new Error('SQLite rolled the transaction back');
      this.#raw.exec('commit');
      batch.settle(null);
    } catch (e) {
      if (this.#raw.inTransaction) this.#raw.exec('rollback');
      batch.settle(e as Error);
    }
  }

  #failBatch(e: Error) {
    const batch = this.#batch;
    this.#batch = null;
    batch?.settle(e);
  }
}

class Batch {
  size = 0;
  readonly openedAt = performance.now();
  readonly #done: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  join(): Promise<void> {
    this.size++;
    return new Promise((resolve, reject) => this.#done.push({ resolve, reject }));
  }
  settle(e: Error | null) {
    for (const d of this.#done) e ? d.reject(e) : d.resolve();
  }
}

/** One holder's use of the connection: Kysely hands it back on commit, rollback and release. */
class Connection implements DatabaseConnection {
  unit: Batch | null = null;
  released = false;
  constructor(private readonly driver: GroupCommitSqliteDriver) {}
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (this.released) await this.driver.reacquire(this);
    const r = this.driver.execute(this, compiled);
    return (r instanceof Promise ? await r : r) as QueryResult<R>;
  }
  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    yield* this.driver.stream(compiled) as Generator<QueryResult<R>>;
  }
}

export function groupCommitDialect(raw: BetterSqlite3.Database, db: SqliteDatabase): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new GroupCommitSqliteDriver(raw, db),
    createIntrospector: (k) => new SqliteIntrospector(k),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}
