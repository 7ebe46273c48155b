import type { z } from 'zod';
import type {
  BuildingCreate,
  BuildingPatch,
  BuildingQuery,
  EstateCreate,
  EstatePatch,
  EstateQuery,
  GridCreate,
  GridMemberCreate,
  GridMemberPatch,
  GridPatch,
  GridQuery,
  HouseholdCreate,
  HouseholdPatch,
  HouseholdQuery,
} from '../../../contract/org';
import type { Conn } from '../../core/db/kysely';
import { errors } from '../../core/errors';
import { maskPhone } from '../../core/pii';
import { newId, nowIso } from '../../core/ids';
import { visibleCommunities, type Actor } from '../../core/policy/policy';
import * as repo from './org.repo';
import { buildingOut, estateOut, gridMemberOut, householdOut } from './org.present';
import { listResidents } from './people.service';
import {
  checkRefs,
  columnsOf,
  conflict,
  deleteAudited,
  inTransaction,
  insertAudited,
  mustFind,
  updateAudited,
} from './org.scope';
import { type RequestContext } from '../../core/context';

type In<T extends z.ZodTypeAny> = z.infer<T>;

// ---------- communities ----------

/** Communities the actor may see (every one for the platform admin), with their counts. */
export async function listCommunities(conn: Conn, actor: Actor) {
  const rows = await repo.communitySummaries(conn, visibleCommunities(actor));
  const counts = await repo.communityCounts(
    conn,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => ({ id: r.id, name: r.name, townName: r.town_name, ...counts.get(r.id)! })) };
}

/** One community with its town and counts. */
export async function getCommunity(s: RequestContext) {
  const [row] = await repo.communitySummaries(s.db, [s.communityId]);
  if (!row) throw errors.notFound('community');
  const counts = await repo.communityCounts(s.db, [row.id]);
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    town: { id: row.town_id, name: row.town_name },
    counts: counts.get(row.id)!,
  };
}

/** A platform admin passes every policy, so an unknown community id must still answer 404. */
export async function communityExists(conn: Conn, id: string) {
  return (await repo.communitySummaries(conn, [id])).length === 1;
}

// ---------- estates ----------

/** Estates page. */
export const listEstates = async (s: RequestContext, q: In<typeof EstateQuery>) =>
  repo
    .paged(repo.estatesBase(s.db, s.communityId, q), repo.estateSelect, q)
    .then((p) => ({ ...p, items: p.items.map(estateOut) }));

async function estateView(conn: Conn, s: RequestContext, id: string) {
  return estateOut(
    await repo.estateSelect(repo.estatesBase(conn, s.communityId).where('e.id', '=', id)).executeTakeFirstOrThrow(),
  );
}

async function estateNameFree(conn: Conn, s: RequestContext, name: string, exceptId?: string) {
  const q = repo.estatesBase(conn, s.communityId).select('e.id').where('e.name', '=', name);
  const hit = await (exceptId ? q.where('e.id', '!=', exceptId) : q).executeTakeFirst();
  if (hit) throw conflict(['小区名称', 'An estate with this name']);
}

/** Creates an estate; names are unique in the community. */
export async function createEstate(s: RequestContext, b: In<typeof EstateCreate>) {
  return inTransaction(s, async (trx) => {
    await estateNameFree(trx, s, b.name);
    const now = nowIso();
    const id = newId();
    await insertAudited(trx, s, 'estates', {
      id,
      community_id: s.communityId,
      name: b.name,
      address: b.address ?? null,
      note: b.note ?? null,
      created_at: now,
      updated_at: now,
    });
    return estateView(trx, s, id);
  });
}

/** Updates an estate. */
export async function patchEstate(s: RequestContext, id: string, b: In<typeof EstatePatch>) {
  return inTransaction(s, async (trx) => {
    const before = await mustFind(trx, s, 'estates', id);
    if (b.name) await estateNameFree(trx, s, b.name, id);
    await updateAudited(trx, s, 'estates', before, columnsOf(b));
    return estateView(trx, s, id);
  });
}

// ---------- grids ----------

async function gridViews(
  conn: Conn,
  s: RequestContext,
  rows: Array<{ id: string; name: string; note: string | null }>,
) {
  const ids = rows.map((r) => r.id);
  const [buildings, team] = await Promise.all([
    repo.gridBuildings(conn, ids),
    repo.gridTeams(conn, s.communityId, ids),
  ]);
  return rows.map((g) => ({
    ...g,
    buildings: buildings
      .filter((b) => b.grid_id === g.id)
      .map((b) => ({ id: b.id, name: b.name, estateName: b.estate_name })),
    team: team.filter((m) => m.grid_id === g.id).map(gridMemberOut),
  }));
}

