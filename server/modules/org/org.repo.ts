import type { Kysely } from 'kysely';
import type { Conn } from '../../core/db/kysely';
import { contains } from '../../core/db/like';
import './org.tables';

/** Tables of this module whose rows carry community_id and an id. */
export type OrgTable =
  | 'estates'
  | 'grids'
  | 'buildings'
  | 'households'
  | 'residents'
  | 'organizations'
  | 'organization_members'
  | 'grid_members';

// Generic statements over any org table; the table name is always one of ours, never user input.
const loose = (c: Conn) => c as unknown as Kysely<any>;

/** One row of a community, or undefined: an id of another community is simply not found. */
export async function findScoped(
  conn: Conn,
  table: OrgTable,
  communityId: string,
  id: string,
): Promise<Record<string, any> | undefined> {
  return loose(conn)
    .selectFrom(table)
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts in chunks, so a roster of thousands of rows takes a handful of statements. */
export async function insertRows(conn: Conn, table: OrgTable | 'resident_tags', rows: object[], chunk = 300) {
  for (let i = 0; i < rows.length; i += chunk)
    await loose(conn)
      .insertInto(table)
      .values(rows.slice(i, i + chunk))
      .execute();
}

/** Updates one row of a community. */
export async function updateScoped(
  conn: Conn,
  table: OrgTable,
  communityId: string,
  id: string,
  set: Record<string, unknown>,
) {
  await loose(conn).updateTable(table).set(set).where('community_id', '=', communityId).where('id', '=', id).execute();
}

/** Deletes one row of a community. */
export async function deleteScoped(conn: Conn, table: OrgTable, communityId: string, id: string) {
  await loose(conn).deleteFrom(table).where('community_id', '=', communityId).where('id', '=', id).execute();
}

export interface PageQuery {
  page: number;
  pageSize: number;
}

/** Runs the page and the total of one filtered query. */
export async function paged<R>(
  base: any,
  select: (q: any) => any,
  p: PageQuery,
): Promise<{ items: R[]; total: number; page: number; pageSize: number }> {
  const [items, total] = await Promise.all([
    select(base)
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize)
      .execute(),
    base.select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
  return { items, total: Number(total?.n ?? 0), page: p.page, pageSize: p.pageSize };
}

const count = (eb: any, table: string, col: string, ref: string) =>
  eb
    .selectFrom(table)
    .select((e: any) => e.fn.countAll().as('n'))
    .whereRef(col, '=', ref);

// ---------- communities ----------

/** Communities with their town; `null` ids means all. */
export async function communitySummaries(conn: Conn, ids: string[] | null) {
  let q = conn
    .selectFrom('communities as c')
    .innerJoin('towns as t', 't.id', 'c.town_id')
    .select(['c.id', 'c.name', 'c.address', 'c.town_id', 't.name as town_name'])
    .orderBy('c.name');
  if (ids) q = q.where('c.id', 'in', ids.length ? ids : ['-']);
  return q.execute();
}

/** Counts per community of estates, buildings, households, residents and grids, in five grouped queries. */
export async function communityCounts(conn: Conn, ids: string[]) {
  const out = new Map(ids.map((id) => [id, { estates: 0, buildings: 0, households: 0, residents: 0, grids: 0 }]));
  if (!ids.length) return out;
  for (const t of ['estates', 'buildings', 'households', 'residents', 'grids'] as const) {
    const rows = await loose(conn)
      .selectFrom(t)
      .select(['community_id', (eb: any) => eb.fn.countAll().as('n')])
      .where('community_id', 'in', ids)
      .groupBy('community_id')
      .execute();
    for (const r of rows) out.get(r.community_id)![t] = Number(r.n);
  }
  return out;
}

// ---------- estates ----------

/** Estates of a community, filtered; pair with estateSelect. */
export const estatesBase = (conn: Conn, c: string, f: { q?: string } = {}) =>
  conn
    .selectFrom('estates as e')
    .where('e.community_id', '=', c)
    .$if(!!f.q, (qb) => qb.where(contains('e.name', f.q!)));
/** Estate columns with building and household counts. */
export const estateSelect = (qb: ReturnType<typeof estatesBase>) =>
  qb
    .select((eb) => [
      'e.id',
      'e.name',
      'e.address',
      'e.note',
      count(eb, 'buildings as b', 'b.estate_id', 'e.id').as('buildings'),
      count(eb, 'households as h', 'h.estate_id', 'e.id').as('households'),
    ])
    .orderBy('e.name');

// ---------- grids ----------

/** Grids of a community, filtered. */
export const gridsBase = (conn: Conn, c: string, f: { q?: string } = {}) =>
  conn
    .selectFrom('grids as g')
    .where('g.community_id', '=', c)
    .$if(!!f.q, (qb) => qb.where(contains('g.name', f.q!)));
/** Grid columns. */
export const gridSelect = (qb: ReturnType<typeof gridsBase>) =>
  qb.select(['g.id', 'g.name', 'g.note']).orderBy('g.name');

/** Buildings of the given grids with their estate names. */
export async function gridBuildings(conn: Conn, gridIds: string[]) {
  if (!gridIds.length) return [];
  return conn
    .selectFrom('buildings as b')
    .innerJoin('estates as e', 'e.id', 'b.estate_id')
    .select(['b.id', 'b.name', 'b.grid_id', 'e.name as estate_name'])
    .where('b.grid_id', 'in', gridIds)
    .orderBy('e.name')
    .orderBy('b.name')
    .execute();
}

/** The grids whose service team this user is on. */
export async function gridsServedBy(conn: Conn, c: string, userId: string): Promise<string[]> {
  const rows = await conn
    .selectFrom('grid_members')
    .select('grid_id')
    .distinct()
    .where('community_id', '=', c)
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.grid_id);
}

/** Service-team members of the given grids. */
export async function gridTeams(conn: Conn, c: string, gridIds: string[]) {
  if (!gridIds.length) return [];
  return conn
    .selectFrom('grid_members')
    .selectAll()
    .where('community_id', '=', c)
    .where('grid_id', 'in', gridIds)
    .orderBy('created_at')
    .execute();
}

// ---------- buildings ----------

/** Buildings of a community joined to estate and grid, filtered. */
export const buildingsBase = (conn: Conn, c: string, f: { q?: string; estateId?: string; gridId?: string } = {}) =>
  conn
    .selectFrom('buildings as b')
    .innerJoin('estates as e', 'e.id', 'b.estate_id')
    .leftJoin('grids as g', 'g.id', 'b.grid_id')
    .where('b.community_id', '=', c)
    .$if(!!f.q, (qb) => qb.where(contains('b.name', f.q!)))
    .$if(!!f.estateId, (qb) => qb.where('b.estate_id', '=', f.estateId!))
    .$if(!!f.gridId, (qb) => qb.where('b.grid_id', '=', f.gridId!));
/** Building columns with household count. */
export const buildingSelect = (qb: ReturnType<typeof buildingsBase>) =>
  qb
    .select((eb) => [
      'b.id',
      'b.name',
      'b.estate_id',
      'e.name as estate_name',
      'b.grid_id',
      'g.name as grid_name',
      'b.floors',
      'b.note',
      count(eb, 'households as h', 'h.building_id', 'b.id').as('households'),
    ])
    .orderBy('e.name')
    .orderBy('b.name');

// ---------- households ----------

/** Households of a community joined to estate, building and representative, filtered. */
export const householdsBase = (conn: Conn, c: string, f: { q?: string; estateId?: string; buildingId?: string } = {}) =>
  conn
    .selectFrom('households as h')
    .innerJoin('estates as e', 'e.id', 'h.estate_id')
    .innerJoin('buildings as b', 'b.id', 'h.building_id')
    .leftJoin('residents as rep', 'rep.id', 'h.representative_id')
    .where('h.community_id', '=', c)
    .$if(!!f.q, (qb) => qb.where((eb) => eb.or([contains('h.room', f.q!), contains('h.code', f.q!)])))
    .$if(!!f.estateId, (qb) => qb.where('h.estate_id', '=', f.estateId!))
    .$if(!!f.buildingId, (qb) => qb.where('h.building_id', '=', f.buildingId!));
/** Household columns with resident and account counts. */
export const householdSelect = (qb: ReturnType<typeof householdsBase>) =>
  qb
    .select((eb) => [
      'h.id',
      'h.code',
      'h.room',
      'h.estate_id',
      'e.name as estate_name',
      'h.building_id',
      'b.name as building_name',
      'h.note',
      'h.representative_id',
      'rep.name as representative_name',
      count(eb, 'residents as r', 'r.household_id', 'h.id').as('residents'),
      count(eb, 'residents as ru', 'ru.household_id', 'h.id').where('ru.user_id', 'is not', null).as('accounts'),
    ])
    .orderBy('e.name')
    .orderBy('b.name')
    .orderBy('h.room');

/** Households of a building with the fields a join-code sheet needs. */
export async function householdsOfBuilding(conn: Conn, c: string, buildingId: string) {
  return conn
    .selectFrom('households')
    .select(['id', 'room'])
    .where('community_id', '=', c)
    .where('building_id', '=', buildingId)
    .orderBy('room')
    .execute();
}

/** Everything that makes a household's code or room taken, for generating codes and checking rosters in memory. */
export async function householdKeys(conn: Conn, c: string) {
  return conn
    .selectFrom('households')
    .select(['id', 'building_id', 'room', 'code', 'representative_id'])
    .where('community_id', '=', c)
    .execute();
}

// ---------- residents ----------

export interface ResidentFilter {
  /** name or household code; never the phone (a substring search on a masked field would unmask it digit by digit) */
  q?: string;
  /** one exact full phone number (an audited look-up, for those who may reveal) */
  phone?: string;
  /** only residents of households in buildings of these grids (see residentReach) */
  gridIds?: string[];
  tag?: string;
  estateId?: string;
  buildingId?: string;
  householdId?: string;
  /** birth_date bounds derived from ages: born on or before / after */
  bornOnOrBefore?: string;
  bornAfter?: string;
  elderlyBorn?: string;
  ids?: string[];
}

/** Residents of a community joined to their household, building and estate, filtered. */
export const residentsBase = (conn: Conn, c: string, f: ResidentFilter = {}) =>
  conn
    .selectFrom('residents as r')
    .leftJoin('households as h', 'h.id', 'r.household_id')
    .leftJoin('buildings as b', 'b.id', 'h.building_id')
    .leftJoin('estates as e', 'e.id', 'h.estate_id')
    .where('r.community_id', '=', c)
    .$if(!!f.q || !!f.phone, (qb) =>
      qb.where((eb) =>
        eb.or([
          ...(f.q ? [contains('r.name', f.q), contains('h.code', f.q)] : []),
          ...(f.phone ? [eb('r.phone', '=', f.phone)] : []),
        ]),
      ),
    )
    .$if(!!f.estateId, (qb) => qb.where('h.estate_id', '=', f.estateId!))
    .$if(!!f.buildingId, (qb) => qb.where('h.building_id', '=', f.buildingId!))
    .$if(!!f.householdId, (qb) => qb.where('r.household_id', '=', f.householdId!))
    .$if(!!f.ids, (qb) => qb.where('r.id', 'in', f.ids!.length ? f.ids! : ['-']))
    .$if(!!f.gridIds, (qb) => qb.where('b.grid_id', 'in', f.gridIds!.length ? f.gridIds! : ['-']))
    .$if(!!f.bornOnOrBefore, (qb) => qb.where('r.birth_date', '<=', f.bornOnOrBefore!))
    .$if(!!f.bornAfter, (qb) => qb.where('r.birth_date', '>', f.bornAfter!))
    .$if(!!f.tag, (qb) =>
      qb.where((eb) => {
        const tagged = eb.exists(
          eb
            .selectFrom('resident_tags as t')
            .select('t.tag')
            .whereRef('t.resident_id', '=', 'r.id')
            .where('t.tag', '=', f.tag!),
        );
        // Elderly is also anyone whose birth date says 60 or older.
        return f.elderlyBorn ? eb.or([tagged, eb('r.birth_date', '<=', f.elderlyBorn)]) : tagged;
      }),
    );
/** Resident columns (never the ciphertext) in roster order. */
export const residentSelect = (qb: ReturnType<typeof residentsBase>) =>
  qb
    .select([
      'r.id',
      'r.name',
      'r.gender',
      'r.birth_date',
      'r.phone',
      'r.id_number_mask',
      'r.household_id',
      'r.user_id',
      'r.note',
      'h.code as household_code',
      'h.room',
      'h.representative_id',
      'b.name as building_name',
      'e.name as estate_name',
    ])
    .orderBy('e.name')
    .orderBy('b.name')
    .orderBy('h.room')
    .orderBy('r.name')
    .orderBy('r.id');

/** Stored tags per resident id. */
export async function tagsOf(conn: Conn, residentIds: string[]) {
  const out = new Map<string, string[]>();
  for (let i = 0; i < residentIds.length; i += 500) {
    const rows = await conn
      .selectFrom('resident_tags')
      .select(['resident_id', 'tag'])
      .where('resident_id', 'in', residentIds.slice(i, i + 500))
      .execute();
    for (const r of rows) (out.get(r.resident_id) ?? out.set(r.resident_id, []).get(r.resident_id)!).push(r.tag);
  }
  return out;
}

/** Replaces a resident's stored tags. */
export async function replaceTags(conn: Conn, c: string, residentId: string, tags: string[]) {
  await conn.deleteFrom('resident_tags').where('resident_id', '=', residentId).execute();
  await insertRows(
    conn,
    'resident_tags',
    [...new Set(tags)].map((tag) => ({ resident_id: residentId, community_id: c, tag })),
  );
}

/** Whether an ID number (by blind index) is already registered in the community. */
export async function idNumberTaken(conn: Conn, c: string, hmac: string, exceptId?: string) {
  let q = conn.selectFrom('residents').select('id').where('community_id', '=', c).where('id_number_hmac', '=', hmac);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return !!(await q.executeTakeFirst());
}

/** Blind indexes of every registered ID number of the community, for roster checks in memory. */
export async function idNumberHmacs(conn: Conn, c: string) {
  const rows = await conn
    .selectFrom('residents')
    .select('id_number_hmac')
    .where('community_id', '=', c)
    .where('id_number_hmac', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.id_number_hmac!));
}

