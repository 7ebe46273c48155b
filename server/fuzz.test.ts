import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/harness';

/**
 * Property-based fuzzing of every /api route, read from the app's own route table and OpenAPI
 * document: generated bodies (the route's own field names with wrong types, huge, empty, SQL and
 * script text), query strings and path ids. Whatever comes in: never a 500, and a refused request
 * changes no row anywhere and adds no audit event.
 */
const RUNS = Number(process.env.GONGZHI_FUZZ_RUNS ?? 12);
// Tables a refused request may legitimately touch: failed sign-ins are counted on purpose.
const VOLATILE = new Set(['login_attempts', 'sessions', 'schema_migrations', 'schema_migrations_lock']);

let t: TestApp;
let countAll: () => Promise<string>;
let spec: any;
beforeAll(async () => {
  t = await createTestApp();
  const tables = (await t.db.introspection.getTables()).map((x) => x.name).filter((n) => !VOLATILE.has(n) && /^[a-z_0-9]+$/.test(n)).sort();
  const q = sql.raw(tables.map((n) => `select '${n}' as t, count(*) as n from ${n}`).join(' union all '));
  countAll = async () => JSON.stringify((await q.execute(t.db)).rows.map((r: any) => `${r.t}:${Number(r.n)}`));
  spec = (await t.req({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(async () => { await t?.close(); });

const nasty = fc.oneof(
  fc.constantFrom("' OR 1=1 --", '"; DROP TABLE users; --', '<script>alert(1)</script>', '../../etc/passwd', '%00', '\u0000', '💥', '=cmd|"/c calc"!A1', '   ', ''),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 3000, maxLength: 6000 }),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(-1), fc.constant(1e308),
  fc.array(nasty, { maxLength: 12 }), fc.dictionary(fc.string({ maxLength: 8 }), nasty, { maxKeys: 4 }),
);

const safeJson = (s: string) => { try { return JSON.parse(s); } catch { return null; } };

function fieldsOf(method: string, url: string): string[] {
  const openapiPath = url.replace(/:([A-Za-z]+)/g, '{$1}');
  const op = spec.paths?.[openapiPath]?.[method.toLowerCase()];
  const props = op?.requestBody?.content?.['application/json']?.schema?.properties ?? {};
  return Object.keys(props);
}
function queryOf(method: string, url: string): string[] {
  const op = spec.paths?.[url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()];
  return (op?.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name);
}

describe('fuzzing every route', () => {
  it('never answers 500 and never half-writes', async () => {
    const routes = t.app.routeTable.filter((r) => !r.url.startsWith('/api/auth/'));
    const failures: string[] = [];
    let cases = 0;
    for (const r of routes) {
      const fields = fieldsOf(r.method, r.url);
      const query = queryOf(r.method, r.url);
      const body = fields.length
        ? fc.oneof(fc.record(Object.fromEntries(fields.map((f) => [f, value])), { requiredKeys: [] }), value)
        : value;
      const id = fc.oneof(fc.uuid(), nasty.map((s) => encodeURIComponent(s.slice(0, 200)) || 'x'));
      const qs = fc.dictionary(fc.constantFrom(...(query.length ? query : ['q']), 'page', 'pageSize'), nasty.map((s) => s.slice(0, 300)), { maxKeys: 3 });
      await fc.assert(fc.asyncProperty(body, id, qs, fc.constantFrom('staff', 'resident1', 'secretary'), async (b, pathId, q, as) => {
        cases++;
        const url = r.url.replace(/:communityId/g, t.fx.A.id).replace(/:[A-Za-z]+/g, pathId).replace(/\*$/, 'x');
        const search = new URLSearchParams(q as Record<string, string>).toString();
        const before = await countAll();
        const res = await t.req({ method: r.method as any, url: search ? `${url}?${search}` : url, payload: ['POST', 'PUT', 'PATCH'].includes(r.method) ? (b as any) : undefined, as });
        if (res.statusCode >= 500) failures.push(`${r.method} ${r.url} as ${as} → ${res.statusCode} ${res.body.slice(0, 200)} body=${JSON.stringify(b).slice(0, 200)}`);
        if (res.statusCode >= 400 && (await countAll()) !== before) failures.push(`${r.method} ${r.url} as ${as} → ${res.statusCode} but rows changed`);
        if (res.statusCode >= 400 && res.statusCode < 500 && !safeJson(res.body)?.error?.code) failures.push(`${r.method} ${r.url} → ${res.statusCode} without an error code: ${res.body.slice(0, 200)}`);
      }), { numRuns: RUNS, seed: 20261128, endOnFailure: true });
    }
    console.log(`fuzz: ${routes.length} routes, ${cases} generated requests`);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 900_000);
});
