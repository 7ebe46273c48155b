import { beforeAll, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../../core/ids';
import { listVerifiers } from '../../core/verify';
import { runBackfill } from '../../core/db/backfills';
import { useTestApp } from '../../testing/harness';
import { report, tUrl } from '../tickets/tickets.test-helpers';
import { quantileEdge } from './dashboards.service';
import { bucketOf, FIGURE_COUNTERS, HOUR_EDGES, monthOf, rebuildSummaries, summaryDrift } from './summaries';
import { loose } from '../../core/db/kysely';
import * as groupsMigration from '../../core/db/migrations/2026-12-03T13-00-dashboard-groups';

const t = useTestApp();
let A: string;
beforeAll(() => {
  A = t.fx.A.id;
});

const H = 3600_000;
/**
 * Requests signed in as a fixture user. Moving the clock past the 30-minute idle limit expires
 * sessions, so this file keeps its own cookies and signs in again after each move.
 */
const jar = new Map<string, string>();
function advance(ms: number) {
  t.clock.advance(ms);
  jar.clear();
}
async function call(o: { method: 'GET' | 'POST' | 'PATCH' | 'PUT'; url: string; payload?: unknown }, as?: string) {
  if (as && !jar.has(as)) jar.set(as, await t.login(as));
  return t.req({ ...o, payload: o.payload as any, headers: as ? { cookie: jar.get(as)! } : {} });
}
const iso = (ms: number) => new Date(ms).toISOString();
const api = (p: string) => `/api/communities/${A}${p}`;
const dashboard = (as = 'staff', q = '') => call({ method: 'GET', url: api(`/dashboard${q}`) }, as);
const move = (id: string, to: string, as = 'leader1', extra: Record<string, unknown> = {}) =>
  call({ method: 'POST', url: tUrl(t, id, '/transition'), payload: { to, ...extra } }, as);

/** Every community's summaries agree with a recomputation from the source rows. */
async function expectNoDrift() {
  const lines = await summaryDrift(t.db);
  expect(lines.filter((l) => !l.ok).map((l) => l.text)).toEqual([]);
}

/** The dashboard's ticket figures recomputed straight from the tickets table (what the summaries must equal). */
async function direct(communityId: string) {
  const rows = await t.db.selectFrom('tickets').selectAll().where('community_id', '=', communityId).execute();
  const responses = rows
    .filter((r) => r.accepted_at)
    .map((r) => (Date.parse(r.accepted_at!) - Date.parse(r.created_at)) / H);
  const resolutions = rows
    .filter((r) => r.resolved_at)
    .map((r) => (Date.parse(r.resolved_at!) - Date.parse(r.created_at) - Number(r.paused_ms)) / H);
  const rated = rows.filter((r) => r.satisfaction !== null);
  const ever = rows.filter((r) => r.resolved_at || r.state === 'closed' || r.reopen_count > 0);
  /** Nearest-rank quantile of the exact values, reported as the edge of its bucket. */
  const q = (xs: number[], p: number) => {
    if (!xs.length) return null;
    const v = [...xs].sort((a, b) => a - b)[Math.ceil(p * xs.length) - 1];
    return bucketOf(v) < HOUR_EDGES.length ? HOUR_EDGES[bucketOf(v)] : null;
  };
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    tickets: rows.length,
    byState: Object.fromEntries(
      [...new Set(rows.map((r) => r.state))].map((s) => [s, rows.filter((r) => r.state === s).length]),
    ),
    avgResponseHours: responses.length ? round1(responses.reduce((a, b) => a + b, 0) / responses.length) : null,
    medianResponse: q(responses, 0.5),
    p90Response: q(responses, 0.9),
    medianResolution: q(resolutions, 0.5),
    p90Resolution: q(resolutions, 0.9),
    avgSatisfaction: rated.length
      ? Math.round((rated.reduce((a, r) => a + r.satisfaction!, 0) / rated.length) * 100) / 100
      : null,
    reopenRate: ever.length
      ? Math.round((rows.filter((r) => r.reopen_count > 0).length / ever.length) * 1000) / 1000
      : null,
  };
}

