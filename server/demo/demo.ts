import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config';
import type { Database, Trx } from '../core/db/kysely';
import { newId, nowIso } from '../core/ids';
import { hashPassword } from '../core/auth/password';
import { Secrets } from '../core/pii';
import { record } from '../core/audit/audit';
import type { Role } from '../core/policy/policy';
import { createUser, grantRole } from '../modules/org/accounts.service';
import { prng } from './people';
import { demoSeeders } from './registry';
import { installedModules } from '../modules';
import { seedCommunity, type DemoPeople, type DemoPerson } from './seed';

/** The demo accounts: login, roles in the demo community, and how the banner describes them. */
export const DEMO_ACCOUNTS: Array<{ login: string; roles: Role[]; label: string; admin?: boolean }> = [
  { login: 'admin', roles: [], label: '平台管理员（镇）', admin: true },
  { login: 'secretary', roles: ['party_branch', 'deputy', 'party_member'], label: '党支部书记 · 人大代表 · 党员' },
  { login: 'staff', roles: ['staff'], label: '居委会工作人员' },
  { login: 'property', roles: ['property_manager'], label: '物业公司项目经理' },
  { login: 'committee1', roles: ['committee', 'party_member'], label: '红色自管会主任 · 党员' },
  { login: 'committee2', roles: ['committee', 'party_member'], label: '红色自管会副主任 · 党员' },
  { login: 'committee3', roles: ['committee'], label: '红色自管会委员' },
  { login: 'committee4', roles: ['committee'], label: '红色自管会委员' },
  { login: 'committee5', roles: ['committee'], label: '红色自管会委员' },
  { login: 'leader1', roles: ['building_leader', 'grid_member'], label: '楼组长 · 第一网格服务小组' },
  { login: 'resident1', roles: ['resident'], label: '居民 · 户代表' },
];

export const DEMO_COMMUNITY = '砖桥居民区';
const DEMO_HOUSEHOLDS = 2000;
const DEMO_SEED = 20121; // 2012: the year 砖桥 became a residents' area (村改居)

/**
 * Seeds the 砖桥居民区 demo when the database has no community yet (SQLite, or PostgreSQL when
 * DATABASE_URL is set); returns the banner printed at start, with the URL, the demo accounts and
 * their password (GONGZHI_DEMO_PASSWORD, or one generated at first seed and kept in <dataDir>/demo-password).
 */
export async function ensureDemo(
  database: Database,
  secret: string,
  config: Config,
  opts: { households?: number } = {},
): Promise<{ banner: (url: string) => string }> {
  const { db } = database;
  const existing = await db.selectFrom('communities').select('id').limit(1).executeTakeFirst();
  const passwordFile = path.join(config.dataDir, 'demo-password');
  let password = config.demoPassword ?? readPassword(passwordFile);
  let seeded: { ms: number; households: number; residents: number } | null = null;
  if (!existing) {
    if (!password) {
      password = crypto.randomBytes(12).toString('base64url');
      fs.mkdirSync(config.dataDir, { recursive: true });
      fs.writeFileSync(passwordFile, password + '\n', { mode: 0o600 });
    }
    const t0 = performance.now();
    const secrets = new Secrets(secret);
    const hash = await hashPassword(password);
    const { community, users } = await db.transaction().execute(async (trx) => {
      const now = nowIso();
      const townId = newId();
      await trx
        .insertInto('towns')
        .values({ id: townId, name: '洞泾镇', code: '310117-DJ', created_at: now, updated_at: now })
        .execute();
      await record(trx, {
        actorId: null,
        communityId: null,
        entityType: 'town',
        entityId: townId,
        action: 'towns.create',
        after: { name: '洞泾镇', district: '松江区' },
      });
      const users: Record<string, string> = {};
      const community = await seedCommunity(trx, secrets, {
        townId,
        name: DEMO_COMMUNITY,
        address: '上海市松江区洞泾镇',
        households: opts.households ?? DEMO_HOUSEHOLDS,
        seed: DEMO_SEED,
        accounts: async (people) => {
          Object.assign(users, await createAccounts(trx, people, hash));
          return {
            secretary: users.secretary,
            property: users.property,
            leader: users.leader1,
            resident: users.resident1,
            committee: [1, 2, 3, 4, 5].map((i) => users[`committee${i}`]),
          };
        },
      });
      for (const a of DEMO_ACCOUNTS)
        for (const role of a.roles) await grantRole(trx, users[a.login], community.communityId, role, null);
      return { community, users };
    });
    installedModules(); // the modules' seeders, in dependency order
    for (const s of demoSeeders())
      await s.seed({ db, secrets, community, users, rng: prng(DEMO_SEED + s.name.length) });
    const residents = await db
      .selectFrom('residents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    seeded = { ms: performance.now() - t0, households: community.households.length, residents: Number(residents.n) };
  }

  return {
    banner: (url) => {
      const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.login.length)) + 2;
      return [
        seeded
          ? `Demo community ${DEMO_COMMUNITY} seeded: ${seeded.households} households, ${seeded.residents} residents in ${(seeded.ms / 1000).toFixed(1)} s.`
          : `Demo data: ${config.dialect === 'postgres' ? 'PostgreSQL' : database.file}`,
        '',
        `  Console (管理端)      ${url}/`,
        `  Resident H5 (居民端)  ${url}/h5/`,
        `  API docs             ${url}/api/docs`,
        '',
        `Demo accounts (演示账号) — password: ${password ?? `(set when the demo was first seeded; not in ${passwordFile})`}`,
        ...DEMO_ACCOUNTS.map((a) => `  ${a.login.padEnd(width)}${a.label}`),
        '',
      ].join('\n');
    },
  };
}

function readPassword(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Creates the demo accounts (one password hash for all); resident-linked ones carry their resident's name and phone. */
async function createAccounts(trx: Trx, people: DemoPeople, hash: string): Promise<Record<string, string>> {
  const who: Record<string, DemoPerson> = {
    admin: { name: '洞泾镇管理员', phone: null },
    staff: { name: '顾晓燕', phone: null },
    secretary: people.secretary,
    property: people.property,
    leader1: people.leader,
    resident1: people.resident,
    ...Object.fromEntries(people.committee.map((p, i) => [`committee${i + 1}`, p])),
  };
  const ids: Record<string, string> = {};
  for (const a of DEMO_ACCOUNTS) {
    const p = who[a.login];
    ids[a.login] = await createUser(
      trx,
      { login: a.login, displayName: p.name, password: '', phone: p.phone, platformAdmin: !!a.admin },
      null,
      hash,
    );
  }
  return ids;
}
