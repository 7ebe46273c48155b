import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import routeAccess from './core/policy/route-access';
import { createTestApp, type TestApp } from './testing/harness';
import { FIXTURE_USERS, testIdNumber } from './testing/fixture';
import { changedTables, fingerprint, tablesOf } from './testing/fingerprint';
import { ACCESS_POLICY, type PolicyLine } from './security/access-policy';
import { buildWorld, requestOf, SAMPLES, type Community, type World } from './security/route-samples';

/**
 * The access matrix: every /api route the app registers (read from the app itself) × every fixture
 * account × its own community and another one, plus signed out, answers exactly as the pinned policy
 * (server/security/access-policy.ts, written by hand) says. Requests carry real ids and valid bodies
 * (server/security/route-samples.ts), so "allowed" means the handler ran and answered 2xx; every
 * refused request is proven to change nothing (a fingerprint of every row of every table).
 */
let t: TestApp;
let w: World;
let tables: string[];
const LOGINS = Object.keys(FIXTURE_USERS);
beforeAll(async () => {
  // The sweeps file hundreds of reports as one resident; the per-hour report limit has its own test.
  t = await createTestApp({ env: { GONGZHI_REPORTS_PER_HOUR: '0' } });
  w = await buildWorld(t);
  // Sign everyone in now: a sign-in writes a session, which the fingerprint must not mistake for a leak.
  for (const login of LOGINS) await t.req({ method: 'GET', url: '/api/me', as: login });
  tables = await tablesOf(t.db);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** The roles a fixture account holds in a community (or anywhere, for routes without one): from the fixture, not the server's policy code. */
function rolesOf(login: string, c: Community | null): Set<string> {
  const u = FIXTURE_USERS[login];
  const roles = new Set<string>(c === null || u.community === c ? u.roles : []);
  if (u.resident?.[1] && (c === null || u.community === c)) roles.add('representative');
  return roles;
}

/** What the pinned policy says a caller gets: 2 for any 2xx, else the exact status. */
export function expectedOf(line: PolicyLine, login: string | null, c: Community | null): number {
  if (login === null) return line.who === 'public' ? 2 : 401;
  const ex = line.except?.[c === 'B' ? `${login}@B` : login];
  if (ex !== undefined) return ex;
  if (line.who === 'public' || line.who === 'signedIn') return 2;
  const roles = rolesOf(login, c);
  const admin = !!FIXTURE_USERS[login].admin;
  if ((admin && line.who.includes('admin')) || line.owner?.includes(login) || line.who.some((r) => roles.has(r)))
    return 2;
  if (line.denied) return line.denied;
  return admin || roles.size > 0 ? 403 : 404;
}
const classOf = (status: number) => (status >= 200 && status < 300 ? 2 : status);

describe('access matrix', () => {
  it('refuses to start when a route declares no access rule', async () => {
    const app = Fastify();
    await app.register(routeAccess);
    await app.after();
    expect(() => app.get('/api/forgotten', async () => 'open')).toThrow(/declares no access rule/);
  });

  it('every route has a line in the pinned policy, and every line a route', () => {
    const keys = t.app.routeTable.map((r) => `${r.method} ${r.url}`);
    expect(keys.length).toBeGreaterThan(100);
    const missing = keys
      .filter((k) => !ACCESS_POLICY[k])
      .map(
        (k) =>
          `server/security/access-policy.ts has no line for this route; add one saying who may call it:\n  '${k}': { who: [/* roles, 'admin' */] },`,
      );
    expect(missing, missing.join('\n')).toEqual([]);
    expect(
      Object.keys(ACCESS_POLICY).filter((k) => !keys.includes(k)),
      'policy lines for routes that no longer exist',
    ).toEqual([]);
  });

  it('answers every route × role × community exactly as the pinned policy says; refused calls change nothing', async () => {
    const table = t.app.routeTable;
    expect(table.length).toBeGreaterThan(100);
    const failures: string[] = [];
    let requests = 0;
    let allowed = 0;
    let refused = 0;
    for (const r of table) {
      const key = `${r.method} ${r.url}`;
      const line = ACCESS_POLICY[key];
      if (!line) continue; // reported by the test above
      const def = SAMPLES[key] ?? { make: () => ({}) };
      const communities: Array<Community | null> = r.url.includes(':communityId') ? ['A', 'B'] : [null];
      // Signed-in callers of public writes (sign-in, sign-out, join) would change the fixture's own sessions and households.
      const callers: Array<string | null> =
        (line.who === 'public' && r.method !== 'GET') || line.anonOnly ? [null] : [null, ...LOGINS];
      const calls = communities.flatMap((c) => callers.map((as) => ({ c, as, expected: expectedOf(line, as, c) })));
      const run = async (call: (typeof calls)[number]) => {
        const cid = call.c ? t.fx[call.c].id : '';
        const sample = await def.make(w, call.c ?? 'A', call.as, requests);
        const res = await t.req({ ...requestOf(r.method, r.url, cid, sample), as: call.as ?? undefined });
        requests++;
        if (classOf(res.statusCode) !== call.expected) {
          failures.push(
            `${key} as ${call.as ?? 'signed out'}${call.c ? ` in ${call.c}` : ''} → ${res.statusCode}, policy says ${call.expected === 2 ? '2xx' : call.expected}: ${res.body.slice(0, 160)}`,
          );
        }
      };
      // Refused calls first, all their fresh records made beforehand, one fingerprint around them.
      const denied = calls.filter((x) => x.expected !== 2);
      const prepared = [];
      for (const call of denied) prepared.push({ call, sample: await def.make(w, call.c ?? 'A', call.as, requests) });
      const before = await fingerprint(t.db, tables);
      for (const { call, sample } of prepared) {
        const res = await t.req({
          ...requestOf(r.method, r.url, call.c ? t.fx[call.c].id : '', sample),
          as: call.as ?? undefined,
        });
        requests++;
        refused++;
        if (classOf(res.statusCode) !== call.expected)
          failures.push(
            `${key} as ${call.as ?? 'signed out'}${call.c ? ` in ${call.c}` : ''} → ${res.statusCode}, policy says ${call.expected}: ${res.body.slice(0, 160)}`,
          );
      }
      const changed = changedTables(before, await fingerprint(t.db, tables));
      if (changed.length) failures.push(`${key}: refused calls changed ${changed.join(', ')}`);
      for (const call of calls.filter((x) => x.expected === 2)) {
        allowed++;
        await run(call);
      }
    }
    console.log(
      `access matrix: ${table.length} routes, ${requests} requests (${allowed} allowed and answered 2xx, ${refused} refused) checked against the pinned policy`,
    );
    expect(allowed).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 900_000);
});

describe('personal data in responses', () => {
  it('no list or detail answer holds a full phone or ID number for any role, nor a birth date for roles without the reveal right, and none may be cached', async () => {
    // Every fixture account has phone 1380000NNNN and residents ID testIdNumber(N), all born 1960-05-01.
    const secrets = LOGINS.flatMap((_, i) => [`1380000${String(i + 1).padStart(4, '0')}`, testIdNumber(i + 1)]);
    // Pinned by hand, like the access policy: only staff (and the platform admin, who passes every check) may reveal.
    const revealers = new Set(['admin', 'staff', 'staffB']);
    const birth = ['1960-05-01', '19600501'];
    const gets = t.app.routeTable.filter((r) => r.method === 'GET' && !r.url.includes('.xlsx'));
    expect(gets.length).toBeGreaterThan(40);
    const leaks: string[] = [];
    let checked = 0;
    for (const r of gets) {
      const def = SAMPLES[`${r.method} ${r.url}`] ?? { make: () => ({}) };
      for (const c of r.url.includes(':communityId') ? (['A', 'B'] as const) : (['A'] as const)) {
        for (const as of LOGINS) {
          const res = await t.req({ ...requestOf('GET', r.url, t.fx[c].id, await def.make(w, c, as, 0)), as });
          if (res.statusCode !== 200) continue;
          checked++;
          for (const s of secrets)
            if (res.body.includes(s)) leaks.push(`${r.url} as ${as} in ${c} shows ${s.slice(0, 3)}…`);
          if (!revealers.has(as))
            for (const b of birth) if (res.body.includes(b)) leaks.push(`${r.url} as ${as} in ${c} shows a birth date`);
          if (
            !String(res.headers['cache-control'] ?? '').includes('no-store') &&
            !String(res.headers['cache-control'] ?? '').includes('private')
          ) {
            leaks.push(`${r.url} as ${as}: Cache-Control ${res.headers['cache-control'] ?? 'missing'}`);
          }
        }
      }
    }
    console.log(`personal data sweep: ${checked} successful answers read`);
    expect(checked).toBeGreaterThan(300);
    expect(leaks).toEqual([]);
  }, 600_000);
});
