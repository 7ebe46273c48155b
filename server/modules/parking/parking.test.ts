import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';
import { fingerprint, tablesOf } from '../../testing/fingerprint';
import { expectEvery } from '../../testing/expect-every';
import { isValidPlate, maskPlate, normalizePlate } from './parking.plates';
import { rulesOut } from './parking.presenter';

const t = useTestApp();
let A: string;
let B: string;
const api = (p: string, c = A) => `/api/communities/${c}${p}`;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (offsetDays: number) => iso(t.clock.now() + 8 * 3_600_000 + offsetDays * 86_400_000).slice(0, 10);

async function post(url: string, payload: unknown, as = 'staff') {
  return t.req({ method: 'POST', url, as, payload: payload as Record<string, unknown> });
}
async function ok(url: string, payload: unknown, as = 'staff') {
  const res = await post(url, payload, as);
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}
const get = (url: string, as = 'staff') => t.req({ method: 'GET', url, as });

/** A topic whose decision rests on a closed consultation of the topic (the 洞北小区 case, in small). */
async function decidedTopic() {
  const topic = await ok(api('/topics'), { title: '外来车辆占用车位', source: 'ticket', ticketIds: [] });
  const now = t.clock.now();
  const c = await ok(api('/consultations'), {
    title: '临时停车收费调整征询',
    description: '',
    topicId: topic.id,
    questions: [
      {
        key: 'free_time',
        text: '外来车辆免费临时停车时长',
        options: [
          { key: 'h2', label: '维持免费临停2小时' },
          { key: 'm30', label: '调整为免费临停半小时' },
        ],
      },
    ],
    scope: { kind: 'all' },
    opensAt: iso(now - 60_000),
    closesAt: iso(now + 86_400_000),
    participation: { op: '>=', num: 1, den: 10 },
    approval: { op: '>', num: 1, den: 2 },
  });
  await ok(api(`/consultations/${c.id}/open`), {});
  await ok(api(`/consultations/${c.id}/ballots`), { answers: { free_time: 'm30' } }, 'resident1');
  await ok(api(`/consultations/${c.id}/ballots`), { answers: { free_time: 'm30' } }, 'resident2');
  await ok(api(`/consultations/${c.id}/close`), {});
  // The topic's stages are the topics module's tests; here only its signed decision matters.
  await t.db
    .updateTable('topics')
    .set({ decision_text: '免费临停由2小时调整为半小时', consultation_id: c.id, decision_at: iso(now) })
    .where('id', '=', topic.id)
    .execute();
  return { topicId: topic.id as string, consultationId: c.id as string };
}

const rule = (
  linked: { topicId: string | null; consultationId: string | null },
  over: Record<string, unknown> = {},
) => ({
  effectiveOn: day(1),
  freeMinutes: 30,
  feeFenPerHour: 300,
  dailyCapFen: 2000,
  ownerPrioritySpaces: 54,
  ...linked,
  ...over,
});

let park: { id: string };
let linked: { topicId: string; consultationId: string };
beforeAll(async () => {
  A = t.fx.A.id;
  B = t.fx.B.id;
  park = await ok(api('/parking/car-parks'), {
    name: '洞北小区地面停车场',
    estateId: t.fx.A.estates[1],
    totalSpaces: 54,
    openedOn: '2012-06-01',
  });
  linked = await decidedTopic();
  // Sign everyone in first: a sign-in writes a session row, which would show in the "nothing written" fingerprints.
  for (const as of ['property', 'committee1', 'secretary', 'staffB', 'residentB', 'resident1'])
    await t.req({ method: 'GET', url: '/api/auth/me', as });
});

describe('plates', () => {
  it('accepts ordinary and new-energy plates, refuses the rest, and masks them', () => {
    const good = ['沪A12345', '沪AD12345', '沪A12345D', '沪MF23456', '苏E9X8Y7', '沪A1234学'];
    const bad = ['沪A1234', '沪I12345', '沪AD12', 'AA12345', '沪A123456', '沪AD1234X', 'X沪12345', ''];
    expect(good.length).toBeGreaterThan(0);
    for (const p of good) expect(isValidPlate(p), p).toBe(true);
    for (const p of bad) expect(isValidPlate(p), p).toBe(false);
    expect(normalizePlate(' 沪a·12345 ')).toBe('沪A12345');
    expect(maskPlate('沪A12345')).toBe('沪A·1**45');
    expect(maskPlate('沪AD12345')).toBe('沪A·D***45');
  });
});

