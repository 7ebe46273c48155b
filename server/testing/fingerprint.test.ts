import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness';
import { changedTables, fingerprint, tablesOf } from './fingerprint';
import { TEST_DIALECT } from './database';

/**
 * The fingerprint the sweeps rest on ("a refused request changes nothing") sees every kind of write,
 * although after the first one it hashes again only the tables whose write mark moved.
 */
let t: TestApp;
let tables: string[];
const take = () => fingerprint(t.db, tables);
const household = () => t.fx.A.households[0];

beforeAll(async () => {
  t = await createTestApp();
  await t.req({ method: 'GET', url: '/api/me', as: 'staff' });
  tables = await tablesOf(t.db);
});
afterAll(async () => {
  await t?.close();
});

describe('database fingerprint', () => {
  it('names the table of an updated column, an inserted and a deleted row, and nothing else', async () => {
    const before = await take();
    await sql`update households set note = 'changed' where id = ${household()}`.execute(t.db);
    const updated = await take();
    expect(changedTables(before, updated).map((x) => x.split(' ')[0])).toEqual(['households']);
    // The row count stays: only the content hash can have seen it.
    expect(updated.households.split(':')[0]).toBe(before.households.split(':')[0]);

    const id = 'fp-test-attempt';
    await sql`insert into login_attempts (id, login_key, ip, scope, success, at)
              values (${id}, 'k', '127.0.0.1', 'login', ${TEST_DIALECT === 'postgres' ? sql`false` : sql`0`}, '2026-12-03T00:00:00.000Z')`.execute(
      t.db,
    );
    const inserted = await take();
    expect(changedTables(updated, inserted).map((x) => x.split(' ')[0])).toEqual(['login_attempts']);
    await sql`delete from login_attempts where id = ${id}`.execute(t.db);
    // Inserted and deleted again: the content is as before, whatever the marks say.
    expect(await take()).toEqual(updated);
  });

  it('does not count an update to the same values, nor the idle clock of a session', async () => {
    const before = await take();
    await sql`update households set room = room where id = ${household()}`.execute(t.db);
    await sql`update sessions set last_seen_at = '2030-01-01T00:00:00.000Z'`.execute(t.db);
    expect(changedTables(before, await take())).toEqual([]);
  });

  it('sees a write made on another connection to the same database', async () => {
    const before = await take();
    if (TEST_DIALECT === 'postgres') {
      const c = new pg.Client({ connectionString: t.testDb.url });
      await c.connect();
      await c.query(`update households set note = 'from elsewhere' where id = $1`, [household()]);
      await c.end();
    } else {
      // SQLite: the file opened a second time, as a second server process would.
      const other = new Sqlite(path.join(t.testDb.dataDir, 'gongzhi.sqlite'), { fileMustExist: true });
      other.prepare(`update households set note = 'from elsewhere' where id = ?`).run(household());
      other.close();
    }
    expect(changedTables(before, await take()).map((x) => x.split(' ')[0])).toEqual(['households']);
  });
});