// ---------- organizations ----------

/** Organizations of a community with their estate, filtered. */
export const organizationsBase = (conn: Conn, c: string, f: { q?: string; kind?: string } = {}) =>
  conn
    .selectFrom('organizations as o')
    .leftJoin('estates as e', 'e.id', 'o.estate_id')
    .where('o.community_id', '=', c)
    .$if(!!f.q, (qb) => qb.where(contains('o.name', f.q!)))
    .$if(!!f.kind, (qb) => qb.where('o.kind', '=', f.kind!));
/** Organization columns with member count. */
export const organizationSelect = (qb: ReturnType<typeof organizationsBase>) =>
  qb
    .select((eb) => [
      'o.id',
      'o.kind',
      'o.name',
      'o.estate_id',
      'e.name as estate_name',
      'o.contact_name',
      'o.contact_phone',
      'o.note',
      count(eb, 'organization_members as m', 'm.organization_id', 'o.id').as('members'),
    ])
    .orderBy('o.kind')
    .orderBy('o.name');

/** Members of one organization. */
export async function organizationMembers(conn: Conn, c: string, orgId: string) {
  return conn
    .selectFrom('organization_members')
    .selectAll()
    .where('community_id', '=', c)
    .where('organization_id', '=', orgId)
    .orderBy('created_at')
    .execute();
}

