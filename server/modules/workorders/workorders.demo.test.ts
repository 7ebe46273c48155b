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
import { expectEvery } from '../../testing/expect-every';

let tdb: TestDatabase;
let app: FastifyInstance;
let cookie: string;
let base: string;
beforeAll(async () => {
  tdb = await openTestDatabase();
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', GONGZHI_DATA_DIR: tdb.dataDir } as never),
    webDist: '/nonexistent',
  };
  await ensureDemo(tdb.database, TEST_SECRET, config, { households: 150 });
  app = await buildApp({ config, database: tdb.database, secret: TEST_SECRET });
  await app.ready();
  const password = fs.readFileSync(path.join(tdb.dataDir, 'demo-password'), 'utf8').trim();
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'staff', password } });
  cookie = `gz_sid=${login.cookies.find((c) => c.name === 'gz_sid')!.value}`;
  base = `/api/communities/${login.json().communities[0].id}`;
});
afterAll(async () => {
  await app?.close();
  await tdb?.cleanup();
});
const get = async (url: string) =>
  (await app.inject({ method: 'GET', url: `${base}${url}`, headers: { cookie } })).json();

describe('demo work orders, fund and roster', () => {
  it('has the fee list, leak work orders from the demo tickets paid from the emergency fund, and a roster covering now', async () => {
    const fee = await get('/fee-list');
    expect(fee.version).toBe(1);
    expect(fee.items.map((i: { name: string }) => i.name)).toContain('屋面防水层修补');
    const orders = (await get('/work-orders')).items;
    const accepted = orders.filter((o: { status: string }) => o.status === 'accepted');
    expect(accepted.length).toBeGreaterThanOrEqual(3);
    expectEvery(accepted, (o: { fundingSource: string; source: string }) =>
      expect(o).toMatchObject({ fundingSource: 'emergency', source: 'ticket' }),
    );
    // The article's case: the shared-area leak fixed under the emergency repair project, linked to its ticket.
    const article = await get(
      `/work-orders/${accepted.find((o: { title: string }) => o.title === '公共区域漏水渗水').id}`,
    );
    expect(article.tickets).toEqual([expect.objectContaining({ title: '公共区域漏水渗水', state: 'closed' })]);
    const ledger = await get('/funds/emergency');
    const spent = accepted.reduce((s: number, o: { totalFen: number }) => s + o.totalFen, 0);
    expect(ledger.fund.balanceFen).toBe(8_000_000 - spent);
    expect(ledger.entries.filter((e: { kind: string }) => e.kind === 'spend')).toHaveLength(accepted.length);
    const now = await get('/duty/now');
    expect(now.items.length).toBe(1);
    expect(now.nextGapAt).toBeNull();
    expectEvery(await verifyChains(tdb.database.db), (r) => expect(r).toMatchObject({ ok: true }));
  });

  it("numbers a new order on from the demo's, never reusing one", async () => {
    const before = (await get('/work-orders')).items.map((o: { number: string }) => o.number);
    expect(before.length).toBeGreaterThan(0);
    const res = await app.inject({
      method: 'POST',
      url: `${base}/work-orders`,
      headers: { cookie },
      payload: { title: '楼道灯更换', source: 'inspection', location: '1号楼', fundingSource: 'property' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const made = await get(`/work-orders/${res.json().id}`);
    expect(before).not.toContain(made.number);
  });

  it("points the closed topics' implementation at the real fee list, roster and work order", async () => {
    const topics = (await get('/topics?status=closed')).items as Array<{ id: string; title: string }>;
    const linksOf = async (title: string) => {
      const topic = topics.find((x) => x.title === title);
      expect(topic, title).toBeTruthy();
      return ((await get(`/topics/${topic!.id}`)).evidence as Array<{ stage: string; link: unknown }>)
        .filter((e) => e.link && e.stage === 'implementation') // (公示 links its notice too)
        .map((e) => ({ stage: e.stage, link: e.link }));
    };
    expect(await linksOf('维修收费不透明')).toEqual([
      {
        stage: 'implementation',
        link: expect.objectContaining({ type: 'fee_list', title: '维修费用清单 第1版（15项）', path: '/fee-list' }),
      },
    ]);
    expect(await linksOf('物业夜间无人值守')).toEqual([
      { stage: 'implementation', link: expect.objectContaining({ type: 'duty_roster', path: '/duty' }) },
    ]);
    const [leak] = await linksOf('公共区域漏水渗水');
    expect(leak.link).toMatchObject({ type: 'workorder', title: expect.stringContaining('公共区域漏水渗水') });
  });

  it("freezes each demo round's work-order figures and the roster's hours without duty", async () => {
    const rounds = (await get('/evaluations?status=closed')).items as Array<{ id: string; quarter: string }>;
    expect(rounds.length).toBe(12);
    const figures = await Promise.all(rounds.map(async (r) => (await get(`/evaluations/${r.id}`)).figures));
    expectEvery(figures, (f) => typeof f.workOrders === 'number' && typeof f.dutyGapHours === 'number', 'figures');
    // The first demo quarter left nights uncovered (the 物业夜间无人值守 topic); the last one none.
    const quarters = [...new Set(rounds.map((r) => r.quarter))].sort();
    const gapOf = (q: string) => figures[rounds.findIndex((r) => r.quarter === q)].dutyGapHours;
    expect(gapOf(quarters[0])).toBeGreaterThan(100);
    expect(gapOf(quarters[quarters.length - 1])).toBe(0);
    expect(figures.reduce((a, f) => a + f.workOrders, 0)).toBeGreaterThan(0);
  });
});
