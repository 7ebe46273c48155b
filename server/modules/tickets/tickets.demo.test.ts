import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { verifyChains } from '../../core/audit/audit';
import { loadConfig } from '../../core/config';
import { ensureDemo } from '../../demo/demo';
import { openTestDatabase, type TestDatabase } from '../../testing/database';
import { TEST_SECRET } from '../../testing/harness';
import { escalateOverdue } from './tickets.service';
import { expectEvery } from '../../testing/expect-every';

let tdb: TestDatabase;
let app: FastifyInstance;
let cookie: string;
let communityId: string;
beforeAll(async () => {
  tdb = await openTestDatabase();
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', GONGZHI_DATA_DIR: tdb.dataDir } as any),
    webDist: '/nonexistent',
  };
  await ensureDemo(tdb.database, TEST_SECRET, config, { households: 150 });
  app = await buildApp({ config, database: tdb.database, secret: TEST_SECRET });
  await app.ready();
  const password = fs.readFileSync(path.join(tdb.dataDir, 'demo-password'), 'utf8').trim();
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'staff', password } });
  cookie = `gz_sid=${login.cookies.find((c) => c.name === 'gz_sid')!.value}`;
  communityId = login.json().communities[0].id;
});
afterAll(async () => {
  await app?.close();
  await tdb?.cleanup();
});

describe('demo tickets', () => {
  it('gives a year of tickets across the three grids, so the figures mean something on first start', async () => {
    const f = (
      await app.inject({ method: 'GET', url: `/api/communities/${communityId}/tickets/figures`, headers: { cookie } })
    ).json();
    expect(f.total.tickets).toBeGreaterThan(200);
    expect(f.byGrid).toHaveLength(3);
    expect(f.byMonth.length).toBeGreaterThanOrEqual(12);
    expect(f.total.avgSatisfaction).toBeGreaterThan(3.5);
    expect(f.total.avgResponseHours).toBeGreaterThan(0);
    expect(f.total.reopenRate).toBeGreaterThan(0);
  });

  it("includes the article's cases on the public board, and keeps the audit chain whole", async () => {
    const estates = await tdb.database.db
      .selectFrom('estates')
      .select(['id', 'name'])
      .where('community_id', '=', communityId)
      .execute();
    const jh = estates.find((e) => e.name === '嘉和景苑')!;
    const board = (
      await app.inject({ method: 'GET', url: `/api/communities/${communityId}/tickets/board?estateId=${jh.id}` })
    ).json();
    expect(board.total).toBeGreaterThan(20);
    const west = await tdb.database.db
      .selectFrom('ticket_events as e')
      .innerJoin('tickets as t', 't.id', 'e.ticket_id')
      .select(['e.message'])
      .where('t.title', 'like', '%西门修路%')
      .where('e.to_state', '=', 'resolved')
      .executeTakeFirstOrThrow();
    expect(west.message).toContain('南门加装ETC抬杆');
    expectEvery(await verifyChains(tdb.database.db), (c) => c.ok, 'audit chains');
  });

  it("fills resident1's inbox with their tickets' progress, the open confirmation request unread, each pointing at its ticket", async () => {
    const password = fs.readFileSync(path.join(tdb.dataDir, 'demo-password'), 'utf8').trim();
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'resident1', password },
    });
    const inbox = (
      await app.inject({
        method: 'GET',
        url: '/api/notifications?pageSize=100',
        headers: { cookie: `gz_sid=${login.cookies.find((c) => c.name === 'gz_sid')!.value}` },
      })
    ).json();
    const confirm = inbox.items.find((n: any) => n.kind === 'ticket_confirm' && !n.read);
    expect(confirm.title).toMatch(/^诉求 MH-\d{4}-\d{6} 已解决，请确认并评价$/);
    const t = await tdb.database.db
      .selectFrom('tickets')
      .select('state')
      .where('id', '=', confirm.entityId)
      .executeTakeFirstOrThrow();
    expect(t.state).toBe('resolved');
    expect(inbox.unread).toBeGreaterThanOrEqual(1);
  });

  it('has its late tickets escalated already, so the first run of the scheduler has nothing left to announce', async () => {
    const late = await tdb.database.db
      .selectFrom('tickets')
      .select(['id', 'escalation_level'])
      .where('escalation_level', '>', 0)
      .execute();
    expect(late.length).toBeGreaterThan(0);
    const events = await tdb.database.db
      .selectFrom('ticket_events')
      .select('ticket_id')
      .where('kind', '=', 'escalated')
      .execute();
    expect(events.length).toBe(late.reduce((n, t) => n + t.escalation_level, 0));
    expect(await escalateOverdue(app.ctx)).toBe(0);
  });
});
