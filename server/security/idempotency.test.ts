import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness';
import { TEST_DIALECT } from '../testing/database';
import { multipart, pngOf, ticketBody } from '../modules/tickets/tickets.test-helpers';

/**
 * Idempotency-Key semantics on every route that takes one (server/core/idempotency.ts), on both
 * dialects: a replay gives the first answer and writes nothing; another body under the same key is a
 * 422; concurrent sends with one key make one write and all get the same answer; a key is private
 * to the account that used it; a refused request does not use the key up.
 */
let t: TestApp;
let A: string;
let consultationId: string;
let cases = 0;
beforeAll(async () => {
  t = await createTestApp();
  A = t.fx.A.id;
  const now = t.clock.now();
  const c = await t.req({
    method: 'POST',
    url: `/api/communities/${A}/consultations`,
    as: 'staff',
    payload: {
      title: '幂等测试征询',
      questions: [
        {
          key: 'q',
          text: '是否同意',
          options: [
            { key: 'yes', label: '同意' },
            { key: 'no', label: '不同意' },
          ],
        },
      ],
      scope: { kind: 'all' },
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 24 * 3600_000).toISOString(),
      participation: { op: '>=', num: 1, den: 2 },
      approval: { op: '>', num: 1, den: 2 },
    },
  });
  consultationId = c.json().id;
  expect(
    (await t.req({ method: 'POST', url: `/api/communities/${A}/consultations/${consultationId}/open`, as: 'staff' }))
      .statusCode,
  ).toBe(200);
});
afterAll(async () => {
  console.log(`[security ${TEST_DIALECT}] idempotency: ${ROUTES.length} routes, ${cases} scenarios`);
  await t?.close();
});

