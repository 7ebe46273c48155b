import type { Insertable } from 'kysely';
import type { Trx } from '../core/db/kysely';
import type { DB } from '../core/db/types';
import { record } from '../core/audit/audit';
import { newId, nowIso } from '../core/ids';
import { maskIdNumber, maskPhone, type Secrets } from '../core/pii';
import '../modules/org/org.tables';
import { birthDateForAge, fakePhone, givenName, idNumber, prng, surname, type Gender, type Rng } from './people';
import type { SeededCommunity } from './registry';

export interface EstatePlan {
  name: string;
  /** Prefix of household codes, e.g. JH → JH-03-0502. */
  code: string;
  address: string;
  /** Share of the community's households. */
  share: number;
  floors: number;
}

/** The three estates of 砖桥居民区 (SPEC, article): two walk-up estates and a mid-rise one. */
export const ZHUANQIAO_ESTATES: EstatePlan[] = [
  { name: '嘉和景苑', code: 'JH', address: '洞泾镇砖桥路（嘉和景苑西门、南门）', share: 0.4, floors: 6 },
  { name: '洞北小区', code: 'DB', address: '洞泾镇洞北路', share: 0.35, floors: 6 },
  { name: '砖桥新苑', code: 'ZX', address: '洞泾镇砖桥路', share: 0.25, floors: 11 },
];

export interface CommunityPlan {
  townId: string;
  name: string;
  address?: string;
  /** About 2,000 for 砖桥 (≈ 5,700 residents); the bench passes other sizes. */
  households: number;
  seed: number;
  estates?: EstatePlan[];
  /** Ages are computed against this day. */
  today?: Date;
  /**
   * Creates the demo accounts for the people the seed picked (inside the same transaction) and
   * returns their user ids; absent for bench communities.
   */
  accounts?: (people: DemoPeople) => Promise<DemoAccountLinks>;
}

export interface DemoPerson {
  name: string;
  phone: string | null;
}
/** Who the demo accounts are: the branch secretary, the property manager, and residents. */
export interface DemoPeople {
  secretary: DemoPerson;
  property: DemoPerson;
  /** Five committee members; the first two are party members. */
  committee: DemoPerson[];
  /** 楼组长 of grid 1's first building. */
  leader: DemoPerson;
  /** Representative of the first household. */
  resident: DemoPerson;
}
export type DemoAccountLinks = { [K in keyof DemoPeople]: DemoPeople[K] extends DemoPerson[] ? string[] : string };

interface Person {
  id: string;
  householdId: string;
  name: string;
  gender: Gender;
  birthDate: string;
  age: number;
  phone: string | null;
  idNumber: string | null;
  tags: Set<string>;
  userId: string | null;
}

const CHUNK = 300;
const GRID_NAMES = ['第一网格', '第二网格', '第三网格', '第四网格', '第五网格', '第六网格'];

/**
 * Writes one community with estates, buildings, grids and their teams, households, residents and
 * the bodies of SPEC §1, inside the caller's transaction: rows in batches, one audit event per row
 * through `record()`, so the community's hash chain is what the app itself would have written.
 */