/** Grids page with buildings and team. */
export async function listGrids(s: RequestContext, q: In<typeof GridQuery>) {
  const p = await repo.paged<{ id: string; name: string; note: string | null }>(
    repo.gridsBase(s.db, s.communityId, q),
    repo.gridSelect,
    q,
  );
  return { ...p, items: await gridViews(s.db, s, p.items) };
}

async function gridView(conn: Conn, s: RequestContext, id: string) {
  const row = await repo
    .gridSelect(repo.gridsBase(conn, s.communityId).where('g.id', '=', id))
    .executeTakeFirstOrThrow();
  return (await gridViews(conn, s, [row]))[0];
}

async function gridNameFree(conn: Conn, s: RequestContext, name: string, exceptId?: string) {
  const q = repo.gridsBase(conn, s.communityId).select('g.id').where('g.name', '=', name);
  if (await (exceptId ? q.where('g.id', '!=', exceptId) : q).executeTakeFirst())
    throw conflict(['网格名称', 'A grid with this name']);
}

/** Creates a grid. */
export async function createGrid(s: RequestContext, b: In<typeof GridCreate>) {
  return inTransaction(s, async (trx) => {
    await gridNameFree(trx, s, b.name);
    const now = nowIso();
    const id = newId();
    await insertAudited(trx, s, 'grids', {
      id,
      community_id: s.communityId,
      name: b.name,
      note: b.note ?? null,
      created_at: now,
      updated_at: now,
    });
    return gridView(trx, s, id);
  });
}

/** Updates a grid. */
export async function patchGrid(s: RequestContext, id: string, b: In<typeof GridPatch>) {
  return inTransaction(s, async (trx) => {
    const before = await mustFind(trx, s, 'grids', id);
    if (b.name) await gridNameFree(trx, s, b.name, id);
    await updateAudited(trx, s, 'grids', before, columnsOf(b));
    return gridView(trx, s, id);
  });
}

/** A grid's service team. */
export async function listGridMembers(s: RequestContext, gridId: string) {
  await mustFind(s.db, s, 'grids', gridId);
  return { items: (await repo.gridTeams(s.db, s.communityId, [gridId])).map(gridMemberOut) };
}

/** A grid member row of this grid, or 404. */
async function gridMember(conn: Conn, s: RequestContext, gridId: string, memberId: string) {
  await mustFind(conn, s, 'grids', gridId);
  const m = await mustFind(conn, s, 'grid_members', memberId);
  if (m.grid_id !== gridId) throw errors.notFound('grid member');
  return m;
}

/** Adds a member to a grid's team. */
export async function addGridMember(s: RequestContext, gridId: string, b: In<typeof GridMemberCreate>) {
  return inTransaction(s, async (trx) => {
    await mustFind(trx, s, 'grids', gridId);
    await checkRefs(trx, s, { buildings: b.buildingId, residents: b.residentId, users: b.userId });
    const now = nowIso();
    const row = {
      id: newId(),
      community_id: s.communityId,
      grid_id: gridId,
      role: b.role,
      name: b.name,
      phone: b.phone ?? null,
      building_id: b.buildingId ?? null,
      resident_id: b.residentId ?? null,
      user_id: b.userId ?? null,
      created_at: now,
      updated_at: now,
    };
    await insertAudited(trx, s, 'grid_members', row);
    return gridMemberOut(row);
  });
}

/** Updates a member of a grid's team. */
export async function patchGridMember(
  s: RequestContext,
  gridId: string,
  memberId: string,
  b: In<typeof GridMemberPatch>,
) {
  return inTransaction(s, async (trx) => {
    const before = await gridMember(trx, s, gridId, memberId);
    await checkRefs(trx, s, { buildings: b.buildingId, residents: b.residentId, users: b.userId });
    await updateAudited(trx, s, 'grid_members', before, columnsOf(b));
    return gridMemberOut(await mustFind(trx, s, 'grid_members', memberId));
  });
}

/** Removes a member from a grid's team. */
export async function removeGridMember(s: RequestContext, gridId: string, memberId: string) {
  await inTransaction(s, async (trx) => {
    await deleteAudited(trx, s, 'grid_members', await gridMember(trx, s, gridId, memberId));
  });
}

// ---------- buildings ----------