// ---------- accounts ----------

/** Users holding a role in the community, filtered. */
export const accountsBase = (
  conn: Conn,
  c: string,
  f: { q?: string; phone?: string; role?: string; userId?: string } = {},
) =>
  conn
    .selectFrom('users as u')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('role_grants as g')
          .select('g.id')
          .whereRef('g.user_id', '=', 'u.id')
          .where('g.community_id', '=', c)
          .$if(!!f.role, (qb) => qb.where('g.role', '=', f.role!)),
      ),
    )
    // A login may be a phone number and is masked like one, so digits alone never search logins: a
    // phone is found only whole, audited (f.phone).
    .$if(!!f.q || !!f.phone, (qb) =>
      qb.where((eb) =>
        eb.or([
          ...(f.q
            ? [contains('u.display_name', f.q), ...(/[^\d\s+\-]/.test(f.q) ? [contains('u.login', f.q)] : [])]
            : []),
          ...(f.phone ? [eb('u.phone', '=', f.phone), eb('u.login', '=', f.phone)] : []),
        ]),
      ),
    )
    .$if(!!f.userId, (qb) => qb.where('u.id', '=', f.userId!));
/** Account columns with the last sign-in (newest live session). */
export const accountSelect = (qb: ReturnType<typeof accountsBase>) =>
  qb
    .select((eb) => [
      'u.id',
      'u.login',
      'u.display_name',
      'u.phone',
      'u.disabled',
      eb
        .selectFrom('sessions as s')
        .select((e) => e.fn.max('s.created_at').as('t'))
        .whereRef('s.user_id', '=', 'u.id')
        .as('last_login_at'),
    ])
    .orderBy('u.display_name')
    .orderBy('u.id');

