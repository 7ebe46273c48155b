import type { z } from 'zod';
import { isoAt, nowIso, type RequestContext } from '../../core/context';
import type { Conn, Db } from '../../core/db/kysely';
import { record } from '../../core/audit/audit';
import { errors } from '../../core/errors';
import { newId } from '../../core/ids';
import { can } from '../../core/policy/policy';
import type {
  AddSpacesBody,
  CreateCarParkBody,
  MyParking,
  RuleBody,
  VehicleBody,
  Why,
} from '../../../contract/parking';
import { buildingPlaces, estateOf, householdOf, householdsOf, placeNames, residenciesOf } from '../org/org.service';
import { describeTopic, topicDecision } from '../topics/topics.service';
import { closedConsultation, publicConsultation } from '../consultations/consultations.service';
import * as repo from './parking.repo';
import { isValidPlate, normalizePlate } from './parking.plates';
import { rulesOut, vehicleOut, type RuleOut } from './parking.presenter';

const yuan = (fen: number) => (fen / 100).toFixed(2);
/** Dates are Beijing dates: a rule dated 11-01 is in force from midnight in Shanghai. */
const todayOf = (c: { app: { clock: { now(): number } } }) => isoAt(c.app.clock.now() + 8 * 3_600_000).slice(0, 10);

const err = {
  plate: (plate: string) =>
    errors.unprocessable(
      'plate_invalid',
      `车牌号「${plate}」格式不正确：应为省份简称 + 字母 + 5 位（新能源 6 位），如 沪A12345、沪AD12345`,
      `The plate "${plate}" is not a valid Chinese plate: province, letter and 5 characters (6 for new-energy), e.g. 沪A12345 or 沪AD12345`,
    ),
  plateTaken: () =>
    errors.conflict('plate_taken', '该车牌已在本社区登记', 'This plate is already registered in this community'),
  household: () => errors.unprocessable('household_not_found', '户不存在', 'No such household in this community'),
  estate: () => errors.unprocessable('estate_not_found', '小区不存在', 'No such estate in this community'),
  nameTaken: () => errors.conflict('car_park_exists', '已有同名停车场', 'A car park of this name already exists'),
  overTotal: (total: number, have: number, adding: number) =>
    errors.conflict(
      'spaces_over_total',
      `停车场共 ${total} 个车位，已有 ${have} 个，不能再添加 ${adding} 个`,
      `The car park has ${total} spaces in all and ${have} recorded; ${adding} more would exceed it`,
      { total, have, adding },
    ),
  spaceTaken: (numbers: string[]) =>
    errors.conflict(
      'space_exists',
      `车位号已存在：${numbers.join('、')}`,
      `Space numbers already exist: ${numbers.join(', ')}`,
      {
        numbers,
      },
    ),
  decision: () =>
    errors.unprocessable(
      'decision_required',
      '停车规则必须关联已形成决议的四方议事议题',
      'A parking rule must link to a 四方议事 topic with a signed decision',
    ),
  consultation: () =>
    errors.unprocessable(
      'consultation_required',
      '停车规则必须关联该议题已结束的居民征询',
      "A parking rule must link to the topic's closed consultation that set it",
    ),
  priorityOverTotal: (n: number, total: number) =>
    errors.unprocessable(
      'owner_priority_over_total',
      `业主优先车位 ${n} 个超过停车场总车位 ${total} 个`,
      `${n} owner-priority spaces exceed the car park's ${total} spaces`,
    ),
  capBelowFee: (cap: number, fee: number) =>
    errors.unprocessable(
      'daily_cap_below_fee',
      `每日封顶 ¥${yuan(cap)} 低于每小时收费 ¥${yuan(fee)}`,
      `The daily cap of ¥${yuan(cap)} is below the hourly fee of ¥${yuan(fee)}`,
    ),
  backdated: (today: string) =>
    errors.unprocessable(
      'rule_backdated',
      `生效日期不能早于今天（${today}）：已生效的规则不能改写`,
      `The effective date cannot be before today (${today}): rules already in force cannot be rewritten`,
    ),
  sameDate: () =>
    errors.conflict(
      'rule_date_taken',
      '该停车场在这一天已有一个规则版本',
      'The car park already has a rule version taking effect on that date',
    ),
};

