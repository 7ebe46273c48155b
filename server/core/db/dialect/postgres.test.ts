import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DIALECT } from '../../../testing/database';
import { openPostgres } from './postgres';

/** Named statements on PostgreSQL (postgres.ts): parsed and planned once per connection, DDL left unnamed. */
describe.runIf(TEST_DIALECT === 'postgres')('postgres prepared statements', () => {
  it('prepares each query text once per connection and answers as before', async () => {
    const tdb = await openTestDatabase({ migrate: false });
    const db = new Kysely<any>({ dialect: openPostgres(tdb.url!, 1).dialect });
    try {
      await sql`create table t (id int primary key, name text)`.execute(db);
      for (let i = 1; i <= 3; i++)
        await db
          .insertInto('t')
          .values({ id: i, name: `n${i}` })
          .execute();
      for (let i = 1; i <= 3; i++)
        expect(await db.selectFrom('t').select('name').where('id', '=', i).executeTakeFirst()).toEqual({
          name: `n${i}`,
        });
      const names = await sql<{
        statement: string;
      }>`select statement from pg_prepared_statements where name like 'gz\\_%'`.execute(db);
      const texts = names.rows.map((r) => r.statement).sort();
      expect(texts).toEqual([
        'insert into "t" ("id", "name") values ($1, $2)',
        'select "name" from "t" where "id" = $1',
        "select statement from pg_prepared_statements where name like 'gz\\_%'",
      ]);
      // A schema change keeps working: PostgreSQL re-plans a prepared statement when its table changes.
      await sql`alter table t add column extra int`.execute(db);
      expect(await db.selectFrom('t').select('name').where('id', '=', 2).executeTakeFirst()).toEqual({ name: 'n2' });
    } finally {
      await db.destroy();
      await tdb.cleanup();
    }
  });
});
