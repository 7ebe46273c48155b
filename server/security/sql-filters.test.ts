import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../core/ids';
import { createTestApp, type TestApp } from '../testing/harness';
import { TEST_DIALECT } from '../testing/database';
import { multipart, ticketBody } from '../modules/tickets/tickets.test-helpers';
import { stringsOf, openapiOf, queryParamsOf } from './routes';

/**
 * SQL metacharacters in every filter: every GET route of the route table gets each of its query
 * parameters (read from the OpenAPI document) set to quoting, comment, LIKE-wildcard, escape and
 * odd unicode text. Never a 500; a search answers only rows that contain the text literally (a `%`
 * must not match everything, a `\` must not turn into an escape), finds the planted rows that do
 * contain it, and no filter widens a list beyond its unfiltered size.
 */
const NEEDLES = [
  "' OR 1=1 --",
  '%',
  '_',
  '\\',
  '%%',
  '\\%',
  '"; DROP TABLE users; --',
  "'); DELETE FROM tickets; --",
  '中文😀',
  'İı',
  '\u0000',
  'a'.repeat(50),
];
const WILDCARDS = ['%', '_', '\\'];
/** In every searchable name: each LIKE metacharacter, literally. */
const MARK = 'Mk%_\\k';
/** Decoys that contain only a backslash: an unescaped or wrongly escaped `%`/`_` search would find them. */
const DECOY = 'Dc\\y';

let t: TestApp;
let spec: any;
let requests = 0;
beforeAll(async () => {
  t = await createTestApp();
  spec = await openapiOf(t);
  const A = `/api/communities/${t.fx.A.id}`;
  const post = async (url: string, payload: unknown, as = 'staff') => {
    const res = await t.req({ method: 'POST', url: `${A}${url}`, payload: payload as any, as });
    if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  for (const [i, text] of [MARK, DECOY].entries()) {
    const estate = await post('/estates', { name: `小区${text}` });
    await post('/grids', { name: `网格${text}` });
    const building = await post('/buildings', { estateId: estate.id, name: `楼${text}` });
    const household = await post('/households', { buildingId: building.id, room: `R${text}` });
    await post('/residents', { householdId: household.id, name: `居民${text}` });
    await post('/organizations', { kind: 'partner_unit', name: `单位${text}` });
    await post('/accounts', {
      login: `meta${i}`,
      displayName: `账号${text}`,
      password: 'a-long-password-2026',
      roles: ['staff'],
    });
    await post('/tickets', ticketBody(t, { title: `标题${text}` }), 'resident1');
  }
});
afterAll(async () => {
  console.log(`[security ${TEST_DIALECT}] sql filters: ${requests} requests with metacharacters`);
  await t?.close();
});

const has = (item: unknown, needle: string) =>
  stringsOf(item).some((s) => s.toLowerCase().includes(needle.toLowerCase()));
/** The `items` of a 200 JSON list answer, else undefined (spreadsheets, images, errors). */
const itemsOf = (res: { statusCode: number; headers: Record<string, unknown>; json(): any }): unknown[] | undefined =>
  res.statusCode === 200 &&
  String(res.headers['content-type']).startsWith('application/json') &&
  Array.isArray(res.json().items)
    ? res.json().items
    : undefined;
const ROLES = ['staff', 'admin', 'secretary', 'property', 'specialist', 'resident1'];

describe(`SQL metacharacters in every filter (${TEST_DIALECT})`, () => {
  it('no 500, literal matches only, no widened lists', async () => {
    const failures: string[] = [];
    const counts = async () =>
      JSON.stringify(
        await Promise.all(
          ['users', 'tickets', 'residents', 'estates'].map(async (tb) =>
            Number(
              (
                await t.db
                  .selectFrom(tb as any)
                  .select((e) => e.fn.countAll().as('n'))
                  .executeTakeFirstOrThrow()
              ).n,
            ),
          ),
        ),
      );
    const before = await counts();
    let searched = 0;
    // Searches for a wildcard where the unfiltered list holds the planted row: the check that the row is found by it.
    let wildcardChecks = 0;
    for (const r of t.app.routeTable.filter((x) => x.method === 'GET')) {
      const params = queryParamsOf(spec, r.method, r.url);
      if (!params.length) continue;
      const url = r.url.replace(/:communityId/g, t.fx.A.id).replace(/:[A-Za-z]+/g, () => newId());
      const get = (q: Record<string, string>, as?: string) => {
        const p = new URLSearchParams(params.includes('pageSize') ? { pageSize: '100', ...q } : q).toString();
        return t.req({ method: 'GET', url: p ? `${url}?${p}` : url, as });
      };
      // The first account the route lets in (public routes: signed out).
      let as: string | undefined;
      let base = await get({});
      if (!('public' in r.access)) {
        for (const who of ROLES) {
          base = await get({}, who);
          as = who;
          if (![401, 403, 404].includes(base.statusCode)) break;
        }
      }
      const baseItems = itemsOf(base);
      for (const param of params) {
        for (const needle of NEEDLES) {
          const res = await get({ [param]: needle }, as);
          requests++;
          const label = `${r.url}?${param}=${JSON.stringify(needle)} as ${as ?? 'anon'} → ${res.statusCode}`;
          if (res.statusCode >= 500) {
            failures.push(`${label}: ${res.body.slice(0, 200)}`);
            continue;
          }
          const items = itemsOf(res);
          if (!items) continue;
          if (baseItems && items.length > baseItems.length)
            failures.push(`${label}: ${items.length} rows, more than the ${baseItems.length} unfiltered`);
          if (param !== 'q') continue;
          searched++;
          const stray = items.filter((x) => !has(x, needle));
          if (stray.length)
            failures.push(
              `${label}: ${stray.length} rows without the text, e.g. ${JSON.stringify(stray[0]).slice(0, 160)}`,
            );
          // The planted row that holds the wildcard literally must be found by it.
          if (WILDCARDS.includes(needle) && baseItems?.some((x) => has(x, MARK))) {
            wildcardChecks++;
            if (!items.some((x) => has(x, MARK)))
              failures.push(`${label}: the row holding ${JSON.stringify(MARK)} was not found`);
          }
        }
      }
    }
    expect(searched).toBeGreaterThan(50);
    expect(wildcardChecks).toBeGreaterThan(2);
    expect(await counts()).toBe(before);
    expect(failures).toEqual([]);
  }, 300_000);

  it('refuses U+0000 in a path, a query, a JSON body and a multipart field with a 400, writing nothing', async () => {
    const A = `/api/communities/${t.fx.A.id}`;
    const tickets = Number(
      (
        await t.db
          .selectFrom('tickets')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const form = multipart(ticketBody(t, { title: '空字符\u0000标题' }), []);
    const answers = [
      await t.req({ method: 'GET', url: `${A}/residents/%00`, as: 'staff' }),
      await t.req({ method: 'GET', url: `${A}/tickets?q=%00`, as: 'staff' }),
      await t.req({ method: 'POST', url: `${A}/estates`, payload: { name: '小区\u0000' }, as: 'staff' }),
      await t.req({
        method: 'POST',
        url: `${A}/tickets`,
        payload: form.payload,
        headers: form.headers,
        as: 'resident1',
      }),
    ];
    requests += answers.length;
    expect(
      answers.map((a) => a.statusCode),
      answers.map((a) => a.body).join('\n'),
    ).toEqual([400, 400, 400, 400]);
    expect(answers.map((a) => a.json().error?.code)).toEqual(Array(4).fill('nul_character'));
    expect(
      Number(
        (
          await t.db
            .selectFrom('tickets')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(tickets);
  });
});