/** Two requests at the same instant: the UNIQUE constraint lets one win, the other gets the same refusal as a late one. */
async function orRefuse<T>(work: Promise<T>, refusal: () => Error): Promise<T> {
  try {
    return await work;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505') throw refusal();
    throw e;
  }
}

async function load(conn: Conn, communityId: string, id: string) {
  const row = await repo.findCarPark(conn, communityId, id);
  if (!row) throw errors.notFound('car park');
  return row;
}

async function titlesFor(conn: Conn, communityId: string, rows: Array<{ topic_id: string; consultation_id: string }>) {
  const topics = new Map<string, string>();
  const consultations = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.topic_id)))
    topics.set(id, (await describeTopic(conn, communityId, id))?.title ?? '');
  for (const id of new Set(rows.map((r) => r.consultation_id)))
    consultations.set(id, (await closedConsultation(conn, communityId, id))?.title ?? '');
  return { topics, consultations };
}

async function rulesFor(conn: Conn, communityId: string, today: string, q: { carParkId?: string; topicId?: string }) {
  const rows = await repo.rulesOf(conn, communityId, q);
  return rulesOut(rows, today, await titlesFor(conn, communityId, rows));
}

async function summaries(c: RequestContext) {
  const today = todayOf(c);
  const [rows, counts, rules] = await Promise.all([
    repo.listCarParks(c.db, c.communityId),
    repo.spaceCounts(c.db, c.communityId),
    rulesFor(c.db, c.communityId, today, {}),
  ]);
  const names = await placeNames(c.db, c.communityId, { estates: rows.map((r) => r.estate_id) });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    estateId: r.estate_id,
    estateName: r.estate_id ? (names.estates.get(r.estate_id) ?? null) : null,
    totalSpaces: r.total_spaces,
    openedOn: r.opened_on,
    note: r.note,
    spaces: counts.get(r.id)?.n ?? 0,
    ownerPrioritySpaces: counts.get(r.id)?.priority ?? 0,
    ruleInForce: rules.find((x) => x.carParkId === r.id && x.state === 'in_force') ?? null,
    createdAt: r.created_at,
  }));
}

export async function listCarParks(c: RequestContext) {
  return { items: (await summaries(c)).map(({ createdAt: _c, ...s }) => s) };
}

export async function getCarPark(c: RequestContext, id: string) {
  await load(c.db, c.communityId, id);
  const s = (await summaries(c)).find((x) => x.id === id)!;
  const [spaces, rules] = await Promise.all([
    repo.spacesOf(c.db, id),
    rulesFor(c.db, c.communityId, todayOf(c), { carParkId: id }),
  ]);
  return {
    ...s,
    spaceList: spaces.map((x) => ({ id: x.id, number: x.number, ownerPriority: x.owner_priority })),
    rules,
  };
}

export async function createCarPark(c: RequestContext, b: z.infer<typeof CreateCarParkBody>) {
  const id = newId();
  const now = nowIso(c.app.clock);
  const work = c.db.transaction().execute(async (trx) => {
    if (b.estateId && !(await estateOf(trx, c.communityId, b.estateId))) throw err.estate();
    if (await repo.carParkByName(trx, c.communityId, b.name)) throw err.nameTaken();
    await trx
      .insertInto('car_parks')
      .values({
        id,
        community_id: c.communityId,
        estate_id: b.estateId,
        name: b.name,
        total_spaces: b.totalSpaces,
        opened_on: b.openedOn,
        note: b.note,
        created_by: c.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'car_park',
      entityId: id,
      action: 'parking.car_park.create',
      after: { name: b.name, estateId: b.estateId, totalSpaces: b.totalSpaces, openedOn: b.openedOn },
    });
  });
  await orRefuse(work, err.nameTaken);
  return getCarPark(c, id);
}