/** Roles held in the community per user id. */
export async function rolesOf(conn: Conn, c: string, userIds: string[]) {
  const out = new Map<string, string[]>();
  if (!userIds.length) return out;
  const rows = await conn
    .selectFrom('role_grants')
    .select(['user_id', 'role'])
    .where('community_id', '=', c)
    .where('user_id', 'in', userIds)
    .orderBy('role')
    .execute();
  for (const r of rows) (out.get(r.user_id) ?? out.set(r.user_id, []).get(r.user_id)!).push(r.role);
  return out;
}

/** Whether a user belongs to the community at all (a role there, or a linked resident). */
export async function userInCommunity(conn: Conn, c: string, userId: string) {
  const g = await conn
    .selectFrom('role_grants')
    .select('id')
    .where('community_id', '=', c)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (g) return true;
  return !!(await conn
    .selectFrom('residents')
    .select('id')
    .where('community_id', '=', c)
    .where('user_id', '=', userId)
    .executeTakeFirst());
}

// ---------- join codes ----------

/** Clears a join code only if it is still the one presented: of two concurrent joins, exactly one updates the row. */
export async function consumeJoinCode(conn: Conn, householdId: string, hash: string, now: string) {
  const r = await conn
    .updateTable('households')
    .set({ join_code_hash: null, updated_at: now })
    .where('id', '=', householdId)
    .where('join_code_hash', '=', hash)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The household whose current join code has this hash. */
export async function householdByJoinCode(conn: Conn, hash: string) {
  return conn.selectFrom('households').selectAll().where('join_code_hash', '=', hash).executeTakeFirst();
}

// ---------- audit ----------

/** The community's latest audit events (at most 200), optionally of one entity. */
export async function auditEvents(conn: Conn, c: string, f: { entityType?: string; entityId?: string }) {
  return conn
    .selectFrom('audit_events as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select([
      'a.seq',
      'a.action',
      'u.display_name',
      'a.before',
      'a.after',
      'a.created_at',
      'a.hash',
      'a.entity_type',
      'a.entity_id',
    ])
    .where('a.community_id', '=', c)
    .$if(!!f.entityType, (qb) => qb.where('a.entity_type', '=', f.entityType!))
    .$if(!!f.entityId, (qb) => qb.where('a.entity_id', '=', f.entityId!))
    .orderBy('a.seq', 'desc')
    .limit(200)
    .execute();
}

