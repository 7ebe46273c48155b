import type { Conn } from '../../core/db/kysely';
import { watchWrites } from '../../core/db/write-watch';
import * as repo from './org.repo';

/**
 * Names of a community's estates, buildings and grids, kept in memory per community: every ticket list
 * and dashboard names the places of its rows, and places change rarely (each change audited).
 *
 * Fresh enough because: any write in this process to estates, buildings or grids empties the map at once
 * (core/db's `WriteWatch`, as the actor cache); another app server's change reaches this one within
 * PLACE_NAMES_TTL_MS at most; a place missing from the map (created since, on another server) is read from
 * the database. A transaction reads the database, never the map: it may have renamed a place itself.
 */
export const PLACE_NAMES_TTL_MS = 3000;

export interface PlaceNames {
  estates: Map<string, string>;
  buildings: Map<string, string>;
  grids: Map<string, string>;
}
interface Entry extends PlaceNames {
  loadedAt: number;
}
/** Per database (its Kysely adapter, shared by its transactions: tests run many databases in one process), per community. */
let maps = new WeakMap<object, Map<string, Entry>>();
/** Bumped by every write: names read while a change was being made are not stored afterwards. */
let generation = 0;

watchWrites(['estates', 'buildings', 'grids'], () => {
  generation++;
  maps = new WeakMap();
});

const named = (rows: Array<{ id: string; name: string }>) => new Map(rows.map((r) => [r.id, r.name]));

async function read(conn: Conn, communityId: string, ids?: { e: string[]; b: string[]; g: string[] }) {
  const [e, b, g] = await Promise.all([
    !ids || ids.e.length ? repo.estatesById(conn, communityId, ids?.e) : [],
    !ids || ids.b.length ? repo.buildingsById(conn, communityId, ids?.b) : [],
    !ids || ids.g.length ? repo.gridsById(conn, communityId, ids?.g) : [],
  ]);
  return { estates: named(e), buildings: named(b), grids: named(g) };
}

/** Every place name of the community, from the map (read whole when missing or older than the TTL). */
async function cached(conn: Conn, communityId: string): Promise<PlaceNames> {
  const key = conn.getExecutor().adapter;
  const now = performance.now();
  const hit = maps.get(key)?.get(communityId);
  if (hit && now - hit.loadedAt < PLACE_NAMES_TTL_MS) return hit;
  const at = generation;
  const names = await read(conn, communityId);
  if (at === generation) {
    const m = maps.get(key) ?? maps.set(key, new Map()).get(key)!;
    m.set(communityId, { ...names, loadedAt: now });
  }
  return names;
}

/** Names of the given places of the community, by id (an id of another community has none). */
export async function placeNamesOf(
  conn: Conn,
  communityId: string,
  ids: { estates: string[]; buildings: string[]; grids: string[] },
): Promise<PlaceNames> {
  const want = { e: ids.estates, b: ids.buildings, g: ids.grids };
  if (conn.isTransaction) return read(conn, communityId, want);
  const all = await cached(conn, communityId);
  const missing = {
    e: want.e.filter((id) => !all.estates.has(id)),
    b: want.b.filter((id) => !all.buildings.has(id)),
    g: want.g.filter((id) => !all.grids.has(id)),
  };
  const pick = (m: Map<string, string>, xs: string[]) => new Map(xs.flatMap((x) => (m.has(x) ? [[x, m.get(x)!]] : [])));
  const found = {
    estates: pick(all.estates, want.e),
    buildings: pick(all.buildings, want.b),
    grids: pick(all.grids, want.g),
  };
  if (!missing.e.length && !missing.b.length && !missing.g.length) return found;
  const more = await read(conn, communityId, missing);
  for (const k of ['estates', 'buildings', 'grids'] as const) for (const [id, n] of more[k]) found[k].set(id, n);
  return found;
}