async function expectMatchesDirect() {
  const d = (await dashboard()).json();
  const want = await direct(A);
  expect(d.tickets.tickets).toBe(want.tickets);
  expect(Object.fromEntries(d.byState.filter((s: any) => s.count).map((s: any) => [s.state, s.count]))).toEqual(
    want.byState,
  );
  expect(d.tickets.avgResponseHours).toBe(want.avgResponseHours);
  expect([d.tickets.response.median, d.tickets.response.p90]).toEqual([want.medianResponse, want.p90Response]);
  expect([d.tickets.resolution.median, d.tickets.resolution.p90]).toEqual([want.medianResolution, want.p90Resolution]);
  expect(d.tickets.avgSatisfaction).toBe(want.avgSatisfaction);
  expect(d.tickets.reopenRate).toBe(want.reopenRate);
  expect(d.byGrid.reduce((a: number, g: any) => a + g.tickets, 0)).toBe(want.tickets);
  expect(d.byCategory.reduce((a: number, g: any) => a + g.tickets, 0)).toBe(want.tickets);
  return d;
}

describe('summaries through the ticket lifecycle', () => {
  it('stay equal to a recomputation after create, accept, resolve, confirm, reopen, reject, merge and a category change', async () => {
    const a = await report(t, 'resident1');
    const b = await report(t, 'resident2', { title: '垃圾房很臭', description: '垃圾房三天没清运，味道很大' });
    const c = await report(t, 'resident3', { title: '门口乱停车', description: '外来车辆停在消防通道' });
    const d = await report(t, 'resident2', { title: '楼道灯又坏了', description: '楼道灯不亮' });
    await expectNoDrift();
    advance(3 * H);
    expect((await move(a.id, 'accepted')).statusCode).toBe(200);
    expect((await move(b.id, 'accepted', 'staff')).statusCode).toBe(200);
    advance(30 * H);
    expect((await move(a.id, 'resolved')).statusCode).toBe(200);
    expect((await move(b.id, 'resolved', 'staff')).statusCode).toBe(200);
    expect(
      (await call({ method: 'POST', url: tUrl(t, a.id, '/confirm'), payload: { satisfaction: 4 } }, 'resident1'))
        .statusCode,
    ).toBe(200);
    expect(
      (await call({ method: 'POST', url: tUrl(t, b.id, '/reopen'), payload: { reason: '还是很臭' } }, 'resident2'))
        .statusCode,
    ).toBe(200);
    expect((await move(c.id, 'rejected', 'staff', { reason: '不属于本居民区' })).statusCode).toBe(200);
    expect(
      (
        await call(
          { method: 'POST', url: tUrl(t, d.id, '/merge'), payload: { intoTicketId: a.id, reason: '同一盏灯' } },
          'leader1',
        )
      ).statusCode,
    ).toBe(200);
    expect(
      (await call({ method: 'POST', url: tUrl(t, b.id, '/category'), payload: { category: 'repair' } }, 'staff'))
        .statusCode,
    ).toBeLessThan(300);
    await expectNoDrift();
    const dash = await expectMatchesDirect();
    expect(dash.tickets).toMatchObject({ tickets: 4, closed: 1, rated: 1, avgSatisfaction: 4, reopenRate: 0.5 });
    expect(dash.tickets.response).toMatchObject({ count: 2, median: 4 });
  });

  it('counts meetings held, topics closed and consultations held with their turnout', async () => {
    const m = (
      await call(
        {
          method: 'POST',
          url: api('/meetings'),
          payload: { kind: 'monthly', title: '月例会', scheduledAt: iso(t.clock.now()) },
        },
        'staff',
      )
    ).json();
    await call({ method: 'PATCH', url: api(`/meetings/${m.id}`), payload: { minutes: '通报诉求办理情况。' } }, 'staff');
    await call(
      {
        method: 'PUT',
        url: api(`/meetings/${m.id}/attendance`),
        payload: { items: [{ party: 'committee', expected: 5, present: 4 }] },
      },
      'staff',
    );
    expect(
      (
        await call(
          {
            method: 'POST',
            url: api(`/meetings/${m.id}/close`),
            payload: { signatures: [{ party: 'committee', name: '张主任' }] },
          },
          'staff',
        )
      ).statusCode,
    ).toBe(200);

    const topic = (
      await call(
        { method: 'POST', url: api('/topics'), payload: { title: '西门拥堵', source: 'monthly_meeting' } },
        'staff',
      )
    ).json();
    for (let i = 0; i < 10; i++) {
      const res = await call(
        { method: 'POST', url: api(`/topics/${topic.id}/advance`), payload: { skipReason: '测试：跳过' } },
        'staff',
      );
      if (res.json().status === 'closed') break;
    }

    const now = t.clock.now();
    const cons = (
      await call(
        {
          method: 'POST',
          url: api('/consultations'),
          payload: {
            title: '临停征询',
            description: '测试',
            questions: [
              {
                key: 'q',
                text: '同意吗',
                options: [
                  { key: 'agree', label: '同意' },
                  { key: 'no', label: '不同意' },
                ],
                approveOption: 'agree',
              },
            ],
            scope: { kind: 'all' },
            opensAt: iso(now - 60_000),
            closesAt: iso(now + H),
            participation: { op: '>=', num: 1, den: 2 },
            approval: { op: '>', num: 1, den: 2 },
          },
        },
        'staff',
      )
    ).json();
    expect((await call({ method: 'POST', url: api(`/consultations/${cons.id}/open`) }, 'staff')).statusCode).toBe(200);
    expect(
      (
        await call(
          { method: 'POST', url: api(`/consultations/${cons.id}/ballots`), payload: { answers: { q: 'agree' } } },
          'resident1',
        )
      ).statusCode,
    ).toBeLessThan(300);
    expect((await call({ method: 'POST', url: api(`/consultations/${cons.id}/close`) }, 'staff')).statusCode).toBe(200);
    const eligible = (
      await t.db
        .selectFrom('consultations')
        .select('eligible_count')
        .where('id', '=', cons.id)
        .executeTakeFirstOrThrow()
    ).eligible_count!;

    const d = (await dashboard()).json();
    expect(d).toMatchObject({
      meetingsHeld: 1,
      topicsClosed: 1,
      consultations: { held: 1, eligible, participants: 1 },
    });
    expect(d.consultations.participationRate).toBe(Math.round((1 / eligible) * 1000) / 1000);
    await expectNoDrift();
  });
});