/** Estates numbered 1.. in order of creation, for household codes like 1-3-201. */
export async function estateNumbers(conn: Conn, c: string) {
  const rows = await conn
    .selectFrom('estates')
    .select('id')
    .where('community_id', '=', c)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return new Map(rows.map((r, i) => [r.id, i + 1]));
}

// ---------- the read-service's queries (org.service.ts is the surface other modules call) ----------

/** Estates of a community by id (all when `ids` is omitted), id and name. */
export function estatesById(conn: Conn, c: string, ids?: string[]) {
  return conn
    .selectFrom('estates')
    .select(['id', 'name'])
    .where('community_id', '=', c)
    .$if(!!ids, (qb) => qb.where('id', 'in', ids!.length ? ids! : ['-']))
    .orderBy('name')
    .execute();
}

/** Buildings of a community by id (all when `ids` is omitted), with their estate and grid. */
export function buildingsById(conn: Conn, c: string, ids?: string[]) {
  return conn
    .selectFrom('buildings')
    .select(['id', 'name', 'estate_id', 'grid_id'])
    .where('community_id', '=', c)
    .$if(!!ids, (qb) => qb.where('id', 'in', ids!.length ? ids! : ['-']))
    .execute();
}

/** Grids of a community by id (all when `ids` is omitted), id and name. */
export function gridsById(conn: Conn, c: string, ids?: string[]) {
  return conn
    .selectFrom('grids')
    .select(['id', 'name'])
    .where('community_id', '=', c)
    .$if(!!ids, (qb) => qb.where('id', 'in', ids!.length ? ids! : ['-']))
    .execute();
}

