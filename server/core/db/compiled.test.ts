import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase, type TestDatabase } from '../../testing/database';
import { actorCache } from '../auth/actor-cache';
import { compiled, insertRow, insertRows, type Args } from './compiled';
import { openDatabase } from './kysely';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.cleanup();
});

let builds = 0;
const insertHead = compiled((db, a: Args<{ chain: string; seq: number; hash: string }>) => {
  builds++;
  return db.insertInto('audit_heads').values({ chain: a.chain, seq: a.seq, hash: a.hash });
});
// A constant the builder wrote (the 1) stays in its place between the values.
const bump = compiled((db, a: Args<{ chain: string; by: number }>) =>
  db
    .updateTable('audit_heads')
    .set({ seq: sql<number>`seq + ${a.by} - ${1} + ${1}`, hash: sql<string>`hash || ${'+'}` })
    .where('chain', '=', a.chain)
    .returning(['seq', 'hash']),
);
let headBuilds = 0;
const headOf = compiled((db, a: Args<{ chain: string }>) => {
  headBuilds++;
  return db.selectFrom('audit_heads').select(['chain', 'seq', 'hash']).where('chain', '=', a.chain);
});

describe('compiled statements', () => {
  it('build once, then run with each call’s values, in and out of transactions', async () => {
    const { db } = t.database;
    await insertHead.execute(db, { chain: 'cmp-a', seq: 1, hash: 'h' });
    await db.transaction().execute(async (trx) => {
      await insertHead.execute(trx, { chain: 'cmp-b', seq: 7, hash: 'x' });
      expect(await bump.first(trx, { chain: 'cmp-b', by: 3 })).toEqual({ seq: 10, hash: 'x+' });
    });
    expect(builds).toBe(1);
    expect(await headOf.first(db, { chain: 'cmp-a' })).toEqual({ chain: 'cmp-a', seq: 1, hash: 'h' });
    expect(await headOf.first(db, { chain: 'cmp-b' })).toEqual({ chain: 'cmp-b', seq: 10, hash: 'x+' });
    expect(await headOf.first(db, { chain: 'none' })).toBeUndefined();
    // Affected rows are reported as the builder's own statement reports them.
    const none = await bump.execute(db, { chain: 'none', by: 1 });
    expect(none.rows).toEqual([]);
    expect(Number(none.numAffectedRows ?? 0)).toBe(0);
  });

  it('rolls back with its transaction', async () => {
    const { db } = t.database;
    await expect(
      db.transaction().execute(async (trx) => {
        await insertHead.execute(trx, { chain: 'cmp-rolled', seq: 1, hash: 'h' });
        throw new Error('rule failed');
      }),
    ).rejects.toThrow('rule failed');
    expect(await headOf.first(db, { chain: 'cmp-rolled' })).toBeUndefined();
  });

  it('refuses a run without one of its values', async () => {
    await expect(headOf.execute(t.database.db, {} as { chain: string })).rejects.toThrow('no value for chain');
  });

  it('compiles per database instance (another instance of the same dialect builds its own)', async () => {
    const other = openDatabase({ databaseUrl: t.url, dataDir: t.dataDir });
    try {
      expect(headBuilds).toBe(1);
      expect(await headOf.first(other.db, { chain: 'cmp-a' })).toEqual({ chain: 'cmp-a', seq: 1, hash: 'h' });
      expect(headBuilds).toBe(2);
      await headOf.first(t.database.db, { chain: 'cmp-a' });
      expect(headBuilds).toBe(2);
    } finally {
      await other.close();
    }
  });

  it('passes every run through the plugins: a change to who someone is empties the actor cache each time', async () => {
    const grant = compiled((db, a: Args<{ id: string }>) => db.deleteFrom('role_grants').where('id', '=', a.id));
    const g0 = actorCache.generation;
    await grant.execute(t.database.db, { id: 'none-1' });
    await grant.execute(t.database.db, { id: 'none-2' });
    // Compiling passes them once more; the two runs each clear.
    expect(actorCache.generation - g0).toBeGreaterThanOrEqual(2);
    const g1 = actorCache.generation;
    await grant.execute(t.database.db, { id: 'none-3' });
    expect(actorCache.generation).toBe(g1 + 1);
  });

  it('inserts rows of one shape, a few compiled per count, many built each time', async () => {
    const { db } = t.database;
    const heads = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ chain: `${prefix}-${i}`, seq: i, hash: `h${i}` }));
    await insertRow(db, 'audit_heads', { chain: 'rows-one', seq: 1, hash: 'one' });
    await insertRows(db, 'audit_heads', heads('rows-few', 3));
    await insertRows(db, 'audit_heads', heads('rows-many', 40));
    const got = await db
      .selectFrom('audit_heads')
      .select(['chain', 'seq', 'hash'])
      .where('chain', 'like', 'rows-%')
      .orderBy('chain')
      .execute();
    expect(got).toHaveLength(44);
    expect(got).toContainEqual({ chain: 'rows-few-2', seq: 2, hash: 'h2' });
    expect(got).toContainEqual({ chain: 'rows-many-39', seq: 39, hash: 'h39' });
    // unlessExists: a row already there is left alone and reported as 0 rows inserted.
    const again = await insertRow(
      db,
      'audit_heads',
      { chain: 'rows-one', seq: 9, hash: 'other' },
      { unlessExists: ['chain'] },
    );
    expect(Number(again.numAffectedRows ?? 0)).toBe(0);
    expect(await headOf.first(db, { chain: 'rows-one' })).toMatchObject({ seq: 1, hash: 'one' });
    // A later row without one of the first row's columns is refused, not written with a gap.
    await expect(
      insertRows(db, 'audit_heads', [
        { chain: 'rows-bad-1', seq: 1, hash: 'a' },
        { chain: 'rows-bad-2', seq: 2 } as { chain: string; seq: number; hash: string },
      ]),
    ).rejects.toThrow('no value for 1.hash');
  });
});
