import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../core/config';
import { verifyChains } from '../core/audit/audit';
import { isValidIdNumber, PHONE_RE, Secrets } from '../core/pii';
import { openTestDatabase, type TestDatabase } from '../testing/database';
import { TEST_SECRET } from '../testing/harness';
import { DEMO_ACCOUNTS, ensureDemo } from './demo';
import { expectEvery } from '../testing/expect-every';

describe('demo seed', () => {
  let tdb: TestDatabase;
  let config: Config;
  let app: FastifyInstance;
  let banner: string;
  const db = () => tdb.database.db;

  beforeAll(async () => {
    tdb = await openTestDatabase();
    config = { ...loadConfig({ LOG_LEVEL: 'silent', GONGZHI_DATA_DIR: tdb.dataDir } as any), webDist: '/nonexistent' };
    const demo = await ensureDemo(tdb.database, TEST_SECRET, config, { households: 150 });
    banner = demo.banner('http://127.0.0.1:3000');
    app = await buildApp({ config, database: tdb.database, secret: TEST_SECRET });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await tdb?.cleanup();
  });

  it('generates a password once, keeps it private and prints it with the URLs and every account', async () => {
    const file = path.join(tdb.dataDir, 'demo-password');
    const password = fs.readFileSync(file, 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(banner).toContain(password);
    for (const u of ['http://127.0.0.1:3000/', 'http://127.0.0.1:3000/h5/', 'http://127.0.0.1:3000/api/docs'])
      expect(banner).toContain(u);
    expect(DEMO_ACCOUNTS.length).toBeGreaterThan(5);
    for (const a of DEMO_ACCOUNTS) expect(banner).toMatch(new RegExp(`^  ${a.login} +\\S`, 'm'));
  });

  it('lets every demo account sign in with that password and hold its roles', async () => {
    const password = fs.readFileSync(path.join(tdb.dataDir, 'demo-password'), 'utf8').trim();
    for (const a of DEMO_ACCOUNTS) {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: a.login, password } });
      expect(login.statusCode, a.login).toBe(200);
      const cookie = login.cookies.find((c) => c.name === 'gz_sid')!;
      const me = (
        await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `gz_sid=${cookie.value}` } })
      ).json();
      expect(me.user.platformAdmin).toBe(!!a.admin);
      const roles = me.communities[0]?.roles ?? [];
      expect(roles, a.login).toEqual(expect.arrayContaining(a.roles));
      if (a.login === 'resident1') {
        expect(roles).toContain('representative');
        expect(me.communities[0].residentId).toBeTruthy();
      }
    }
  });

  it('seeds the structure of the article: three estates and grids, full grid teams, the bodies', async () => {
    const estates = await db().selectFrom('estates').select('name').execute();
    expect(estates.map((e) => e.name).sort()).toEqual(['嘉和景苑', '洞北小区', '砖桥新苑'].sort());
    const grids = await db().selectFrom('grids').select('id').execute();
    expect(grids).toHaveLength(3);
    const unassigned = await db().selectFrom('buildings').select('id').where('grid_id', 'is', null).execute();
    expect(unassigned).toHaveLength(0);
    for (const g of grids) {
      const roles = (await db().selectFrom('grid_members').select('role').where('grid_id', '=', g.id).execute()).map(
        (m) => m.role,
      );
      expect(roles).toEqual(
        expect.arrayContaining(['building_leader', 'second_building_leader', 'property_specialist']),
      );
    }
    const orgs = await db().selectFrom('organizations').select(['id', 'kind', 'name']).execute();
    expect(new Set(orgs.map((o) => o.kind))).toEqual(
      new Set(['party_branch', 'property_company', 'committee', 'partner_unit', 'department']),
    );
    expect(orgs.map((o) => o.name)).toContain('松江电信东部片区党支部');
    const committee = orgs.find((o) => o.kind === 'committee')!;
    const members = await db()
      .selectFrom('organization_members as m')
      .innerJoin('residents as r', 'r.id', 'm.resident_id')
      .select(['r.id', 'm.user_id'])
      .where('m.organization_id', '=', committee.id)
      .execute();
    expect(members).toHaveLength(5);
    expectEvery(members, (m) => m.user_id, 'committee members');
    const party = await db()
      .selectFrom('resident_tags')
      .select('resident_id')
      .where('tag', '=', 'party_member')
      .where(
        'resident_id',
        'in',
        members.map((m) => m.id),
      )
      .execute();
    expect(party).toHaveLength(2);
  });

  it('writes realistic, well-formed people: one representative per household, valid phones, decryptable valid ID numbers', async () => {
    const households = await db().selectFrom('households').select(['id', 'representative_id']).execute();
    expect(households).toHaveLength(150);
    const residents = await db()
      .selectFrom('residents')
      .select(['id', 'household_id', 'phone', 'birth_date', 'id_number_enc', 'id_number_mask'])
      .execute();
    const perHousehold = residents.length / households.length;
    expect(perHousehold).toBeGreaterThan(2.4);
    expect(perHousehold).toBeLessThan(3.3);
    const byId = new Map(residents.map((r) => [r.id, r]));
    for (const h of households) expect(byId.get(h.representative_id!)?.household_id).toBe(h.id);
    expectEvery(
      residents.filter((r) => r.phone),
      (r) => /^170\d{8}$/.test(r.phone!) && PHONE_RE.test(r.phone!),
      'residents with a phone',
    );
    const secrets = new Secrets(TEST_SECRET);
    const withId = residents.filter((r) => r.id_number_enc);
    expect(withId.length).toBeGreaterThan(residents.length / 5);
    for (const r of withId) {
      const plain = secrets.decrypt(r.id_number_enc!);
      expect(isValidIdNumber(plain)).toBe(true);
      expect(plain.slice(6, 14)).toBe(r.birth_date!.replaceAll('-', ''));
      expect(r.id_number_mask).toBe(`${plain.slice(0, 4)}**********${plain.slice(-4)}`);
    }
    const cutoff = `${new Date().getUTCFullYear() - 60}`;
    const elderly = residents.filter((r) => r.birth_date! < cutoff).length / residents.length;
    expect(elderly).toBeGreaterThan(0.2);
    expect(elderly).toBeLessThan(0.45);
  });

  it('leaves every audit chain intact, with an event per seeded row', async () => {
    const reports = await verifyChains(db());
    expectEvery(reports, (r) => r.ok, 'audit chains');
    const events = await db()
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'residents.create')
      .executeTakeFirstOrThrow();
    const residents = await db()
      .selectFrom('residents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(events.n)).toBe(Number(residents.n));
  });

  it('does nothing when a community exists, and prints the same password again', async () => {
    const before = await db()
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const again = await ensureDemo(tdb.database, TEST_SECRET, config, { households: 150 });
    const after = await db()
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(again.banner('http://x')).toContain(fs.readFileSync(path.join(tdb.dataDir, 'demo-password'), 'utf8').trim());
  });
});
