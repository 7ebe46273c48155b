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
});
