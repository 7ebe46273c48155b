import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../../core/ids';
import { createTestApp, type TestApp } from '../../testing/harness';
import * as org from './org.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const A = () => t.fx.A.id;
const gridName = async (id: string, conn = t.db) => (await org.placeNames(conn, A(), { grids: [id] })).grids.get(id);
const nameInDb = async (id: string) =>
  (await t.db.selectFrom('grids').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;

describe("place names (org's in-memory map)", () => {
  it("names a community's places, and none of another community's", async () => {
    const [g] = t.fx.A.grids;
    const names = await org.placeNames(t.db, A(), {
      grids: [g, t.fx.B.grids[0], null],
      buildings: t.fx.A.buildings,
    });
    expect(names.grids.get(g)).toBe(await nameInDb(g));
    expect(names.grids.has(t.fx.B.grids[0])).toBe(false);
    expect(names.buildings.size).toBe(t.fx.A.buildings.length);
  });

  it("shows a rename made through this server's database at once", async () => {
    const [g] = t.fx.A.grids;
    await gridName(g); // now in the map
    const res = await t.req({
      method: 'PATCH',
      url: `/api/communities/${A()}/grids/${g}`,
      as: 'staff',
      payload: { name: '改名网格' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await gridName(g)).toBe('改名网格');
  });

  it("serves another server's rename within the TTL (not at once), and finds its new places at once", async () => {
    const [, g] = t.fx.A.grids;
    // A write through the app's Kysely (even of no row) empties the map: the next read loads it afresh, so the
    // two reads below fall well within one TTL.
    await t.db.updateTable('grids').set({ note: null }).where('id', '=', 'none').execute();
    const was = await gridName(g);
    // A raw statement is not seen by the write watch: as if another app server had made the change.
    await sql`update grids set name = ${'别处改名'} where id = ${g}`.execute(t.db);
    expect(await gridName(g)).toBe(was);
    const created = newId();
    const now = nowIso();
    await sql`insert into grids (id, community_id, name, note, created_at, updated_at)
              values (${created}, ${A()}, ${'新网格'}, ${null}, ${now}, ${now})`.execute(t.db);
    expect(await gridName(created)).toBe('新网格');
  });

  it('reads the database inside a transaction, which may have renamed a place itself', async () => {
    const [g] = t.fx.A.grids;
    await gridName(g);
    let inside: string | undefined;
    await t.db
      .transaction()
      .execute(async (trx) => {
        await sql`update grids set name = ${'事务内改名'} where id = ${g}`.execute(trx);
        inside = await gridName(g, trx);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(inside).toBe('事务内改名');
    expect(await nameInDb(g)).not.toBe('事务内改名');
    expect(await gridName(g)).toBe(await nameInDb(g));
  });
});
