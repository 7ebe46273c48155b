import type { Conn } from '../../core/db/kysely';
import * as repo from './org.repo';
import { placeNamesOf } from './place-names';

/**
 * The org read-service: what other modules may know of org's places, people, households, grid teams and
 * communities. Org's tables (estates, buildings, grids, households, residents, grid_members, communities, towns)
 * are read by org alone; every other module asks here, so org can change its tables without breaking them.
 * Every function is scoped to one community (ids of another community are simply not found) unless it says so.
 * Results are plain camelCase records, never org's rows.
 */

export type { HouseholdScope } from './org.repo';

export interface Place {
  id: string;
  name: string;
}
export interface BuildingPlace extends Place {
  estateId: string;
  gridId: string | null;
}

/** One estate of the community, or undefined. */
export async function estateOf(conn: Conn, communityId: string, estateId: string): Promise<Place | undefined> {
  return (await repo.estatesById(conn, communityId, [estateId]))[0];
}

/** One building of the community with its estate and grid, or undefined. */
export async function buildingOf(
  conn: Conn,
  communityId: string,
  buildingId: string,
): Promise<BuildingPlace | undefined> {
  return (await buildingPlaces(conn, communityId, [buildingId]))[0];
}

/** Buildings of the community (all when `ids` is omitted), in house-number order within each estate's listing. */
export async function buildingPlaces(conn: Conn, communityId: string, ids?: string[]): Promise<BuildingPlace[]> {
  const rows = await repo.buildingsById(conn, communityId, ids);
  return rows.map((b) => ({ id: b.id, name: b.name, estateId: b.estate_id, gridId: b.grid_id }));
}

/** Every estate of the community (by name) and every building, to pick a place from. */
export async function placesOf(
  conn: Conn,
  communityId: string,
): Promise<{ estates: Place[]; buildings: BuildingPlace[] }> {
  const [estates, buildings] = await Promise.all([
    repo.estatesById(conn, communityId),
    buildingPlaces(conn, communityId),
  ]);
  return { estates, buildings };
}

/**
 * Names of the given estates, buildings and grids of the community, by id, for lists that show where
 * something is (an id of another community has no name); kept in memory for a few seconds (place-names.ts).
 */
export async function placeNames(
  conn: Conn,
  communityId: string,
  ids: { estates?: Iterable<string | null>; buildings?: Iterable<string | null>; grids?: Iterable<string | null> },
) {
  const some = (xs?: Iterable<string | null>) => [...new Set([...(xs ?? [])].filter((x): x is string => !!x))];
  return placeNamesOf(conn, communityId, {
    estates: some(ids.estates),
    buildings: some(ids.buildings),
    grids: some(ids.grids),
  });
}

/** Every grid of the community, id and name. */
export async function gridsOf(conn: Conn, communityId: string): Promise<Place[]> {
  return repo.gridsById(conn, communityId);
}

/** Estate and building names by building id, for per-building figures (consultation turnout). */
export { buildingLabels } from './structure.service';

export interface HouseholdRef {
  id: string;
  code: string;
  room: string;
  estateId: string;
  buildingId: string;
  representativeId: string | null;
}

/** One household of the community with its place and representative, or undefined. */
export async function householdOf(
  conn: Conn,
  communityId: string,
  householdId: string,
): Promise<HouseholdRef | undefined> {
  const h = await repo.householdById(conn, communityId, householdId);
  return (
    h && {
      id: h.id,
      code: h.code,
      room: h.room,
      estateId: h.estate_id,
      buildingId: h.building_id,
      representativeId: h.representative_id,
    }
  );
}

/** Households of the community by id, in one query per 500 (a list of vehicles or ballots, not one query each). */
export async function householdsOf(conn: Conn, communityId: string, ids: Iterable<string>): Promise<HouseholdRef[]> {
  return (await repo.householdsById(conn, communityId, [...new Set(ids)])).map((h) => ({
    id: h.id,
    code: h.code,
    room: h.room,
    estateId: h.estate_id,
    buildingId: h.building_id,
    representativeId: h.representative_id,
  }));
}

/**
 * Households in a scope (all, some estates, some buildings, or with a resident tagged), ordered by code, with
 * the representative's name UNMASKED: the caller masks it before it leaves the server.
 */
export async function householdsInScope(conn: Conn, communityId: string, scope: repo.HouseholdScope) {
  const rows = await repo.householdsWhere(conn, communityId, scope);
  return rows.map((h) => ({
    id: h.id,
    code: h.code,
    estateId: h.estate_id,
    buildingId: h.building_id,
    representativeName: h.representative_name,
  }));
}