export async function seedCommunity(trx: Trx, secrets: Secrets, plan: CommunityPlan): Promise<SeededCommunity> {
  const rng = prng(plan.seed);
  const today = plan.today ?? new Date();
  const now = nowIso();
  const stamps = { created_at: now, updated_at: now };
  const communityId = newId();
  const insert = (
    table: AuditedTable,
    rows: Array<Record<string, unknown>>,
    extra?: (r: Record<string, unknown>) => Record<string, unknown>,
  ) =>
    insertAudited(
      trx,
      communityId,
      table,
      rows.map((r) => ({ community_id: communityId, ...r, ...stamps })),
      extra,
    );

  await trx
    .insertInto('communities')
    .values({ id: communityId, town_id: plan.townId, name: plan.name, address: plan.address ?? null, ...stamps })
    .execute();
  await record(trx, {
    actorId: null,
    communityId,
    entityType: 'community',
    entityId: communityId,
    action: 'communities.create',
    after: { name: plan.name, townId: plan.townId },
  });

  // Estates, one grid per estate (the article's three micro-grids), buildings.
  const estatePlans = plan.estates ?? ZHUANQIAO_ESTATES;
  const estates = estatePlans.map((e) => ({ id: newId(), ...e }));
  const grids = estates.map((e, i) => ({
    id: newId(),
    name: GRID_NAMES[i] ?? `网格${i + 1}`,
    note: `${e.name}全部楼栋`,
    buildingIds: [] as string[],
  }));
  await insert(
    'estates',
    estates.map((e) => ({ id: e.id, name: e.name, address: e.address, note: null })),
  );
  await insert(
    'grids',
    grids.map((g) => ({ id: g.id, name: g.name, note: g.note })),
  );

  const buildings: SeededCommunity['buildings'] = [];
  const rooms: Array<{ estateIdx: number; buildingId: string; buildingNo: number; room: string }> = [];
  const shareSum = estatePlans.reduce((s, e) => s + e.share, 0);
  let remainingHouseholds = plan.households;
  estates.forEach((e, ei) => {
    const target = ei === estates.length - 1 ? remainingHouseholds : Math.round((plan.households * e.share) / shareSum);
    remainingHouseholds -= target;
    const perBuilding = e.floors * 4; // two units, two flats per floor and unit
    const count = Math.max(1, Math.ceil(target / (perBuilding * 0.93))); // about 7 % of flats stand empty or are let out
    const all: typeof rooms = [];
    for (let b = 1; b <= count; b++) {
      const id = newId();
      buildings.push({ id, estateId: e.id, gridId: grids[ei].id, name: `${b}号楼` });
      grids[ei].buildingIds.push(id);
      for (let f = 1; f <= e.floors; f++)
        for (let k = 1; k <= 4; k++) all.push({ estateIdx: ei, buildingId: id, buildingNo: b, room: `${f}0${k}` });
    }
    // Selection sampling: exactly `target` occupied flats, spread evenly and reproducibly.
    let need = target;
    all.forEach((r, i) => {
      if (rng.next() * (all.length - i) < need) {
        rooms.push(r);
        need--;
      }
    });
  });
  const floorsOf = (estateId: string) => estates.find((e) => e.id === estateId)!.floors;
  await insert(
    'buildings',
    buildings.map((b) => ({
      id: b.id,
      estate_id: b.estateId,
      grid_id: b.gridId,
      name: b.name,
      floors: floorsOf(b.estateId),
      note: null,
    })),
  );

  // Households and the people living in them.
  const people: Person[] = [];
  let personNo = 0;
  const usedIds = new Set<string>();
  const households = rooms.map((r) => {
    const id = newId();
    const members = household(rng, today).map((m): Person => {
      personNo++;
      const year = Number(m.birthDate.slice(0, 4));
      const name = (m.surname ?? surname(rng)) + givenName(rng, m.gender, year);
      let id18: string | null = null;
      // Roughly a third of residents have their ID number on file (taken at a visit or an application).
      if (rng.chance(0.35)) {
        let seq = rng.int(0, 499);
        do id18 = idNumber(m.birthDate, m.gender, seq++);
        while (usedIds.has(id18));
        usedIds.add(id18);
      }
      const hasPhone = m.age >= 18 && rng.chance(m.age >= 80 ? 0.5 : 0.88);
      return {
        id: newId(),
        householdId: id,
        name,
        gender: m.gender,
        birthDate: m.birthDate,
        age: m.age,
        phone: hasPhone ? fakePhone(personNo) : null,
        idNumber: id18,
        tags: m.tags,
        userId: null,
      };
    });
    people.push(...members);
    const e = estates[r.estateIdx];
    return {
      id,
      estateId: e.id,
      buildingId: r.buildingId,
      room: r.room,
      code: `${e.code}-${String(r.buildingNo).padStart(2, '0')}-${r.room.padStart(4, '0')}`,
      members,
    };
  });
  const secretary = { name: surname(rng) + givenName(rng, 'male', 1972), phone: fakePhone(99_980_001) };
  const manager = { name: surname(rng) + givenName(rng, 'male', 1978), phone: fakePhone(99_980_002) };
  const acc =
    plan.accounts && (await linkAccounts(rng, plan.accounts, households, grids[0].buildingIds[0], secretary, manager));

  await insert(
    'households',
    households.map((h) => ({
      id: h.id,
      estate_id: h.estateId,
      building_id: h.buildingId,
      room: h.room,
      code: h.code,
      representative_id: h.members[0].id,
      join_code_hash: null,
      join_code_issued_at: null,
      note: null,
    })),
  );
  const tagsOf = new Map(people.map((p) => [p.id, p.tags]));
  await insert(
    'residents',
    people.map((p) => ({
      id: p.id,
      household_id: p.householdId,
      name: p.name,
      gender: p.gender,
      birth_date: p.birthDate,
      phone: p.phone,
      id_number_enc: p.idNumber && secrets.encrypt(p.idNumber),
      id_number_mask: p.idNumber && maskIdNumber(p.idNumber),
      id_number_hmac: p.idNumber && secrets.blindIndex(p.idNumber),
      user_id: p.userId,
      note: null,
    })),
    (r) => ({ tags: [...tagsOf.get(r.id as string)!] }),
  );
  await insertRows(
    trx,
    'resident_tags',
    people.flatMap((p) => [...p.tags].map((tag) => ({ resident_id: p.id, community_id: communityId, tag }))),
  );

  // Bodies and grid teams, filled with residents where the article says they are residents.
  const adults = people.filter((p) => p.age >= 30 && p.age <= 72 && !p.userId);
  const partyAdults = adults.filter((p) => p.tags.has('party_member'));
  const take = (pool: Person[], where?: (p: Person) => boolean) => {
    const i = pool.findIndex((p) => !p.userId && (!where || where(p)));
    const [p] = pool.splice(i >= 0 ? i : 0, 1);
    return p;
  };
  const organizations: SeededCommunity['organizations'] = {};
  const orgRows: Array<{
    id: string;
    kind: string;
    name: string;
    estate_id: string | null;
    contact_name: string | null;
    contact_phone: string | null;
    note: string | null;
  }> = [];
  const memberRows: Array<{
    id: string;
    organization_id: string;
    name: string;
    title: string | null;
    phone: string | null;
    resident_id: string | null;
    user_id: string | null;
  }> = [];
  let staffPhone = 99_990_000;
  const org = (
    kind: string,
    name: string,
    note: string | null,
    members: Array<{ name?: string; phone?: string | null; title: string; person?: Person; userId?: string }>,
  ) => {
    const id = newId();
    (organizations[kind] ??= []).push(id);
    const rows = members.map((m) => ({
      id: newId(),
      organization_id: id,
      name: m.person?.name ?? m.name ?? surname(rng) + givenName(rng, rng.chance(0.5) ? 'male' : 'female', 1980),
      title: m.title,
      phone: m.person?.phone ?? m.phone ?? fakePhone(staffPhone++),
      resident_id: m.person?.id ?? null,
      user_id: m.userId ?? m.person?.userId ?? null,
    }));
    memberRows.push(...rows);
    orgRows.push({
      id,
      kind,
      name,
      estate_id: null,
      contact_name: rows[0]?.name ?? null,
      contact_phone: rows[0]?.phone ?? null,
      note,
    });
    return rows;
  };
  org('party_branch', `${plan.name}党支部`, '“砖心砖意”党建品牌；书记兼任区人大代表', [
    { ...secretary, title: '党支部书记', userId: acc?.secretary },
    { title: '党支部副书记', person: take(partyAdults) },
    { title: '组织委员', person: take(partyAdults) },
    { title: '宣传委员', person: take(partyAdults) },
  ]);
  org(
    'property_company',
    '上海泾桥物业服务有限公司',
    `受洞泾镇政府项目补贴聘用，服务${estates.map((e) => e.name).join('、')}；24小时驻扎`,
    [
      { ...manager, title: '项目经理', userId: acc?.property },
      { title: '客服主管' },
      { title: '维修技术员' },
      { title: '维修技术员' },
      { title: '保洁领班' },
      { title: '秩序维护员' },
    ],
  );
  const committeeTitles = ['主任', '副主任', '委员', '委员', '委员'];
  org(
    'committee',
    '红色自管会',
    '5名热心居民（含2名党员）；每季度给物业打分，月例会+微信群',
    committeeTitles.map((title, i) => ({
      title,
      person: acc ? people.find((p) => p.userId === acc.committee[i])! : take(i < 2 ? partyAdults : adults),
    })),
  );
  org('partner_unit', '松江电信东部片区党支部', '结对共建：为垃圾房安装抽拉式窗帘', [{ title: '党支部书记' }]);
  org('partner_unit', '洞泾镇砖桥幼儿园', '教师教居民装饰轮胎，打造“艺术角”', [{ title: '园长' }]);
  org('partner_unit', '上海泾东五金制品有限公司（12号线动迁企业）', '捐赠红叶石楠、樱花树等绿植', [
    { title: '行政主管' },
  ]);
  org('partner_unit', '上海砖桥包装材料厂（12号线动迁企业）', '捐赠休闲长廊沙发、南门石墩、轮胎', [{ title: '厂长' }]);
  org('department', '国网松江供电公司洞泾供电所', '小区改电路', [{ title: '客户经理' }]);
  org('department', '松江公安分局洞泾派出所（户籍）', '居民迁户口', [{ title: '户籍民警' }]);
  org('department', '洞泾镇城市管理中队', null, [{ title: '中队长' }]);
  org('department', '洞泾镇房屋管理办公室', '无产证小区综合管理', [{ title: '科员' }]);
  await insert('organizations', orgRows);
  await insert('organization_members', memberRows);

  // Each grid: a 楼组长 per building, one party-member second building leader, one red property specialist.
  const specialists = memberRows.filter(
    (m) => m.title === '秩序维护员' || m.title === '客服主管' || m.title === '保洁领班',
  );
  const gridRows = grids.flatMap((g, gi) => [
    ...g.buildingIds.map((b, bi) => {
      const p =
        gi === 0 && bi === 0 && acc ? people.find((x) => x.userId === acc.leader)! : residentOf(households, b, rng);
      return {
        grid_id: g.id,
        role: 'building_leader',
        name: p.name,
        phone: p.phone,
        building_id: b,
        resident_id: p.id,
        user_id: p.userId,
      };
    }),
    (() => {
      const p = take(partyAdults);
      return {
        grid_id: g.id,
        role: 'second_building_leader',
        name: p.name,
        phone: p.phone,
        building_id: null,
        resident_id: p.id,
        user_id: null,
      };
    })(),
    {
      grid_id: g.id,
      role: 'property_specialist',
      name: specialists[gi % specialists.length].name,
      phone: specialists[gi % specialists.length].phone,
      building_id: null,
      resident_id: null,
      user_id: null,
    },
  ]);
  await insert(
    'grid_members',
    gridRows.map((m) => ({ id: newId(), ...m })),
  );

  const tagged: SeededCommunity['tagged'] = {};
  for (const p of people) for (const t of p.tags) (tagged[t] ??= []).push(p.id);
  return {
    communityId,
    townId: plan.townId,
    estates: estates.map((e) => ({ id: e.id, name: e.name, code: e.code })),
    grids: grids.map((g) => ({ id: g.id, name: g.name, buildingIds: g.buildingIds })),
    buildings,
    households: households.map((h) => ({
      id: h.id,
      buildingId: h.buildingId,
      estateId: h.estateId,
      representativeId: h.members[0].id,
    })),
    organizations,
    tagged,
  };
}