/** Spaces: never more than the car park's total, no number twice; all or nothing. */
export async function addSpaces(c: RequestContext, id: string, b: z.infer<typeof AddSpacesBody>) {
  const numbers = [...new Set(b.numbers)];
  const work = c.db.transaction().execute(async (trx) => {
    // Touch the car park row first: concurrent additions to one car park queue here (PostgreSQL row lock).
    const park = await trx
      .updateTable('car_parks')
      .set({ updated_at: nowIso(c.app.clock) })
      .where('community_id', '=', c.communityId)
      .where('id', '=', id)
      .returning(['id', 'total_spaces'])
      .executeTakeFirst();
    if (!park) throw errors.notFound('car park');
    const have = (await repo.spaceCounts(trx, c.communityId)).get(id)?.n ?? 0;
    if (have + numbers.length > park.total_spaces) throw err.overTotal(park.total_spaces, have, numbers.length);
    const taken = [];
    for (let i = 0; i < numbers.length; i += 500)
      taken.push(...(await repo.existingNumbers(trx, id, numbers.slice(i, i + 500))));
    if (taken.length) throw err.spaceTaken(taken.map((t) => t.number).slice(0, 20));
    const now = nowIso(c.app.clock);
    for (let i = 0; i < numbers.length; i += 200)
      await trx
        .insertInto('parking_spaces')
        .values(
          numbers.slice(i, i + 200).map((number) => ({
            id: newId(),
            community_id: c.communityId,
            car_park_id: id,
            number,
            owner_priority: b.ownerPriority,
            created_at: now,
          })),
        )
        .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'car_park',
      entityId: id,
      action: 'parking.spaces.add',
      after: { count: numbers.length, ownerPriority: b.ownerPriority, first: numbers[0], last: numbers.at(-1) },
    });
  });
  await orRefuse(work, () => err.spaceTaken(numbers.slice(0, 20)));
  return getCarPark(c, id);
}

/**
 * A rule version: it rests on a 四方议事 topic's signed decision and on that topic's closed consultation (both asked
 * of their modules), takes effect on a date not before today, and is never changed afterwards — a new rule is a
 * new version.
 */
export async function addRule(c: RequestContext, carParkId: string, b: z.infer<typeof RuleBody>) {
  const id = newId();
  const today = todayOf(c);
  const work = c.db.transaction().execute(async (trx) => {
    const park = await load(trx, c.communityId, carParkId);
    const decision = b.topicId ? await topicDecision(trx, c.communityId, b.topicId) : null;
    if (!decision) throw err.decision();
    const consultation = b.consultationId ? await closedConsultation(trx, c.communityId, b.consultationId) : null;
    if (!consultation || (consultation.topic_id !== decision.id && decision.consultationId !== consultation.id))
      throw err.consultation();
    if (b.ownerPrioritySpaces > park.total_spaces)
      throw err.priorityOverTotal(b.ownerPrioritySpaces, park.total_spaces);
    if (b.feeFenPerHour > 0 && b.dailyCapFen > 0 && b.dailyCapFen < b.feeFenPerHour)
      throw err.capBelowFee(b.dailyCapFen, b.feeFenPerHour);
    if (b.effectiveOn < today) throw err.backdated(today);
    if ((await repo.rulesOf(trx, c.communityId, { carParkId })).some((r) => r.effective_on === b.effectiveOn))
      throw err.sameDate();
    await trx
      .insertInto('parking_rules')
      .values({
        id,
        community_id: c.communityId,
        car_park_id: carParkId,
        effective_on: b.effectiveOn,
        free_minutes: b.freeMinutes,
        fee_fen_per_hour: b.feeFenPerHour,
        daily_cap_fen: b.dailyCapFen,
        owner_priority_spaces: b.ownerPrioritySpaces,
        topic_id: decision.id,
        consultation_id: consultation.id,
        note: b.note,
        created_by: c.actor.userId,
        created_at: nowIso(c.app.clock),
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'car_park',
      entityId: carParkId,
      action: 'parking.rule.add',
      after: {
        ruleId: id,
        effectiveOn: b.effectiveOn,
        freeMinutes: b.freeMinutes,
        feeFenPerHour: b.feeFenPerHour,
        dailyCapFen: b.dailyCapFen,
        ownerPrioritySpaces: b.ownerPrioritySpaces,
        topicId: decision.id,
        consultationId: consultation.id,
      },
    });
  });
  await orRefuse(work, err.sameDate);
  return (await rulesFor(c.db, c.communityId, today, { carParkId })).find((r) => r.id === id)!;
}

