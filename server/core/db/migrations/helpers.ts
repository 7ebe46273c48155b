import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';

/**
 * Column helpers that know both dialects, so each migration is written once. Frozen with the
 * migrations: change them only in ways that render the same SQL for existing calls.
 *
 * SQLite type names matter beyond storage: `boolean` and `json_text` are how dialect/sqlite.ts
 * knows to decode a column, and `json_text` keeps TEXT affinity.
 */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

type T = CreateTableBuilder<any, any>;
type Opt = { nullable?: boolean; default?: unknown };
const nn = (c: ColumnDefinitionBuilder, o: Opt = {}) => {
  let b = o.nullable ? c : c.notNull();
  if (o.default !== undefined) b = b.defaultTo(o.default as any);
  return b;
};

export function columns(db: Kysely<any>) {
  const pg = isPostgres(db);
  return {
    /** UUIDv7 text made by the app. */
    id: (t: T) => t.addColumn('id', 'text', (c) => c.primaryKey()),
    text: (t: T, name: string, o?: Opt) => t.addColumn(name, 'text', (c) => nn(c, o)),
    int: (t: T, name: string, o?: Opt) => t.addColumn(name, 'integer', (c) => nn(c, o)),
    bigint: (t: T, name: string, o?: Opt) => t.addColumn(name, 'bigint', (c) => nn(c, o)),
    real: (t: T, name: string, o?: Opt) => t.addColumn(name, pg ? 'double precision' : 'real', (c) => nn(c, o)),
    time: (t: T, name: string, o?: Opt) => t.addColumn(name, pg ? 'timestamptz' : 'text', (c) => nn(c, o)),
    bool: (t: T, name: string, o: Opt = {}) =>
      t.addColumn(name, sql.raw('boolean'), (c) => {
        const b = nn(c, { ...o, default: o.default === undefined ? undefined : pg ? o.default : o.default ? 1 : 0 });
        return pg ? b : b.check(sql`${sql.ref(name)} in (0, 1)`);
      }),
    json: (t: T, name: string, o?: Opt) => t.addColumn(name, sql.raw(pg ? 'jsonb' : 'json_text'), (c) => nn(c, o)),
    /** A reference to another table's id. */
    ref: (t: T, name: string, table: string, o: Opt & { onDelete?: 'cascade' | 'set null' | 'restrict' } = {}) =>
      t.addColumn(name, 'text', (c) => {
        let b = nn(c, o).references(`${table}.id`);
        if (o.onDelete) b = b.onDelete(o.onDelete);
        return b;
      }),
    /** Every tenant row carries its community. */
    community: (t: T) => t.addColumn('community_id', 'text', (c) => c.notNull().references('communities.id')),
    stamps: (t: T) =>
      t
        .addColumn('created_at', pg ? 'timestamptz' : 'text', (c) => c.notNull())
        .addColumn('updated_at', pg ? 'timestamptz' : 'text', (c) => c.notNull()),
  };
}

/** Apply helpers in order: `build(db.schema.createTable('x'), c.id, t => c.text(t, 'name'))`. */
export function build(t: T, ...steps: Array<(t: T) => T>): T {
  return steps.reduce((acc, step) => step(acc), t);
}
