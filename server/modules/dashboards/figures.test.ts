import { beforeAll, describe, expect, it } from 'vitest';
import { newId, json } from '../../core/ids';
import { useTestApp } from '../../testing/harness';
import { expectEvery } from '../../testing/expect-every';
import { TEST_DIALECT } from '../../testing/database';
import { report } from '../tickets/tickets.test-helpers';

/**
 * The dashboard figures read from other modules (volunteers, donations, project spend, property scores, the
 * emergency fund), the grid dashboard and the town view. Records are written straight into the tables, in and
 * out of the period and on its edges, and every expected figure is counted here from those raw rows — never
 * through the services that the dashboard uses.
 */
const t = useTestApp();
const H = 3600_000;
const CN = 8 * H;
/** An instant given in Shanghai wall time. */
const cn = (wall: string) => new Date(Date.parse(`${wall}Z`) - CN).toISOString();
const FROM = '2026-01';
const TO = '2026-06';
const Q = `?from=${FROM}&to=${TO}`;
/** In the period: activities starting and funds moving in [start, end); dated records on [startDate, endDate). */
const start = cn('2026-01-01T00:00:00');
const end = cn('2026-07-01T00:00:00');
const inPeriodDate = (d: string) => d >= '2026-01-01' && d < '2026-07-01';

let A: string;
let B: string;
const stamp = cn('2026-01-15T10:00:00');
const base = () => ({ created_at: stamp, updated_at: stamp });

