import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';

const t = useTestApp();
let A: string;
beforeAll(() => {
  A = t.fx.A.id;
});

/** Requests with sessions of this file's own: moving the clock by hours expires the idle sessions, so `advance` signs everyone in again. */
const cookies = new Map<string, Promise<string>>();
async function req(o: InjectOptions & { as: string }) {
  if (!cookies.has(o.as)) cookies.set(o.as, t.login(o.as));
  const { as, ...rest } = o;
  return t.app.inject({ ...rest, headers: { cookie: await cookies.get(as)! } });
}
function advance(ms: number) {
  t.clock.advance(ms);
  cookies.clear();
}

const api = (p: string) => `/api/communities/${A}${p}`;
const iso = (ms: number) => new Date(ms).toISOString();
const H = 3_600_000;

/** An activity starting `inMs` from now, two hours long. */
async function activity(capacity: number, inMs = 0, title = '端午包粽子') {
  const now = t.clock.now();
  const res = await req({
    method: 'POST',
    url: api('/activities'),
    as: 'staff',
    payload: {
      kind: 'festival',
      title,
      description: '砖心砖意亲近你：党员和志愿者带着居民一起包粽子',
      location: '嘉和景苑活动室',
      startsAt: iso(now + inMs),
      endsAt: iso(now + inMs + 2 * H),
      capacity,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}
const codeOf = async (id: string) =>
  (await req({ method: 'GET', url: api(`/activities/${id}/checkin-code`), as: 'staff' })).json();
const signUp = (id: string, as: string) => req({ method: 'POST', url: api(`/activities/${id}/signups`), as });
const check = (id: string, dir: 'in' | 'out', as: string, code: string) =>
  req({ method: 'POST', url: api(`/activities/${id}/check-${dir}`), as, payload: { code } });
const countSignups = async (id: string) =>
  Number(
    (
      await t.db
        .selectFrom('activity_signups')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('activity_id', '=', id)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`activities and volunteers (${TEST_DIALECT})`, () => {
  it('signs up, checks in by the QR code, checks out and counts the hours', async () => {
    const id = await activity(30, 10 * 60_000);
    const qr = await codeOf(id);
    expect(qr.url).toBe(`/h5/activities/${id}/check?code=${qr.code}`);
    const s = await signUp(id, 'resident1');
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json()).toMatchObject({ signedUp: 1, mine: { checkedInAt: null }, signups: [] });
    expect((await signUp(id, 'resident1')).json().error.code).toBe('already_signed_up');
    const staffView = (await req({ method: 'GET', url: api(`/activities/${id}`), as: 'staff' })).json();
    expect(staffView.signups).toHaveLength(1);
    expect(staffView.signups[0].name).toMatch(/\*/);

    const forged = await check(id, 'in', 'resident1', 'x'.repeat(32));
    expect(forged.statusCode).toBe(422);
    expect(forged.json().error.code).toBe('invalid_checkin_code');
    const inn = await check(id, 'in', 'resident1', qr.code);
    expect(inn.statusCode, inn.body).toBe(200);
    expect(inn.json().mine.checkedInAt).toBeTruthy();
    const twice = await check(id, 'in', 'resident1', qr.code);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('already_checked_in');

    advance(90 * 60_000);
    const out = await check(id, 'out', 'resident1', qr.code);
    expect(out.statusCode, out.body).toBe(200);
    // Counted from the start (she came 10 minutes early) to check-out: 80 minutes.
    expect(out.json().mine.minutes).toBe(80);
    expect((await check(id, 'out', 'resident1', qr.code)).json().error.code).toBe('already_checked_out');
    const mine = (await req({ method: 'GET', url: api('/activities/mine'), as: 'resident1' })).json();
    expect(mine).toMatchObject({ personTimes: 1, minutes: 80 });
    // Someone who never checked in cannot check out.
    await signUp(id, 'resident2');
    expect((await check(id, 'out', 'resident2', qr.code)).json().error.code).toBe('not_checked_in');
    advance(3 * H);
  });

  it("refuses check-in outside the activity's time, writing nothing", async () => {
    const id = await activity(10, 5 * H);
    const qr = await codeOf(id);
    await signUp(id, 'resident3');
    const early = await check(id, 'in', 'resident3', qr.code);
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'outside_activity_time',
      message: expect.stringContaining('不在签到时间内'),
    });
    advance(8 * H);
    const late = await check(id, 'in', 'resident3', qr.code);
    expect(late.json().error.code).toBe('outside_activity_time');
    const row = await t.db
      .selectFrom('activity_signups')
      .select(['checked_in_at'])
      .where('activity_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.checked_in_at).toBeNull();
    // An ended activity takes no sign-ups.
    expect((await signUp(id, 'resident1')).json().error.code).toBe('activity_ended');
  });

  it('refuses a sign-up over capacity and an activity that ends before it starts', async () => {
    const id = await activity(1, H);
    expect((await signUp(id, 'resident1')).statusCode).toBe(200);
    const over = await signUp(id, 'resident2');
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({ code: 'activity_full', message: '名额已满' });
    expect(await countSignups(id)).toBe(1);
    const bad = await req({
      method: 'POST',
      url: api('/activities'),
      as: 'staff',
      payload: {
        kind: 'learning',
        title: '学习会',
        location: '活动室',
        startsAt: iso(t.clock.now() + H),
        endsAt: iso(t.clock.now()),
        capacity: 5,
      },
    });
    expect(bad.json().error.code).toBe('invalid_times');
    expect(
      (
        await req({
          method: 'POST',
          url: api('/activities'),
          as: 'staff',
          payload: {
            kind: 'learning',
            title: '学习会',
            location: '活动室',
            startsAt: iso(t.clock.now()),
            endsAt: iso(t.clock.now() + H),
            capacity: 0,
          },
        })
      ).statusCode,
    ).toBe(400);
  });

  it('gives the last seat to exactly one of the people taking it at the same instant', async () => {
    const people = [
      'resident1',
      'resident1b',
      'resident2',
      'resident3',
      'leader1',
      'leader2',
      'committee1',
      'committee2',
      'specialist',
      'property',
    ];
    await Promise.all(people.map((p) => req({ method: 'GET', url: api('/activities'), as: p })));
    for (let round = 0; round < 3; round++) {
      const id = await activity(1, H, `邻里节 ${round}`);
      const pair = await Promise.all([signUp(id, people[round * 2]), signUp(id, people[round * 2 + 1])]);
      expect(pair.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(await countSignups(id)).toBe(1);
    }
    const id = await activity(3, H, '绿化补种日');
    const all = await Promise.all(people.map((p) => signUp(id, p)));
    expect(all.filter((r) => r.statusCode === 200)).toHaveLength(3);
    expect(all.filter((r) => r.statusCode === 409).map((r) => r.json().error.code)).toEqual(
      Array(7).fill('activity_full'),
    );
    expect(await countSignups(id)).toBe(3);
    expect((await req({ method: 'GET', url: api(`/activities/${id}`), as: 'staff' })).json().signedUp).toBe(3);
  });

  it('counts person-times and hours per month, per person and for party members, and fulfils responsibility lists', async () => {
    const id = await activity(10, 0, '小区绿化补种');
    const qr = await codeOf(id);
    expect((await check(id, 'in', 'secretary', qr.code)).statusCode).toBe(200); // signs up on the spot
    const walk = await req({
      method: 'POST',
      url: api(`/activities/${id}/walk-ins`),
      as: 'staff',
      payload: { name: '王阿姨', partyMember: false, minutes: 120 },
    });
    expect(walk.statusCode, walk.body).toBe(200);
    const tooLong = await req({
      method: 'POST',
      url: api(`/activities/${id}/walk-ins`),
      as: 'staff',
      payload: { name: '李叔', partyMember: true, minutes: 500 },
    });
    expect(tooLong.json().error.code).toBe('minutes_exceed_activity');
    advance(2 * H);
    expect((await check(id, 'out', 'secretary', qr.code)).json().mine.minutes).toBe(120);

    const stats = (await req({ method: 'GET', url: api('/activities/stats'), as: 'committee1' })).json();
    const before = stats.personTimes;
    expect(stats.partyMembers).toMatchObject({ people: 1, personTimes: 1, hours: 2 });
    expect(stats.byPerson.find((p: any) => p.name === '王阿姨')).toMatchObject({
      personTimes: 1,
      hours: 2,
      partyMember: false,
    });
    expect(stats.byMonth.reduce((n: number, m: any) => n + m.personTimes, 0)).toBe(before);
    expect((await req({ method: 'GET', url: api('/activities/stats'), as: 'resident1' })).statusCode).toBe(403);

    const year = new Date(t.clock.now() + 8 * H).getUTCFullYear();
    const notParty = await req({
      method: 'POST',
      url: api('/party-commitments'),
      as: 'staff',
      payload: {
        userId: t.fx.users.committee1,
        memberName: '委员',
        year,
        kind: 'visit_households',
        text: '走访',
        target: 10,
      },
    });
    expect(notParty.json().error.code).toBe('not_a_party_member');
    const hours = (
      await req({
        method: 'POST',
        url: api('/party-commitments'),
        as: 'staff',
        payload: {
          userId: t.fx.users.secretary,
          memberName: '支部书记',
          year,
          kind: 'serve_hours',
          text: '全年志愿服务不少于 2 小时',
          target: 2,
        },
      })
    ).json();
    expect(hours).toMatchObject({ done: 2, fulfilled: true, unit: '小时' });
    const visits = (
      await req({
        method: 'POST',
        url: api('/party-commitments'),
        as: 'staff',
        payload: {
          userId: t.fx.users.committee2,
          memberName: '党员',
          year,
          kind: 'visit_households',
          text: '联系走访 1号楼 10 户',
          target: 10,
        },
      })
    ).json();
    expect(visits).toMatchObject({ done: 0, fulfilled: false, unit: '户' });
    const own = await req({
      method: 'POST',
      url: api(`/party-commitments/${visits.id}/entries`),
      as: 'committee2',
      payload: { amount: 4, note: '走访 101-104 室', date: iso(t.clock.now()).slice(0, 10) },
    });
    expect(own.json()).toMatchObject({ done: 4, fulfilled: false });
    // Another party member cannot log someone else's list.
    expect(
      (
        await req({
          method: 'POST',
          url: api(`/party-commitments/${visits.id}/entries`),
          as: 'secretary',
          payload: { amount: 6, note: 'x', date: iso(t.clock.now()).slice(0, 10) },
        })
      ).statusCode,
    ).toBe(200);
    const list = (await req({ method: 'GET', url: api(`/party-commitments?year=${year}`), as: 'committee2' })).json();
    expect(list.items.find((x: any) => x.id === visits.id)).toMatchObject({ done: 10, fulfilled: true });
    expect((await req({ method: 'GET', url: api('/party-commitments'), as: 'resident1' })).statusCode).toBe(403);
  });

  it("keeps outsiders out and residents away from the organiser's tools", async () => {
    const id = await activity(5, H);
    expect((await req({ method: 'GET', url: api(`/activities/${id}`), as: 'staffB' })).statusCode).toBe(404);
    expect((await req({ method: 'GET', url: api(`/activities/${id}/checkin-code`), as: 'resident1' })).statusCode).toBe(
      403,
    );
    expect((await req({ method: 'POST', url: api('/activities'), as: 'resident1', payload: {} })).statusCode).toBe(403);
  });
});
