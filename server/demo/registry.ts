import type { Db } from '../core/db/kysely';
import type { Secrets } from '../core/pii';
import type { Rng } from './people';

/** What the org seed made, by id, for the seeders of other modules to build on. */
export interface SeededCommunity {
  communityId: string;
  townId: string;
  estates: Array<{ id: string; name: string; code: string }>;
  grids: Array<{ id: string; name: string; buildingIds: string[] }>;
  buildings: Array<{ id: string; estateId: string; gridId: string; name: string }>;
  households: Array<{ id: string; buildingId: string; estateId: string; representativeId: string }>;
  /** Organization id per kind; `partner_unit` and `department` hold several. */
  organizations: Record<string, string[]>;
  /** Resident ids holding a tag, e.g. `tagged.car_owner`. */
  tagged: Record<string, string[]>;
}

export interface DemoSeedContext {
  db: Db;
  secrets: Secrets;
  community: SeededCommunity;
  /** Demo account ids by login (admin, secretary, staff, property, committee1…5, leader1, resident1). */
  users: Record<string, string>;
  /** Seeded from the community, so every seeder gets the same data on every run. */
  rng: Rng;
}

export type DemoSeeder = { name: string; seed: (ctx: DemoSeedContext) => Promise<void> };

const seeders: DemoSeeder[] = [];

/**
 * Adds a module's demo data (tickets, consultations, …) to `gongzhi demo`.
 *
 * A module does not call this itself: it names its seeder in its manifest (`demoSeeder` in its index.ts) and
 * installModules() registers it, after the seeders of the modules it depends on. Each seeder runs once, right
 * after the org seed has committed, in that order, only when the demo community is first created.
 * It gets the `Db` (not a transaction): open your own `db.transaction()`, write through your
 * service's rules and call `record()` for every change, so `gongzhi verify` keeps passing. Keep it to
 * a second or two; insert in batches.
 */
export function registerDemoSeeder(name: string, seed: DemoSeeder['seed']): void {
  if (seeders.some((s) => s.name === name)) throw new Error(`Demo seeder ${name} is registered twice`);
  seeders.push({ name, seed });
}

export const demoSeeders = (): readonly DemoSeeder[] => seeders;
