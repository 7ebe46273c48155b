import type { Db } from '../core/db/kysely';
import { newId, nowIso } from '../core/ids';
import { hashPassword } from '../core/auth/password';
import type { Role } from '../core/policy/policy';
import type { Secrets } from '../core/pii';
import { maskIdNumber } from '../core/pii';
import { createUser, grantRole } from '../modules/org/accounts.service';

export const TEST_PASSWORD = 'test-password-123';

/**
 * A small, fixed world for server tests: community A (砖桥) with two estates, two grids, three
 * buildings and nine households, one account per role; community B with its own staff and resident,
 * for cross-community checks. Written directly, not through the API, so any module's tests can use it.
 */
export const FIXTURE_USERS: Record<
  string,
  { community: 'A' | 'B' | null; roles: Role[]; admin?: boolean; resident?: [number, boolean] }
> = {
  admin: { community: null, roles: [], admin: true },
  staff: { community: 'A', roles: ['staff'] },
  secretary: { community: 'A', roles: ['party_branch', 'deputy', 'party_member'] },
  property: { community: 'A', roles: ['property_manager'] },
  specialist: { community: 'A', roles: ['property_specialist', 'grid_member'] },
  committee1: { community: 'A', roles: ['committee'] },
  committee2: { community: 'A', roles: ['committee', 'party_member'] },
  leader1: { community: 'A', roles: ['building_leader', 'grid_member'] },
  leader2: { community: 'A', roles: ['building_leader', 'grid_member'] },
  // resident: [household index, is representative]
  resident1: { community: 'A', roles: ['resident'], resident: [0, true] },
  resident1b: { community: 'A', roles: ['resident'], resident: [0, false] },
  resident2: { community: 'A', roles: ['resident'], resident: [4, true] },
  resident3: { community: 'A', roles: ['resident'], resident: [7, true] },
  staffB: { community: 'B', roles: ['staff'] },
  residentB: { community: 'B', roles: ['resident'], resident: [0, true] },
};

export interface Fixture {
  townId: string;
  A: CommunityFixture;
  B: CommunityFixture;
  users: Record<string, string>;
  /** resident id of each fixture user that is a resident */
  residents: Record<string, string>;
}
export interface CommunityFixture {
  id: string;
  estates: string[];
  grids: string[];
  buildings: string[];
  households: string[];
}

let cachedHash: Promise<string> | undefined;

export async function seedFixture(db: Db, secrets: Secrets): Promise<Fixture> {
  const hash = await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const now = nowIso();
  const townId = newId();
  await db
    .insertInto('towns')
    .values({ id: townId, name: '洞泾镇', code: 'DJ', created_at: now, updated_at: now })
    .execute();

  async function community(
    name: string,
    estateNames: string[],
    gridNames: string[],
    layout: Array<[number, number, string]>,
  ): Promise<CommunityFixture> {
    const id = newId();
    await db
      .insertInto('communities')
      .values({ id, town_id: townId, name, address: null, created_at: now, updated_at: now })
      .execute();
    const estates = estateNames.map(() => newId());
    const grids = gridNames.map(() => newId());
    for (const [i, e] of estates.entries())
      await db
        .insertInto('estates')
        .values({
          id: e,
          community_id: id,
          name: estateNames[i],
          address: null,
          note: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    for (const [i, g] of grids.entries())
      await db
        .insertInto('grids')
        .values({ id: g, community_id: id, name: gridNames[i], note: null, created_at: now, updated_at: now })
        .execute();
    const buildings: string[] = [];
    const households: string[] = [];
    for (const [ei, gi, bname] of layout) {
      const b = newId();
      buildings.push(b);
      await db
        .insertInto('buildings')
        .values({
          id: b,
          community_id: id,
          estate_id: estates[ei],
          grid_id: grids[gi],
          name: bname,
          floors: 6,
          note: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      for (const room of ['101', '102', '201']) {
        const h = newId();
        households.push(h);
        await db
          .insertInto('households')
          .values({
            id: h,
            community_id: id,
            estate_id: estates[ei],
            building_id: b,
            room,
            code: `${ei + 1}-${bname.replace(/\D/g, '')}-${room}`,
            representative_id: null,
            join_code_hash: null,
            join_code_issued_at: null,
            note: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
      }
    }
    return { id, estates, grids, buildings, households };
  }

  const A = await community(
    '砖桥居民区',
    ['嘉和景苑', '洞北小区'],
    ['第一网格', '第二网格'],
    [
      [0, 0, '1号楼'],
      [0, 0, '2号楼'],
      [1, 1, '3号楼'],
    ],
  );
  const B = await community('另一居民区', ['东苑'], ['东苑网格'], [[0, 0, '1号楼']]);

  const users: Record<string, string> = {};
  const residents: Record<string, string> = {};
  let n = 0;
  for (const [login, u] of Object.entries(FIXTURE_USERS)) {
    n++;
    const phone = `1380000${String(n).padStart(4, '0')}`;
    const userId = await db.transaction().execute(async (trx) => {
      const uid = await createUser(
        trx,
        { login, displayName: login, password: TEST_PASSWORD, phone, platformAdmin: u.admin },
        null,
        hash,
      );
      const c = u.community === 'A' ? A : u.community === 'B' ? B : null;
      if (c) for (const r of u.roles) await grantRole(trx, uid, c.id, r, null);
      if (c && u.resident) {
        const [hi, rep] = u.resident;
        const rid = newId();
        const idNumber = testIdNumber(n);
        await trx
          .insertInto('residents')
          .values({
            id: rid,
            community_id: c.id,
            household_id: c.households[hi],
            name: `居民${login}`,
            gender: n % 2 ? 'male' : 'female',
            birth_date: '1960-05-01',
            phone,
            id_number_enc: secrets.encrypt(idNumber),
            id_number_mask: maskIdNumber(idNumber),
            id_number_hmac: secrets.blindIndex(idNumber),
            user_id: uid,
            note: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
        if (rep)
          await trx
            .updateTable('households')
            .set({ representative_id: rid })
            .where('id', '=', c.households[hi])
            .execute();
        residents[login] = rid;
      }
      return uid;
    });
    users[login] = userId;
  }
  // Grid team membership: leader1 and the specialist serve grid 1, leader2 grid 2.
  for (const [login, grid, role] of [
    ['leader1', 0, 'building_leader'],
    ['specialist', 0, 'property_specialist'],
    ['leader2', 1, 'building_leader'],
  ] as const) {
    await db
      .insertInto('grid_members')
      .values({
        id: newId(),
        community_id: A.id,
        grid_id: A.grids[grid],
        role,
        name: login,
        phone: null,
        building_id: null,
        resident_id: null,
        user_id: users[login],
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  return { townId, A, B, users, residents };
}

/** A valid 18-digit resident ID (correct check digit) that differs by n. */
export function testIdNumber(n: number): string {
  const body = `31011719600501${String(n).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((acc, wi, i) => acc + wi * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}