/** Picks the people behind the demo accounts (first household's representative, grid 1's first 楼组长, five committee members) and ties them to the accounts. */
async function linkAccounts(
  rng: Rng,
  create: NonNullable<CommunityPlan['accounts']>,
  households: Array<{ buildingId: string; members: Person[] }>,
  firstBuilding: string,
  secretary: DemoPerson,
  property: DemoPerson,
): Promise<DemoAccountLinks> {
  const resident = households[0].members[0];
  const inFirst = households
    .filter((h) => h.buildingId === firstBuilding)
    .slice(1)
    .flatMap((h) => h.members);
  const leader = inFirst.find((p) => p.age >= 45 && p.age <= 70) ?? inFirst[0];
  const pool = households
    .slice(40)
    .flatMap((h) => h.members)
    .filter((p) => p.age >= 35 && p.age <= 68 && p.phone);
  const committee = [0, 1, 2, 3, 4].map((i) => {
    const p = pool.splice(rng.int(0, pool.length - 1), 1)[0];
    if (i < 2) p.tags.add('party_member');
    else p.tags.delete('party_member');
    return p;
  });
  for (const p of [resident, leader])
    p.phone ??= fakePhone(99_970_000 + households.indexOf(households.find((h) => h.members.includes(p))!));
  const links = await create({ secretary, property, resident, leader, committee });
  resident.userId = links.resident;
  leader.userId = links.leader;
  committee.forEach((p, i) => (p.userId = links.committee[i]));
  return links;
}

