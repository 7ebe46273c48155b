import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { verifyChains } from '../../core/audit/audit';
import { loadConfig } from '../../core/config';
import { listVerifiers } from '../../core/verify';
import { ensureDemo } from '../../demo/demo';
import { openTestDatabase, type TestDatabase } from '../../testing/database';
import { TEST_SECRET } from '../../testing/harness';
import { verifyBundle } from '../consultations/consultations.archive-check';
import { expectEvery } from '../../testing/expect-every';

let tdb: TestDatabase;
let app: FastifyInstance;
let password: string;
let communityId: string;
const cookies: Record<string, string> = {};
async function get(as: string, url: string) {
  return (
    await app.inject({ method: 'GET', url: `/api/communities/${communityId}${url}`, headers: { cookie: cookies[as] } })
  ).json();
}
beforeAll(async () => {
  tdb = await openTestDatabase();
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', GONGZHI_DATA_DIR: tdb.dataDir } as any),
    webDist: '/nonexistent',
  };
  await ensureDemo(tdb.database, TEST_SECRET, config, { households: 400 });
  app = await buildApp({ config, database: tdb.database, secret: TEST_SECRET });
  await app.ready();
  password = fs.readFileSync(path.join(tdb.dataDir, 'demo-password'), 'utf8').trim();
  for (const login of ['staff', 'resident1']) {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
    cookies[login] = `gz_sid=${res.cookies.find((c) => c.name === 'gz_sid')!.value}`;
    communityId = res.json().communities[0].id;
  }
}, 600_000);
afterAll(async () => {
  await app?.close();
  await tdb?.cleanup();
});

describe('demo 四方议事', () => {
  it('matches the article: 28 meetings held, 18 problems solved', async () => {
    expect((await get('staff', '/meetings/stats')).held).toBe(28);
    expect((await get('staff', '/topics/stats')).problemsSolved).toBe(18);
  });

  it('keeps the 洞北小区 parking consultation closed, passed and verifiable from its archive', async () => {
    const closed = (await get('staff', '/consultations?status=closed')).items;
    const parking = closed.find((c: any) => c.title.includes('洞北小区'));
    expect(parking.result.tally).toMatchObject({ participants: 100, passed: true, participationMet: true });
    expect(parking.result.tally.questions[0]).toMatchObject({ leading: 'm30', counts: { m30: 71, h2: 29 } });
    const bundle = await get('staff', `/consultations/${parking.id}/archive`);
    expect(verifyBundle(bundle).ok).toBe(true);
    const topic = (await get('staff', '/topics?status=closed')).items.find((t: any) => t.consultationId === parking.id);
    const detail = await get('staff', `/topics/${topic.id}`);
    expect(detail.decision.text).toContain('半小时');
    expect(detail.decision.signoffs).toHaveLength(4);
    const lines = await listVerifiers()
      .find((v) => v.name === 'consultations')!
      .fn(tdb.database.db);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expectEvery(lines, (l) => l.ok, 'consultation checks');
    expectEvery(await verifyChains(tdb.database.db), (c) => c.ok, 'audit chains');
  });

  it('has one consultation open that resident1 can vote in', async () => {
    const open = (await get('resident1', '/consultations?status=open')).items;
    expect(open).toHaveLength(1);
    expect((await get('resident1', `/consultations/${open[0].id}`)).my).toEqual({ eligible: true, receipt: null });
    const vote = await app.inject({
      method: 'POST',
      url: `/api/communities/${communityId}/consultations/${open[0].id}/ballots`,
      headers: { cookie: cookies.resident1 },
      payload: { answers: { plan: 'agree' } },
    });
    expect(vote.statusCode, vote.body).toBe(201);
  });
});
