import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

/**
 * Where generated rows go: a bulk writer for each dialect. Rows are plain objects; the first row of a
 * table fixes its column list (columns left out keep their database default). During the load the
 * secondary indexes (and on PostgreSQL every key and foreign key) are dropped and afterwards rebuilt
 * from the exact definitions the migrations made, which is what makes tens of millions of rows fit
 * in minutes.
 */
export type Row = Record<string, string | number | boolean | null>;

export interface Sink {
  readonly dialect: 'sqlite' | 'postgres';
  add(table: string, row: Row): void;
  /**
   * Called often by the generator's loops: on PostgreSQL it lets the event loop send the next batches
   * (every ~20 ms), so the database inserts while the generator computes; on SQLite it does nothing.
   */
  breathe(): Promise<void> | void;
  /** Writes what is buffered; on SQLite also commits the current unit. Call between communities. */
  flush(): Promise<void>;
  /** Drops indexes and constraints for the load. */
  beginLoad(): Promise<void>;
  /** Rebuilds them, then gathers statistics (PostgreSQL). */
  endLoad(onStep?: (what: string) => void): Promise<void>;
  close(): Promise<void>;
}

/** Rows per INSERT on SQLite: one statement for many rows costs far less than one per row. */
const SQLITE_ROWS = 64;

interface SqliteTable { cols: string[]; bools: number[]; one: BetterSqlite3.Statement; many: BetterSqlite3.Statement; buf: unknown[]; n: number }

export class SqliteSink implements Sink {
  readonly dialect = 'sqlite' as const;
  private readonly raw: BetterSqlite3.Database;
  private readonly tables = new Map<string, SqliteTable>();
  private indexes: Array<{ name: string; sql: string }> = [];
  private inTx = false;

  constructor(file: string) {
    this.raw = new BetterSqlite3(file);
    // A bench file that a crash leaves half-written is regenerated, not recovered: the rollback journal
    // stays in memory and nothing is fsynced. The migrated file is in WAL mode, which cannot go straight
    // to MEMORY (and OFF is refused in better-sqlite3's defensive mode); left in WAL, the whole load would
    // pile up in the -wal file and be copied again at close.
    this.raw.pragma('journal_mode = DELETE');
    this.raw.pragma('journal_mode = MEMORY');
    this.raw.pragma('synchronous = OFF');
    this.raw.pragma('foreign_keys = OFF');
    // Ids are time-ordered but every community spans all the years, so key inserts land all over the
    // indexes: keep them in memory (4 GB) rather than read pages back from disk.
    this.raw.pragma('cache_size = -4000000');
    this.raw.pragma('temp_store = MEMORY');
  }

  private table(table: string, cols: string[]): SqliteTable {
    let t = this.tables.get(table);
    if (!t) {
      const types = new Map((this.raw.prepare(`select name, type from pragma_table_info(?)`).all(table) as Array<{ name: string; type: string }>).map((c) => [c.name, c.type.toLowerCase()]));
      for (const c of cols) if (!types.has(c)) throw new Error(`${table}.${c} is not a column`);
      const one = `(${cols.map(() => '?').join(', ')})`;
      const sql = (n: number) => `insert into ${table} (${cols.join(', ')}) values ${Array.from({ length: n }, () => one).join(', ')}`;
      t = {
        cols, bools: cols.flatMap((c, i) => (types.get(c) === 'boolean' ? [i] : [])), one: this.raw.prepare(sql(1)), many: this.raw.prepare(sql(SQLITE_ROWS)), buf: [], n: 0,
      };
      this.tables.set(table, t);
    }
    return t;
  }

  private pushed(t: SqliteTable) {
    if (++t.n === SQLITE_ROWS) {
      this.begin();
      t.many.run(t.buf);
      t.buf = [];
      t.n = 0;
    }
  }

  add(table: string, row: Row): void {
    const t = this.table(table, Object.keys(row));
    const base = t.buf.length;
    for (const c of t.cols) t.buf.push(row[c]);
    for (const b of t.bools) t.buf[base + b] = t.buf[base + b] ? 1 : 0;
    this.pushed(t);
  }

  /** Rows made by a generator thread: `n` rows of `cols`, values one row after another. */
  addRows(table: string, cols: string[], values: unknown[], n: number): void {
    const t = this.table(table, cols);
    const w = cols.length;
    for (let r = 0; r < n; r++) {
      const base = t.buf.length;
      for (let k = 0; k < w; k++) t.buf.push(values[r * w + k]);
      for (const b of t.bools) t.buf[base + b] = t.buf[base + b] ? 1 : 0;
      this.pushed(t);
    }
  }

  private begin() {
    if (this.inTx) return;
    this.raw.exec('begin');
    this.inTx = true;
  }

  breathe(): void {}

  async flush(): Promise<void> {
    for (const t of this.tables.values()) {
      if (!t.n) continue;
      this.begin();
      const w = t.cols.length;
      for (let i = 0; i < t.n; i++) t.one.run(t.buf.slice(i * w, (i + 1) * w));
      t.buf = [];
      t.n = 0;
    }
    if (this.inTx) this.raw.exec('commit');
    this.inTx = false;
  }