async function seed() {
  const db = t.db;
  const staff = t.fx.users.staff;
  for (const [community, n] of [
    [A, 0],
    [B, 1],
  ] as const) {
    // Volunteers: activities on the period's edges (Shanghai midnight), each with served and unserved sign-ups.
    const starts = [
      '2025-12-31T23:30:00', // out: the day before, in Shanghai
      '2026-01-01T00:30:00', // in: 16:30 UTC on 31 December
      '2026-03-10T09:00:00',
      '2026-06-30T23:00:00', // in
      '2026-07-01T00:10:00', // out
    ];
    for (const [i, wall] of starts.entries()) {
      const id = newId();
      await db
        .insertInto('activities')
        .values({
          id,
          community_id: community,
          kind: 'service',
          title: `活动${i}`,
          description: '',
          location: '',
          starts_at: cn(wall),
          ends_at: cn(wall),
          capacity: 20,
          signup_count: 3,
          checkin_nonce: 'x',
          created_by: staff,
          ...base(),
        } as any)
        .execute();
      for (let k = 0; k < 3 + i + n; k++) {
        const served = k !== 0; // the first signed up and never checked out
        await db
          .insertInto('activity_signups')
          .values({
            id: newId(),
            community_id: community,
            activity_id: id,
            user_id: null,
            person_key: `p${k}`,
            name: `志愿者${k}`,
            party_member: k % 2 === 0,
            signed_up_at: stamp,
            checked_in_at: served ? stamp : null,
            checked_out_at: served ? stamp : null,
            minutes: served ? 45 + k * 10 : 0,
          })
          .execute();
      }
    }
    // Donations, some meeting a need.
    const donations: Array<[string, number, boolean]> = [
      ['2025-12-31', 50_000, true],
      ['2026-01-01', 10_000_000, true],
      ['2026-02-14', 30_000, false],
      ['2026-06-30', 7_000 + n, true],
      ['2026-07-01', 90_000, false],
    ];
    for (const [i, [on, value, met]] of donations.entries()) {
      const id = newId();
      await db
        .insertInto('donations')
        .values({
          id,
          community_id: community,
          item: `物品${i}`,
          quantity: 1,
          unit: '件',
          value_fen: value,
          donor_org_id: null,
          donor_name: '企业',
          destination: '',
          received_on: on,
          offer_id: null,
          created_by: staff,
          ...base(),
        })
        .execute();
      await db
        .insertInto('needs')
        .values({
          id: newId(),
          community_id: community,
          title: `需求${i}`,
          description: '',
          status: met ? 'met' : 'open',
          offer_id: null,
          project_id: null,
          donation_id: met ? id : null,
          met_at: met ? stamp : null,
          created_by: staff,
          ...base(),
        } as any)
        .execute();
    }
    // Project spending in and out of the period, over two projects.
    const projects = [newId(), newId()];
    for (const id of projects)
      await db
        .insertInto('projects')
        .values({
          id,
          community_id: community,
          name: '项目',
          program: '',
          funder: '',
          year: 2026,
          budget_fen: 10_000_000,
          spent_fen: 0,
          progress: 0,
          status: 'in_progress',
          published: false,
          description: '',
          items: json([]),
          topic_id: null,
          created_by: staff,
          ...base(),
        } as any)
        .execute();
    for (const [i, [on, amount]] of (
      [
        ['2025-12-31', 1_000],
        ['2026-01-01', 120_000],
        ['2026-04-30', 33_300 + n],
        ['2026-07-01', 5_000],
      ] as const
    ).entries())
      await db
        .insertInto('project_spendings')
        .values({
          id: newId(),
          community_id: community,
          project_id: projects[i % 2],
          amount_fen: amount,
          payee: '施工方',
          payee_kind: 'company',
          spent_on: on,
          note: '',
          invoice_photo_id: null,
          work_order_id: null,
          created_by: staff,
          created_at: stamp,
        } as any)
        .execute();
    // The emergency fund: a deposit before the period, spending in and after it.
    const fund = newId();
    await db
      .insertInto('funds')
      .values({
        id: fund,
        community_id: community,
        kind: 'emergency',
        name: '应急维修资金',
        balance_fen: 812_345 + n,
        year_budget_fen: 1_000_000,
        ...base(),
      })
      .execute();
    for (const [kind, amount, wall] of [
      ['deposit', 1_000_000, '2025-12-31T23:59:00'],
      ['spend', 80_000, '2026-01-01T00:01:00'],
      ['spend', 60_000 + n, '2026-05-20T12:00:00'],
      ['deposit', 2_345, '2026-06-01T08:00:00'],
      ['spend', 50_000, '2026-07-01T00:00:00'],
    ] as const)
      await db
        .insertInto('fund_entries')
        .values({
          id: newId(),
          community_id: community,
          fund_id: fund,
          kind,
          amount_fen: amount,
          balance_after_fen: 0,
          note: '',
          work_order_id: null,
          actor_id: null,
          at: cn(wall),
        })
        .execute();
  }
  // Property scores: community A's company in both estates, community B's company (the same name: one company
  // serving both) in one; closed rounds in and out of the period's quarters, and an open one.
  const rubric = async (community: string) => {
    const id = newId();
    await t.db
      .insertInto('evaluation_rubrics')
      .values({
        id,
        community_id: community,
        version: 1,
        items: json([]),
        frozen_at: stamp,
        created_by: null,
        ...base(),
      } as any)
      .execute();
    return id;
  };
  const company = async (community: string, name: string) => {
    const id = newId();
    await t.db
      .insertInto('organizations')
      .values({
        id,
        community_id: community,
        kind: 'property',
        name,
        estate_id: null,
        contact_name: null,
        contact_phone: null,
        note: null,
        ...base(),
      })
      .execute();
    return id;
  };
  const rubricA = await rubric(A);
  const rubricB = await rubric(B);
  const companyA = await company(A, '松江物业');
  const companyB = await company(B, '松江物业');
  const otherA = await company(A, '洞泾保洁');
  const rounds: Array<[string, string, string, string, number | null, 'open' | 'closed']> = [
    [A, t.fx.A.estates[0], companyA, '2025-Q4', 99, 'closed'],
    [A, t.fx.A.estates[0], companyA, '2026-Q1', 80, 'closed'],
    [A, t.fx.A.estates[1], otherA, '2026-Q1', 90.5, 'closed'],
    [A, t.fx.A.estates[0], companyA, '2026-Q2', 84.2, 'closed'],
    [A, t.fx.A.estates[1], otherA, '2026-Q2', 70, 'open'],
    [A, t.fx.A.estates[0], companyA, '2026-Q3', 60, 'closed'],
    [B, t.fx.B.estates[0], companyB, '2026-Q1', 77.7, 'closed'],
  ];
  for (const [community, estate, co, quarter, score, status] of rounds)
    await t.db
      .insertInto('evaluation_rounds')
      .values({
        id: newId(),
        community_id: community,
        estate_id: estate,
        company_id: co,
        quarter,
        rubric_id: community === A ? rubricA : rubricB,
        status,
        member_ids: json([]),
        opened_at: stamp,
        deadline_at: stamp,
        closed_at: status === 'closed' ? stamp : null,
        closed_reason: status === 'closed' ? 'deadline' : null,
        result: status === 'closed' ? json({ score, members: 3, scored: 3, absent: 0, items: [] }) : null,
        figures: null,
        created_by: null,
        ...base(),
      } as any)
      .execute();
}