/** The version in force on a date (today when none is given); null before the first one. */
export async function ruleOn(c: RequestContext, carParkId: string, on?: string) {
  await load(c.db, c.communityId, carParkId);
  const day = on ?? todayOf(c);
  const rules = await rulesFor(c.db, c.communityId, todayOf(c), { carParkId });
  const rule = rules.filter((r) => r.effectiveOn <= day).at(-1) ?? null;
  return { on: day, rule };
}

/** Rule versions that carry out a topic's decision: the topic page shows them (its implementation). */
export async function rulesOfTopic(c: RequestContext, topicId: string) {
  const [rules, parks] = await Promise.all([
    rulesFor(c.db, c.communityId, todayOf(c), { topicId }),
    repo.listCarParks(c.db, c.communityId),
  ]);
  const names = new Map(parks.map((p) => [p.id, p.name]));
  return { items: rules.map((r) => ({ ...r, carParkName: names.get(r.carParkId) ?? '' })) };
}

// ---------- vehicles ----------

async function householdLabels(conn: Conn, communityId: string, ids: string[]) {
  const hs = await householdsOf(conn, communityId, ids);
  const buildings = new Map(
    (await buildingPlaces(conn, communityId, [...new Set(hs.map((h) => h.buildingId))])).map((b) => [b.id, b.name]),
  );
  return new Map(hs.map((h) => [h.id, `${buildings.get(h.buildingId) ?? ''} ${h.room}`.trim()]));
}

const mayReveal = (c: RequestContext) => can(c.actor, 'parking.reveal', c.communityId);

/** Vehicles with masked plates; the reveal right and a reason show them in full, recorded as one audit event. */
export async function listVehicles(c: RequestContext, q: { householdId?: string; reason?: string }) {
  const rows = await repo.listVehicles(c.db, c.communityId, {
    householdIds: q.householdId ? [q.householdId] : undefined,
  });
  const full = mayReveal(c) && !!q.reason;
  if (full && rows.length)
    await c.db.transaction().execute((trx) =>
      record(trx, {
        actorId: c.actor.userId,
        communityId: c.communityId,
        entityType: 'parking_vehicles',
        entityId: q.householdId ?? c.communityId,
        action: 'parking.vehicles.reveal',
        after: { vehicles: rows.length, reason: q.reason },
      }),
    );
  const labels = await householdLabels(
    c.db,
    c.communityId,
    rows.map((r) => r.household_id),
  );
  return { items: rows.map((r) => vehicleOut(r, labels.get(r.household_id) ?? '', full)) };
}

