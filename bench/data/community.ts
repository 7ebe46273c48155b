import { maskIdNumber, maskPhone } from '../../server/core/pii';
import { fakePhone, givenName, idNumber, surname, type Gender } from '../../server/demo/people';
import { household } from '../../server/demo/seed';
import { DAY, iso, type Ctx } from './context';

/**
 * One community's structure and people, as the org module and the demo seed shape them: estates,
 * grids with their service teams, buildings, households, residents (ID numbers encrypted with the
 * data directory's key, phones stored whole as the residents table does, masked in audit events),
 * bodies, and accounts with their role grants. Every row gets the `<table>.create` event the demo
 * seed writes for it.
 */

export interface Person {
  id: string; name: string; gender: Gender; age: number; phone: string | null; tags: Set<string>; userId: string | null; householdId: string;
}
export interface Household {
  id: string; code: string; room: string; estateId: string; buildingId: string; gridId: string; rep: Person; members: Person[];
  /** The representative's account, when the household uses the H5. */
  userId: string | null;
}
/** How a grid's team works: the spread between grids is what makes per-grid figures worth looking at. */
export interface GridProfile {
  /** Mean hours to accept a ticket. */
  responseHours: number;
  /** Typical share of the resolution window used. */
  resolveShare: number;
  /** Added to the satisfaction score (1–5). */
  satisfactionBias: number;
  /** Weight per ticket category. */
  weights: Record<string, number>;
}
export interface Grid { id: string; name: string; no: number; buildingIds: string[]; userId: string | null; profile: GridProfile }
export interface World {
  communityId: string;
  name: string;
  estates: Array<{ id: string; name: string; code: string }>;
  grids: Grid[];
  gridOfBuilding: Map<string, string>;
  households: Household[];
  /** Households whose representative has an account. */
  online: Household[];
  staff: string[];
  /** Account logins made here, for the manifest. */
  logins: { staff: string[]; grid: string[]; representatives: number; sampleRepresentative: string | null };
}

const ESTATE_A = ['嘉和', '洞北', '砖桥', '新凯', '富林', '永丰', '方松', '佘山', '九亭', '泗泾', '车墩', '叶榭', '荣乐', '中山', '岳阳', '广富', '华亭', '茸城', '松汇', '谷阳', '玉树', '三新', '乐都', '西林', '人民', '龙潭'];
const ESTATE_B = ['景苑', '小区', '新苑', '花园', '新村', '家园', '公寓', '雅苑', '名邸', '一村', '二村', '三村'];
const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const CATEGORY_BASE: Record<string, number> = {
  repair: 22, parking: 15, sanitation: 14, leak: 11, power: 9, neighbour: 8, greening: 7, security: 5, registration: 5, other: 4,
};
/** Phone numbers: each community owns a block of 30,000 fake numbers (residents first, staff from 25,000). */
const PHONE_BLOCK = 30_000;
const STAFF_PHONES = 25_000;

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const masked = (p: string | null) => maskPhone(p);