function residentOf(
  households: Array<{ buildingId: string; members: Person[] }>,
  buildingId: string,
  rng: Rng,
): Person {
  const pool = households
    .filter((h) => h.buildingId === buildingId)
    .flatMap((h) => h.members)
    .filter((p) => p.age >= 40 && p.age <= 75);
  return pool.length ? rng.pick(pool) : households.find((h) => h.buildingId === buildingId)!.members[0];
}

export interface Member {
  gender: Gender;
  age: number;
  birthDate: string;
  surname?: string;
  tags: Set<string>;
}

/**
 * One household's members, head first, from a mix of household types that gives about 2.85
 * people per household and about a third aged 60 or more, as in an older 村改居 community.
 */
export function household(rng: Rng, today: Date): Member[] {
  const person = (gender: Gender, age: number, familySurname?: string): Member => ({
    gender,
    age,
    birthDate: birthDateForAge(rng, age, today),
    surname: familySurname,
    tags: new Set(),
  });
  const couple = (minAge: number, maxAge: number) => {
    const age = rng.int(minAge, maxAge);
    const s = surname(rng);
    return [person('male', age, s), person('female', Math.max(18, age - rng.int(0, 5)))];
  };
  const child = (parentAge: number, s?: string) =>
    person(rng.chance(0.5) ? 'male' : 'female', Math.max(0, parentAge - rng.int(24, 34)), s);
  const r = rng.next();
  let m: Member[];
  if (r < 0.11) m = [person(rng.chance(0.7) ? 'female' : 'male', rng.int(65, 92))];
  else if (r < 0.13) m = [person(rng.chance(0.5) ? 'female' : 'male', rng.int(25, 58))];
  else if (r < 0.32) m = couple(60, 86);
  else if (r < 0.4) m = couple(45, 64);
  else if (r < 0.58) {
    m = couple(28, 45);
    m.push(child(m[0].age, m[0].surname));
  } else if (r < 0.63) {
    m = couple(30, 45);
    m.push(child(m[0].age, m[0].surname), child(m[0].age - 3, m[0].surname));
  } else if (r < 0.85) {
    m = couple(58, 82);
    const son = child(m[0].age, m[0].surname);
    son.gender = 'male';
    son.age = Math.max(26, son.age);
    son.birthDate = birthDateForAge(rng, son.age, today);
    m.push(son, person('female', Math.max(24, son.age - rng.int(0, 4))), child(son.age, m[0].surname));
    if (rng.chance(0.15)) m.push(child(son.age - 4, m[0].surname));
    if (rng.chance(0.35)) m.splice(1, 1); // a widowed grandparent
  } else if (r < 0.95) {
    m = couple(50, 64);
    m.push(child(m[0].age, m[0].surname));
  } else m = [person('male', rng.int(22, 40)), person('female', rng.int(22, 40))]; // tenants

  for (const p of m) {
    if (p.age >= 60) p.tags.add('elderly');
    if (p.age >= 18 && rng.chance(p.age >= 55 ? 0.09 : 0.05)) p.tags.add('party_member');
    if (p.age >= 18 && p.age <= 75 && rng.chance(0.05)) p.tags.add('volunteer');
    if (p.gender === 'male' && p.age >= 40 && rng.chance(0.03)) p.tags.add('veteran');
    if (rng.chance(p.age >= 70 ? 0.05 : 0.012)) p.tags.add('disabled');
  }
  if (m.length === 1 && m[0].age >= 60) m[0].tags.add('living_alone');
  const drivers = m.filter((p) => p.age >= 22 && p.age <= 70);
  if (drivers.length && rng.chance(0.42)) drivers[0].tags.add('car_owner');
  if (rng.chance(0.015)) for (const p of m) p.tags.add('low_income');
  return m;
}

