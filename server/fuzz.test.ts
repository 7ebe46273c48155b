import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/harness';
import { changedTables, fingerprint, tablesOf, type Fingerprint } from './testing/fingerprint';
import { buildWorld } from './security/route-samples';

/**
 * Property-based fuzzing of every /api route, read from the app's own route table and OpenAPI
 * document: generated bodies (the route's own field names with wrong types, huge, empty, SQL and
 * script text), query strings and path ids — ids of real records (the fixture and a world of
 * tickets, consultations, topics, meetings… in both communities) as well as random ones, so `:id`
 * routes are fuzzed past their 404. Whatever comes in: never a 500, and a refused request changes no
 * row anywhere — a fingerprint of every row of every table (count and content hash) is taken before
 * and after each, so an UPDATE that sticks is seen as well as an INSERT.
 *
 * The seed varies per run and is printed; replay a failure with GONGZHI_FUZZ_SEED=<seed>.
 */
const RUNS = Number(process.env.GONGZHI_FUZZ_RUNS ?? 12);
const SEED = Number(process.env.GONGZHI_FUZZ_SEED ?? Date.now() % 2_147_483_647);
const USERS = ['staff', 'resident1', 'secretary', 'leader1', 'staffB'];

let t: TestApp;
let tables: string[];
let spec: any;
let realIds: string[];
/** Real ids by the world's name for them (ticket, consultationOpen, gridMember, …), both communities. */
let named: Array<[string, string]>;
beforeAll(async () => {
  // The sweeps file hundreds of reports as one resident; the per-hour report limit has its own test.
  t = await createTestApp({ env: { GONGZHI_REPORTS_PER_HOUR: '0' } });
  const w = await buildWorld(t);
  named = (['A', 'B'] as const).flatMap((c) =>
    Object.entries(w.c[c]).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  realIds = [
    ...new Set([
      ...named.map(([, v]) => v),
      ...t.fx.A.households,
      ...t.fx.A.buildings,
      ...Object.values(t.fx.residents),
      ...Object.values(t.fx.users),
    ]),
  ];
  for (const as of USERS) await t.req({ method: 'GET', url: '/api/me', as });
  tables = await tablesOf(t.db);
  spec = (await t.req({ method: 'GET', url: '/api/openapi.json' })).json();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const nasty = fc.oneof(
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE users; --',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    '\u0000',
    '💥',
    '=cmd|"/c calc"!A1',
    '   ',
    '',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 3000, maxLength: 6000 }),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(-1),
  fc.constant(1e308),
  fc.array(nasty, { maxLength: 12 }),
  fc.dictionary(fc.string({ maxLength: 8 }), nasty, { maxKeys: 4 }),
);

const safeJson = (s: string) => {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
};

function fieldsOf(method: string, url: string): string[] {
  const openapiPath = url.replace(/:([A-Za-z]+)/g, '{$1}');
  const op = spec.paths?.[openapiPath]?.[method.toLowerCase()];
  const props = op?.requestBody?.content?.['application/json']?.schema?.properties ?? {};
  return Object.keys(props);
}
/**
 * Ids of the kind a path parameter names: `:id` after `/tickets` → the world's tickets, `:memberId`
 * → grid and organization members. Empty when the world has none of that kind.
 */
function idsFor(url: string, param: string): string[] {
  const kind = (
    param === 'id' ? url.split(`/:${param}`)[0].split('/').pop()!.replace(/s$/, '') : param.replace(/Id$/, '')
  ).toLowerCase();
  return [...new Set(named.filter(([k]) => k.toLowerCase().includes(kind)).map(([, v]) => v))];
}
function queryOf(method: string, url: string): string[] {
  const op = spec.paths?.[url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()];
  return (op?.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name);
}

describe('fuzzing every route', () => {
  it('never answers 500 and a refused request changes no row', async () => {
    console.log(`fuzz seed ${SEED} (replay: GONGZHI_FUZZ_SEED=${SEED})`);
    const routes = t.app.routeTable.filter((r) => !r.url.startsWith('/api/auth/'));
    expect(routes.length).toBeGreaterThan(100);
    expect(realIds.length).toBeGreaterThan(30);
    const failures: string[] = [];
    let cases = 0;
    let refused = 0;
    let realIdCases = 0;
    let fp: Fingerprint = await fingerprint(t.db, tables);
    for (const [i, r] of routes.entries()) {
      const fields = fieldsOf(r.method, r.url);
      const query = queryOf(r.method, r.url);
      const body = fields.length
        ? fc.oneof(fc.record(Object.fromEntries(fields.map((f) => [f, value])), { requiredKeys: [] }), value)
        : value;
      // Each path parameter: half the time a real record (of the kind it names, when the world has one), so a route is fuzzed past its 404.
      const params = (r.url.match(/:[A-Za-z]+/g) ?? []).map((p) => p.slice(1)).filter((p) => p !== 'communityId');
      const idOf = (p: string) => {
        const kind = idsFor(r.url, p);
        return fc.oneof(
          ...(kind.length ? [fc.constantFrom(...kind)] : []),
          fc.constantFrom(...realIds),
          fc.uuid(),
          nasty.map((s) => encodeURIComponent(s.slice(0, 200)) || 'x'),
        );
      };
      const ids = fc.record(
        Object.fromEntries(params.map((p) => [p, idOf(p)])) as Record<string, fc.Arbitrary<string>>,
      );
      const qs = fc.dictionary(
        fc.constantFrom(...(query.length ? query : ['q']), 'page', 'pageSize'),
        fc.oneof(
          nasty.map((s) => s.slice(0, 300)),
          fc.constantFrom(...realIds),
        ),
        { maxKeys: 3 },
      );
      await fc.assert(
        fc.asyncProperty(body, ids, qs, fc.constantFrom(...USERS), async (b, pathIds, q, as) => {
          cases++;
          if (Object.values(pathIds).some((v) => realIds.includes(v))) realIdCases++;
          const url = r.url.replace(/:communityId/g, t.fx.A.id).replace(/:([A-Za-z]+)/g, (_, p: string) => pathIds[p]);
          const search = new URLSearchParams(q as Record<string, string>).toString();
          const res = await t.req({
            method: r.method as any,
            url: search ? `${url}?${search}` : url,
            payload: ['POST', 'PUT', 'PATCH'].includes(r.method) ? (b as any) : undefined,
            as,
          });
          const after = await fingerprint(t.db, tables);
          const what = `${r.method} ${r.url} as ${as} → ${res.statusCode}`;
          if (res.statusCode >= 500)
            failures.push(`${what} ${res.body.slice(0, 200)} body=${JSON.stringify(b).slice(0, 200)}`);
          if (res.statusCode >= 400) {
            refused++;
            const changed = changedTables(fp, after);
            if (changed.length)
              failures.push(`${what} but changed ${changed.join(', ')}; body=${JSON.stringify(b).slice(0, 200)}`);
          }
          if (res.statusCode >= 400 && res.statusCode < 500 && !safeJson(res.body)?.error?.code)
            failures.push(`${what} without an error code: ${res.body.slice(0, 200)}`);
          fp = after;
        }),
        { numRuns: RUNS, seed: SEED + i, endOnFailure: true },
      );
    }
    console.log(
      `fuzz: ${routes.length} routes, ${cases} generated requests (${refused} refused, each checked against a fingerprint of every row; ${realIdCases} with a real record's id in the path), seed ${SEED}`,
    );
    expect(cases).toBe(routes.length * RUNS);
    expect(refused).toBeGreaterThan(cases / 2);
    expect(realIdCases).toBeGreaterThan(100);
    expect(failures.slice(0, 20), `seed ${SEED}: replay with GONGZHI_FUZZ_SEED=${SEED}`).toEqual([]);
  }, 900_000);
});