beforeAll(async () => {
  A = t.fx.A.id;
  B = t.fx.B.id;
  await seed();
});

const get = (url: string, as: string) => t.req({ method: 'GET', url, as });
const round1 = (x: number) => Math.round(x * 10) / 10;
const meanOf = (xs: number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
const quarterOf = (q: string) => q >= '2026-Q1' && q <= '2026-Q2';

/** The expected figures of a community, counted from its raw rows. */
async function expected(community: string) {
  const db = t.db;
  const activities = await db.selectFrom('activities').selectAll().where('community_id', '=', community).execute();
  const inActs = new Set(activities.filter((a) => a.starts_at >= start && a.starts_at < end).map((a) => a.id));
  const signups = (
    await db.selectFrom('activity_signups').selectAll().where('community_id', '=', community).execute()
  ).filter((s) => inActs.has(s.activity_id) && s.checked_out_at !== null);
  const donations = (
    await db.selectFrom('donations').selectAll().where('community_id', '=', community).execute()
  ).filter((d) => inPeriodDate(d.received_on));
  const needs = await db.selectFrom('needs').selectAll().where('community_id', '=', community).execute();
  const metBy = new Set(needs.filter((n) => n.status === 'met').map((n) => n.donation_id));
  const spendings = (
    await db.selectFrom('project_spendings').selectAll().where('community_id', '=', community).execute()
  ).filter((s) => inPeriodDate(s.spent_on));
  const fund = await db
    .selectFrom('funds')
    .selectAll()
    .where('community_id', '=', community)
    .where('kind', '=', 'emergency')
    .executeTakeFirstOrThrow();
  const entries = (await db.selectFrom('fund_entries').selectAll().where('fund_id', '=', fund.id).execute()).filter(
    (e) => e.at >= start && e.at < end,
  );
  const rounds = (
    await db.selectFrom('evaluation_rounds').selectAll().where('community_id', '=', community).execute()
  ).filter((r) => r.status === 'closed' && quarterOf(r.quarter));
  const scoreOf = (r: (typeof rounds)[number]) =>
    (typeof r.result === 'string' ? JSON.parse(r.result) : r.result).score as number;
  const quarters = [...new Set(rounds.map((r) => r.quarter))].sort();
  expect(signups.length).toBeGreaterThan(0);
  expect(rounds.length).toBeGreaterThan(0);
  return {
    volunteers: {
      personTimes: signups.length,
      hours: round1(signups.reduce((s, x) => s + Number(x.minutes), 0) / 60),
      people: new Set(signups.map((s) => s.person_key)).size,
    },
    donations: {
      count: donations.length,
      valueFen: donations.reduce((s, d) => s + Number(d.value_fen), 0),
      savedFen: donations.filter((d) => metBy.has(d.id)).reduce((s, d) => s + Number(d.value_fen), 0),
    },
    projectSpend: {
      spentFen: spendings.reduce((s, x) => s + Number(x.amount_fen), 0),
      payments: spendings.length,
      projects: new Set(spendings.map((s) => s.project_id)).size,
    },
    byQuarter: quarters.map((q) => {
      const rs = rounds.filter((r) => r.quarter === q);
      return { quarter: q, score: meanOf(rs.map(scoreOf)), rounds: rs.length };
    }),
    latestScore: meanOf(rounds.filter((r) => r.quarter === quarters.at(-1)).map(scoreOf)),
    latestQuarter: quarters.at(-1) ?? null,
    emergencyFund: {
      balanceFen: Number(fund.balance_fen),
      yearBudgetFen: Number(fund.year_budget_fen),
      spentFen: entries.filter((e) => e.kind === 'spend').reduce((s, e) => s + Number(e.amount_fen), 0),
      depositedFen: entries.filter((e) => e.kind === 'deposit').reduce((s, e) => s + Number(e.amount_fen), 0),
    },
  };
}

describe(`community dashboard: other modules' figures (${TEST_DIALECT})`, () => {
  it('equal the raw rows of the period, edges in Shanghai time', async () => {
    const res = await get(`/api/communities/${A}/dashboard${Q}`, 'staff');
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json().figures;
    const want = await expected(A);
    expect(f.volunteers).toEqual(want.volunteers);
    expect(f.donations).toEqual(want.donations);
    expect(f.projectSpend).toEqual(want.projectSpend);
    expect(f.emergencyFund).toEqual(want.emergencyFund);
    expect(f.propertyScores.byQuarter).toEqual(want.byQuarter);
    expect(f.propertyScores).toMatchObject({ fromQuarter: '2026-Q1', toQuarter: '2026-Q2' });
    expect(f.propertyScores.rounds).toHaveLength(want.byQuarter.reduce((s, q) => s + q.rounds, 0));
    // Pinned by hand too, so a wrong reading shared by the test and the service cannot pass unseen.
    expect(want.donations.savedFen).toBe(10_007_000);
    expect(want.projectSpend.spentFen).toBe(153_300);
    expect(want.emergencyFund).toMatchObject({ spentFen: 140_000, depositedFen: 2_345, balanceFen: 812_345 });
    expect(want.byQuarter).toEqual([
      { quarter: '2026-Q1', score: 85.3, rounds: 2 },
      { quarter: '2026-Q2', score: 84.2, rounds: 1 },
    ]);
    // Another community's records stay out: B's figures differ by its own rows.
    const fb = (await get(`/api/communities/${B}/dashboard${Q}`, 'staffB')).json().figures;
    expect(fb.donations).toEqual((await expected(B)).donations);
    expect(fb.emergencyFund.balanceFen).toBe(812_346);
  });

  it('follow the period filter', async () => {
    const all = (await get(`/api/communities/${A}/dashboard?from=2025-01&to=2026-12`, 'staff')).json().figures;
    const donations = await t.db.selectFrom('donations').selectAll().where('community_id', '=', A).execute();
    expect(all.donations.count).toBe(donations.length);
    expect(all.donations.valueFen).toBe(donations.reduce((s, d) => s + Number(d.value_fen), 0));
    const none = (await get(`/api/communities/${A}/dashboard?from=2020-01&to=2020-03`, 'staff')).json().figures;
    expect(none).toMatchObject({
      volunteers: { personTimes: 0, hours: 0, people: 0 },
      donations: { count: 0, valueFen: 0, savedFen: 0 },
      projectSpend: { spentFen: 0, payments: 0, projects: 0 },
      propertyScores: { byQuarter: [], rounds: [] },
      emergencyFund: { spentFen: 0, depositedFen: 0, balanceFen: 812_345 },
    });
  });
});

describe(`grid dashboard (${TEST_DIALECT})`, () => {
  it("shows one grid's tickets, counted from the tickets table, and its overdue tickets now", async () => {
    // Tickets in both grids, through the API so the summaries are kept as in life.
    const [g1, g2] = t.fx.A.grids;
    for (const as of ['resident1', 'resident1', 'resident2', 'resident3']) await report(t, as);
    const rows = await t.db
      .selectFrom('tickets')
      .select(['grid_id', 'state', 'category'])
      .where('community_id', '=', A)
      .execute();
    for (const grid of [g1, g2]) {
      const mine = rows.filter((r) => r.grid_id === grid);
      const res = await get(`/api/communities/${A}/grid-dashboard?gridId=${grid}`, 'staff');
      expect(res.statusCode, res.body).toBe(200);
      const d = res.json();
      expect(d.gridId).toBe(grid);
      expect(d.tickets.tickets).toBe(mine.length);
      const states = d.byState.filter((s: { count: number }) => s.count > 0);
      expect(Object.fromEntries(states.map((s: { state: string; count: number }) => [s.state, s.count]))).toEqual(
        Object.fromEntries(
          [...new Set(mine.map((r) => r.state))].map((s) => [s, mine.filter((r) => r.state === s).length]),
        ),
      );
      expect(d.byCategory.reduce((s: number, c: { tickets: number }) => s + c.tickets, 0)).toBe(mine.length);
      expect(d.grids.map((g: { id: string }) => g.id).sort()).toEqual([g1, g2].sort());
    }
    expect(rows.filter((r) => r.grid_id === g1).length).toBeGreaterThan(0);
    // Overdue: move the clock past every response deadline and count the raw rows past theirs.
    t.clock.advance(30 * 24 * H);
    const now = new Date(t.clock.now()).toISOString();
    const raw = await t.db
      .selectFrom('tickets')
      .select(['grid_id', 'state', 'response_due_at', 'resolution_due_at'])
      .where('community_id', '=', A)
      .execute();
    const overdue = raw.filter(
      (r) =>
        r.grid_id === g1 &&
        ((r.state === 'submitted' && r.response_due_at! < now) ||
          (['submitted', 'accepted', 'in_progress', 'reopened'].includes(r.state) && r.resolution_due_at! < now)),
    ).length;
    expect(overdue).toBeGreaterThan(0);
    // Sessions expire when the clock moves: sign in afresh.
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/communities/${A}/grid-dashboard?gridId=${g1}`,
      headers: { cookie: await t.login('leader1') },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().tickets.overdue).toBe(overdue);
  });

  it("lets a grid leader see their own grid only; residents get nothing; another community's staff 404", async () => {
    const [g1, g2] = t.fx.A.grids;
    const as = async (login: string, q = '') =>
      t.app.inject({
        method: 'GET',
        url: `/api/communities/${A}/grid-dashboard${q}`,
        headers: { cookie: await t.login(login) },
      });
    const own = await as('leader1');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ gridId: g1, grids: [{ id: g1 }] });
    expect((await as('leader2')).json().gridId).toBe(g2);
    const other = await as('leader1', `?gridId=${g2}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('not_your_grid');
    expect((await as('staff', `?gridId=${newId()}`)).statusCode).toBe(404);
    for (const login of ['resident1', 'committee1', 'property']) expect((await as(login)).statusCode, login).toBe(403);
    expect((await as('staffB', `?gridId=${g1}`)).statusCode).toBe(404);
  });
});

describe(`town view (${TEST_DIALECT})`, () => {
  it('adds each community’s property score and emergency fund, and compares property companies across communities', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/towns/${t.fx.townId}/overview${Q}`,
      headers: { cookie: await t.login('admin') },
    });
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    expect(o.communities).toHaveLength(2);
    for (const id of [A, B]) {
      const want = await expected(id);
      const row = o.communities.find((c: { communityId: string }) => c.communityId === id);
      expect(row).toMatchObject({
        propertyScore: want.latestScore,
        propertyQuarter: want.latestQuarter,
        emergencyFundBalanceFen: want.emergencyFund.balanceFen,
        emergencyFundSpentFen: want.emergencyFund.spentFen,
      });
    }
    expect(o.total.emergencyFundBalanceFen).toBe(812_345 + 812_346);
    // Companies: all closed rounds of the period's quarters in the town, grouped by company name.
    const rounds = (await t.db.selectFrom('evaluation_rounds').selectAll().execute()).filter(
      (r) => r.status === 'closed' && quarterOf(r.quarter),
    );
    const orgs = await t.db.selectFrom('organizations').select(['id', 'name']).execute();
    const nameOf = (id: string) => orgs.find((x) => x.id === id)!.name;
    const names = [...new Set(rounds.map((r) => nameOf(r.company_id)))].sort();
    expect(o.companies.map((c: { companyName: string }) => c.companyName).sort()).toEqual(names);
    expectEvery(
      o.companies,
      (c: { companyName: string; rounds: number }) =>
        c.rounds === rounds.filter((r) => nameOf(r.company_id) === c.companyName).length,
      'company round counts',
    );
    const songjiang = o.companies.find((c: { companyName: string }) => c.companyName === '松江物业');
    expect(songjiang).toMatchObject({ rounds: 3, avgScore: 80.6, latestQuarter: '2026-Q2', latestScore: 84.2 });
    expect(songjiang.communities).toHaveLength(2);
    for (const login of ['staff', 'resident1', 'staffB']) {
      const r = await t.app.inject({
        method: 'GET',
        url: `/api/towns/${t.fx.townId}/overview`,
        headers: { cookie: await t.login(login) },
      });
      expect(r.statusCode, login).toBe(404);
    }
  });
});