  async beginLoad(): Promise<void> {
    // Only indexes made by CREATE INDEX can go; keys and UNIQUE constraints live in the table definition.
    this.indexes = this.raw.prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null`).all() as typeof this.indexes;
    for (const i of this.indexes) this.raw.exec(`drop index ${i.name}`);
  }

  async endLoad(onStep?: (what: string) => void): Promise<void> {
    await this.flush();
    for (const i of this.indexes) {
      onStep?.(`index ${i.name}`);
      this.raw.exec(i.sql);
    }
    this.raw.pragma('journal_mode = WAL');
  }

  async close(): Promise<void> {
    this.raw.close();
  }
}

const BATCH = 4000;

interface PgTable { cols: string[]; casts: string[]; buf: unknown[][]; n: number }

export class PgSink implements Sink {
  readonly dialect = 'postgres' as const;
  private readonly clients: pg.Client[];
  private readonly busy: Array<Promise<unknown>>;
  private readonly tables = new Map<string, PgTable>();
  private types = new Map<string, Map<string, string>>();
  private constraints: Array<{ tbl: string; name: string; type: string; def: string }> = [];
  private indexes: Array<{ name: string; def: string }> = [];
  private failure: unknown;
  private next = 0;

  /** Two connections: PostgreSQL inserts one batch while the generator builds the next. */
  constructor(url: string, connections = 2) {
    this.clients = Array.from({ length: connections }, () => new pg.Client({ connectionString: url }));
    this.busy = this.clients.map(() => Promise.resolve());
  }

  async open(): Promise<void> {
    for (const c of this.clients) {
      await c.connect();
      // A lost bench load is regenerated; no need to wait for the WAL flush of each batch.
      await c.query(`set synchronous_commit = off`);
    }
    const { rows } = await this.clients[0].query(`select table_name, column_name, udt_name from information_schema.columns where table_schema = 'public'`);
    for (const r of rows) (this.types.get(r.table_name) ?? this.types.set(r.table_name, new Map()).get(r.table_name)!).set(r.column_name, r.udt_name);
  }

  add(table: string, row: Row): void {
    let t = this.tables.get(table);
    if (!t) {
      const cols = Object.keys(row);
      const types = this.types.get(table);
      if (!types) throw new Error(`no table ${table}`);
      const casts = cols.map((c) => {
        const u = types.get(c);
        if (!u) throw new Error(`${table}.${c} is not a column`);
        return u;
      });
      t = { cols, casts, buf: cols.map(() => []), n: 0 };
      this.tables.set(table, t);
    }
    for (let i = 0; i < t.cols.length; i++) t.buf[i].push(row[t.cols[i]]);
    if (++t.n >= BATCH) this.send(table, t);
  }

  /** Hands a batch to the connection whose queue is shortest; the query is sent as soon as that connection is free. */
  private send(table: string, t: PgTable) {
    if (!t.n) return;
    const sql = `insert into ${table} (${t.cols.join(', ')}) select * from unnest(${t.casts.map((c, i) => `$${i + 1}::${c}[]`).join(', ')})`;
    const params = t.buf;
    t.buf = t.cols.map(() => []);
    t.n = 0;
    const k = this.next++ % this.clients.length;
    this.busy[k] = this.busy[k].then(() => this.clients[k].query(sql, params)).catch((e) => {
      this.failure ??= new Error(`insert into ${table}: ${(e as Error).message}`);
    });
  }

  private lastBreath = performance.now();

  breathe(): Promise<void> | void {
    if (performance.now() - this.lastBreath < 20) return;
    return new Promise<void>((resolve) => setImmediate(() => {
      this.lastBreath = performance.now();
      resolve();
    }));
  }

  async flush(): Promise<void> {
    for (const [name, t] of this.tables) this.send(name, t);
    await Promise.all(this.busy);
    if (this.failure) throw this.failure;
  }

  async beginLoad(): Promise<void> {
    const c = this.clients[0];
    this.constraints = (await c.query(`
      select cl.relname as tbl, co.conname as name, co.contype as type, pg_get_constraintdef(co.oid) as def
      from pg_constraint co join pg_class cl on cl.oid = co.conrelid join pg_namespace n on n.oid = cl.relnamespace
      where n.nspname = 'public' and co.contype in ('p', 'u', 'f') and cl.relname not like 'schema_migrations%'`)).rows;
    this.indexes = (await c.query(`
      select i.indexname as name, i.indexdef as def from pg_indexes i
      where i.schemaname = 'public' and i.tablename not like 'schema_migrations%'
        and not exists (select 1 from pg_constraint co where co.conname = i.indexname)`)).rows;
    for (const k of this.constraints.filter((x) => x.type === 'f')) await c.query(`alter table ${k.tbl} drop constraint ${k.name}`);
    for (const k of this.constraints.filter((x) => x.type !== 'f')) await c.query(`alter table ${k.tbl} drop constraint ${k.name}`);
    for (const i of this.indexes) await c.query(`drop index ${i.name}`);
  }

  async endLoad(onStep?: (what: string) => void): Promise<void> {
    await this.flush();
    // Keys first (foreign keys need them), then the other indexes, two builds at a time, then foreign keys.
    const run = async (jobs: Array<{ what: string; sql: string }>) => {
      let i = 0;
      await Promise.all(this.clients.map(async (c) => {
        await c.query(`set maintenance_work_mem = '512MB'`);
        while (i < jobs.length) {
          const j = jobs[i++];
          onStep?.(j.what);
          await c.query(j.sql);
        }
      }));
    };
    await run(this.constraints.filter((x) => x.type !== 'f').map((k) => ({ what: `key ${k.name}`, sql: `alter table ${k.tbl} add constraint ${k.name} ${k.def}` })));
    await run(this.indexes.map((i) => ({ what: `index ${i.name}`, sql: i.def })));
    // One at a time: each validation scans both tables and takes locks on the referenced one.
    for (const k of this.constraints.filter((x) => x.type === 'f')) {
      onStep?.(`foreign key ${k.name}`);
      await this.clients[0].query(`alter table ${k.tbl} add constraint ${k.name} ${k.def}`);
    }
    onStep?.('analyze');
    await this.clients[0].query('analyze');
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.end().catch(() => {})));
  }
}
