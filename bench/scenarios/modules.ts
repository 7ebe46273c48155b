// The newer modules' hot lists and writes: committee scoring (evaluations), work orders quoted from the
// fee list (workorders), activity sign-up (volunteers), donations (resources) and project spending
// (projects), vehicle registration (parking). Each write has a same-work route in bench/baseline.ts, each
// list a one-statement one.
import type { Request } from 'autocannon';
import type { Fixture, Voter } from '../fixture';
import { api, SAME_SITE } from '../http';
import { idempotencyKey, type Scenario, type Session } from './app';

/** Seats of the bench's activities: the most the activity form allows. */
export const ACTIVITY_CAPACITY = 2000;
/** Sign-ups per activity the scenario sends at most: the activity never fills, so every sign-up should be taken. */
const SIGNUPS_PER_ACTIVITY = 1900;
const PROJECT_BUDGET_FEN = 1_000_000_000;
const SPEND_FEN = 12_345;
const DEPOSIT_FEN = 50_000_000;

/** What the run set up through the app's own routes before the scenarios. */
export interface ModuleSetup {
  /** Marks this run's rows (a reused district keeps earlier runs' rows). */
  tag: string;
  communityId: string;
  rounds: string[];
  baselineRounds: string[];
  /** Committee members who score; the last member never does, so no round closes under the bench. */
  scorers: Fixture['committee'];
  /** The member who only reads the round list. */
  reader: string;
  sheet: Record<string, { score: number; comment: string }>;
  quote: Array<{ feeItemId: string; quantity: number }>;
  /** community id → the bench's activity there (sign-ups of that community's representatives) */
  activities: Map<string, string>;
  baselineActivityId: string;
  signupVoters: Voter[];
  projects: string[];
  baselineProjects: string[];
  fundKind: 'emergency';
  /** Households of the bench community that vehicles are registered to (a household may have several). */
  vehicleHouseholds: string[];
  /** A fresh plate per call (the app's scenario and the baseline each draw from their own range). */
  plates: { app: () => string; baseline: () => string };
}

/** Per target (round, activity, project) how many writes were acknowledged; per scenario sent and answered. */
export interface Tally {
  sent: number;
  answered: number;
  /** ids answered 2xx (work orders, quotes, donations) */
  ids: string[];
  /** target id → acknowledged writes (rounds, activities, projects) */
  per: Record<string, number>;
}
export type ModuleWrites = Record<
  'scores' | 'workOrders' | 'quotes' | 'signups' | 'donations' | 'spendings' | 'vehicles',
  Tally
>;
export const newTally = (): Tally => ({ sent: 0, answered: 0, ids: [], per: {} });
export const newWrites = (): ModuleWrites => ({
  scores: newTally(),
  workOrders: newTally(),
  quotes: newTally(),
  signups: newTally(),
  donations: newTally(),
  spendings: newTally(),
  vehicles: newTally(),
});

/** Plate characters after the issuing office (GA 36: digits and letters without I and O). */
const PLATE_CHARS = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const PLATE_SPACE = PLATE_CHARS.length ** 5;
/**
 * Valid, distinct plates (沪 + office letter + 5 characters): a random start per run, then consecutive
 * numbers, so the run's plates never repeat and a reused district's earlier plates are very unlikely to be hit.
 */
export function plateMaker(start: number, office: string): () => string {
  let n = start;
  return () => {
    let x = n++ % PLATE_SPACE;
    let tail = '';
    for (let i = 0; i < 5; i++) {
      tail = PLATE_CHARS[x % PLATE_CHARS.length] + tail;
      x = Math.floor(x / PLATE_CHARS.length);
    }
    return `沪${office}${tail}`;
  };
}

const FEE_ITEMS = [
  { code: 'LIGHT', name: '更换楼道声控灯', unit: '盏', unitPriceFen: 8_500, standardHours: 0.5 },
  { code: 'DRAIN', name: '疏通下水管道', unit: '次', unitPriceFen: 15_000, standardHours: 1.5 },
  { code: 'LEAK', name: '屋面防水补漏', unit: '平方米', unitPriceFen: 12_000, standardHours: 1 },
  { code: 'TAP', name: '更换公共水龙头', unit: '个', unitPriceFen: 6_000, standardHours: 0.5 },
  { code: 'WALL', name: '楼道墙面修补粉刷', unit: '平方米', unitPriceFen: 3_500, standardHours: 0.8 },
  { code: 'LOCK', name: '更换单元门锁', unit: '把', unitPriceFen: 18_000, standardHours: 1 },
];

