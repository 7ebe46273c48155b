import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { verifyChains } from '../core/audit/audit';
import { loadConfig } from '../core/config';
import { ensureDemo } from '../demo/demo';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../testing/database';
import { TEST_SECRET } from '../testing/harness';
import { expectEvery } from '../testing/expect-every';

/** The demo's 内力 (activities, referrals, proposals) carries the article's figures, read through the API. */
let tdb: TestDatabase;
let app: FastifyInstance;
let communityId: string;
const cookies: Record<string, string> = {};
const get = async (as: string, url: string) =>
  (
    await app.inject({ method: 'GET', url: `/api/communities/${communityId}${url}`, headers: { cookie: cookies[as] } })
  ).json();

beforeAll(async () => {
  tdb = await openTestDatabase();
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', GONGZHI_DATA_DIR: tdb.dataDir } as any),
    webDist: '/nonexistent',
  };
  await ensureDemo(tdb.database, TEST_SECRET, config, { households: 200 });
  app = await buildApp({ config, database: tdb.database, secret: TEST_SECRET });
  await app.ready();
  const password = fs.readFileSync(path.join(tdb.dataDir, 'demo-password'), 'utf8').trim();
  for (const login of ['staff', 'secretary', 'resident1']) {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
    cookies[login] = `gz_sid=${res.cookies.find((c) => c.name === 'gz_sid')!.value}`;
    communityId = res.json().communities[0].id;
  }
}, 600_000);
afterAll(async () => {
  await app?.close();
  await tdb?.cleanup();
});

describe(`the demo's activities, referrals and proposals (${TEST_DIALECT})`, () => {
  it('counts 200+ volunteer person-times over the last year, party members among them', async () => {
    const acts = (await get('staff', '/activities')).items;
    const past = (await get('staff', '/activities?when=past')).items;
    expect(past.length).toBe(8);
    const served = (await Promise.all(past.map((a: any) => get('staff', `/activities/${a.id}`)))).flatMap((a: any) =>
      a.signups.filter((s: any) => s.checkedOutAt),
    );
    expect(served.length).toBe(216);
    expect(acts.some((a: any) => a.title.includes('端午包粽子'))).toBe(true);
    const stats = await get('staff', '/activities/stats');
    expect(stats.partyMembers.personTimes).toBeGreaterThan(0);
    expect(stats.byMonth.reduce((n: number, m: any) => n + m.personTimes, 0)).toBe(stats.personTimes);
    const mine = await get('resident1', '/activities/mine');
    expect(mine.personTimes).toBeGreaterThan(0);
    const lists = (await get('secretary', '/party-commitments')).items;
    expect(lists.length).toBe(6);
    expect(lists.some((c: any) => c.fulfilled)).toBe(true);
  });

  it('keeps two referrals outstanding (挂账), one overdue, and figures department response times', async () => {
    const out = (await get('staff', '/referrals?status=outstanding')).items;
    expect(out).toHaveLength(2);
    expect(out.filter((r: any) => r.overdue)).toHaveLength(1);
    const stats = await get('staff', '/referrals/stats');
    expect(stats).toMatchObject({ outstanding: 2, overdue: 1, answered: 3 });
    expectEvery(
      stats.departments.filter((d: any) => d.answered),
      (d: any) => d.avgResponseDays > 0,
      'answered departments',
    );
  });

  it('records the 10 months to a 246-space car park, its tickets resolved', async () => {
    const list = (await get('staff', '/proposals')).items;
    expect(list).toHaveLength(3);
    const park = list.find((p: any) => p.title.includes('停车场'));
    const p = await get('staff', `/proposals/${park.id}`);
    expect(p).toMatchObject({ status: 'concluded', outcome: expect.stringContaining('246') });
    expect(Math.round(p.months)).toBe(10);
    expectEvery(p.tickets, (t: any) => t.state === 'resolved', 'car park tickets');
    expectEvery(await verifyChains(tdb.database.db), (r) => r.ok, 'audit chains');
  });
});