export async function registerVehicle(c: RequestContext, b: z.infer<typeof VehicleBody>) {
  const plate = normalizePlate(b.plate);
  if (!isValidPlate(plate)) throw err.plate(b.plate);
  const id = newId();
  const work = c.db.transaction().execute(async (trx) => {
    if (!(await householdOf(trx, c.communityId, b.householdId))) throw err.household();
    if (await repo.vehicleByPlate(trx, c.communityId, plate)) throw err.plateTaken();
    await trx
      .insertInto('parking_vehicles')
      .values({
        id,
        community_id: c.communityId,
        household_id: b.householdId,
        plate,
        note: b.note,
        created_by: c.actor.userId,
        created_at: nowIso(c.app.clock),
      })
      .execute();
    // The audit trail keeps the masked plate: the full one stays in one place.
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'parking_vehicle',
      entityId: id,
      action: 'parking.vehicle.register',
      after: { householdId: b.householdId, plate: vehicleOut({ plate } as repo.VehicleRow, '', false).plate },
    });
  });
  await orRefuse(work, err.plateTaken);
  const v = (await repo.findVehicle(c.db, c.communityId, id))!;
  const labels = await householdLabels(c.db, c.communityId, [v.household_id]);
  return vehicleOut(v, labels.get(v.household_id) ?? '', false);
}

/** One full plate; every reveal is an audit event with the reason (as a resident's phone). */
export async function revealPlate(c: RequestContext, id: string, reason: string) {
  return c.db.transaction().execute(async (trx) => {
    const v = await repo.findVehicle(trx, c.communityId, id);
    if (!v) throw errors.notFound('vehicle');
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'parking_vehicle',
      entityId: id,
      action: 'parking.vehicle.reveal',
      after: { reason },
    });
    return { value: v.plate };
  });
}

// ---------- the resident's page ----------

/** Why a rule is what it is: the linked consultation's published result (the public page shows the same). */
async function whyOf(db: Db, rule: RuleOut, decision: string | null): Promise<z.infer<typeof Why> | null> {
  const pub = await publicConsultation(db, rule.consultationId).catch(() => null);
  const tally = pub?.result?.tally;
  if (!pub || !tally) return null;
  return {
    consultationId: pub.id,
    title: pub.title,
    closedAt: pub.closedAt,
    eligible: tally.eligible,
    participants: tally.participants,
    passed: tally.passed,
    questions: pub.questions.map((q) => {
      const t = tally.questions.find((x) => x.key === q.key);
      return {
        key: q.key,
        text: q.text,
        counts: q.options.map((o) => ({ key: o.key, label: o.label, count: t?.counts[o.key] ?? 0 })),
        leading: t?.leading ?? null,
        passed: t?.passed ?? false,
      };
    }),
    decision,
  };
}

/** The resident's household's vehicles (its own plates, in full) and the car parks' rules in force, each with why. */
export async function myParking(c: RequestContext): Promise<z.infer<typeof MyParking>> {
  const households = (await residenciesOf(c.db, c.actor.userId))
    .filter((r) => r.communityId === c.communityId && r.householdId)
    .map((r) => r.householdId!);
  const homes = await householdsOf(c.db, c.communityId, households);
  const estates = new Set(homes.map((h) => h.estateId));
  const rows = await repo.listVehicles(c.db, c.communityId, { householdIds: households });
  const labels = await householdLabels(c.db, c.communityId, households);
  // Every car park of the community (a resident parks beside other estates too), the home estate's first.
  const home = (p: { estateId: string | null }) => (p.estateId && estates.has(p.estateId) ? 0 : p.estateId ? 2 : 1);
  const parks = (await summaries(c)).sort((a, b) => home(a) - home(b));
  const carParks = [];
  for (const p of parks) {
    const rule = p.ruleInForce;
    const decision = rule ? await topicDecision(c.db, c.communityId, rule.topicId) : null;
    carParks.push({
      id: p.id,
      name: p.name,
      estateName: p.estateName,
      totalSpaces: p.totalSpaces,
      note: p.note,
      rule,
      why: rule ? await whyOf(c.db, rule, decision?.text ?? null) : null,
    });
  }
  return {
    vehicles: rows.map((r) => vehicleOut(r, labels.get(r.household_id) ?? '', true)),
    carParks,
  };
}

// ---------- for other modules ----------

/** How a ticket or a topic names a car park. */
export async function describeCarPark(conn: Conn, communityId: string, id: string) {
  const r = await repo.findCarPark(conn, communityId, id);
  return r ? { title: r.name } : null;
}