/** Round-robin over a list. */
function cycle<T>(items: T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length];
}

/** Runs `fn` over `items`, `width` at a time. */
async function pool<T, R>(items: T[], width: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Opens evaluation rounds (one per estate and quarter: 2 × `rounds`, half for the baseline), publishes a fee
 * list, pays into the emergency repair fund, creates an activity per community of the sign-up voters (and one
 * for the baseline) and 2 × `projects` funded projects — all through the app's routes, as staff would.
 */
export async function prepareModules(
  url: string,
  s: Session,
  signupPool: Voter[],
  sizes: { rounds: number; projects: number },
): Promise<ModuleSetup> {
  const { fx, cookies } = s;
  const c = `/api/communities/${fx.communityId}`;
  const tag = `基准${Date.now().toString(36)}`;
  if (!fx.companyId || !fx.estateIds.length) throw new Error('the bench community has no property company or estate');
  if (fx.committee.length < 2) throw new Error('the bench needs two committee members or more');

  const rubric = await api<{ items: Array<{ key: string }> }>(url, 'GET', `${c}/evaluation-rubric`, {
    cookie: cookies.staff,
  });
  const sheet = Object.fromEntries(
    rubric.items.map((it, i) => [it.key, { score: 70 + ((i * 7) % 30), comment: '总体尚可，楼道保洁需加强' }]),
  );
  // Quarters no earlier run used: a reused district keeps its rounds (one per company, estate and quarter).
  const freeSlots = (used: Set<string>) => {
    const slots: Array<{ estateId: string; quarter: string }> = [];
    for (let y = 2000; y < 2100 && slots.length < 2 * sizes.rounds; y++)
      for (let q = 1; q <= 4 && slots.length < 2 * sizes.rounds; q++)
        for (const estateId of fx.estateIds)
          if (slots.length < 2 * sizes.rounds && !used.has(`${estateId}/${y}-Q${q}`))
            slots.push({ estateId, quarter: `${y}-Q${q}` });
    return slots;
  };
  let companyId = fx.companyId;
  let slots = freeSlots(new Set(fx.usedQuarters));
  if (slots.length < 2 * sizes.rounds) {
    // Earlier runs used every quarter of this century (quarters are 20xx) for the community's company: the
    // rounds of this run evaluate a property company of its own.
    companyId = (
      await api<{ id: string }>(url, 'POST', `${c}/organizations`, {
        cookie: cookies.staff,
        body: { kind: 'property_company', name: `${tag} 物业` },
      })
    ).id;
    slots = freeSlots(new Set());
  }
  if (slots.length < 2 * sizes.rounds) throw new Error('the bench community has too few estates for its rounds');
  const deadlineAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const open = async (slot: { estateId: string; quarter: string }) =>
    (
      await api<{ id: string }>(url, 'POST', `${c}/evaluations`, {
        cookie: cookies.staff,
        body: { ...slot, companyId, deadlineAt },
      })
    ).id;
  // The first round alone: it freezes the rubric (writes its first version), and two first rounds opened at
  // the same instant on PostgreSQL collide on that version's UNIQUE key and one is refused as `round_exists`.
  const roundIds = [await open(slots[0]), ...(await pool(slots.slice(1), 4, open))];

  await api(url, 'PUT', `${c}/fee-list`, {
    cookie: cookies.staff,
    body: { items: FEE_ITEMS, note: `${tag} 维修费用清单` },
  });
  const fee = await api<{ items: Array<{ id: string; code: string }> }>(url, 'GET', `${c}/fee-list`, {
    cookie: cookies.staff,
  });
  const feeId = (code: string) => fee.items.find((i) => i.code === code)!.id;
  await api(url, 'POST', `${c}/funds/emergency/deposits`, {
    cookie: cookies.staff,
    body: { amountFen: DEPOSIT_FEN, note: `${tag} 镇应急维修资金拨付` },
  });

  const perCommunity = new Map<string, number>();
  const signupVoters = signupPool.filter((v) => {
    const n = (perCommunity.get(v.communityId) ?? 0) + 1;
    perCommunity.set(v.communityId, n);
    return n <= SIGNUPS_PER_ACTIVITY;
  });
  const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const endsAt = new Date(Date.now() + 2 * 86_400_000 + 3 * 3_600_000).toISOString();
  const activity = async (communityId: string) =>
    (
      await api<{ id: string }>(url, 'POST', `/api/communities/${communityId}/activities`, {
        cookie: cookies.admin,
        body: {
          kind: 'service',
          title: `${tag} 楼道清洁志愿服务`,
          location: '社区党群服务站',
          startsAt,
          endsAt,
          capacity: ACTIVITY_CAPACITY,
        },
      })
    ).id;
  const activities = new Map<string, string>();
  for (const communityId of perCommunity.keys()) activities.set(communityId, await activity(communityId));
  const baselineActivityId = await activity(fx.communityId);

  const projectIds = await pool(
    Array.from({ length: 2 * sizes.projects }, (_, i) => i),
    4,
    async (i) =>
      (
        await api<{ id: string }>(url, 'POST', `${c}/projects`, {
          cookie: cookies.staff,
          body: {
            name: `${tag} 无产证小区品质提升 ${i + 1}`,
            program: '无产证社区品质提升项目',
            funder: '镇政府',
            year: new Date().getUTCFullYear(),
            budgetFen: PROJECT_BUDGET_FEN,
          },
        })
      ).id,
  );

  // Vehicles are registered to the bench community's households; no car park is needed for that.
  const vehicleHouseholds = [
    ...new Set(fx.voters.filter((v) => v.communityId === fx.communityId).map((v) => v.householdId)),
  ];
  if (!vehicleHouseholds.length) throw new Error('the bench community has no household to register vehicles to');
  const start = Math.floor(Math.random() * (PLATE_SPACE - 2_000_000));
  const offices = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const office = offices[Math.floor(Math.random() * offices.length)];

  return {
    tag,
    communityId: fx.communityId,
    rounds: roundIds.slice(0, sizes.rounds),
    baselineRounds: roundIds.slice(sizes.rounds),
    scorers: fx.committee.slice(0, -1),
    reader: fx.committee[fx.committee.length - 1].cookie,
    sheet,
    quote: [
      { feeItemId: feeId('LEAK'), quantity: 12.5 },
      { feeItemId: feeId('DRAIN'), quantity: 2 },
    ],
    activities,
    baselineActivityId,
    signupVoters,
    projects: projectIds.slice(0, sizes.projects),
    baselineProjects: projectIds.slice(sizes.projects),
    fundKind: 'emergency',
    vehicleHouseholds,
    plates: { app: plateMaker(start, office), baseline: plateMaker(start + 1_000_000, office) },
  };
}

/** Every (round, member) pair once, member by member, so the requests in flight are for different rounds. */
const pairs = (rounds: string[], scorers: Fixture['committee']) =>
  scorers.flatMap((m) => rounds.map((roundId) => ({ roundId, member: m })));

const post = (cookie: string, body: unknown, method = 'POST'): Pick<Request, 'method' | 'headers' | 'body'> => ({
  method,
  body: body === undefined ? undefined : JSON.stringify(body),
  headers: {
    ...SAME_SITE,
    cookie,
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    'idempotency-key': idempotencyKey(),
  },
});

/** Counts what a write scenario sent and what came back; `target` says which round/activity/project a 2xx was for. */
function tallied(
  t: Tally,
  setup: (req: Request) => Request,
  target: (body: Record<string, unknown>) => { id?: string; per?: string },
): Request {
  return {
    setupRequest: (req) => {
      t.sent++;
      return setup(req);
    },
    onResponse: (status, body) => {
      t.answered++;
      if (status < 200 || status >= 300) return;
      const r = target(JSON.parse(body) as Record<string, unknown>);
      if (r.id) t.ids.push(r.id);
      if (r.per) t.per[r.per] = (t.per[r.per] ?? 0) + 1;
    },
  };
}

/** Lists read back what the writes made, so they run after them (as the baseline's lists run before its writes). */
export function moduleScenarios(s: Session, m: ModuleSetup, w: ModuleWrites): Scenario[] {
  const { cookies } = s;
  const c = `/api/communities/${m.communityId}`;
  const nextPair = cycle(pairs(m.rounds, m.scorers));
  const nextSigner = cycle(m.signupVoters);
  const nextProject = cycle(m.projects);
  const nextHousehold = cycle(m.vehicleHouseholds);
  let quoted = 0;
  let n = 0;
  const get = (path: string, cookie: string): Request => ({ method: 'GET', path, headers: { cookie } });
  return [
    {
      key: 'score',
      label: "a committee member submits a round's scores (6 items)",
      baseline: 'score',
      amount: m.rounds.length * m.scorers.length,
      request: tallied(
        w.scores,
        (req) => {
          const p = nextPair();
          return { ...req, path: `${c}/evaluations/${p.roundId}/scores`, ...post(p.member.cookie, { items: m.sheet }) };
        },
        (b) => ({ per: b.id as string }),
      ),
    },
    {
      key: 'create_work_order',
      label: 'create a work order (staff, from an inspection)',
      baseline: 'create_work_order',
      request: tallied(
        w.workOrders,
        (req) => ({
          ...req,
          path: `${c}/work-orders`,
          ...post(cookies.staff, {
            title: `${m.tag} 3号楼屋面渗水`,
            description: '顶楼住户反映雨后天花板渗水',
            source: 'inspection',
            location: '3号楼屋面',
          }),
        }),
        (b) => ({ id: b.id as string }),
      ),
    },
    {
      key: 'quote_work_order',
      label: 'quote a work order from the fee list (2 lines)',
      baseline: 'quote_work_order',
      // Each work order made by the scenario before is quoted once.
      get amount() {
        return Math.max(1, w.workOrders.ids.length);
      },
      request: tallied(
        w.quotes,
        (req) => ({
          ...req,
          path: `${c}/work-orders/${w.workOrders.ids[quoted++ % Math.max(1, w.workOrders.ids.length)] ?? 'none'}/quote`,
          ...post(cookies.staff, { items: m.quote }, 'PUT'),
        }),
        (b) => ({ id: b.id as string }),
      ),
    },
    {
      key: 'activity_signup',
      label: 'sign up for an activity (representative, H5)',
      baseline: 'activity_signup',
      amount: m.signupVoters.length,
      request: tallied(
        w.signups,
        (req) => {
          const v = nextSigner();
          return {
            ...req,
            path: `/api/communities/${v.communityId}/activities/${m.activities.get(v.communityId)}/signups`,
            ...post(v.cookie, undefined),
          };
        },
        (b) => ({ per: b.id as string }),
      ),
    },
    {
      key: 'record_donation',
      label: 'record a donation (staff)',
      baseline: 'record_donation',
      request: tallied(
        w.donations,
        (req) => ({
          ...req,
          path: `${c}/donations`,
          ...post(cookies.staff, {
            item: `${m.tag} 绿植`,
            quantity: 20,
            unit: '盆',
            valueFen: 60_000,
            donorName: '共建单位',
            destination: '小区绿化带补种',
            receivedOn: today(),
          }),
        }),
        (b) => ({ id: b.id as string }),
      ),
    },
    {
      key: 'project_spending',
      label: 'record a project spending entry (staff)',
      baseline: 'project_spending',
      request: tallied(
        w.spendings,
        (req) => ({
          ...req,
          path: `${c}/projects/${nextProject()}/spending`,
          ...post(cookies.staff, {
            amountFen: SPEND_FEN,
            payee: `${m.tag} 施工队 ${++n}`,
            spentOn: today(),
          }),
        }),
        (b) => ({ per: b.id as string }),
      ),
    },
    {
      key: 'register_vehicle',
      label: 'register a vehicle to a household (staff, a new plate each)',
      baseline: 'register_vehicle',
      request: tallied(
        w.vehicles,
        (req) => ({
          ...req,
          path: `${c}/parking/vehicles`,
          ...post(cookies.staff, { householdId: nextHousehold(), plate: m.plates.app(), note: `${m.tag} 业主车辆` }),
        }),
        (b) => ({ id: b.id as string }),
      ),
    },
    {
      key: 'evaluation_list',
      label: 'evaluation rounds (committee member)',
      baseline: 'evaluation_list',
      request: get(`${c}/evaluations`, m.reader),
    },
    {
      key: 'work_order_list',
      label: 'work orders, newest first (staff)',
      baseline: 'work_order_list',
      request: get(`${c}/work-orders`, cookies.staff),
    },
    {
      key: 'donation_list',
      label: 'donations with their total (staff)',
      baseline: 'donation_list',
      request: get(`${c}/donations`, cookies.staff),
    },
    {
      key: 'project_list',
      label: 'funded projects with totals (staff)',
      baseline: 'project_list',
      request: get(`${c}/projects`, cookies.staff),
    },
    {
      key: 'vehicle_list',
      label: "a community's vehicles, plates masked (staff)",
      baseline: 'vehicle_list',
      // On PostgreSQL under load one answer took ~0.5–1 s in quick mode (each listed household is looked up
      // on its own): 2 s so a 1-second run cannot end with no answer at all.
      minSeconds: 2,
      request: get(`${c}/parking/vehicles`, cookies.staff),
    },
  ];
}

/** The same through the bare app (bench/baseline.ts): lists first, then writes into the baseline's own rounds, activity and projects. */
export function moduleBaselineScenarios(m: ModuleSetup): Scenario[] {
  const nextPair = cycle(pairs(m.baselineRounds, m.scorers));
  const nextSigner = cycle(m.signupVoters);
  const nextProject = cycle(m.baselineProjects);
  const nextHousehold = cycle(m.vehicleHouseholds);
  const made: string[] = [];
  let quoted = 0;
  let n = 0;
  const json = (
    method: string,
    path: string,
    body: unknown,
  ): Pick<Request, 'method' | 'path' | 'headers' | 'body'> => ({
    method,
    path,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const write = (setup: () => Pick<Request, 'method' | 'path' | 'headers' | 'body'>, onId?: (id: string) => void) => ({
    setupRequest: (req: Request) => ({ ...req, ...setup() }),
    onResponse: (status: number, body: string) => {
      if (onId && status >= 200 && status < 300) onId((JSON.parse(body) as { id: string }).id);
    },
  });
  return [
    { key: 'evaluation_list', label: 'select 500 rounds', request: { method: 'GET', path: '/evaluations' } },
    { key: 'work_order_list', label: 'select 500 work orders', request: { method: 'GET', path: '/work-orders' } },
    { key: 'activities', label: 'select upcoming activities', request: { method: 'GET', path: '/activities' } },
    { key: 'donation_list', label: 'select 500 donations', request: { method: 'GET', path: '/donations' } },
    { key: 'project_list', label: 'select 500 projects', request: { method: 'GET', path: '/projects' } },
    { key: 'vehicle_list', label: 'select 2,000 vehicles', request: { method: 'GET', path: '/vehicles' } },
    {
      key: 'score',
      label: 'sheet + audit event, same work',
      amount: m.baselineRounds.length * m.scorers.length,
      request: write(() => {
        const p = nextPair();
        return json('POST', '/scores', { roundId: p.roundId, memberId: p.member.userId });
      }),
    },
    {
      key: 'create_work_order',
      label: 'work order + audit event, same work',
      request: write(
        () => json('POST', '/work-orders', { title: `${m.tag} 基线工单` }),
        (id) => made.push(id),
      ),
    },
    {
      key: 'quote_work_order',
      label: 'quote lines + total + audit event, same work',
      get amount() {
        return Math.max(1, made.length);
      },
      request: write(() =>
        json('PUT', `/work-orders/${made[quoted++ % Math.max(1, made.length)] ?? 'none'}/quote`, {}),
      ),
    },
    {
      key: 'activity_signup',
      label: 'seat + sign-up + audit event, same work',
      // One activity (at most 2,000 seats) where the app's sign-ups spread over one per community.
      amount: Math.min(m.signupVoters.length, ACTIVITY_CAPACITY),
      request: write(() => json('POST', '/signups', { userId: nextSigner().userId })),
    },
    {
      key: 'record_donation',
      label: 'donation + audit event, same work',
      request: write(() =>
        json('POST', '/donations', { item: `${m.tag} 基线`, quantity: 20, valueFen: 60_000, receivedOn: today() }),
      ),
    },
    {
      key: 'project_spending',
      label: 'balance + entry + audit event, same work',
      request: write(() =>
        json('POST', `/projects/${nextProject()}/spending`, {
          amountFen: SPEND_FEN,
          payee: `${m.tag} 基线 ${++n}`,
          spentOn: today(),
        }),
      ),
    },
    {
      key: 'register_vehicle',
      label: 'household + plate check + vehicle + audit event, same work',
      request: write(() =>
        json('POST', '/vehicles', { householdId: nextHousehold(), plate: m.plates.baseline(), note: `${m.tag} 基线` }),
      ),
    },
  ];
}