describe('periods', () => {
  it('defaults to the twelve months up to now and takes YYYY-MM bounds; refuses bad ones with 4xx', async () => {
    const d = (await dashboard()).json();
    const to = monthOf(iso(t.clock.now()));
    expect(d.to).toBe(to);
    expect(d.from < d.to).toBe(true);
    const later = (await dashboard('staff', `?from=2099-01&to=2099-12`)).json();
    expect(later.tickets.tickets).toBe(0);
    expect((await dashboard('staff', '?from=2026-05&to=2026-01')).json().error.code).toBe('bad_period');
    expect((await dashboard('staff', '?from=2010-01&to=2026-01')).json().error.code).toBe('period_too_long');
    expect((await dashboard('staff', '?from=2026-13')).statusCode).toBe(400);
  });
});

describe('grid and category tables', () => {
  it("sum the period's grid and category rows; categories with as many tickets come in label order", async () => {
    const [g1, g2] = t.fx.A.grids;
    // A cell and what ticketChanged adds with it to its grid's and its category's month (their figure counters).
    const cell = async (month: string, grid: string, category: string, counters: Record<string, number>) => {
      const figures = Object.fromEntries(FIGURE_COUNTERS.map((c) => [c, counters[c] ?? 0]));
      await t.db
        .insertInto('dashboard_ticket_cells')
        .values({ community_id: A, month, grid_id: grid, category, ...counters } as any)
        .execute();
      for (const [table, key] of [
        ['dashboard_grid_months', { grid_id: grid }],
        ['dashboard_category_months', { category }],
      ] as const) {
        const row = await loose(t.db)
          .selectFrom(table)
          .selectAll()
          .where('community_id', '=', A)
          .where('month', '=', month)
          .where(Object.keys(key)[0], '=', Object.values(key)[0])
          .executeTakeFirst();
        if (row) {
          const sums = Object.fromEntries(FIGURE_COUNTERS.map((c) => [c, Number(row[c]) + figures[c]]));
          await loose(t.db)
            .updateTable(table)
            .set(sums)
            .where('community_id', '=', A)
            .where('month', '=', month)
            .where(Object.keys(key)[0], '=', Object.values(key)[0])
            .execute();
        } else
          await loose(t.db)
            .insertInto(table)
            .values({ community_id: A, month, ...key, ...figures })
            .execute();
      }
    };
    await cell('2099-01', g1, 'parking', {
      tickets: 2,
      st_submitted: 1,
      st_closed: 1,
      responded_n: 2,
      response_s: 7200,
      resolved_n: 1,
      resolution_s: 36000,
      rated_n: 1,
      satisfaction_sum: 5,
      ever_resolved_n: 1,
    });
    await cell('2099-02', g1, 'parking', { tickets: 1, st_accepted: 1, responded_n: 1, response_s: 3600 });
    await cell('2099-02', g2, 'sanitation', {
      tickets: 3,
      st_reopened: 1,
      st_closed: 2,
      resolved_n: 2,
      resolution_s: 7200,
      reopened_n: 1,
      reopens: 2,
      ever_resolved_n: 3,
    });
    await cell('2099-03', '', 'leak', { tickets: 3, st_rejected: 3 });
    await cell('2099-03', g2, 'greening', {}); // left at zero by a category change: still listed
    await cell('2098-12', g1, 'parking', { tickets: 50, st_closed: 50 }); // before the period
    try {
      const d = (await dashboard('staff', '?from=2099-01&to=2099-12')).json();
      type Row = Record<string, unknown>;
      const byLabel = (a: Row, b: Row) => new Intl.Collator('zh').compare(String(a.label), String(b.label));
      const names = new Map(
        (await t.db.selectFrom('grids').select(['id', 'name']).where('community_id', '=', A).execute()).map((g) => [
          g.id,
          g.name,
        ]),
      );
      const figures = (over: Row): Row => ({
        open: 0,
        closed: 0,
        resolved: 0,
        avgResponseHours: null,
        avgResolutionHours: null,
        avgSatisfaction: null,
        rated: 0,
        reopenRate: null,
        ...over,
      });
      const g1Figures = figures({
        key: g1,
        label: names.get(g1),
        tickets: 3,
        open: 2,
        closed: 1,
        resolved: 1,
        avgResponseHours: 1,
        avgResolutionHours: 10,
        avgSatisfaction: 5,
        rated: 1,
        reopenRate: 0,
      });
      const g2Figures = figures({
        key: g2,
        label: names.get(g2),
        tickets: 3,
        open: 1,
        closed: 2,
        resolved: 2,
        avgResolutionHours: 1,
        reopenRate: 0.333,
      });
      const noGrid = figures({ key: '', label: '未分网格', tickets: 3 });
      expect(d.byGrid).toEqual([g1Figures, g2Figures, noGrid].sort(byLabel));
      const byCode = (code: string, label: string, g: Row) => ({ ...g, key: code, label });
      expect(d.byCategory).toEqual([
        ...[
          byCode('parking', '停车', g1Figures),
          byCode('sanitation', '环境卫生', g2Figures),
          byCode('leak', '漏水渗水', noGrid),
        ].sort(byLabel),
        figures({ key: 'greening', label: '绿化', tickets: 0 }),
      ]);
    } finally {
      for (const table of ['dashboard_ticket_cells', 'dashboard_grid_months', 'dashboard_category_months'] as const)
        await t.db
          .deleteFrom(table)
          .where('community_id', '=', A)
          .where('month', '<', '2100')
          .where('month', '>', '2098')
          .execute();
    }
  });
});