/** Estate and building names by building id, for other modules' per-building figures (consultation turnout). */
export async function buildingLabels(
  conn: Conn,
  communityId: string,
  ids: string[],
): Promise<Map<string, { estate: string; building: string }>> {
  if (!ids.length) return new Map();
  const rows = await conn
    .selectFrom('buildings as b')
    .innerJoin('estates as e', 'e.id', 'b.estate_id')
    .select(['b.id', 'b.name as building', 'e.name as estate'])
    .where('b.community_id', '=', communityId)
    .where('b.id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { estate: r.estate, building: r.building }]));
}

/** Buildings page. */
export const listBuildings = async (s: RequestContext, q: In<typeof BuildingQuery>) =>
  repo
    .paged(repo.buildingsBase(s.db, s.communityId, q), repo.buildingSelect, q)
    .then((p) => ({ ...p, items: p.items.map(buildingOut) }));

async function buildingView(conn: Conn, s: RequestContext, id: string) {
  return buildingOut(
    await repo.buildingSelect(repo.buildingsBase(conn, s.communityId).where('b.id', '=', id)).executeTakeFirstOrThrow(),
  );
}

async function buildingNameFree(conn: Conn, s: RequestContext, estateId: string, name: string, exceptId?: string) {
  const q = repo.buildingsBase(conn, s.communityId, { estateId }).select('b.id').where('b.name', '=', name);
  if (await (exceptId ? q.where('b.id', '!=', exceptId) : q).executeTakeFirst())
    throw conflict(['该小区的楼栋', 'A building with this name in the estate']);
}

/** Creates a building in an estate; names are unique per estate. */
export async function createBuilding(s: RequestContext, b: In<typeof BuildingCreate>) {
  return inTransaction(s, async (trx) => {
    await checkRefs(trx, s, { estates: b.estateId, grids: b.gridId });
    await buildingNameFree(trx, s, b.estateId, b.name);
    const now = nowIso();
    const id = newId();
    await insertAudited(trx, s, 'buildings', {
      id,
      community_id: s.communityId,
      estate_id: b.estateId,
      grid_id: b.gridId ?? null,
      name: b.name,
      floors: b.floors ?? null,
      note: b.note ?? null,
      created_at: now,
      updated_at: now,
    });
    return buildingView(trx, s, id);
  });
}

/** Updates a building; moving it to another estate moves its households. */
export async function patchBuilding(s: RequestContext, id: string, b: In<typeof BuildingPatch>) {
  return inTransaction(s, async (trx) => {
    const before = await mustFind(trx, s, 'buildings', id);
    await checkRefs(trx, s, { estates: b.estateId, grids: b.gridId });
    if (b.name || b.estateId) await buildingNameFree(trx, s, b.estateId ?? before.estate_id, b.name ?? before.name, id);
    await updateAudited(trx, s, 'buildings', before, columnsOf(b));
    // Households carry their estate too, so moving a building moves them.
    if (b.estateId && b.estateId !== before.estate_id) {
      await trx
        .updateTable('households')
        .set({ estate_id: b.estateId, updated_at: nowIso() })
        .where('community_id', '=', s.communityId)
        .where('building_id', '=', id)
        .execute();
    }
    return buildingView(trx, s, id);
  });
}

// ---------- households ----------

/** Households page. */
export const listHouseholds = async (s: RequestContext, q: In<typeof HouseholdQuery>) =>
  repo
    .paged(repo.householdsBase(s.db, s.communityId, q), repo.householdSelect, q)
    .then((p) => ({ ...p, items: p.items.map(householdOut) }));

async function householdView(conn: Conn, s: RequestContext, id: string) {
  const row = await repo
    .householdSelect(repo.householdsBase(conn, s.communityId).where('h.id', '=', id))
    .executeTakeFirst();
  if (!row) throw errors.notFound('household');
  return householdOut(row);
}

/** One household with its residents. */
export async function getHousehold(s: RequestContext, id: string) {
  const h = await householdView(s.db, s, id);
  const residents = await listResidents(s, { householdId: id, page: 1, pageSize: 100 });
  return { ...h, residentCount: h.residents, residents: residents.items };
}

/** The caller's own household in the community, for the resident H5; 404 for anyone without one. */
export async function myHousehold(s: RequestContext) {
  const householdId = s.actor.residents.get(s.communityId)?.householdId;
  if (!householdId) throw errors.notFound('household');
  const h = await householdView(s.db, s, householdId);
  const residents = await repo.residentSelect(repo.residentsBase(s.db, s.communityId, { householdId })).execute();
  return {
    id: h.id,
    code: h.code,
    room: h.room,
    buildingName: h.buildingName,
    estateName: h.estateName,
    representative: h.representative,
    residents: residents.map((r) => ({
      id: r.id,
      name: r.name,
      phone: maskPhone(r.phone),
      isRepresentative: r.representative_id === r.id,
    })),
  };
}

/** Digits of a building name (3号楼 → 3), or the name itself. */
const buildingShort = (name: string) => name.replace(/\D/g, '') || name;

/** A household code not yet taken in the community: <estate no>-<building>-<room>, suffixed if needed. */
export function householdCode(taken: Set<string>, estateNo: number, buildingName: string, room: string): string {
  const base = `${estateNo}-${buildingShort(buildingName)}-${room}`.slice(0, 28);
  let code = base;
  for (let i = 2; taken.has(code); i++) code = `${base}-${i}`;
  taken.add(code);
  return code;
}

async function householdFree(
  conn: Conn,
  s: RequestContext,
  buildingId: string,
  room: string,
  code: string | undefined,
  exceptId?: string,
) {
  const keys = await repo.householdKeys(conn, s.communityId);
  const others = keys.filter((k) => k.id !== exceptId);
  if (others.some((k) => k.building_id === buildingId && k.room === room))
    throw conflict(['该楼栋的室号', 'This room in the building']);
  if (code && others.some((k) => k.code === code)) throw conflict(['户号', 'This household code']);
  return new Set(others.map((k) => k.code));
}

/** Creates a household; the code is generated when not given. */
export async function createHousehold(s: RequestContext, b: In<typeof HouseholdCreate>) {
  return inTransaction(s, async (trx) => {
    const building = await mustFind(trx, s, 'buildings', b.buildingId);
    const taken = await householdFree(trx, s, b.buildingId, b.room, b.code);
    const code =
      b.code ??
      householdCode(
        taken,
        (await repo.estateNumbers(trx, s.communityId)).get(building.estate_id)!,
        building.name,
        b.room,
      );
    const now = nowIso();
    const id = newId();
    await insertAudited(trx, s, 'households', {
      id,
      community_id: s.communityId,
      estate_id: building.estate_id,
      building_id: building.id,
      room: b.room,
      code,
      representative_id: null,
      join_code_hash: null,
      join_code_issued_at: null,
      note: b.note ?? null,
      created_at: now,
      updated_at: now,
    });
    return householdView(trx, s, id);
  });
}

/** Updates a household. */
export async function patchHousehold(s: RequestContext, id: string, b: In<typeof HouseholdPatch>) {
  return inTransaction(s, async (trx) => {
    const before = await mustFind(trx, s, 'households', id);
    const building = b.buildingId ? await mustFind(trx, s, 'buildings', b.buildingId) : null;
    await householdFree(trx, s, b.buildingId ?? before.building_id, b.room ?? before.room, b.code, id);
    await updateAudited(trx, s, 'households', before, {
      ...columnsOf(b),
      ...(building ? { estate_id: building.estate_id } : {}),
    });
    return householdView(trx, s, id);
  });
}

/** Makes a resident of the household its one representative. */
export async function setRepresentative(s: RequestContext, householdId: string, residentId: string) {
  return inTransaction(s, async (trx) => {
    const before = await mustFind(trx, s, 'households', householdId);
    const r = await mustFind(trx, s, 'residents', residentId);
    if (r.household_id !== householdId) {
      throw errors.unprocessable(
        'not_in_household',
        '该居民不属于这一户',
        'The resident does not belong to this household',
      );
    }
    await updateAudited(trx, s, 'households', before, { representative_id: residentId }, 'households.representative');
    return householdView(trx, s, householdId);
  });
}

/**
 * Names of a community, its estates and its organizations, for modules that show them beside their own
 * records (the evaluations module names the estate and the property company of each round).
 */
export async function placeNames(conn: Conn, communityId: string, estateIds: string[], organizationIds: string[]) {
  const [community, estates, orgs] = await Promise.all([
    conn.selectFrom('communities').select('name').where('id', '=', communityId).executeTakeFirst(),
    estateIds.length
      ? conn
          .selectFrom('estates')
          .select(['id', 'name'])
          .where('community_id', '=', communityId)
          .where('id', 'in', estateIds)
          .execute()
      : [],
    organizationIds.length
      ? conn
          .selectFrom('organizations')
          .select(['id', 'name', 'kind', 'estate_id'])
          .where('community_id', '=', communityId)
          .where('id', 'in', organizationIds)
          .execute()
      : [],
  ]);
  return {
    community: community?.name ?? null,
    estates: new Map(estates.map((e) => [e.id, e.name])),
    organizations: new Map(orgs.map((o) => [o.id, { name: o.name, kind: o.kind, estateId: o.estate_id }])),
  };
}
