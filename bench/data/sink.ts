import BetterSqlite3 from 'better-sqlite3';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Where generated rows go: a bulk writer for each dialect. Rows are plain objects; the first row of a
 * table fixes its column list (columns left out keep their database default). During the load the
 * secondary indexes (and on PostgreSQL every key and foreign key) are dropped and afterwards rebuilt
 * from the exact definitions the migrations made, which is what makes tens of millions of rows fit
 * in minutes. PostgreSQL gets the rows by COPY … FROM STDIN in text format, which it parses far faster
 * than INSERT … SELECT FROM unnest(arrays), and which costs the generator less to write than array parameters.
 */
export type Row = Record<string, string | number | boolean | null>;

export interface Sink {
  readonly dialect: 'sqlite' | 'postgres';
  add(table: string, row: Row): void;
  /**
   * Called often by the generator's loops: on PostgreSQL it lets the event loop send the next batches
   * (every ~20 ms), so the database ingests while the generator computes, and waits while too much is
   * queued for the database; on SQLite it does nothing.
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

/**
 * COPY text format (https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2): one line
 * per row, fields split by tabs, NULL as \N, and backslash, tab, newline and carriage return written
 * as backslash escapes so that no value can end a field or a row early.
 */
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_SPECIAL_ALL = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const copyEscape = (s: string) => (COPY_SPECIAL.test(s) ? s.replace(COPY_SPECIAL_ALL, (c) => COPY_ESCAPES[c]) : s);

/** A value as PostgreSQL's input function reads it (before COPY's escaping); never null. */
type Field = (v: unknown) => string;

const scalarField: Field = (v) => {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      // From 1e21 up String() gives exponent notation, which bigint and numeric input reject.
      return Number.isInteger(v) && Math.abs(v) >= 1e21 ? BigInt(v).toString() : String(v);
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 't' : 'f';
    default:
      if (v instanceof Date) return v.toISOString();
      if (Buffer.isBuffer(v)) return `\\x${v.toString('hex')}`;
      return JSON.stringify(v);
  }
};

/** json/jsonb: a string is taken as the JSON text itself (the generator stringifies), anything else is stringified. */
const jsonField: Field = (v) => (typeof v === 'string' ? v : JSON.stringify(v));

/** An array literal `{…}`: every element double-quoted (so commas, braces and spaces stay inside it), NULL bare. */
const arrayField = (element: Field): Field => {
  const literal = (v: unknown): string => {
    if (!Array.isArray(v)) throw new Error(`an array column got ${typeof v}`);
    return `{${v.map((e) => (e === null || e === undefined ? 'NULL' : Array.isArray(e) ? literal(e) : `"${element(e).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
  };
  return literal;
};

const fieldFor = (udt: string): Field => {
  // information_schema's udt_name of an array type is its element type's name with a leading underscore.
  if (udt.startsWith('_')) return arrayField(fieldFor(udt.slice(1)));
  if (udt === 'json' || udt === 'jsonb') return jsonField;
  return scalarField;
};

/** Encodes one value of a column of type `udt` (information_schema.columns.udt_name) for COPY … FROM STDIN in text format. */
export function copyEncoder(udt: string): (v: unknown) => string {
  const field = fieldFor(udt);
  return (v) => (v === null || v === undefined ? '\\N' : copyEscape(field(v)));
}

/** Rows per COPY, unless its text reaches COPY_CHARS first (audit rows carry kilobytes of JSON). */
const BATCH = 4000;
const COPY_CHARS = 1 << 20;
/**
 * COPY text waiting for the connections, beyond which breathe() waits for PostgreSQL to catch up: the
 * generator is the faster side, and without a bound a whole district would pile up in memory.
 */
const QUEUE_CHARS = 16 << 20;

interface PgTable { copy: string; cols: string[]; encoders: Array<(v: unknown) => string>; lines: string[]; chars: number }

export class PgSink implements Sink {
  readonly dialect = 'postgres' as const;
  private readonly clients: pg.Client[];
  private readonly busy: Array<Promise<unknown>>;
  /** Characters of COPY text handed to each connection and not yet ingested. */
  private readonly queued: number[];
  private waiting: Array<() => void> = [];
  private readonly tables = new Map<string, PgTable>();
  private types = new Map<string, Map<string, string>>();
  private constraints: Array<{ tbl: string; name: string; type: string; def: string }> = [];
  private indexes: Array<{ name: string; def: string }> = [];
  private failure: unknown;

  /** Each connection streams its own COPY, so PostgreSQL ingests one batch while the generator builds the next. */
  constructor(url: string, connections = 2) {
    this.clients = Array.from({ length: connections }, () => new pg.Client({ connectionString: url }));
    this.busy = this.clients.map(() => Promise.resolve());
    this.queued = this.clients.map(() => 0);
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
      const encoders = cols.map((c) => {
        const u = types.get(c);
        if (!u) throw new Error(`${table}.${c} is not a column`);
        return copyEncoder(u);
      });
      t = { copy: `copy ${table} (${cols.join(', ')}) from stdin`, cols, encoders, lines: [], chars: 0 };
      this.tables.set(table, t);
    }
    const { cols, encoders } = t;
    let line = encoders[0](row[cols[0]]);
    for (let i = 1; i < cols.length; i++) line += '\t' + encoders[i](row[cols[i]]);
    line += '\n';
    t.lines.push(line);
    t.chars += line.length;
    if (t.lines.length >= BATCH || t.chars >= COPY_CHARS) this.send(table, t);
  }

  /** Hands a batch to the connection with the least text queued; its COPY starts as soon as that connection is free. */
  private send(table: string, t: PgTable) {
    if (!t.lines.length) return;
    const text = t.lines.join('');
    t.lines = [];
    t.chars = 0;
    let k = 0;
    for (let i = 1; i < this.clients.length; i++) if (this.queued[i] < this.queued[k]) k = i;
    this.queued[k] += text.length;
    this.busy[k] = this.busy[k]
      .then(() => (this.failure ? undefined : this.copy(this.clients[k], t.copy, text)))
      .catch((e) => {
        this.failure ??= new Error(`copy into ${table}: ${(e as Error).message}`);
      })
      .then(() => {
        this.queued[k] -= text.length;
        if (this.roomy()) for (const w of this.waiting.splice(0)) w();
      });
  }

  /** One COPY … FROM STDIN; the stream waits for the socket to drain between writes and finishes once PostgreSQL has the rows. */
  private async copy(client: pg.Client, sql: string, text: string): Promise<void> {
    const stream = client.query(copyFrom(sql));
    stream.end(text);
    await finished(stream);
  }

  private roomy() {
    return this.queued.reduce((a, b) => a + b, 0) < QUEUE_CHARS || !!this.failure;
  }

  private lastBreath = performance.now();

  breathe(): Promise<void> | void {
    if (!this.roomy()) return new Promise<void>((resolve) => this.waiting.push(resolve));
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
