import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openSqlite } from './sqlite';

/** The statement cache of the SQLite wrapper: same answers on a hit, and fresh decoders after a schema change. */
describe('sqlite statement cache', () => {
  it('decodes booleans and JSON on every run of a cached statement, and after a column is added', async () => {
    const { dialect } = openSqlite(':memory:');
    const db = new Kysely<any>({ dialect });
    await sql`create table t (id integer primary key, ok boolean not null, data json_text)`.execute(db);
    await db.insertInto('t').values({ id: 1, ok: true, data: '{"a":1}' }).execute();
    for (let i = 0; i < 3; i++)
      expect(await db.selectFrom('t').selectAll().execute()).toEqual([{ id: 1, ok: true, data: { a: 1 } }]);
    await sql`alter table t add column flag boolean not null default 0`.execute(db);
    expect(await db.selectFrom('t').selectAll().execute()).toEqual([{ id: 1, ok: true, data: { a: 1 }, flag: false }]);
    // Streaming uses the same cached statement and decoders; the statement is free again afterwards.
    const streamed: unknown[] = [];
    for await (const row of db.selectFrom('t').selectAll().stream()) streamed.push(row);
    expect(streamed).toEqual([{ id: 1, ok: true, data: { a: 1 }, flag: false }]);
    expect(await db.selectFrom('t').selectAll().execute()).toHaveLength(1);
    await db.destroy();
  });
});