/** One household of a community, its place and representative. */
export function householdById(conn: Conn, c: string, id: string) {
  return conn
    .selectFrom('households')
    .select(['id', 'code', 'room', 'estate_id', 'building_id', 'representative_id'])
    .where('community_id', '=', c)
    .where('id', '=', id)
    .executeTakeFirst();
}

/*
 * Households and residents by id: the community is checked on the rows the keys find, not in the WHERE. Given
 * `community_id = ? and id in (…)`, SQLite (no statistics) searches the community's own index and tests each of
 * its thousands of rows against the list — 5 ms for the 20 reporters of a ticket list in a community of 5,000
 * residents, against 0.05 ms by primary key.
 */
const ofCommunity = <R extends { community_id: string }>(rows: R[], c: string) =>
  rows.filter((r) => r.community_id === c);

/** Households of a community by id (ids of another community are not found), in chunks the drivers take. */
export async function householdsById(conn: Conn, c: string, ids: string[]) {
  const out = [];
  for (let i = 0; i < ids.length; i += 500)
    out.push(
      ...(await conn
        .selectFrom('households')
        .select(['id', 'community_id', 'code', 'room', 'estate_id', 'building_id', 'representative_id'])
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  return ofCommunity(out, c);
}

/** Residents of a community by id: name, phone, household and account. */
export async function residentsById(conn: Conn, c: string, ids: string[]) {
  if (!ids.length) return [];
  const rows = await conn
    .selectFrom('residents')
    .select(['id', 'community_id', 'name', 'phone', 'household_id', 'user_id'])
    .where('id', 'in', ids)
    .execute();
  return ofCommunity(rows, c);
}

/** Where a user is a resident, in every community: the resident, household and whether they represent it. */
export function residenciesOfUser(conn: Conn, userId: string) {
  return conn
    .selectFrom('residents as r')
    .leftJoin('households as h', 'h.id', 'r.household_id')
    .select(['r.id', 'r.community_id', 'r.household_id', 'h.representative_id'])
    .where('r.user_id', '=', userId)
    .execute();
}

/** Grid service-team members with an account, filtered by grid, team role or user. */
export async function gridTeamAccounts(
  conn: Conn,
  c: string | null,
  f: { gridId?: string; roles?: string[]; userIds?: string[] },
) {
  const rows = await conn
    .selectFrom('grid_members')
    .select(['user_id', 'grid_id', 'role'])
    .where('user_id', 'is not', null)
    .$if(c !== null, (qb) => qb.where('community_id', '=', c!))
    .$if(!!f.gridId, (qb) => qb.where('grid_id', '=', f.gridId!))
    .$if(!!f.roles, (qb) => qb.where('role', 'in', f.roles!.length ? f.roles! : ['-']))
    .$if(!!f.userIds, (qb) => qb.where('user_id', 'in', f.userIds!.length ? f.userIds! : ['-']))
    .execute();
  return rows.map((r) => ({ userId: r.user_id!, gridId: r.grid_id, role: r.role }));
}

/** Households in a consultation-like scope (all, some estates, some buildings, or those with a resident tagged), by code. */
export function householdsWhere(conn: Conn, c: string, scope: HouseholdScope) {
  let q = conn
    .selectFrom('households as h')
    .leftJoin('residents as r', 'r.id', 'h.representative_id')
    .select(['h.id', 'h.code', 'h.estate_id', 'h.building_id', 'r.name as representative_name'])
    .where('h.community_id', '=', c);
  if (scope.kind === 'estates') q = q.where('h.estate_id', 'in', scope.ids);
  if (scope.kind === 'buildings') q = q.where('h.building_id', 'in', scope.ids);
  if (scope.kind === 'tag') {
    const tagged = conn
      .selectFrom('residents as tr')
      .innerJoin('resident_tags as t', 't.resident_id', 'tr.id')
      .select('tr.household_id')
      .where('t.community_id', '=', c)
      .where('t.tag', '=', scope.tag)
      .where('tr.household_id', 'is not', null);
    q = q.where((eb) => eb('h.id', 'in', tagged.$narrowType<{ household_id: string }>()));
  }
  return q.orderBy('h.code').execute();
}
export type HouseholdScope =
  | { kind: 'all' }
  | { kind: 'estates'; ids: string[] }
  | { kind: 'buildings'; ids: string[] }
  | { kind: 'tag'; tag: string };

/** Communities by id (all when `ids` is omitted), with their town, ordered by name. */
export function communitiesById(conn: Conn, ids?: string[]) {
  return conn
    .selectFrom('communities')
    .select(['id', 'name', 'town_id'])
    .$if(!!ids, (qb) => qb.where('id', 'in', ids!.length ? ids! : ['-']))
    .orderBy('name')
    .execute();
}

/** The communities of a town, ordered by name. */
export function communitiesOfTown(conn: Conn, townId: string) {
  return conn.selectFrom('communities').select(['id', 'name']).where('town_id', '=', townId).orderBy('name').execute();
}

/** One town, or undefined. */
export const townById = (conn: Conn, townId: string) =>
  conn.selectFrom('towns').select(['id', 'name']).where('id', '=', townId).executeTakeFirst();

/** Every town with its number of communities, by name. */
export function townsWithCommunityCounts(conn: Conn) {
  return conn
    .selectFrom('towns as t')
    .leftJoin('communities as c', 'c.town_id', 't.id')
    .select(['t.id', 't.name'])
    .select((eb) => eb.fn.count<number>('c.id').as('communities'))
    .groupBy(['t.id', 't.name'])
    .orderBy('t.name')
    .execute();
}

/** Accounts of the residents of some households of a community. */
export function accountsOfHouseholds(conn: Conn, c: string, householdIds: string[]) {
  if (!householdIds.length) return Promise.resolve([]);
  return conn
    .selectFrom('residents')
    .select(['user_id', 'household_id'])
    .where('community_id', '=', c)
    .where('household_id', 'in', householdIds)
    .where('user_id', 'is not', null)
    .execute();
}

/** Accounts' own phone, language and name, with a phone they have as a resident when the account has none. */
export function contactsOfUsers(conn: Conn, userIds: string[]) {
  if (!userIds.length) return Promise.resolve([]);
  return conn
    .selectFrom('users as u')
    .leftJoin('residents as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.phone', 'u.locale', 'u.display_name', 'r.phone as resident_phone'])
    .where('u.id', 'in', userIds)
    .execute();
}
