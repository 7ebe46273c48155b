import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql, type KyselyPlugin } from 'kysely';
import { openTestDatabase, type TestDatabase } from '../../testing/database';
import { record, trailOf, verifyChains } from './audit';
import { GENESIS } from './canonical';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.cleanup();
});

const communityId = 'c-audit-test';
const ev = (i: number) => ({
  actorId: 'u1',
  communityId,
  entityType: 'estate',
  entityId: `e${i % 3}`,
  action: 'estates.update',
  before: { n: i - 1, 名称: '嘉和景苑' },
  after: { n: i, nested: { b: 1, a: [1, 'x'] } },
});

describe('audit chain', () => {
  it('chains events from the genesis hash and verifies them', async () => {
    for (let i = 1; i <= 5; i++) await t.database.db.transaction().execute((trx) => record(trx, ev(i)));
    const first = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('chain', '=', communityId)
      .where('seq', '=', 1)
      .executeTakeFirstOrThrow();
    expect(first.prev_hash).toBe(GENESIS);
    const [report] = await verifyChains(t.database.db, communityId);
    expect(report).toMatchObject({ chain: communityId, events: 5, ok: true });
  });

  it('keeps one unbroken sequence under 40 concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => t.database.db.transaction().execute((trx) => record(trx, ev(100 + i)))),
    );
    const [report] = await verifyChains(t.database.db, communityId);
    expect(report).toMatchObject({ events: 45, ok: true });
  });

  it('rolls back with its transaction: a failed change leaves no event', async () => {
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await record(trx, ev(999));
        throw new Error('domain rule failed');
      }),
    ).rejects.toThrow('domain rule failed');
    const [report] = await verifyChains(t.database.db, communityId);
    expect(report.events).toBe(45);
  });

  it('writes an event in two statements once the head is known, and still chains after a head moved elsewhere', async () => {
    const chain = 'c-audit-guess';
    const e = (i: number) => ({ ...ev(i), communityId: chain });
    const touched: string[] = [];
    const watch: KyselyPlugin = {
      transformQuery: ({ node }) => (touched.push(node.kind), node),
      transformResult: async ({ result }) => result,
    };
    const db = t.database.db.withPlugin(watch);
    await db.transaction().execute((trx) => record(trx, e(1)));
    touched.length = 0;
    await db.transaction().execute((trx) => record(trx, e(2)));
    expect(touched).toEqual(['UpdateQueryNode', 'InsertQueryNode']);
    // Another app server (its own memory of the heads) writes two events; a rolled-back one is forgotten too.
    vi.resetModules();
    const other = (await import('./audit')) as typeof import('./audit');
    await t.database.db.transaction().execute((trx) => other.record(trx, e(3)));
    await t.database.db.transaction().execute((trx) => other.record(trx, e(4)));
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await record(trx, e(5));
        throw new Error('rule failed');
      }),
    ).rejects.toThrow('rule failed');
    touched.length = 0;
    const r = await db.transaction().execute((trx) => record(trx, e(6)));
    // The stale guess moved nothing: the head is read (bump), then insert and store, as without a guess.
    expect(touched).toEqual(['UpdateQueryNode', 'UpdateQueryNode', 'InsertQueryNode', 'UpdateQueryNode']);
    expect(r.seq).toBe(5);
    const [report] = await verifyChains(t.database.db, chain);
    expect(report).toMatchObject({ chain, events: 5, ok: true });
  });

  it('returns an entity trail newest first', async () => {
    const trail = await trailOf(t.database.db, communityId, 'estate', 'e1');
    expect(trail.length).toBeGreaterThan(3);
    expect(trail[0].seq).toBeGreaterThan(trail[1].seq);
  });

  it('names the first altered event, and `gongzhi verify` exits non-zero with it', async () => {
    const env = { ...process.env, GONGZHI_DATA_DIR: t.dataDir, DATABASE_URL: t.url ?? '', LOG_LEVEL: 'silent' };
    const okRun = await run('node', [path.join(ROOT, 'bin/gongzhi.mjs'), 'verify'], { env });
    expect(okRun.stdout).toContain(`ok    audit chain ${communityId}: 45 events`);

    const victim = await t.database.db
      .selectFrom('audit_events')
      .select('id')
      .where('chain', '=', communityId)
      .where('seq', '=', 7)
      .executeTakeFirstOrThrow();
    await sql`update audit_events set after = ${JSON.stringify({ n: 'forged' })} where id = ${victim.id}`.execute(
      t.database.db,
    );
    const [report] = await verifyChains(t.database.db, communityId);
    expect(report.ok).toBe(false);
    expect(report.firstBreak).toMatchObject({ seq: 7, id: victim.id });

    const bad = await run('node', [path.join(ROOT, 'bin/gongzhi.mjs'), 'verify'], { env }).then(
      () => null,
      (e) => e,
    );
    expect(bad?.code).toBe(1);
    expect(bad.stdout).toContain(`FAIL  audit chain ${communityId}: broken at event #7 (${victim.id})`);
  });
});
