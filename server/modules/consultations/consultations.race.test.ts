import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';
import { createSession } from '../../core/auth/sessions';
import { newId, nowIso } from '../../core/ids';
import { listVerifiers } from '../../core/verify';
import { expectEvery } from '../../testing/expect-every';

const N = 2000;
let t: TestApp;
let A: string;
const cookies: string[] = [];
const households: string[] = [];

/** 2,000 households with a signed-in representative each, written directly: signing in 2,000 times would only test argon2. */
beforeAll(async () => {
  t = await createTestApp();
  A = t.fx.A.id;
  const now = nowIso();
  const users: any[] = [];
  const residents: any[] = [];
  const rows: any[] = [];
  const buildings: any[] = [];
  for (let b = 0; b < N / 100; b++) {
    const bid = newId();
    buildings.push({
      id: bid,
      community_id: A,
      estate_id: t.fx.A.estates[1],
      grid_id: t.fx.A.grids[1],
      name: `${10 + b}号楼`,
      floors: 6,
      note: null,
      created_at: now,
      updated_at: now,
    });
    for (let r = 0; r < 100; r++) {
      const hid = newId();
      const uid = newId();
      const rid = newId();
      households.push(hid);
      users.push({
        id: uid,
        login: `race${b}_${r}`,
        phone: null,
        display_name: `户代表${b}-${r}`,
        password_hash: 'x',
        platform_admin: false,
        disabled: false,
        locale: null,
        created_at: now,
        updated_at: now,
      });
      rows.push({
        id: hid,
        community_id: A,
        estate_id: t.fx.A.estates[1],
        building_id: bid,
        room: String(100 + r),
        code: `R-${b}-${r}`,
        representative_id: rid,
        join_code_hash: null,
        join_code_issued_at: null,
        note: null,
        created_at: now,
        updated_at: now,
      });
      residents.push({
        id: rid,
        community_id: A,
        household_id: hid,
        name: `户代表${b}-${r}`,
        gender: null,
        birth_date: null,
        phone: null,
        id_number_enc: null,
        id_number_mask: null,
        id_number_hmac: null,
        user_id: uid,
        note: null,
        created_at: now,
        updated_at: now,
      });
    }
  }
  const chunks = async (table: any, list: any[]) => {
    for (let i = 0; i < list.length; i += 200)
      await t.db
        .insertInto(table)
        .values(list.slice(i, i + 200))
        .execute();
  };
  await chunks('buildings', buildings);
  await chunks('users', users);
  await chunks('households', rows);
  await chunks('residents', residents);
  for (const u of users) cookies.push(`gz_sid=${await createSession(t.db, u.id, {}, t.clock.now())}`);
});
afterAll(async () => {
  await t?.close();
});

describe(`2,000 households voting at once (${TEST_DIALECT})`, () => {
  it('keeps exactly one ballot per household and a verifying chain, with retries and paper ballots racing the online ones', async () => {
    const now = t.clock.now();
    const c = (
      await t.req({
        method: 'POST',
        url: `/api/communities/${A}/consultations`,
        as: 'staff',
        payload: {
          title: '压力测试征询',
          questions: [
            {
              key: 'q',
              text: '是否同意',
              options: [
                { key: 'agree', label: '同意' },
                { key: 'disagree', label: '不同意' },
              ],
            },
          ],
          scope: { kind: 'estates', ids: [t.fx.A.estates[1]] },
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 20 * 60_000).toISOString(),
          participation: { op: '>=', num: 2, den: 3 },
          approval: { op: '>', num: 1, den: 2 },
        },
      })
    ).json();
    const opened = await t.req({
      method: 'POST',
      url: `/api/communities/${A}/consultations/${c.id}/open`,
      as: 'staff',
    });
    expect(opened.json().eligibleCount).toBe(N + 3);
    const staffCookie = await t.login('staff');

    // The same key sent twice at once: the second waits for the first and replays its answer (core/idempotency.ts).
    const send = (o: { url: string; payload: unknown; cookie: string; key: string }) =>
      t.app.inject({
        method: 'POST',
        url: o.url,
        payload: o.payload as any,
        headers: { cookie: o.cookie, 'idempotency-key': o.key },
      });
    const ballotUrl = `/api/communities/${A}/consultations/${c.id}/ballots`;
    const paperUrl = `/api/communities/${A}/consultations/${c.id}/paper-ballots`;
    const t0 = performance.now();
    const results = await Promise.all(
      households.flatMap((h, i) => {
        const answers = { q: i % 3 ? 'agree' : 'disagree' };
        const online = { url: ballotUrl, payload: { answers }, cookie: cookies[i], key: `online-${i}-key` };
        // Every household sends twice with the same key (a phone retrying); every tenth also gets a paper ballot at the same
        // instant, half of them sent just before the online ones and half just after.
        const sends = [send(online), send(online)];
        const paperBallot = () =>
          send({
            url: paperUrl,
            payload: { householdId: h, channel: 'paper', formNumber: `P-${i}`, answers },
            cookie: staffCookie,
            key: `paper-${i}-key`,
          });
        if (i % 20 === 0) sends.unshift(paperBallot());
        else if (i % 10 === 0) sends.push(paperBallot());
        return sends;
      }),
    );
    const ms = performance.now() - t0;
    console.info(
      `[race ${TEST_DIALECT}] ${results.length} requests for ${N} households settled in ${Math.round(ms)} ms`,
    );

    expectEvery(results, (r) => [201, 409].includes(r.statusCode), 'answers');
    const refused = results.filter((x) => x.statusCode === 409);
    expect(refused.length).toBeGreaterThan(0);
    expectEvery(refused, (r) => r.json().error.code === 'already_voted', 'refused answers');
    const ballots = await t.db
      .selectFrom('consultation_ballots')
      .select(['household_id', 'channel'])
      .where('consultation_id', '=', c.id)
      .execute();
    expect(ballots).toHaveLength(N);
    expect(new Set(ballots.map((b) => b.household_id)).size).toBe(N);
    const entries = await t.db
      .selectFrom('consultation_entries')
      .select('seq')
      .where('consultation_id', '=', c.id)
      .orderBy('seq')
      .execute();
    // Entry #1 is the opening entry; the N ballots follow without a gap.
    expect(entries.map((e) => Number(e.seq))).toEqual(Array.from({ length: N + 1 }, (_, i) => i + 1));

    const v0 = performance.now();
    const lines = await listVerifiers()
      .find((v) => v.name === 'consultations')!
      .fn(t.db);
    console.info(
      `[race ${TEST_DIALECT}] verifying the chain of ${N} entries took ${Math.round(performance.now() - v0)} ms; channels: ${JSON.stringify(ballots.reduce((a: any, b) => ({ ...a, [b.channel]: (a[b.channel] ?? 0) + 1 }), {}))}`,
    );
    expect(lines.filter((l) => l.text.includes(c.id))).toEqual([expect.objectContaining({ ok: true })]);
  }, 600_000);
});