/** Batch insert, in chunks small enough for either dialect's parameter limit. */
async function insertRows<T extends keyof DB & string>(
  trx: Trx,
  table: T,
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as Array<Insertable<DB[T]>>)
      .execute();
}

type AuditedTable =
  | 'estates'
  | 'grids'
  | 'buildings'
  | 'households'
  | 'residents'
  | 'organizations'
  | 'organization_members'
  | 'grid_members';
const NOT_AUDITED = new Set([
  'id_number_enc',
  'id_number_hmac',
  'join_code_hash',
  'community_id',
  'created_at',
  'updated_at',
]);

/**
 * Batch insert, then one `<table>.create` event per row with the table's singular as entity type,
 * the shape the org module writes; the chain is sequential, so events go one by one. Audit events
 * outlive corrections, so they keep phones masked and never the ID ciphertext or its blind index.
 */
async function insertAudited(
  trx: Trx,
  communityId: string,
  table: AuditedTable,
  rows: Array<Record<string, unknown>>,
  extra?: (r: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  await insertRows(trx, table, rows);
  const entityType = table.replace(/s$/, '');
  for (const r of rows) {
    const after = Object.fromEntries(
      Object.entries(r)
        .filter(([k]) => !NOT_AUDITED.has(k))
        .map(([k, v]) => [k, k === 'phone' || k === 'contact_phone' ? maskPhone(v as string | null) : v]),
    );
    await record(trx, {
      actorId: null,
      communityId,
      entityType,
      entityId: r.id as string,
      action: `${table}.create`,
      after: { ...after, ...extra?.(r) },
    });
  }
}