/** Every route that accepts an Idempotency-Key, with how to make a fresh valid request and count what it wrote. */
interface IdemRoute {
  name: string;
  /** the route as registered */
  url: string;
  /** the n-th fresh request: who sends it, where, and two different valid bodies */
  fresh(n: number): { as: string; url: string; body: unknown; other: unknown };
  /** rows this route writes, to prove one write */
  count(): Promise<number>;
}
const ticketRows = async () =>
  Number(
    (
      await t.db
        .selectFrom('tickets')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const ballotRows = async () =>
  Number(
    (
      await t.db
        .selectFrom('consultation_ballots')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
// Residents who represent a household and may each vote once; the ballot scenarios use them in turn.
const VOTERS = ['resident1', 'resident2', 'resident3'];
const ROUTES: IdemRoute[] = [
  {
    name: 'ticket submit',
    url: '/api/communities/:communityId/tickets',
    fresh: (n) => ({
      as: n % 2 ? 'resident2' : 'resident1',
      url: `/api/communities/${A}/tickets`,
      body: ticketBody(t, { title: `幂等诉求${n}` }),
      other: ticketBody(t, { title: `另一个诉求${n}` }),
    }),
    count: ticketRows,
  },
  {
    name: 'online ballot',
    url: '/api/communities/:communityId/consultations/:id/ballots',
    fresh: (n) => ({
      as: VOTERS[n],
      url: `/api/communities/${A}/consultations/${consultationId}/ballots`,
      body: { answers: { q: 'yes' } },
      other: { answers: { q: 'no' } },
    }),
    count: ballotRows,
  },
  {
    name: 'paper ballot',
    url: '/api/communities/:communityId/consultations/:id/paper-ballots',
    fresh: (n) => {
      const body = {
        householdId: t.fx.A.households[1 + (n % 3)],
        channel: 'paper',
        formNumber: `IDEM-${n}`,
        answers: { q: 'yes' },
      };
      return {
        as: 'staff',
        url: `/api/communities/${A}/consultations/${consultationId}/paper-ballots`,
        body,
        other: { ...body, formNumber: `IDEM-${n}-x` },
      };
    },
    count: ballotRows,
  },
];

// Each route numbers its own fresh requests: a voter or a household is used once per consultation.
const used = new Map<string, number>();
const fresh = (r: IdemRoute) => {
  const n = used.get(r.name) ?? 0;
  used.set(r.name, n + 1);
  return r.fresh(n);
};
let seq = 0;
const send = (as: string, url: string, payload: unknown, key: string) =>
  t.req({ method: 'POST', url, payload: payload as any, as, headers: { 'idempotency-key': key } });

describe(`Idempotency-Key (${TEST_DIALECT})`, () => {
  it('covers every route that calls withIdempotency', () => {
    // A new idempotent route fails this until it is listed above with its scenarios.
    const dir = path.resolve(import.meta.dirname, '../modules');
    const calls = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .reduce((n, f) => n + (fs.readFileSync(path.join(dir, f), 'utf8').match(/withIdempotency\(/g)?.length ?? 0), 0);
    expect(calls).toBe(ROUTES.length);
    const table = new Set(t.app.routeTable.map((r) => `POST ${r.url}`));
    for (const r of ROUTES) expect(table.has(`POST ${r.url}`), r.url).toBe(true);
  });

  for (const r of ROUTES) {
    describe(r.name, () => {
      it('same key and body: the same status and body again, one write', async () => {
        cases++;
        const f = fresh(r);
        seq++;
        const key = `same-${r.name.replace(/\W/g, '')}-${seq}`;
        const before = await r.count();
        const first = await send(f.as, f.url, f.body, key);
        expect(first.statusCode, first.body).toBe(201);
        const again = await send(f.as, f.url, f.body, key);
        expect(again.statusCode).toBe(first.statusCode);
        expect(again.json()).toEqual(first.json());
        expect(again.headers['idempotent-replayed']).toBe('true');
        expect(await r.count()).toBe(before + 1);
      });

      it('same key, other body: 422 idempotency_key_reused, nothing written', async () => {
        cases++;
        const f = fresh(r);
        seq++;
        const key = `other-${r.name.replace(/\W/g, '')}-${seq}`;
        expect((await send(f.as, f.url, f.body, key)).statusCode).toBe(201);
        const before = await r.count();
        const other = await send(f.as, f.url, f.other, key);
        expect(other.statusCode).toBe(422);
        expect(other.json().error).toMatchObject({
          code: 'idempotency_key_reused',
          message_zh: expect.any(String),
          message_en: expect.any(String),
        });
        expect(await r.count()).toBe(before);
      });
    });
  }

  it('concurrent sends with one key: one write, every caller gets the same answer', async () => {
    for (const r of ROUTES) {
      cases++;
      const f = fresh(r);
      seq++;
      const key = `race-${r.name.replace(/\W/g, '')}-${seq}`;
      const before = await r.count();
      const answers = await Promise.all(Array.from({ length: 6 }, () => send(f.as, f.url, f.body, key)));
      expect(
        answers.map((a) => a.statusCode),
        answers[0].body,
      ).toEqual(Array(6).fill(201));
      for (const a of answers) expect(a.json()).toEqual(answers[0].json());
      expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(5);
      expect(await r.count(), r.name).toBe(before + 1);
    }
  });

  it("another account's key is theirs: the same key and body from someone else is a new request, never the first answer", async () => {
    cases++;
    const key = 'shared-key-between-users';
    const url = `/api/communities/${A}/tickets`;
    const body = ticketBody(t, { title: '两户同一个键' });
    const mine = await send('resident1', url, body, key);
    const theirs = await send('resident2', url, body, key);
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
    // And each sees only their own ticket behind the answer they got.
    expect((await t.req({ method: 'GET', url: `${url}/${mine.json().id}`, as: 'resident2' })).statusCode).toBe(404);
  });

  it('a refused request does not use the key up; a malformed key is a 400', async () => {
    cases += 2;
    const url = `/api/communities/${A}/tickets`;
    const key = 'refused-then-fixed';
    const before = await ticketRows();
    const refused = await send('resident1', url, ticketBody(t, { buildingId: t.fx.B.buildings[0] }), key);
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
    const fixed = await send('resident1', url, ticketBody(t, { title: '改正后再交' }), key);
    expect(fixed.statusCode, fixed.body).toBe(201);
    expect(await ticketRows()).toBe(before + 1);
    for (const bad of ['short', 'has space in it', 'x'.repeat(101), '../../etc/passwd', "key' OR 1=1 --"]) {
      const res = await t.req({
        method: 'POST',
        url,
        payload: ticketBody(t),
        as: 'resident1',
        headers: { 'idempotency-key': bad },
      });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.code).toBe('invalid_idempotency_key');
    }
    expect(await ticketRows()).toBe(before + 1);
  });

  it('multipart: the same data with another photo under the same key is a 422', async () => {
    cases++;
    const url = `/api/communities/${A}/tickets`;
    const data = ticketBody(t, { title: '带照片的幂等诉求' });
    const one = multipart(data, [{ body: await pngOf(20, 20), name: 'a.png', type: 'image/png' }]);
    const two = multipart(data, [{ body: await pngOf(21, 20), name: 'a.png', type: 'image/png' }]);
    const key = 'photo-idem-key';
    const first = await t.req({
      method: 'POST',
      url,
      as: 'resident1',
      payload: one.payload,
      headers: { ...one.headers, 'idempotency-key': key },
    });
    expect(first.statusCode, first.body).toBe(201);
    const replay = await t.req({
      method: 'POST',
      url,
      as: 'resident1',
      payload: one.payload,
      headers: { ...one.headers, 'idempotency-key': key },
    });
    expect(replay.json()).toEqual(first.json());
    const other = await t.req({
      method: 'POST',
      url,
      as: 'resident1',
      payload: two.payload,
      headers: { ...two.headers, 'idempotency-key': key },
    });
    expect(other.statusCode).toBe(422);
  });
});