describe(`parking (${TEST_DIALECT})`, () => {
  it('adds spaces up to the total and refuses beyond it or twice, with nothing written', async () => {
    const numbers = Array.from({ length: 50 }, (_, i) => `DB-${i + 1}`);
    const added = await ok(api(`/parking/car-parks/${park.id}/spaces`), { numbers, ownerPriority: true });
    expect(added).toMatchObject({ spaces: 50, ownerPrioritySpaces: 50, totalSpaces: 54 });
    const before = await fingerprint(t.db, await tablesOf(t.db));
    const over = await post(api(`/parking/car-parks/${park.id}/spaces`), {
      numbers: ['X1', 'X2', 'X3', 'X4', 'X5'],
    });
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({ code: 'spaces_over_total', details: { total: 54, have: 50, adding: 5 } });
    expect(over.json().error.message_zh).toContain('不能再添加');
    const twice = await post(api(`/parking/car-parks/${park.id}/spaces`), { numbers: ['DB-1', 'X9'] });
    expect(twice.json().error.code).toBe('space_exists');
    for (const bad of [0, -1, 5001, 1.5]) {
      const r = await post(api('/parking/car-parks'), {
        name: `停车场${bad}`,
        totalSpaces: bad,
        openedOn: '2025-01-01',
      });
      expect(r.statusCode, String(bad)).toBe(400);
    }
    expect(
      (await post(api('/parking/car-parks'), { name: '洞北小区地面停车场', totalSpaces: 5, openedOn: '2025-01-01' }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await post(api('/parking/car-parks'), {
          name: '别处',
          estateId: t.fx.B.estates[0],
          totalSpaces: 5,
          openedOn: '2025-01-01',
        })
      ).json().error.code,
    ).toBe('estate_not_found');
    expect(await fingerprint(t.db, await tablesOf(t.db))).toEqual(before);
  });

  it('refuses a rule without a decision or consultation, and absurd figures, writing nothing', async () => {
    const before = await fingerprint(t.db, await tablesOf(t.db));
    const url = api(`/parking/car-parks/${park.id}/rules`);
    const none = await post(url, rule({ topicId: null, consultationId: null }));
    expect(none.statusCode).toBe(422);
    expect(none.json().error).toMatchObject({ code: 'decision_required' });
    expect(none.json().error.message_zh).toContain('四方议事');
    expect(none.json().error.message_en).toContain('decision');
    const undecided = await ok(api('/topics'), { title: '尚未决议', source: 'ticket', ticketIds: [] });
    const before2 = await fingerprint(t.db, await tablesOf(t.db));
    expect((await post(url, rule({ ...linked, topicId: undecided.id }))).json().error.code).toBe('decision_required');
    expect((await post(url, rule({ ...linked, consultationId: null }))).json().error.code).toBe(
      'consultation_required',
    );
    expect((await post(url, rule({ ...linked, consultationId: undecided.id }))).json().error.code).toBe(
      'consultation_required',
    );
    expect((await post(url, rule(linked, { ownerPrioritySpaces: 55 }))).json().error.code).toBe(
      'owner_priority_over_total',
    );
    expect((await post(url, rule(linked, { dailyCapFen: 100 }))).json().error.code).toBe('daily_cap_below_fee');
    expect((await post(url, rule(linked, { effectiveOn: day(-1) }))).json().error.code).toBe('rule_backdated');
    const absurd = [
      { freeMinutes: -1 },
      { freeMinutes: 100_000 },
      { feeFenPerHour: -300 },
      { feeFenPerHour: 1_000_000 },
      { dailyCapFen: 10_000_000 },
      { freeMinutes: 1.5 },
      { effectiveOn: '2025-13-01' },
    ];
    expect(absurd.length).toBeGreaterThan(0);
    for (const over of absurd) expect((await post(url, rule(linked, over))).statusCode, JSON.stringify(over)).toBe(400);
    // Another community's topic is not found here: also decision_required.
    expect((await post(api(`/parking/car-parks/${park.id}/rules`, B), rule(linked), 'staffB')).statusCode).toBe(404);
    expect(await fingerprint(t.db, await tablesOf(t.db))).toEqual(before2);
    expect(before).toBeDefined();
  });

  it('adds rule versions that take effect on their date, answers the rule in force on a date, and shows them on the topic', async () => {
    const url = api(`/parking/car-parks/${park.id}/rules`);
    const first = await ok(url, rule(linked, { effectiveOn: day(0) }));
    expect(first).toMatchObject({ state: 'in_force', freeMinutes: 30, consultationTitle: '临时停车收费调整征询' });
    const second = await ok(url, rule(linked, { effectiveOn: day(10), freeMinutes: 15 }));
    expect(second).toMatchObject({ state: 'scheduled', freeMinutes: 15, topicTitle: '外来车辆占用车位' });
    expect((await post(url, rule(linked, { effectiveOn: day(10) }))).json().error.code).toBe('rule_date_taken');
    const on = (d: string) => get(api(`/parking/car-parks/${park.id}/rule?on=${d}`)).then((r) => r.json());
    expect((await on(day(-1))).rule).toBeNull();
    expect((await on(day(3))).rule).toMatchObject({ id: first.id, freeMinutes: 30 });
    expect((await on(day(10))).rule).toMatchObject({ id: second.id, freeMinutes: 15 });
    const detail = (await get(api(`/parking/car-parks/${park.id}`))).json();
    expect(detail.rules.map((r: { state: string }) => r.state)).toEqual(['in_force', 'scheduled']);
    expect(detail.ruleInForce).toMatchObject({ id: first.id, freeMinutes: 30 });
    // Once the later date comes, the earlier version is past (no route changes a version).
    const titles = { topics: new Map(), consultations: new Map() };
    const rows = await t.db.selectFrom('parking_rules').selectAll().where('car_park_id', '=', park.id).execute();
    expect(rulesOut(rows, day(10), titles).map((r) => r.state)).toEqual(['past', 'in_force']);
    expect(rulesOut(rows, day(-1), titles).map((r) => r.state)).toEqual(['scheduled', 'scheduled']);
    const ofTopic = (await get(api(`/parking/rules?topicId=${linked.topicId}`))).json();
    expect(ofTopic.items).toHaveLength(2);
    expectEvery(ofTopic.items, (r: { carParkName: string }) => r.carParkName === '洞北小区地面停车场');
    const audit = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'parking.rule.add')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('checks plates, refuses a plate twice in a community, and masks plates by role; reveals are audited', async () => {
    const household = t.fx.A.households[0]; // resident1's
    const before = await fingerprint(t.db, await tablesOf(t.db));
    const wrong = await post(api('/parking/vehicles'), { householdId: household, plate: '沪A1234' }, 'property');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error).toMatchObject({ code: 'plate_invalid' });
    expect(wrong.json().error.message_zh).toContain('沪AD12345');
    expect(wrong.json().error.message_en).toContain('new-energy');
    expect(
      (
        await post(api('/parking/vehicles'), { householdId: t.fx.B.households[0], plate: '沪A54321' }, 'property')
      ).json().error.code,
    ).toBe('household_not_found');
    expect(await fingerprint(t.db, await tablesOf(t.db))).toEqual(before);

    const v = await ok(api('/parking/vehicles'), { householdId: household, plate: '沪ad12345' }, 'property');
    expect(v).toMatchObject({ plate: '沪A·D***45', masked: true, newEnergy: true });
    await ok(api('/parking/vehicles'), { householdId: t.fx.A.households[4], plate: '沪A12345' }, 'property');
    const dup = await post(api('/parking/vehicles'), { householdId: t.fx.A.households[4], plate: '沪A D12345' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('plate_taken');
    // Two registrations of one plate at the same instant: one wins, the other is the same 409.
    const race = await Promise.all(
      [t.fx.A.households[1], t.fx.A.households[2]].map((h) =>
        post(api('/parking/vehicles'), { householdId: h, plate: '苏E9X8Y7' }, 'property'),
      ),
    );
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    // The same plate in another community is another registration.
    await ok(api('/parking/vehicles', B), { householdId: t.fx.B.households[0], plate: '沪AD12345' }, 'staffB');

    for (const as of ['property', 'committee1', 'secretary', 'staff']) {
      const list = (await get(api('/parking/vehicles'), as)).json().items;
      expect(list, as).toHaveLength(3);
      expectEvery(list, (x: { plate: string; masked: boolean }) => x.masked && /^..·.\*+..$/.test(x.plate), as);
    }
    // A reason shows full plates only to those who may reveal; the list reveal is one audit event.
    const reason = encodeURIComponent('核对道闸登记');
    const masked = (await get(api(`/parking/vehicles?reason=${reason}`), 'property')).json().items;
    expect(masked.map((x: { plate: string }) => x.plate).sort()).toEqual(['沪A·1**45', '沪A·D***45', '苏E·9**Y7']);
    const full = (await get(api(`/parking/vehicles?reason=${reason}`), 'staff')).json().items;
    expect(full.map((x: { plate: string }) => x.plate).sort()).toEqual(['沪A12345', '沪AD12345', '苏E9X8Y7']);

    expect((await post(api(`/parking/vehicles/${v.id}/reveal`), { reason: '核对' }, 'property')).statusCode).toBe(403);
    expect((await post(api(`/parking/vehicles/${v.id}/reveal`, B), { reason: '核对' }, 'staffB')).statusCode).toBe(404);
    const revealed = await ok(api(`/parking/vehicles/${v.id}/reveal`), { reason: '业主来电核对车位' });
    expect(revealed).toEqual({ value: '沪AD12345' });
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('action', 'in', ['parking.vehicle.reveal', 'parking.vehicles.reveal'])
      .execute();
    expect(events.map((e) => e.action).sort()).toEqual(['parking.vehicle.reveal', 'parking.vehicles.reveal']);
    expect(JSON.stringify(events)).toContain('业主来电核对车位');
    // The registration's audit event keeps the masked plate only.
    const reg = await t.db
      .selectFrom('audit_events')
      .select('after')
      .where('action', '=', 'parking.vehicle.register')
      .execute();
    expect(reg.length).toBeGreaterThan(0);
    expect(JSON.stringify(reg)).not.toContain('12345');
  });

  it('hides one community’s car parks and vehicles from another', async () => {
    expect((await get(api(`/parking/car-parks/${park.id}`, B), 'staffB')).statusCode).toBe(404);
    expect((await get(api(`/parking/car-parks/${park.id}`, A), 'staffB')).statusCode).toBe(404);
    expect((await get(api('/parking/car-parks', B), 'staffB')).json().items).toHaveLength(0);
    expect((await get(api('/parking/vehicles', B), 'staffB')).json().items).toHaveLength(1);
    expect((await get(api('/parking/mine'), 'residentB')).statusCode).toBe(404);
  });

  it("answers the resident's 'why 30 minutes?' with the consultation's published result", async () => {
    const mine = (await get(api('/parking/mine'), 'resident1')).json();
    expect(mine.vehicles).toHaveLength(1);
    expect(mine.vehicles[0]).toMatchObject({ plate: '沪AD12345', masked: false });
    const p = mine.carParks.find((x: { id: string }) => x.id === park.id);
    expect(p.rule).toMatchObject({ freeMinutes: 30, state: 'in_force' });
    expect(p.why).toMatchObject({
      consultationId: linked.consultationId,
      participants: 2,
      decision: '免费临停由2小时调整为半小时',
    });
    expect(p.why.questions[0].counts).toEqual([
      { key: 'h2', label: '维持免费临停2小时', count: 0 },
      { key: 'm30', label: '调整为免费临停半小时', count: 2 },
    ]);
    expect(p.why.questions[0].leading).toBe('m30');
    // Staff have no household page.
    expect((await get(api('/parking/mine'), 'staff')).statusCode).toBe(403);
  });
});