export interface ResidentRef {
  id: string;
  name: string;
  phone: string | null;
  householdId: string | null;
  userId: string | null;
}

/** Residents of the community by id (unknown ids left out); name and phone UNMASKED: the caller masks them. */
export async function residentsOf(
  conn: Conn,
  communityId: string,
  ids: Iterable<string | null>,
): Promise<Map<string, ResidentRef>> {
  const want = [...new Set([...ids].filter((x): x is string => !!x))];
  const rows = await repo.residentsById(conn, communityId, want);
  return new Map(
    rows.map((r) => [r.id, { id: r.id, name: r.name, phone: r.phone, householdId: r.household_id, userId: r.user_id }]),
  );
}

/** One resident of the community, or undefined (see residentsOf). */
export async function residentOf(
  conn: Conn,
  communityId: string,
  residentId: string,
): Promise<ResidentRef | undefined> {
  return (await residentsOf(conn, communityId, [residentId])).get(residentId);
}

/** Where a user is a resident, across communities: resident, household and whether they represent it (for sessions). */
export async function residenciesOf(conn: Conn, userId: string) {
  const rows = await repo.residenciesOfUser(conn, userId);
  return rows.map((r) => ({
    communityId: r.community_id,
    residentId: r.id,
    householdId: r.household_id,
    representative: r.representative_id === r.id,
  }));
}

/** The grids of the community whose service team this user is on. */
export function gridsServedBy(conn: Conn, communityId: string, userId: string): Promise<string[]> {
  return repo.gridsServedBy(conn, communityId, userId);
}

/**
 * Grid service-team members with an account (one entry per membership), filtered by grid, team role
 * (`building_leader`, …) or user. Members without an account are left out: they cannot be notified or assigned.
 */
export function gridTeamAccounts(
  conn: Conn,
  communityId: string,
  f: { gridId?: string; roles?: string[]; userIds?: string[] } = {},
) {
  return repo.gridTeamAccounts(conn, communityId, f);
}

/** Communities by id (all when omitted), by name, with their town. */
export async function communitiesOf(conn: Conn, ids?: string[]): Promise<Array<Place & { townId: string }>> {
  const rows = await repo.communitiesById(conn, ids);
  return rows.map((c) => ({ id: c.id, name: c.name, townId: c.town_id }));
}

/** One community's name, or undefined. */
export async function communityName(conn: Conn, communityId: string): Promise<string | undefined> {
  return (await repo.communitiesById(conn, [communityId]))[0]?.name;
}

/** The communities of a town, by name. */
export function communitiesOfTown(conn: Conn, townId: string): Promise<Place[]> {
  return repo.communitiesOfTown(conn, townId);
}

/** One town, or undefined. */
export function townOf(conn: Conn, townId: string): Promise<Place | undefined> {
  return repo.townById(conn, townId);
}

/** Every town with its number of communities, by name. */
export async function towns(conn: Conn): Promise<Array<Place & { communities: number }>> {
  const rows = await repo.townsWithCommunityCounts(conn);
  return rows.map((t) => ({ id: t.id, name: t.name, communities: Number(t.communities) }));
}

/** The accounts of everyone living in these households of the community (to tell a household, not only its representative). */
export async function accountsOfHouseholds(conn: Conn, communityId: string, householdIds: string[]): Promise<string[]> {
  const out = new Set<string>();
  for (let i = 0; i < householdIds.length; i += 500)
    for (const r of await repo.accountsOfHouseholds(conn, communityId, householdIds.slice(i, i + 500)))
      if (r.user_id) out.add(r.user_id);
  return [...out];
}

export interface Contact {
  /** The account's phone, else the phone it has as a resident; full, for sending only — never shown. */
  phone: string | null;
  locale: string | null;
  name: string;
}

/** What sending a message to a person needs: phone, language and name, read when the message goes out. */
export async function contactsOf(conn: Conn, userIds: string[]): Promise<Map<string, Contact>> {
  const out = new Map<string, Contact>();
  for (const r of await repo.contactsOfUsers(conn, [...new Set(userIds)])) {
    const prev = out.get(r.id);
    out.set(r.id, {
      phone: r.phone ?? prev?.phone ?? r.resident_phone ?? null,
      locale: r.locale,
      name: r.display_name,
    });
  }
  return out;
}