export function buildCommunity(c: Ctx, townId: string, townName: string, households: number, seqNo: number): World {
  const { rng, sink, communityId } = c;
  const at = c.start - 30 * DAY;
  const stamps = { created_at: iso(at), updated_at: iso(at) };
  const event = (entityType: string, entityId: string, action: string, after: unknown, actorId: string | null = null) =>
    c.events.push({ at, actorId, entityType, entityId, action, after });
  const name = `${rng.pick(ESTATE_A)}${rng.pick(['', '新', '东', '西', '南', '北'])}${CN_NUM[seqNo % CN_NUM.length]}居民区`;
  sink.add('communities', { id: communityId, town_id: townId, name, address: `松江区${townName}`, ...stamps });
  event('community', communityId, 'communities.create', { name, townId });

  // Estates (two to five), each with a share of the households and a building height.
  const estateCount = rng.int(2, 5);
  const used = new Set<string>();
  const estates = Array.from({ length: estateCount }, (_, i) => {
    let n: string;
    do n = rng.pick(ESTATE_A) + rng.pick(ESTATE_B); while (used.has(n));
    used.add(n);
    return { id: c.id(at), name: n, code: String.fromCharCode(65 + i), floors: rng.pick([6, 6, 6, 11, 18]), share: 0.5 + rng.next() };
  });
  for (const e of estates) {
    sink.add('estates', { id: e.id, community_id: communityId, name: e.name, address: `${townName}${e.name}`, note: null, ...stamps });
    event('estate', e.id, 'estates.create', { id: e.id, name: e.name, address: `${townName}${e.name}`, note: null });
  }

  // Buildings, occupied flats (selection sampling, as the demo seed does) and grids of about 450 households.
  const shareSum = estates.reduce((s, e) => s + e.share, 0);
  let left = households;
  const grids: Grid[] = [];
  const buildings: Array<{ id: string; estateIdx: number; no: number; gridId: string }> = [];
  const rooms: Array<{ estateIdx: number; buildingIdx: number; room: string }> = [];
  estates.forEach((e, ei) => {
    const target = ei === estates.length - 1 ? left : Math.round((households * e.share) / shareSum);
    left -= target;
    const perBuilding = e.floors * 4;
    const count = Math.max(1, Math.ceil(target / (perBuilding * 0.93)));
    const gridCount = Math.max(1, Math.round(target / 450));
    const firstGrid = grids.length;
    for (let g = 0; g < gridCount; g++) grids.push({ id: c.id(at), name: `第${CN_NUM[grids.length] ?? grids.length + 1}网格`, no: grids.length + 1, buildingIds: [], userId: null, profile: profile(c) });
    const all: typeof rooms = [];
    for (let b = 1; b <= count; b++) {
      const grid = grids[firstGrid + Math.min(gridCount - 1, Math.floor(((b - 1) * gridCount) / count))];
      const id = c.id(at);
      grid.buildingIds.push(id);
      buildings.push({ id, estateIdx: ei, no: b, gridId: grid.id });
      for (let f = 1; f <= e.floors; f++) for (let k = 1; k <= 4; k++) all.push({ estateIdx: ei, buildingIdx: buildings.length - 1, room: `${f}0${k}` });
    }
    let need = Math.min(target, all.length);
    all.forEach((r, i) => {
      if (rng.next() * (all.length - i) < need) {
        rooms.push(r);
        need--;
      }
    });
  });
  for (const g of grids) {
    const note = `${g.buildingIds.length}栋楼`;
    sink.add('grids', { id: g.id, community_id: communityId, name: g.name, note, ...stamps });
    event('grid', g.id, 'grids.create', { id: g.id, name: g.name, note });
  }
  for (const b of buildings) {
    const e = estates[b.estateIdx];
    const row = { id: b.id, estate_id: e.id, grid_id: b.gridId, name: `${b.no}号楼`, floors: e.floors, note: null };
    sink.add('buildings', { ...row, community_id: communityId, ...stamps });
    event('building', b.id, 'buildings.create', row);
  }

  // Households and the people in them, with the demo seed's household mix.
  const today = new Date(c.until);
  let personNo = c.no * PHONE_BLOCK;
  const usedIds = new Set<string>();
  const hh: Household[] = rooms.map((r) => {
    const b = buildings[r.buildingIdx];
    const e = estates[r.estateIdx];
    const id = c.id(at);
    const members = household(rng, today).map((m): Person => {
      const year = Number(m.birthDate.slice(0, 4));
      const hasPhone = m.age >= 18 && rng.chance(m.age >= 80 ? 0.5 : 0.88);
      return {
        id: c.id(at), householdId: id, name: (m.surname ?? surname(rng)) + givenName(rng, m.gender, year), gender: m.gender, age: m.age,
        phone: hasPhone ? fakePhone(personNo++) : null, tags: m.tags, userId: null, birth: m.birthDate,
      } as Person & { birth: string };
    });
    return { id, code: `${e.code}-${pad(b.no, 2)}-${r.room.padStart(4, '0')}`, room: r.room, estateId: e.id, buildingId: b.id, gridId: b.gridId, rep: members[0], members, userId: null };
  });

  // Accounts: two staff, one grid member per grid (a building leader who lives there), and the
  // representatives of about 40 % of households, who use the H5.
  const nnn = pad(c.no, 3);
  let staffPhone = c.no * PHONE_BLOCK + STAFF_PHONES;
  const userRow = (login: string, displayName: string, phone: string | null) => {
    const id = c.id(at + DAY);
    sink.add('users', {
      id, login, phone, display_name: displayName, password_hash: c.passwordHash, platform_admin: false, disabled: false, locale: null,
      created_at: iso(at + DAY), updated_at: iso(at + DAY),
    });
    c.platform.push({ at: at + DAY, actorId: null, entityType: 'user', entityId: id, action: 'users.create', after: { login, displayName, platformAdmin: false } });
    return id;
  };
  const grant = (userId: string, role: string) => {
    sink.add('role_grants', { id: c.id(at + DAY), user_id: userId, community_id: communityId, role, created_at: iso(at + DAY) });
    c.events.push({ at: at + DAY, actorId: null, entityType: 'user', entityId: userId, action: 'roles.grant', after: { role } });
  };
  const staffLogins = [1, 2].map((k) => `staff-${nnn}-${k}`);
  const staff = staffLogins.map((login) => {
    const id = userRow(login, surname(rng) + givenName(rng, rng.chance(0.5) ? 'male' : 'female', 1985), fakePhone(staffPhone++));
    grant(id, 'staff');
    return id;
  });
  const byBuilding = new Map<string, Household[]>();
  for (const h of hh) (byBuilding.get(h.buildingId) ?? byBuilding.set(h.buildingId, []).get(h.buildingId)!).push(h);
  const leaderOf = (buildingId: string) => {
    const pool = (byBuilding.get(buildingId) ?? []).flatMap((h) => h.members).filter((p) => p.age >= 40 && p.age <= 75);
    return pool.length ? rng.pick(pool) : (byBuilding.get(buildingId)?.[0]?.rep ?? null);
  };
  const leaders = new Map<string, Person | null>(buildings.map((b) => [b.id, leaderOf(b.id)]));
  const gridLogins: string[] = [];
  for (const g of grids) {
    const p = leaders.get(g.buildingIds[0]);
    if (!p) continue;
    const login = `grid-${nnn}-${g.no}`;
    p.phone ??= fakePhone(staffPhone++);
    g.userId = p.userId = userRow(login, p.name, p.phone);
    grant(g.userId, 'building_leader');
    grant(g.userId, 'grid_member');
    gridLogins.push(login);
  }
  const online: Household[] = [];
  let sampleRepresentative: string | null = null;
  hh.forEach((h, i) => {
    if (i > 0 && !rng.chance(0.4)) return;
    if (h.rep.userId) h.userId = h.rep.userId;
    else {
      const login = `rep-${nnn}-${pad(i + 1, 5)}`;
      sampleRepresentative ??= login;
      h.userId = h.rep.userId = userRow(login, h.rep.name, h.rep.phone);
    }
    grant(h.userId, 'resident');
    online.push(h);
  });

  for (const h of hh) {
    const row = { id: h.id, estate_id: h.estateId, building_id: h.buildingId, room: h.room, code: h.code, representative_id: h.rep.id, join_code_issued_at: null, note: null };
    sink.add('households', { ...row, community_id: communityId, join_code_hash: null, ...stamps });
    event('household', h.id, 'households.create', row);
  }
  for (const h of hh) {
    for (const p of h.members as Array<Person & { birth: string }>) {
      let id18: string | null = null;
      // About a third of residents have their ID number on file, as in the demo.
      if (rng.chance(0.35)) {
        let seq = rng.int(0, 499);
        do id18 = idNumber(p.birth, p.gender, seq++); while (usedIds.has(id18));
        usedIds.add(id18);
      }
      const mask = id18 && maskIdNumber(id18);
      sink.add('residents', {
        id: p.id, community_id: communityId, household_id: h.id, name: p.name, gender: p.gender, birth_date: p.birth, phone: p.phone,
        id_number_enc: id18 && c.secrets.encrypt(id18), id_number_mask: mask, id_number_hmac: id18 && c.secrets.blindIndex(id18),
        user_id: p.userId, note: null, ...stamps,
      });
      event('resident', p.id, 'residents.create', {
        id: p.id, household_id: h.id, name: p.name, gender: p.gender, birth_date: p.birth, phone: masked(p.phone), id_number_mask: mask,
        user_id: p.userId, note: null, tags: [...p.tags],
      });
      for (const tag of p.tags) sink.add('resident_tags', { resident_id: p.id, community_id: communityId, tag });
    }
  }

  // Bodies: the party branch, the property company and the residents' self-management committee.
  const adults = hh.flatMap((h) => h.members).filter((p) => p.age >= 30 && p.age <= 72);
  const party = adults.filter((p) => p.tags.has('party_member'));
  const pickFrom = (pool: Person[]) => (pool.length ? rng.pick(pool) : rng.pick(adults));
  const org = (kind: string, orgName: string, members: Array<{ title: string; person?: Person }>) => {
    const id = c.id(at);
    const rows = members.map((m) => ({
      id: c.id(at), organization_id: id, name: m.person?.name ?? surname(rng) + givenName(rng, rng.chance(0.5) ? 'male' : 'female', 1980),
      title: m.title, phone: m.person?.phone ?? fakePhone(staffPhone++), resident_id: m.person?.id ?? null, user_id: m.person?.userId ?? null,
    }));
    const o = { id, kind, name: orgName, estate_id: null, contact_name: rows[0]?.name ?? null, contact_phone: rows[0]?.phone ?? null, note: null };
    sink.add('organizations', { ...o, community_id: communityId, ...stamps });
    event('organization', id, 'organizations.create', { ...o, contact_phone: masked(o.contact_phone) });
    for (const r of rows) {
      sink.add('organization_members', { ...r, community_id: communityId, ...stamps });
      event('organization_member', r.id, 'organization_members.create', { ...r, phone: masked(r.phone) });
    }
    return rows;
  };
  org('party_branch', `${name}党支部`, [{ title: '党支部书记' }, { title: '党支部副书记', person: pickFrom(party) }, { title: '组织委员', person: pickFrom(party) }]);
  const property = org('property_company', `${townName}${rng.pick(ESTATE_A)}物业服务有限公司`, [{ title: '项目经理' }, { title: '客服主管' }, { title: '维修技术员' }, { title: '秩序维护员' }]);
  org('committee', '红色自管会', ['主任', '副主任', '委员', '委员', '委员'].map((title) => ({ title, person: pickFrom(adults) })));

  // Each grid's service team: a 楼组长 per building, a party-member second building leader, a red property specialist.
  grids.forEach((g, gi) => {
    const team = [
      ...g.buildingIds.map((b) => ({ role: 'building_leader', person: leaders.get(b) ?? null, building_id: b as string | null })),
      { role: 'second_building_leader', person: pickFrom(party), building_id: null },
    ];
    const rows = team.filter((m) => m.person).map((m) => ({
      id: c.id(at), grid_id: g.id, role: m.role, name: m.person!.name, phone: m.person!.phone, building_id: m.building_id,
      resident_id: m.person!.id as string | null, user_id: m.person!.userId,
    }));
    const sp = property[1 + (gi % (property.length - 1))];
    rows.push({ id: c.id(at), grid_id: g.id, role: 'property_specialist', name: sp.name, phone: sp.phone, building_id: null, resident_id: null, user_id: null });
    for (const r of rows) {
      sink.add('grid_members', { ...r, community_id: communityId, ...stamps });
      event('grid_member', r.id, 'grid_members.create', { ...r, phone: masked(r.phone) });
    }
  });

  return {
    communityId, name, estates: estates.map((e) => ({ id: e.id, name: e.name, code: e.code })), grids,
    gridOfBuilding: new Map(buildings.map((b) => [b.id, b.gridId])), households: hh, online, staff,
    logins: { staff: staffLogins, grid: gridLogins, representatives: online.length, sampleRepresentative },
  };
}

function profile(c: Ctx): GridProfile {
  const { rng } = c;
  const weights: Record<string, number> = {};
  for (const [k, w] of Object.entries(CATEGORY_BASE)) weights[k] = w * (0.4 + rng.next() * 1.2);
  return { responseHours: 1 + rng.next() * rng.next() * 30, resolveShare: 0.15 + rng.next() * 0.9, satisfactionBias: rng.next() * 1.4 - 0.6, weights };
}
