import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { verifyChains } from '../../core/audit/audit';
import { loadConfig } from '../../core/config';
import { ensureDemo } from '../../demo/demo';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../../testing/database';
import { TEST_SECRET } from '../../testing/harness';
import { expectEvery } from '../../testing/expect-every';

let tdb: TestDatabase;
let app: FastifyInstance;
let cookie: string;
let communityId: string;
const get = async (url: string) =>
  (await app.inject({ method: 'GET', url: `/api/communities/${communityId}${url}`, headers: { cookie } })).json();

beforeAll(async () => {
  tdb = await openTestDatabase();
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', GONGZHI_DATA_DIR: tdb.dataDir } as never),
    webDist: '/nonexistent',
  };
  await ensureDemo(tdb.database, TEST_SECRET, config, { households: 200 });
  app = await buildApp({ config, database: tdb.database, secret: TEST_SECRET });
  await app.ready();
  const password = fs.readFileSync(path.join(tdb.dataDir, 'demo-password'), 'utf8').trim();
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'staff', password } });
  cookie = `gz_sid=${res.cookies.find((c) => c.name === 'gz_sid')!.value}`;
  communityId = res.json().communities[0].id;
}, 600_000);
afterAll(async () => {
  await app?.close();
  await tdb?.cleanup();
});

describe(`demo parking (${TEST_DIALECT})`, () => {
  it("has 洞北小区's 54 spaces with the 30-minute rule resting on the closed topic and its consultation, and the 246-space car park", async () => {
    const { items } = await get('/parking/car-parks');
    const dongbei = items.find((p: { name: string }) => p.name === '洞北小区地面停车场');
    expect(dongbei).toMatchObject({ totalSpaces: 54, spaces: 54, ownerPrioritySpaces: 54, estateName: '洞北小区' });
    expect(dongbei.ruleInForce).toMatchObject({
      effectiveOn: '2025-11-01',
      freeMinutes: 30,
      ownerPrioritySpaces: 54,
      consultationTitle: '洞北小区临时停车收费调整征询',
    });
    const topic = await get(`/topics/${dongbei.ruleInForce.topicId}`);
    expect(topic).toMatchObject({ status: 'closed', decision: { consultationId: dongbei.ruleInForce.consultationId } });
    expect(topic.title).toContain('洞北小区外来车辆');
    // The topic points back at the car park through its rules (item 7).
    const ofTopic = await get(`/parking/rules?topicId=${topic.id}`);
    expect(ofTopic.items.map((r: { carParkId: string }) => r.carParkId)).toEqual([dongbei.id]);
    const social = items.find((p: { totalSpaces: number }) => p.totalSpaces === 246);
    expect(social).toMatchObject({ spaces: 246, openedOn: '2025-11-06', estateId: null, ruleInForce: null });

    const vehicles = (await get('/parking/vehicles')).items;
    expect(vehicles.length).toBeGreaterThan(1);
    expectEvery(vehicles, (v: { masked: boolean; plate: string }) => v.masked && v.plate.includes('*'), 'vehicles');
    expectEvery(await verifyChains(tdb.database.db), (c) => c.ok, 'audit chains');
  });
});