describe('access', () => {
  it('shows a community dashboard to its staff, the secretary and the platform admin only', async () => {
    for (const as of ['staff', 'secretary', 'admin']) expect((await dashboard(as)).statusCode, as).toBe(200);
    for (const as of ['resident1', 'committee1', 'leader1', 'property'])
      expect((await dashboard(as)).statusCode, as).toBe(403);
    expect((await dashboard('staffB')).statusCode).toBe(404);
  });

  it("opens a town only to the platform admin, with that town's communities and no other town's", async () => {
    // A second town with a community and a ticket-free summary row of its own.
    const now = nowIso();
    const otherTown = newId();
    const otherCommunity = newId();
    await t.db
      .insertInto('towns')
      .values({ id: otherTown, name: '泗泾镇', code: 'SJ', created_at: now, updated_at: now })
      .execute();
    await t.db
      .insertInto('communities')
      .values({
        id: otherCommunity,
        town_id: otherTown,
        name: '别镇居民区',
        address: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await t.db
      .insertInto('dashboard_months')
      .values({ community_id: otherCommunity, month: monthOf(now), meetings_held: 7 } as any)
      .execute();

    const url = `/api/towns/${t.fx.townId}/overview`;
    const res = await call({ method: 'GET', url }, 'admin');
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    expect(o.town.name).toBe('洞泾镇');
    expect(o.communities.map((c: any) => c.communityId).sort()).toEqual([t.fx.A.id, t.fx.B.id].sort());
    const a = o.communities.find((c: any) => c.communityId === A);
    const dash = (await dashboard()).json();
    expect(a).toMatchObject({
      tickets: dash.tickets.tickets,
      meetingsHeld: dash.meetingsHeld,
      medianResponseHours: dash.tickets.response.median,
    });
    expect(o.total.tickets).toBe(o.communities.reduce((s: number, c: any) => s + c.tickets, 0));
    expect(o.total.meetingsHeld).toBe(dash.meetingsHeld);

    const other = (await call({ method: 'GET', url: `/api/towns/${otherTown}/overview` }, 'admin')).json();
    expect(other.communities).toMatchObject([{ communityId: otherCommunity, meetingsHeld: 7 }]);
    // Denied by default: every role of a community, even its staff and secretary, is told the town does not exist.
    for (const as of ['staff', 'secretary', 'resident1', 'staffB'])
      expect((await call({ method: 'GET', url }, as)).statusCode, as).toBe(404);
    expect((await t.req({ method: 'GET', url })).statusCode).toBe(401);
    expect((await call({ method: 'GET', url: `/api/towns/${newId()}/overview` }, 'admin')).statusCode).toBe(404);
    expect((await call({ method: 'GET', url: '/api/towns' }, 'staff')).json().items).toEqual([]);
    expect(
      (await call({ method: 'GET', url: '/api/towns' }, 'admin'))
        .json()
        .items.map((x: any) => x.id)
        .sort(),
    ).toEqual([t.fx.townId, otherTown].sort());
  });
});

describe('verify and rebuild', () => {
  it('reports drift through `gongzhi verify` and rebuilds the summaries from the source rows', async () => {
    await rebuildSummaries(t.db); // the other town's hand-made row above is not backed by source rows
    await expectNoDrift();
    await t.db.updateTable('dashboard_months').set({ tickets: 999 }).where('community_id', '=', A).execute();
    const verifier = listVerifiers().find((v) => v.name === 'dashboard summaries')!;
    const lines = await verifier.fn(t.db);
    expect(lines.find((l) => l.text.includes(A))).toMatchObject({ ok: false });
    expect(lines.find((l) => l.text.includes(A))!.text).toMatch(/tickets 999≠/);
    await rebuildSummaries(t.db, [A]);
    await expectNoDrift();
    await expectMatchesDirect();
  });

  it("reports a grid's or a category's month row that disagrees with the tickets, and rebuilds it", async () => {
    await expectNoDrift();
    const verifier = listVerifiers().find((v) => v.name === 'dashboard summaries')!;
    for (const table of ['dashboard_grid_months', 'dashboard_category_months'] as const) {
      const rows = await t.db.selectFrom(table).select('month').where('community_id', '=', A).execute();
      expect(rows.length).toBeGreaterThan(0);
      await t.db.updateTable(table).set({ st_closed: 777 }).where('community_id', '=', A).execute();
      const line = (await verifier.fn(t.db)).find((l) => l.text.includes(A))!;
      expect(line).toMatchObject({ ok: false });
      expect(line.text).toMatch(new RegExp(`${table} .*st_closed 777≠`));
      await rebuildSummaries(t.db, [A]);
      await expectNoDrift();
    }
  });

  it('the grid and category months are backfilled from the cells by their migration', async () => {
    await expectNoDrift();
    const rowsOf = (table: 'dashboard_grid_months' | 'dashboard_category_months') =>
      loose(t.db).selectFrom(table).selectAll().orderBy('community_id').orderBy('month').execute();
    const before = [await rowsOf('dashboard_grid_months'), await rowsOf('dashboard_category_months')];
    expect(before[0].length).toBeGreaterThan(0);
    expect(before[1].length).toBeGreaterThan(0);
    await groupsMigration.down(t.db);
    await groupsMigration.up(t.db);
    const sort = (rows: Array<Record<string, unknown>>) =>
      rows
        .map((r) => JSON.stringify(Object.entries(r).map(([k, v]) => [k, Number.isNaN(Number(v)) ? v : Number(v)])))
        .sort();
    expect(sort(await rowsOf('dashboard_grid_months'))).toEqual(sort(before[0]));
    expect(sort(await rowsOf('dashboard_category_months'))).toEqual(sort(before[1]));
    await expectNoDrift();
  });

  it("the summary tables' migration backfills through the module's manifest (core imports no module)", async () => {
    await expectNoDrift();
    const before = await t.db
      .selectFrom('dashboard_months')
      .selectAll()
      .where('community_id', '=', A)
      .orderBy('month')
      .execute();
    expect(before.length).toBeGreaterThan(0);
    for (const table of [
      'dashboard_ticket_cells',
      'dashboard_grid_months',
      'dashboard_category_months',
      'dashboard_months',
    ] as const)
      await t.db.deleteFrom(table).execute();
    // What the migration calls on a database with communities: the backfill the dashboards manifest provided.
    await runBackfill('dashboards.summaries', t.db);
    expect(
      await t.db.selectFrom('dashboard_months').selectAll().where('community_id', '=', A).orderBy('month').execute(),
    ).toEqual(before);
    await expectNoDrift();
    await expect(runBackfill('no.such.backfill', t.db)).rejects.toThrow(/not installed/);
  });

  it('takes the quantile from the histogram as the edge of its bucket', () => {
    const b = Array(HOUR_EDGES.length + 1).fill(0);
    expect(quantileEdge(b, 0.5)).toBeNull();
    b[bucketOf(0.5)] = 5; // ≤ 1 h
    b[bucketOf(30)] = 4; // ≤ 48 h
    b[bucketOf(9000)] = 1; // beyond the last edge
    expect([quantileEdge(b, 0.5), quantileEdge(b, 0.9), quantileEdge(b, 1)]).toEqual([1, 48, null]);
  });
});
