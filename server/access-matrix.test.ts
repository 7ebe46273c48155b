import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from './core/ids';
import { loadActor } from './core/auth/sessions';
import { can, rolesIn, type Actor } from './core/policy/policy';
import routeAccess from './core/policy/route-access';
import { createTestApp, type TestApp } from './testing/harness';
import { FIXTURE_USERS, testIdNumber } from './testing/fixture';

/**
 * The access matrix: every /api route the app registers (read from the app itself, not a hand-kept
 * list) × every fixture account × its own community and another one, plus signed out. What each
 * must answer follows from the route's declared access and the policy registry.
 */
let t: TestApp;
const actors = new Map<string, Actor>();
beforeAll(async () => {
  t = await createTestApp();
  for (const [login, id] of Object.entries(t.fx.users)) {
    const u = await t.db.selectFrom('users').select(['login', 'display_name', 'platform_admin']).where('id', '=', id).executeTakeFirstOrThrow();
    actors.set(login, await loadActor(t.db, id, { login: u.login, displayName: u.display_name, platformAdmin: u.platform_admin }));
  }
});
afterAll(async () => { await t?.close(); });

function urlFor(pattern: string, communityId: string): string {
  return pattern.replace(/:communityId/g, communityId).replace(/:[A-Za-z]+/g, () => newId()).replace(/\*$/, 'x');
}
const withBody = (m: string) => ['POST', 'PUT', 'PATCH'].includes(m);

describe('access matrix', () => {
  it('refuses to start when a route declares no access rule', async () => {
    const app = Fastify();
    await app.register(routeAccess);
    await app.after();
    expect(() => app.get('/api/forgotten', async () => 'open')).toThrow(/declares no access rule/);
  });

  it('answers every route × role × community as its policy says, never 500', async () => {
    const table = t.app.routeTable;
    expect(table.length).toBeGreaterThan(3);
    const failures: string[] = [];
    let checked = 0;
    for (const r of table) {
      for (const community of [t.fx.A.id, t.fx.B.id]) {
        const url = urlFor(r.url, community);
        const payload = withBody(r.method) ? {} : undefined;
        // Signed out.
        const anon = await t.req({ method: r.method as any, url, payload });
        checked++;
        const anonOk = 'public' in r.access ? anon.statusCode !== 401 && anon.statusCode !== 403 : anon.statusCode === 401;
        if (!anonOk || anon.statusCode >= 500) failures.push(`${r.method} ${r.url} signed out → ${anon.statusCode}`);
        if ('public' in r.access) continue;

        for (const login of Object.keys(FIXTURE_USERS)) {
          const actor = actors.get(login)!;
          const res = await t.req({ method: r.method as any, url, payload, as: login });
          checked++;
          let expected: string;
          let ok: boolean;
          if ('signedIn' in r.access || can(actor, r.access.action, community)) {
            expected = 'allowed (not 401/403)';
            ok = res.statusCode !== 401 && res.statusCode !== 403;
          } else if (actor.platformAdmin || rolesIn(actor, community).size > 0) {
            expected = '403';
            ok = res.statusCode === 403;
          } else {
            expected = '404 (existence not confirmed)';
            ok = res.statusCode === 404;
          }
          if (!ok || res.statusCode >= 500) {
            failures.push(`${r.method} ${r.url} as ${login} in ${community === t.fx.A.id ? 'A' : 'B'} → ${res.statusCode}, expected ${expected}: ${res.body.slice(0, 200)}`);
          }
        }
      }
    }
    console.log(`access matrix: ${table.length} routes, ${checked} requests checked`);
    expect(failures).toEqual([]);
  }, 600_000); // ~3,700 requests: 45 s on PostgreSQL, several minutes on a loaded machine
});

describe('personal data in responses', () => {
  it('no list or detail answer holds a full phone or ID number for any role', async () => {
    // Every fixture account has phone 1380000NNNN and residents ID testIdNumber(N).
    const secrets = Object.keys(FIXTURE_USERS).flatMap((_, i) => [`1380000${String(i + 1).padStart(4, '0')}`, testIdNumber(i + 1)]);
    const gets = t.app.routeTable.filter((r) => r.method === 'GET' && !r.url.includes('.xlsx'));
    const leaks: string[] = [];
    let checked = 0;
    for (const r of gets) {
      // Lists and details reachable with the fixture's own ids: fill :id-like params with every id we know.
      const urls = r.url.includes(':') && r.url.replace(':communityId', '').includes(':')
        ? knownIds().map((id) => r.url.replace(':communityId', t.fx.A.id).replace(/:[A-Za-z]+/g, id))
        : [r.url.replace(':communityId', t.fx.A.id)];
      for (const url of urls) {
        for (const as of Object.keys(FIXTURE_USERS)) {
          const res = await t.req({ method: 'GET', url, as });
          if (res.statusCode !== 200) continue;
          checked++;
          for (const s of secrets) if (res.body.includes(s)) leaks.push(`${url} as ${as} shows ${s.slice(0, 3)}…`);
        }
      }
    }
    console.log(`personal data sweep: ${checked} successful answers read`);
    expect(checked).toBeGreaterThan(10);
    expect(leaks).toEqual([]);
  }, 600_000);
});

function knownIds(): string[] {
  return [...t.fx.A.households.slice(0, 2), ...Object.values(t.fx.residents).slice(0, 3), ...t.fx.A.buildings.slice(0, 1), ...t.fx.A.grids.slice(0, 1), ...t.fx.A.estates.slice(0, 1), ...Object.values(t.fx.users).slice(0, 3)];
}
