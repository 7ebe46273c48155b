import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { rosterXlsx } from '../../e2e/support/roster';
import type { TestApp } from '../testing/harness';
import { TEST_PASSWORD } from '../testing/fixture';
import { multipart, pngOf } from '../modules/tickets/tickets.test-helpers';
import { runJobsOnce } from '../core/scheduler';
import { DEFAULT_RUBRIC } from '../../contract/evaluations';

/**
 * Requests that reach each route's handler: real records of the fixture (created through the API, in
 * both communities), ids in the path and valid bodies. The access matrix sends them so that an allowed
 * call must succeed (a 400 or 404 cannot pass for "allowed"), and a refused one is refused with
 * everything else right.
 */
export type Community = 'A' | 'B';
export interface Sample {
  /** Path parameters by name (`:communityId` is filled in by the matrix). */
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** A multipart body instead of JSON. */
  multipart?: { payload: Buffer; headers: Record<string, string> };
}
/** A route's sample: the same world records every time, or `fresh` records made for each call (the call changes or uses them up). */
export interface SampleDef {
  fresh?: boolean;
  make(w: World, c: Community, as: string | null, n: number): Promise<Sample> | Sample;
}

export interface World {
  t: TestApp;
  c: Record<Community, CommunityWorld>;
  /** Sends a request as one of the community's staff (staff / staffB) and returns the JSON, failing loudly on an error. */
  api(c: Community, method: InjectOptions['method'], path: string, payload?: unknown, as?: string): Promise<any>;
}
export interface CommunityWorld {
  id: string;
  staff: string;
  resident: string;
  estate: string;
  grid: string;
  building: string;
  household: string;
  residentId: string;
  /** A resident without an account, of a household no fixture account belongs to. */
  neighbour: string;
  gridMember: string;
  organization: string;
  orgMember: string;
  account: string;
  ticket: string;
  photo: string;
  categoryCode: string;
  categoryRule: Record<string, unknown>;
  template: string;
  consultationDraft: string;
  consultationOpen: string;
  consultationClosed: string;
  receiptHash: string;
  topic: string;
  topicTicket: string;
  meeting: string;
  actionItem: string;
  assignee: string;
  /** One of the community resident's inbox messages (the world ticket was accepted). */
  notification: string;
  activity: string;
  /** A published notice of the world activity (公示栏). */
  notice: string;
  /** The month (YYYY-MM) of a draft monthly report (月报). */
  report: string;
  /** An account holding only party_member, and a commitment on its list. */
  partyMember: string;
  commitment: string;
  department: string;
  referral: string;
  proposal: string;
  /** An open work order from an inspection, and a done one with a completion photo. */
  workOrder: string;
  workOrderDone: string;
  workOrderPhoto: string;
  /** A published project with a before photo, and a donation with a photo; a need, an offer, a partner agreement. */
  project: string;
  projectPhoto: string;
  /** A car park with room for more spaces, a topic with a decision resting on the closed consultation, a vehicle. */
  carPark: string;
  parkingTopic: string;
  vehicle: string;
  donation: string;
  donationPhoto: string;
  need: string;
  offer: string;
  evaluationOpen: string;
  evaluationClosed: string;
  /** A rectification of the closed round, with one completion photo. */
  rectification: string;
  rectificationPhoto: string;
}

const iso = (ms: number) => new Date(ms).toISOString();
let unique = 0;
const next = () => ++unique;

export async function buildWorld(t: TestApp): Promise<World> {
  const api: World['api'] = async (c, method, path, payload, as) => {
    const cw = { A: t.fx.A.id, B: t.fx.B.id }[c];
    const res = await t.req({
      method,
      url: `/api/communities/${cw}${path}`,
      payload: payload as any,
      as: as ?? (c === 'A' ? 'staff' : 'staffB'),
    });
    if (res.statusCode >= 300)
      throw new Error(`world: ${method} ${path} → ${res.statusCode} ${res.body.slice(0, 300)}`);
    return res.body ? JSON.parse(res.body) : null;
  };
  const w: World = { t, c: {} as World['c'], api };
  for (const c of ['A', 'B'] as const) {
    const fx = t.fx[c];
    const staff = c === 'A' ? 'staff' : 'staffB';
    const resident = c === 'A' ? 'resident1' : 'residentB';
    const cw = {
      id: fx.id,
      staff,
      resident,
      estate: fx.estates[0],
      grid: fx.grids[0],
      building: fx.buildings[0],
      household: fx.households[0],
      residentId: t.fx.residents[resident],
    } as CommunityWorld;
    w.c[c] = cw;
    cw.neighbour = (await api(c, 'POST', '/residents', { householdId: fx.households[2], name: '邻居' })).id;
    cw.gridMember = (await api(c, 'POST', `/grids/${cw.grid}/members`, { role: 'other', name: '网格志愿者' })).id;
    cw.organization = (await api(c, 'POST', '/organizations', { kind: 'partner_unit', name: '共建单位' })).id;
    cw.orgMember = (await api(c, 'POST', `/organizations/${cw.organization}/members`, { name: '联络人' })).id;
    cw.account = (
      await api(c, 'POST', '/accounts', {
        login: `world_${c.toLowerCase()}`,
        displayName: '世界账号',
        password: TEST_PASSWORD,
        roles: ['committee'],
      })
    ).id;
    const photoTicket = multipart(ticketBody(w, c), [{ name: 'p.png', type: 'image/png', body: await pngOf() }]);
    const tr = await t.req({ method: 'POST', url: `/api/communities/${fx.id}/tickets`, as: resident, ...photoTicket });
    if (tr.statusCode !== 201) throw new Error(`world: ticket with photo → ${tr.statusCode} ${tr.body}`);
    cw.ticket = tr.json().id;
    cw.photo = (await api(c, 'GET', `/tickets/${cw.ticket}`)).photos[0].id;
    await api(c, 'POST', `/tickets/${cw.ticket}/transition`, { to: 'accepted' });
    cw.notification = (await t.req({ method: 'GET', url: '/api/notifications', as: resident })).json().items[0].id;
    const rule = (await api(c, 'GET', '/ticket-categories')).items[0];
    const { code, ...ruleBody } = rule;
    cw.categoryCode = code;
    cw.categoryRule = ruleBody;
    cw.template = (await api(c, 'POST', '/ticket-templates', { state: 'accepted', text: '已收到，马上处理' })).id;
    cw.assignee = c === 'A' ? t.fx.users.leader1 : t.fx.users.staffB;
    cw.consultationDraft = (await api(c, 'POST', '/consultations', consultationBody(w))).id;
    cw.consultationOpen = await openConsultation(w, c);
    cw.consultationClosed = await openConsultation(w, c);
    cw.receiptHash = (
      await api(c, 'POST', `/consultations/${cw.consultationClosed}/ballots`, { answers: { q: 'yes' } }, resident)
    ).hash;
    await api(c, 'POST', `/consultations/${cw.consultationClosed}/close`);
    cw.topicTicket = await newTicket(w, c);
    cw.topic = (await api(c, 'POST', '/topics', { title: '停车难', source: 'ticket', ticketIds: [cw.topicTicket] })).id;
    cw.meeting = (await api(c, 'POST', '/meetings', meetingBody(w))).id;
    cw.actionItem = (
      await api(c, 'POST', `/meetings/${cw.meeting}/action-items`, {
        text: '修路灯',
        ownerName: '物业',
        dueDate: '2030-01-01',
      })
    ).actionItems[0].id;
    cw.activity = (await api(c, 'POST', '/activities', activityBody(w))).id;
    cw.notice = (await api(c, 'POST', '/notices', noticeBody(cw.activity))).id;
    cw.report = (await api(c, 'POST', '/monthly-reports', { month: freshMonth() })).month;
    cw.partyMember = (
      await api(c, 'POST', '/accounts', {
        login: `party_${c.toLowerCase()}`,
        displayName: '党员',
        password: TEST_PASSWORD,
        roles: ['party_member'],
      })
    ).id;
    cw.commitment = (await api(c, 'POST', '/party-commitments', commitmentBody(w, c))).id;
    cw.department = (
      await api(c, 'POST', '/organizations', { kind: 'department', name: '供电所', contactName: '客户经理' })
    ).id;
    cw.referral = (await api(c, 'POST', '/referrals', referralBody(w, c))).id;
    cw.proposal = (await api(c, 'POST', '/proposals', proposalBody())).id;
    await api(c, 'PUT', '/fee-list', {
      items: [
        { code: 'GD-01', name: '楼道给水管接头更换', unit: '处', unitPriceFen: 8000, standardHours: 1 },
        { code: 'FS-01', name: '屋面防水层修补', unit: '平方米', unitPriceFen: 18000, standardHours: 0.5 },
      ],
    });
    cw.workOrder = await workOrderAt(w, c, 'open');
    cw.workOrderDone = await workOrderAt(w, c, 'done');
    cw.workOrderPhoto = (await api(c, 'GET', `/work-orders/${cw.workOrderDone}`)).photos[0].id;
    cw.project = (await api(c, 'POST', '/projects', projectBody())).id;
    cw.projectPhoto = await uploadPhoto(w, c, `/projects/${cw.project}/photos`, 'before');
    await api(c, 'PATCH', `/projects/${cw.project}`, { published: true });
    cw.donation = (await api(c, 'POST', '/donations', donationBody())).id;
    cw.donationPhoto = await uploadPhoto(w, c, `/donations/${cw.donation}/photos`);
    cw.offer = (
      await api(c, 'POST', '/resource-offers', { title: '闲置绿植', kind: 'goods', organizationId: cw.organization })
    ).id;
    cw.need = (await api(c, 'POST', '/needs', { title: '绿植补种' })).id;
    cw.carPark = (await api(c, 'POST', '/parking/car-parks', carParkBody())).id;
    cw.parkingTopic = (await api(c, 'POST', '/topics', { title: '临停时长调整', source: 'ticket', ticketIds: [] })).id;
    // A decision resting on the closed consultation (the topic stages are covered by the topics routes).
    await t.db
      .updateTable('topics')
      .set({
        decision_text: '免费临停调整为30分钟',
        consultation_id: cw.consultationClosed,
        decision_at: iso(t.clock.now()),
      })
      .where('id', '=', cw.parkingTopic)
      .execute();
    cw.vehicle = (await api(c, 'POST', '/parking/vehicles', vehicleBody(cw.household))).id;
    cw.evaluationOpen = await openRound(w, c);
    cw.evaluationClosed = await closedRound(w, c);
    cw.rectification = await rectificationWithPhoto(w, c);
    cw.rectificationPhoto = (
      await api(c, 'GET', `/rectifications?roundId=${cw.evaluationClosed}`)
    ).items[0].photos[0].id;
  }
  return w;
}

const projectBody = () => ({
  name: `品质提升项目${next()}`,
  funder: '洞泾镇人民政府',
  year: 2025,
  budgetFen: 900_000_000,
  items: [{ name: '便民小道', quantity: 1, unit: '条' }],
});
const carParkBody = () => ({ name: `停车场${next()}`, totalSpaces: 5000, openedOn: '2025-11-06' });
const vehicleBody = (householdId: string) => ({
  householdId,
  plate: `沪A${String(next() % 100_000).padStart(5, '0')}`,
});
/** A rule version on its own date (one version per car park and date). */
const ruleBody = (w: World, c: Community) => ({
  effectiveOn: iso(w.t.clock.now() + (1 + next()) * 86_400_000).slice(0, 10),
  freeMinutes: 30,
  feeFenPerHour: 300,
  dailyCapFen: 2000,
  ownerPrioritySpaces: 54,
  topicId: w.c[c].parkingTopic,
  consultationId: w.c[c].consultationClosed,
});
const donationBody = () => ({
  item: '红叶石楠',
  quantity: 10,
  unit: '株',
  valueFen: 100_000,
  donorName: '动迁企业',
  destination: '绿化带',
  receivedOn: '2024-04-01',
});
/** One photo (and a `kind` field when given) as a multipart upload. */
async function photoMultipart(kind?: string) {
  const boundary = `----gz${next()}`;
  const field = kind ? `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n` : '';
  const payload = Buffer.concat([
    Buffer.from(
      `${field}--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    await pngOf(),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
async function uploadPhoto(w: World, c: Community, path: string, kind?: string): Promise<string> {
  const res = await w.t.req({
    method: 'POST',
    url: `/api/communities/${w.t.fx[c].id}${path}`,
    as: c === 'A' ? 'staff' : 'staffB',
    ...(await photoMultipart(kind)),
  });
  if (res.statusCode !== 201) throw new Error(`world: photo ${path} → ${res.statusCode} ${res.body}`);
  return res.json().id;
}

function ticketBody(w: World, c: Community) {
  return {
    title: '楼道灯坏了',
    description: '三楼楼道灯不亮，晚上下楼看不见',
    locationKind: 'building',
    buildingId: w.c[c]?.building ?? w.t.fx[c].buildings[0],
  };
}
/** A ticket in grid 1 reported by the community's resident (resident1 / residentB). */
async function newTicket(w: World, c: Community): Promise<string> {
  return (await w.api(c, 'POST', '/tickets', ticketBody(w, c), w.c[c].resident)).id;
}
async function resolvedTicket(w: World, c: Community): Promise<string> {
  const id = await newTicket(w, c);
  await w.api(c, 'POST', `/tickets/${id}/transition`, { to: 'accepted' });
  await w.api(c, 'POST', `/tickets/${id}/transition`, { to: 'resolved', message: '已修好' });
  return id;
}
/** An open evaluation round of a new property company (one round per company, estate and quarter). */
async function openRound(w: World, c: Community): Promise<string> {
  const company = (await w.api(c, 'POST', '/organizations', { kind: 'property_company', name: `物业公司${next()}` }))
    .id;
  return (
    await w.api(c, 'POST', '/evaluations', {
      estateId: w.t.fx[c].estates[0],
      companyId: company,
      quarter: '2030-Q1',
      deadlineAt: iso(w.t.clock.now() + 14 * 86_400_000),
    })
  ).id;
}
/** A round closed by the deadline job (its deadline moved into the past): nobody scored, everybody absent. */
async function closedRound(w: World, c: Community): Promise<string> {
  const id = await openRound(w, c);
  await w.t.db
    .updateTable('evaluation_rounds')
    .set({ deadline_at: iso(w.t.clock.now() - 1000) })
    .where('id', '=', id)
    .execute();
  await runJobsOnce(w.t.app.ctx, 'evaluations.close-due');
  return id;
}
async function rectificationWithPhoto(w: World, c: Community): Promise<string> {
  const id = (
    await w.api(c, 'POST', `/evaluations/${w.c[c].evaluationClosed}/rectifications`, {
      itemKey: 'cleaning',
      title: '垃圾房日产日清',
      dueDate: '2030-06-30',
    })
  ).id;
  const up = await w.t.req({
    method: 'POST',
    url: `/api/communities/${w.t.fx[c].id}/rectifications/${id}/photos`,
    as: w.c[c].staff,
    ...multipart(undefined, [{ type: 'image/png', body: await pngOf() }]),
  });
  if (up.statusCode !== 200) throw new Error(`world: rectification photo → ${up.statusCode} ${up.body}`);
  return id;
}
const SHEET = { items: Object.fromEntries(DEFAULT_RUBRIC.map((i) => [i.key, { score: 80, comment: '' }])) };

function consultationBody(w: World) {
  const now = w.t.clock.now();
  return {
    title: '临时停车调整征询',
    description: '',
    questions: [
      {
        key: 'q',
        text: '是否同意',
        options: [
          { key: 'yes', label: '同意' },
          { key: 'no', label: '不同意' },
        ],
        approveOption: 'yes',
      },
    ],
    scope: { kind: 'all' },
    opensAt: iso(now - 60_000),
    closesAt: iso(now + 86_400_000),
    participation: { op: '>=', num: 1, den: 2 },
    approval: { op: '>', num: 1, den: 2 },
  };
}
async function openConsultation(w: World, c: Community): Promise<string> {
  const id = (await w.api(c, 'POST', '/consultations', consultationBody(w))).id;
  await w.api(c, 'POST', `/consultations/${id}/open`);
  return id;
}
/**
 * A work order from an inspection (no reporter), paid by a donation so acceptance needs no fund: open and quoted
 * below the sign-off threshold, above it (`signable`), or moved on to in progress (`emergency` ones await review) or done.
 */
async function workOrderAt(
  w: World,
  c: Community,
  at: 'open' | 'signable' | 'in_progress' | 'emergency' | 'done',
): Promise<string> {
  const id = (
    await w.api(c, 'POST', '/work-orders', {
      title: `楼道水管漏水${next()}`,
      source: 'inspection',
      location: '1号楼二楼',
      fundingSource: 'donation',
      fundingRef: '共建单位捐赠',
      emergency: at === 'emergency',
    })
  ).id;
  const items = (await w.api(c, 'GET', '/fee-list')).items as Array<{ id: string; code: string }>;
  const item = items.find((i) => i.code === (at === 'signable' || at === 'emergency' ? 'FS-01' : 'GD-01'))!;
  await w.api(c, 'PUT', `/work-orders/${id}/quote`, {
    items: [{ feeItemId: item.id, quantity: at === 'signable' || at === 'emergency' ? 10 : 1 }],
  });
  if (at === 'open' || at === 'signable') return id;
  await w.api(c, 'POST', `/work-orders/${id}/start`);
  if (at !== 'done') return id;
  await completeWorkOrder(w, c, id);
  return id;
}
async function completeWorkOrder(w: World, c: Community, id: string) {
  const res = await w.t.req({
    method: 'POST',
    url: `/api/communities/${w.c[c].id}/work-orders/${id}/complete`,
    as: w.c[c].staff,
    ...(await completionForm()),
  });
  if (res.statusCode !== 200) throw new Error(`world: complete work order → ${res.statusCode} ${res.body}`);
}
const completionForm = async () =>
  multipart({ note: '已修复' }, [{ name: 'p.png', type: 'image/png', body: await pngOf() }]);
const shiftBody = (w: World, hoursAhead: number) => {
  const start = w.t.clock.now() + hoursAhead * 3_600_000;
  return { staffName: '王师傅', phone: '021-57601234', startsAt: iso(start), endsAt: iso(start + 8 * 3_600_000) };
};
function meetingBody(w: World) {
  return {
    kind: 'monthly',
    title: '十二月月例会',
    scheduledAt: iso(w.t.clock.now() + 86_400_000),
    agenda: [{ kind: 'other', title: '停车' }],
  };
}
/** A topic moved to the decision stage, stages skipped with a reason. */
async function topicAt(w: World, c: Community, stage: 'research' | 'decision', withDecision = false): Promise<string> {
  const id = (await w.api(c, 'POST', '/topics', { title: `议题${next()}`, source: 'party' })).id;
  for (let i = 0; i < (stage === 'decision' ? 4 : 1); i++)
    await w.api(c, 'POST', `/topics/${id}/advance`, { skipReason: '本次测试跳过此阶段' });
  if (withDecision) await w.api(c, 'PUT', `/topics/${id}/decision`, { text: '按方案执行' });
  return id;
}
/** An activity under way: check-in is open. */
function noticeBody(activityId: string) {
  return { sourceType: 'activity', sourceId: activityId, periodFrom: '2030-01-01', periodTo: '2030-01-08' };
}

/** A month no monthly report of either community has yet (each create and finalise uses one up), long past. */
let reportMonths = 0;
function freshMonth(): string {
  const i = 1990 * 12 + reportMonths++;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** A fresh activity with a published notice (each withdraw uses one up). */
async function freshNotice(w: World, c: Community): Promise<string> {
  const activity = (await w.api(c, 'POST', '/activities', activityBody(w))).id;
  return (await w.api(c, 'POST', '/notices', noticeBody(activity))).id;
}

function activityBody(w: World) {
  const now = w.t.clock.now();
  return {
    kind: 'festival',
    title: `邻里节${next()}`,
    location: '活动室',
    startsAt: iso(now - 60_000),
    endsAt: iso(now + 4 * 3_600_000),
    capacity: 500,
  };
}
async function checkinCode(w: World, c: Community, activityId: string): Promise<string> {
  return (await w.api(c, 'GET', `/activities/${activityId}/checkin-code`)).code;
}
function commitmentBody(w: World, c: Community) {
  return {
    userId: w.c[c].partyMember,
    memberName: '党员',
    year: new Date(w.t.clock.now()).getUTCFullYear(),
    kind: 'visit_households',
    text: '走访 10 户',
    target: 10,
  };
}
function referralBody(w: World, c: Community) {
  return {
    ticketId: w.c[c].ticket,
    departmentId: w.c[c].department,
    contactName: '客户经理',
    need: '改电路',
    expectedDate: '2099-01-01',
  };
}
const proposalBody = () => ({
  title: '建设停车场',
  problem: '停车难',
  suggestion: '建社会化停车场',
  addressee: '镇政府',
});
/** The manager who is not `as`, so a confirmation is by a second person. */
const otherManager = (c: Community, as: string | null) =>
  c === 'A' ? (as === 'staff' ? 'secretary' : 'staff') : as === 'staffB' ? 'admin' : 'staffB';
const PARTY_OF: Record<string, string> = {
  secretary: 'party_branch',
  property: 'property_company',
  specialist: 'property_company',
  committee1: 'committee',
  committee2: 'committee',
  leader1: 'building_leaders',
  leader2: 'building_leaders',
};
const phone = () => `139${String(10_000_000 + next()).slice(-8)}`;
const P = '/api/communities/:communityId';

const same = (make: SampleDef['make']): SampleDef => ({ make });
const fresh = (make: SampleDef['make']): SampleDef => ({ fresh: true, make });

/** Keyed like the access policy: `METHOD /path`. A route without a sample is sent with no params beyond the community and no body. */
export const SAMPLES: Record<string, SampleDef> = {
  'POST /api/auth/login': same(() => ({ body: { login: 'resident3', password: TEST_PASSWORD } })),
  'POST /api/join': fresh(async (w, c) => {
    const codes = await w.api(c, 'POST', `/buildings/${w.c[c].building}/join-codes`);
    return { body: { code: codes.items[1].code, name: '新住户', phone: phone(), password: 'a-long-password-1' } };
  }),
  [`POST ${P}/estates`]: same(() => ({ body: { name: `新小区${next()}` } })),
  [`PATCH ${P}/estates/:id`]: same((w, c) => ({ params: { id: w.c[c].estate }, body: { note: '已核对' } })),
  [`PATCH ${P}/grids/:id`]: same((w, c) => ({ params: { id: w.c[c].grid }, body: { note: '已核对' } })),
  [`GET ${P}/grids/:id/members`]: same((w, c) => ({ params: { id: w.c[c].grid } })),
  [`POST ${P}/grids`]: same(() => ({ body: { name: `新网格${next()}` } })),
  [`POST ${P}/grids/:id/members`]: same((w, c) => ({
    params: { id: w.c[c].grid },
    body: { role: 'other', name: '志愿者' },
  })),
  [`PATCH ${P}/grids/:id/members/:memberId`]: same((w, c) => ({
    params: { id: w.c[c].grid, memberId: w.c[c].gridMember },
    body: { name: '网格志愿者' },
  })),
  [`DELETE ${P}/grids/:id/members/:memberId`]: fresh(async (w, c) => ({
    params: {
      id: w.c[c].grid,
      memberId: (await w.api(c, 'POST', `/grids/${w.c[c].grid}/members`, { role: 'other', name: '临时' })).id,
    },
  })),
  [`POST ${P}/buildings`]: same((w, c) => ({ body: { estateId: w.c[c].estate, name: `${next()}号楼` } })),
  [`PATCH ${P}/buildings/:id`]: same((w, c) => ({ params: { id: w.c[c].building }, body: { floors: 6 } })),
  [`POST ${P}/buildings/:id/join-codes`]: same((w, c) => ({ params: { id: w.c[c].building } })),
  [`GET ${P}/households/:id`]: same((w, c) => ({ params: { id: w.c[c].household } })),
  [`POST ${P}/households`]: same((w, c) => ({ body: { buildingId: w.c[c].building, room: `${900 + next()}` } })),
  [`PATCH ${P}/households/:id`]: same((w, c) => ({ params: { id: w.c[c].household }, body: { note: '已核对' } })),
  [`PUT ${P}/households/:id/representative`]: same((w, c) => ({
    params: { id: w.c[c].household },
    body: { residentId: w.c[c].residentId },
  })),
  [`GET ${P}/residents/:id`]: same((w, c) => ({ params: { id: w.c[c].residentId } })),
  [`POST ${P}/residents`]: same((w, c) => ({ body: { householdId: w.c[c].household, name: '新居民' } })),
  [`PATCH ${P}/residents/:id`]: same((w, c) => ({ params: { id: w.c[c].residentId }, body: { note: '已核对' } })),
  [`POST ${P}/residents/:id/reveal`]: same((w, c) => ({
    params: { id: w.c[c].residentId },
    body: { field: 'phone', reason: '上门核实' },
  })),
  [`POST ${P}/organizations`]: same(() => ({ body: { kind: 'partner_unit', name: `共建单位${next()}` } })),
  [`PATCH ${P}/organizations/:id`]: same((w, c) => ({ params: { id: w.c[c].organization }, body: { note: '已核对' } })),
  [`GET ${P}/organizations/:id/members`]: same((w, c) => ({ params: { id: w.c[c].organization } })),
  [`POST ${P}/organizations/:id/members`]: same((w, c) => ({
    params: { id: w.c[c].organization },
    body: { name: '联络人' },
  })),
  [`PATCH ${P}/organizations/:id/members/:memberId`]: same((w, c) => ({
    params: { id: w.c[c].organization, memberId: w.c[c].orgMember },
    body: { title: '主任' },
  })),
  [`DELETE ${P}/organizations/:id/members/:memberId`]: fresh(async (w, c) => ({
    params: {
      id: w.c[c].organization,
      memberId: (await w.api(c, 'POST', `/organizations/${w.c[c].organization}/members`, { name: '临时' })).id,
    },
  })),
  [`POST ${P}/accounts`]: same(() => ({
    body: { login: `acct_${next()}`, displayName: '新账号', password: TEST_PASSWORD, roles: ['committee'] },
  })),
  [`PUT ${P}/accounts/:userId/roles`]: same((w, c) => ({
    params: { userId: w.c[c].account },
    body: { roles: ['committee'] },
  })),
  [`POST ${P}/rosters/import`]: same(async (_w, c) => {
    const estate = c === 'A' ? '嘉和景苑' : '东苑';
    const mp = await rosterMultipart([[estate, '1号楼', `${700 + next()}`, '', '']]);
    return { multipart: mp };
  }),

  [`POST ${P}/consultations`]: same((w) => ({ body: consultationBody(w) })),
  [`GET ${P}/consultations/:id`]: same((w, c) => ({ params: { id: w.c[c].consultationOpen } })),
  [`PATCH ${P}/consultations/:id`]: same((w, c) => ({
    params: { id: w.c[c].consultationDraft },
    body: { description: '补充说明' },
  })),
  [`POST ${P}/consultations/:id/open`]: fresh(async (w, c) => ({
    params: { id: (await w.api(c, 'POST', '/consultations', consultationBody(w))).id },
  })),
  [`POST ${P}/consultations/:id/close`]: fresh(async (w, c) => ({ params: { id: await openConsultation(w, c) } })),
  [`POST ${P}/consultations/:id/ballots`]: fresh(async (w, c) => ({
    params: { id: await openConsultation(w, c) },
    body: { answers: { q: 'yes' } },
  })),
  [`POST ${P}/consultations/:id/paper-ballots`]: fresh(async (w, c) => ({
    params: { id: await openConsultation(w, c) },
    body: { householdId: w.t.fx[c].households[1], channel: 'paper', formNumber: 'F-1', answers: { q: 'no' } },
  })),
  [`POST ${P}/consultations/:id/ballots/:ballotId/confirm`]: fresh(async (w, c, as) => {
    const id = await openConsultation(w, c);
    const r = await w.api(
      c,
      'POST',
      `/consultations/${id}/paper-ballots`,
      { householdId: w.t.fx[c].households[1], channel: 'paper', formNumber: 'F-2', answers: { q: 'no' } },
      otherManager(c, as),
    );
    return { params: { id, ballotId: r.ballotId } };
  }),
  [`POST ${P}/consultations/:id/ballots/:ballotId/corrections`]: fresh(async (w, c, as) => {
    const id = await openConsultation(w, c);
    const r = await w.api(
      c,
      'POST',
      `/consultations/${id}/paper-ballots`,
      { householdId: w.t.fx[c].households[1], channel: 'paper', formNumber: 'F-3', answers: { q: 'no' } },
      otherManager(c, as),
    );
    return {
      params: { id, ballotId: r.ballotId },
      body: { answers: { q: 'yes' }, reason: '录入有误', formNumber: 'F-3' },
    };
  }),
  [`GET ${P}/consultations/:id/eligible`]: same((w, c) => ({ params: { id: w.c[c].consultationOpen } })),
  [`GET ${P}/consultations/:id/pending`]: same((w, c) => ({ params: { id: w.c[c].consultationOpen } })),
  [`GET ${P}/consultations/:id/archive`]: same((w, c) => ({ params: { id: w.c[c].consultationClosed } })),
  [`GET ${P}/consultations/:id/report`]: same((w, c) => ({ params: { id: w.c[c].consultationClosed } })),
  [`GET ${P}/consultations/:id/turnout`]: same((w, c) => ({ params: { id: w.c[c].consultationClosed } })),
  'GET /api/public/consultations/:id': same((w) => ({ params: { id: w.c.A.consultationClosed } })),
  'GET /api/public/consultations/:id/archive': same((w) => ({ params: { id: w.c.A.consultationClosed } })),
  'GET /api/public/consultations/:id/proofs/:hash': same((w) => ({
    params: { id: w.c.A.consultationClosed, hash: w.c.A.receiptHash },
  })),
  'GET /api/public/consultations/:id/receipts/:hash': same((w) => ({
    params: { id: w.c.A.consultationClosed, hash: w.c.A.receiptHash },
  })),

  [`POST ${P}/topics`]: same(() => ({ body: { title: '加装电梯', source: 'party' } })),
  [`GET ${P}/topics/:id`]: same((w, c) => ({ params: { id: w.c[c].topic } })),
  [`PATCH ${P}/topics/:id`]: same((w, c) => ({ params: { id: w.c[c].topic }, body: { description: '补充' } })),
  [`POST ${P}/topics/:id/advance`]: fresh(async (w, c) => ({
    params: { id: (await w.api(c, 'POST', '/topics', { title: '议题', source: 'party' })).id },
    body: { skipReason: '无需调研' },
  })),
  [`POST ${P}/topics/:id/evidence`]: same((w, c) => ({
    params: { id: w.c[c].topic },
    body: { kind: 'note', text: '现场查看' },
  })),
  [`POST ${P}/topics/:id/tickets`]: fresh(async (w, c) => ({
    params: { id: w.c[c].topic },
    body: { ticketIds: [await newTicket(w, c)] },
  })),
  [`DELETE ${P}/topics/:id/tickets/:ticketId`]: fresh(async (w, c) => {
    const ticketId = await newTicket(w, c);
    await w.api(c, 'POST', `/topics/${w.c[c].topic}/tickets`, { ticketIds: [ticketId] });
    return { params: { id: w.c[c].topic, ticketId } };
  }),
  [`PUT ${P}/topics/:id/decision`]: fresh(async (w, c) => ({
    params: { id: await topicAt(w, c, 'decision') },
    body: { text: '按方案执行' },
  })),
  [`POST ${P}/topics/:id/signoffs`]: fresh(async (w, c, as) => ({
    params: { id: await topicAt(w, c, 'decision', true) },
    body: { party: PARTY_OF[as ?? ''] ?? 'party_branch', signerName: as ?? '某人' },
  })),

  [`POST ${P}/meetings/chat-intake`]: same(() => ({ body: { text: '张三 10:01\n3号楼门口路灯不亮了' } })),
  [`POST ${P}/meetings`]: same((w) => ({ body: meetingBody(w) })),
  [`GET ${P}/meetings/:id`]: same((w, c) => ({ params: { id: w.c[c].meeting } })),
  [`PATCH ${P}/meetings/:id`]: same((w, c) => ({ params: { id: w.c[c].meeting }, body: { minutes: '讨论停车' } })),
  [`PUT ${P}/meetings/:id/attendance`]: same((w, c) => ({
    params: { id: w.c[c].meeting },
    body: { items: [{ party: 'committee', expected: 5, present: 4 }] },
  })),
  [`POST ${P}/meetings/:id/close`]: fresh(async (w, c) => {
    const id = (await w.api(c, 'POST', '/meetings', meetingBody(w))).id;
    await w.api(c, 'PATCH', `/meetings/${id}`, { minutes: '讨论停车' });
    await w.api(c, 'PUT', `/meetings/${id}/attendance`, { items: [{ party: 'committee', expected: 5, present: 4 }] });
    return { params: { id }, body: { signatures: [{ party: 'committee', name: '自管会' }] } };
  }),
  [`POST ${P}/meetings/:id/action-items`]: same((w, c) => ({
    params: { id: w.c[c].meeting },
    body: { text: '修路灯', ownerName: '物业', dueDate: '2030-01-01' },
  })),
  [`PATCH ${P}/meetings/:id/action-items/:itemId`]: same((w, c) => ({
    params: { id: w.c[c].meeting, itemId: w.c[c].actionItem },
    body: { done: true },
  })),

  [`POST ${P}/tickets/category-suggestion`]: same(() => ({ body: { text: '楼道灯坏了' } })),
  [`PUT ${P}/ticket-categories/:code`]: same((w, c) => ({
    params: { code: w.c[c].categoryCode },
    body: w.c[c].categoryRule,
  })),
  // A correction is what makes a lesson: a fresh ticket moved to another category, then forgotten.
  [`DELETE ${P}/ticket-category-lessons/:ticketId`]: fresh(async (w, c) => {
    const ticketId = await newTicket(w, c);
    await w.api(c, 'POST', `/tickets/${ticketId}/category`, { category: 'other' });
    return { params: { ticketId } };
  }),
  [`POST ${P}/ticket-templates`]: same(() => ({ body: { state: 'resolved', text: '已处理，请确认' } })),
  [`DELETE ${P}/ticket-templates/:templateId`]: fresh(async (w, c) => ({
    params: { templateId: (await w.api(c, 'POST', '/ticket-templates', { state: 'closed', text: '已办结' })).id },
  })),
  // Residents report for themselves; everyone else records for a resident.
  [`POST ${P}/tickets`]: same((w, c, as) => ({
    body: { ...ticketBody(w, c), ...(/^resident/.test(as ?? '') ? {} : { onBehalfOfResidentId: w.c[c].neighbour }) },
  })),
  'GET /api/communities/:communityId/tickets/board': same((w, c) => ({ query: { estateId: w.c[c].estate } })),
  [`GET ${P}/tickets/qr`]: same((w, c) => ({ query: { buildingId: w.c[c].building } })),
  [`GET ${P}/tickets/linked`]: same((w, c) => ({ query: { targetType: 'topic', targetId: w.c[c].topic } })),
  [`POST ${P}/tickets/bulk-assign`]: same((w, c) => ({
    body: { ticketIds: [w.c[c].ticket], assigneeUserId: w.c[c].assignee },
  })),
  [`GET ${P}/tickets/:id`]: same((w, c) => ({ params: { id: w.c[c].ticket } })),
  [`GET ${P}/tickets/:id/photos/:photoId`]: same((w, c) => ({ params: { id: w.c[c].ticket, photoId: w.c[c].photo } })),
  [`POST ${P}/tickets/:id/transition`]: fresh(async (w, c) => ({
    params: { id: await newTicket(w, c) },
    body: { to: 'accepted' },
  })),
  [`POST ${P}/tickets/:id/confirm`]: fresh(async (w, c) => ({
    params: { id: await resolvedTicket(w, c) },
    body: { satisfaction: 5 },
  })),
  [`POST ${P}/tickets/:id/reopen`]: fresh(async (w, c) => ({
    params: { id: await resolvedTicket(w, c) },
    body: { reason: '还是不亮' },
  })),
  [`POST ${P}/tickets/:id/comments`]: same((w, c) => ({ params: { id: w.c[c].ticket }, body: { message: '收到' } })),
  [`POST ${P}/tickets/:id/assignee`]: same((w, c) => ({
    params: { id: w.c[c].ticket },
    body: { assigneeUserId: w.c[c].assignee },
  })),
  [`POST ${P}/tickets/:id/category`]: same((w, c) => ({
    params: { id: w.c[c].ticket },
    body: { category: w.c[c].categoryCode },
  })),
  // Recorded by staff for a neighbour, so every fixture resident's household may support it once.
  [`POST ${P}/tickets/:id/support`]: fresh(async (w, c) => ({
    params: {
      id: (await w.api(c, 'POST', '/tickets', { ...ticketBody(w, c), onBehalfOfResidentId: w.c[c].neighbour })).id,
    },
  })),
  // Supported first by the caller's household (when the caller is its resident), so there is something to withdraw.
  [`POST ${P}/tickets/:id/support/withdraw`]: fresh(async (w, c, as) => {
    const id = (await w.api(c, 'POST', '/tickets', { ...ticketBody(w, c), onBehalfOfResidentId: w.c[c].neighbour })).id;
    if (as && /^resident/.test(as) && (c === 'B') === as.endsWith('B'))
      await w.api(c, 'POST', `/tickets/${id}/support`, undefined, as);
    return { params: { id } };
  }),
  [`POST ${P}/tickets/:id/merge`]: fresh(async (w, c) => ({
    params: { id: await newTicket(w, c) },
    body: { intoTicketId: w.c[c].ticket, reason: '同一盏灯' },
  })),
  [`POST ${P}/tickets/:id/joins`]: fresh(async (w, c) => ({
    params: { id: await newTicket(w, c) },
    body: { onBehalfOfResidentId: w.c[c].neighbour, message: '我家楼道的灯也不亮', channel: 'group_chat' },
  })),
  [`POST ${P}/tickets/:id/links`]: fresh(async (w, c) => ({
    params: { id: await newTicket(w, c) },
    body: { targetType: 'topic', targetId: w.c[c].topic },
  })),

  [`GET ${P}/notices`]: same(() => ({})),
  [`POST ${P}/notices`]: fresh(async (w, c) => ({
    body: noticeBody((await w.api(c, 'POST', '/activities', activityBody(w))).id),
  })),
  [`GET ${P}/notices/:id`]: same((w, c) => ({ params: { id: w.c[c].notice } })),
  [`POST ${P}/notices/:id/withdraw`]: fresh(async (w, c) => ({
    params: { id: await freshNotice(w, c) },
    body: { reason: '发布有误' },
  })),
  'GET /api/public/notices/:id': same((w) => ({ params: { id: w.c.A.notice } })),
  [`GET ${P}/ledgers`]: same(() => ({})),
  [`GET ${P}/ledgers/:key/export.xlsx`]: same(() => ({
    params: { key: 'meetings' },
    query: { from: '2026-01', to: '2026-12' },
  })),
  [`GET ${P}/monthly-reports`]: same(() => ({})),
  [`POST ${P}/monthly-reports`]: fresh(() => ({ body: { month: freshMonth() } })),
  [`GET ${P}/monthly-reports/:month`]: same((w, c) => ({ params: { month: w.c[c].report } })),
  [`PATCH ${P}/monthly-reports/:month`]: same((w, c) => ({
    params: { month: w.c[c].report },
    body: { sections: { plan: '下月召开月例会' } },
  })),
  [`POST ${P}/monthly-reports/:month/regenerate`]: same((w, c) => ({ params: { month: w.c[c].report } })),
  [`POST ${P}/monthly-reports/:month/finalise`]: fresh(async (w, c) => ({
    params: { month: (await w.api(c, 'POST', '/monthly-reports', { month: freshMonth() })).month },
  })),
  [`GET ${P}/monthly-reports/:month/report.docx`]: same((w, c) => ({ params: { month: w.c[c].report } })),
  [`GET ${P}/activities/:id`]: same((w, c) => ({ params: { id: w.c[c].activity } })),
  [`POST ${P}/activities`]: same((w) => ({ body: activityBody(w) })),
  [`POST ${P}/activities/:id/signups`]: fresh(async (w, c) => ({
    params: { id: (await w.api(c, 'POST', '/activities', activityBody(w))).id },
  })),
  [`GET ${P}/activities/:id/checkin-code`]: same((w, c) => ({ params: { id: w.c[c].activity } })),
  [`POST ${P}/activities/:id/check-in`]: fresh(async (w, c) => {
    const id = (await w.api(c, 'POST', '/activities', activityBody(w))).id;
    return { params: { id }, body: { code: await checkinCode(w, c, id) } };
  }),
  // Checked in first as the caller (when the caller may), so there is something to check out of.
  [`POST ${P}/activities/:id/check-out`]: fresh(async (w, c, as) => {
    const id = (await w.api(c, 'POST', '/activities', activityBody(w))).id;
    const code = await checkinCode(w, c, id);
    if (as)
      await w.t.req({
        method: 'POST',
        url: `/api/communities/${w.c[c].id}/activities/${id}/check-in`,
        payload: { code },
        as,
      });
    return { params: { id }, body: { code } };
  }),
  [`POST ${P}/activities/:id/walk-ins`]: same((w, c) => ({
    params: { id: w.c[c].activity },
    body: { name: `志愿者${next()}`, partyMember: false, minutes: 60 },
  })),
  [`POST ${P}/party-commitments`]: same((w, c) => ({ body: commitmentBody(w, c) })),
  [`POST ${P}/party-commitments/:id/entries`]: same((w, c) => ({
    params: { id: w.c[c].commitment },
    body: { amount: 1, note: '走访一户', date: '2026-01-02' },
  })),
  [`POST ${P}/referrals`]: same((w, c) => ({ body: referralBody(w, c) })),
  [`GET ${P}/referrals/:id`]: same((w, c) => ({ params: { id: w.c[c].referral } })),
  [`POST ${P}/referrals/:id/response`]: fresh(async (w, c) => ({
    params: { id: (await w.api(c, 'POST', '/referrals', referralBody(w, c))).id },
    body: { response: '已答复' },
  })),
  [`POST ${P}/proposals`]: same(() => ({ body: proposalBody() })),
  [`GET ${P}/proposals/:id`]: same((w, c) => ({ params: { id: w.c[c].proposal } })),
  [`POST ${P}/proposals/:id/logs`]: same((w, c) => ({
    params: { id: w.c[c].proposal },
    body: { date: iso(w.t.clock.now()).slice(0, 10), text: '与镇规划办协调' },
  })),
  [`POST ${P}/proposals/:id/outcome`]: fresh(async (w, c) => ({
    params: { id: (await w.api(c, 'POST', '/proposals', proposalBody())).id },
    body: { outcome: '建成停车场' },
  })),
  [`PUT ${P}/fee-list`]: same(() => ({
    body: {
      items: [
        { code: 'GD-01', name: '楼道给水管接头更换', unit: '处', unitPriceFen: 8000, standardHours: 1 },
        { code: 'FS-01', name: '屋面防水层修补', unit: '平方米', unitPriceFen: 18000, standardHours: 0.5 },
      ],
    },
  })),
  [`PUT ${P}/work-order-settings`]: same(() => ({ body: { signoffThresholdFen: 100_000 } })),
  [`GET ${P}/funds/:fund`]: same(() => ({ params: { fund: 'emergency' } })),
  [`POST ${P}/funds/:fund/deposits`]: same(() => ({
    params: { fund: 'emergency' },
    body: { amountFen: 100, note: '镇应急维修项目经费' },
  })),
  [`PUT ${P}/funds/:fund/budget`]: same(() => ({ params: { fund: 'emergency' }, body: { yearBudgetFen: 8_000_000 } })),
  [`POST ${P}/work-orders`]: same(() => ({
    body: { title: '屋面渗水', source: 'inspection', location: '3号楼屋面', fundingSource: 'emergency' },
  })),
  [`GET ${P}/work-orders/:id`]: same((w, c) => ({ params: { id: w.c[c].workOrder } })),
  [`PATCH ${P}/work-orders/:id`]: same((w, c) => ({
    params: { id: w.c[c].workOrder },
    body: { assigneeKind: 'vendor', assigneeName: '专业维修机构', executorName: '陆师傅' },
  })),
  [`PUT ${P}/work-orders/:id/quote`]: same(async (w, c) => ({
    params: { id: w.c[c].workOrder },
    body: { items: [{ feeItemId: (await w.api(c, 'GET', '/fee-list')).items[0].id, quantity: 2 }] },
  })),
  [`POST ${P}/work-orders/:id/signoffs`]: fresh(async (w, c) => ({
    params: { id: await workOrderAt(w, c, 'signable') },
  })),
  [`POST ${P}/work-orders/:id/start`]: fresh(async (w, c) => ({ params: { id: await workOrderAt(w, c, 'open') } })),
  [`POST ${P}/work-orders/:id/complete`]: fresh(async (w, c) => ({
    params: { id: await workOrderAt(w, c, 'in_progress') },
    multipart: await completionForm(),
  })),
  [`GET ${P}/work-orders/:id/photos/:photoId`]: same((w, c) => ({
    params: { id: w.c[c].workOrderDone, photoId: w.c[c].workOrderPhoto },
  })),
  [`POST ${P}/work-orders/:id/accept`]: fresh(async (w, c) => ({
    params: { id: await workOrderAt(w, c, 'done') },
    body: { comment: '验收合格' },
  })),
  [`POST ${P}/work-orders/:id/review`]: fresh(async (w, c) => ({
    params: { id: await workOrderAt(w, c, 'emergency') },
    body: { note: '紧急开工合理' },
  })),
  [`POST ${P}/work-orders/:id/cancel`]: fresh(async (w, c) => ({
    params: { id: await workOrderAt(w, c, 'open') },
    body: { reason: '居民已自行修好，无需派工' },
  })),
  [`POST ${P}/duty-shifts`]: same((w) => ({ body: shiftBody(w, 1) })),
  [`DELETE ${P}/duty-shifts/:id`]: fresh(async (w, c) => ({
    params: { id: (await w.api(c, 'POST', '/duty-shifts', shiftBody(w, 2))).id },
  })),
  [`POST ${P}/duty-shifts/:id/swap`]: fresh(async (w, c) => ({
    params: { id: (await w.api(c, 'POST', '/duty-shifts', shiftBody(w, 3))).id },
    body: { withShiftId: (await w.api(c, 'POST', '/duty-shifts', shiftBody(w, 11))).id },
  })),
  [`GET ${P}/evaluation-rubric`]: same(() => ({})),
  // The default items again (a new version once a round used them), so the fresh rounds' sheets still fit.
  [`PUT ${P}/evaluation-rubric`]: same(() => ({ body: { items: DEFAULT_RUBRIC.map((i) => ({ ...i })) } })),
  [`GET ${P}/evaluations`]: same(() => ({})),
  [`POST ${P}/evaluations`]: same(async (w, c) => ({
    body: {
      estateId: w.t.fx[c].estates[0],
      companyId: (await w.api(c, 'POST', '/organizations', { kind: 'property_company', name: `物业公司${next()}` })).id,
      quarter: '2030-Q2',
      deadlineAt: iso(w.t.clock.now() + 86_400_000),
    },
  })),
  [`GET ${P}/evaluations/trend`]: same(() => ({})),
  [`GET ${P}/evaluations/export.xlsx`]: same(() => ({})),
  [`GET ${P}/evaluations/:id`]: same((w, c) => ({ params: { id: w.c[c].evaluationOpen } })),
  [`POST ${P}/evaluations/:id/scores`]: fresh(async (w, c) => ({ params: { id: await openRound(w, c) }, body: SHEET })),
  [`POST ${P}/evaluations/:id/rectifications`]: same((w, c) => ({
    params: { id: w.c[c].evaluationClosed },
    body: { title: '夜间值班电话有人接', dueDate: '2030-06-30' },
  })),
  [`GET ${P}/rectifications`]: same(() => ({})),
  [`POST ${P}/rectifications/:id/photos`]: fresh(async (w, c) => ({
    params: {
      id: (
        await w.api(c, 'POST', `/evaluations/${w.c[c].evaluationClosed}/rectifications`, {
          title: '补种绿植',
          dueDate: '2030-06-30',
        })
      ).id,
    },
    multipart: multipart(undefined, [{ type: 'image/png', body: await pngOf() }]),
  })),
  [`POST ${P}/rectifications/:id/done`]: fresh(async (w, c) => ({
    params: { id: await rectificationWithPhoto(w, c) },
    body: { note: '已整改' },
  })),
  [`GET ${P}/rectifications/:id/photos/:photoId`]: same((w, c) => ({
    params: { id: w.c[c].rectification, photoId: w.c[c].rectificationPhoto },
  })),
  'GET /api/public/evaluations/:id': same((w) => ({ params: { id: w.c.A.evaluationClosed } })),
  'GET /api/towns/:townId/evaluations': same((w) => ({ params: { townId: w.t.fx.townId } })),

  'POST /api/notifications/:id/read': same((w) => ({ params: { id: w.c.A.notification } })),
  'PUT /api/notification-prefs': same(() => ({
    body: { sms: true, smsKinds: ['tickets'], quietStart: '22:00', quietEnd: '07:00', digest: true },
  })),
  [`PUT ${P}/notification-channels/:kind`]: same(() => ({
    params: { kind: 'wecom_robot' },
    body: { url: 'https://1.1.1.1/cgi-bin/webhook/send?key=test', active: false },
  })),
  'GET /api/towns/:townId/overview': same((w) => ({ params: { townId: w.t.fx.townId } })),
  [`GET ${P}/grid-dashboard`]: same((w, c) => ({ query: { gridId: w.c[c].grid } })),
  [`GET ${P}/workbench`]: same(() => ({})),

  [`POST ${P}/projects`]: same(() => ({ body: projectBody() })),
  [`GET ${P}/projects/:id`]: same((w, c) => ({ params: { id: w.c[c].project } })),
  [`PATCH ${P}/projects/:id`]: same((w, c) => ({ params: { id: w.c[c].project }, body: { progress: 50 } })),
  [`POST ${P}/projects/:id/spending`]: same((w, c) => ({
    params: { id: w.c[c].project },
    body: { amountFen: 100, payee: '上海泾东广告制作有限公司', spentOn: '2025-06-01' },
  })),
  [`POST ${P}/projects/:id/photos`]: fresh(async (w, c) => ({
    params: { id: w.c[c].project },
    multipart: await photoMultipart('after'),
  })),
  [`GET ${P}/projects/:id/photos/:photoId`]: same((w, c) => ({
    params: { id: w.c[c].project, photoId: w.c[c].projectPhoto },
  })),
  'GET /api/public/projects': same((w) => ({ query: { communityId: w.c.A.id } })),
  'GET /api/public/projects/:id': same((w) => ({ params: { id: w.c.A.project } })),
  'GET /api/public/projects/:id/photos/:photoId': same((w) => ({
    params: { id: w.c.A.project, photoId: w.c.A.projectPhoto },
  })),
  [`POST ${P}/pairing-agreements`]: same((w, c) => ({
    body: {
      organizationId: w.c[c].organization,
      title: '结对共建',
      signedOn: '2024-03-01',
      contacts: [{ name: '王志强', phone: '13912345678' }],
    },
  })),
  [`POST ${P}/resource-offers`]: same(() => ({ body: { title: '场地', kind: 'venue' } })),
  [`POST ${P}/donations`]: same(() => ({ body: donationBody() })),
  [`POST ${P}/donations/:id/photos`]: fresh(async (w, c) => ({
    params: { id: w.c[c].donation },
    multipart: await photoMultipart(),
  })),
  [`GET ${P}/donations/:id/photos/:photoId`]: same((w, c) => ({
    params: { id: w.c[c].donation, photoId: w.c[c].donationPhoto },
  })),
  [`POST ${P}/needs`]: same(() => ({ body: { title: '活动场地' } })),

  [`GET ${P}/parking/car-parks`]: same(() => ({})),
  [`POST ${P}/parking/car-parks`]: same(() => ({ body: carParkBody() })),
  [`GET ${P}/parking/car-parks/:id`]: same((w, c) => ({ params: { id: w.c[c].carPark } })),
  [`POST ${P}/parking/car-parks/:id/spaces`]: same((w, c) => ({
    params: { id: w.c[c].carPark },
    body: { numbers: [`S-${next()}`] },
  })),
  [`GET ${P}/parking/car-parks/:id/rule`]: same((w, c) => ({
    params: { id: w.c[c].carPark },
    query: { on: '2030-01-01' },
  })),
  [`POST ${P}/parking/car-parks/:id/rules`]: same((w, c) => ({ params: { id: w.c[c].carPark }, body: ruleBody(w, c) })),
  [`GET ${P}/parking/rules`]: same((w, c) => ({ query: { topicId: w.c[c].parkingTopic } })),
  [`GET ${P}/parking/vehicles`]: same(() => ({})),
  [`POST ${P}/parking/vehicles`]: same((w, c) => ({ body: vehicleBody(w.c[c].household) })),
  [`POST ${P}/parking/vehicles/:id/reveal`]: same((w, c) => ({
    params: { id: w.c[c].vehicle },
    body: { reason: '核对业主车位登记' },
  })),
  [`GET ${P}/parking/mine`]: same(() => ({})),
  [`POST ${P}/needs/:id/match`]: same((w, c) => ({ params: { id: w.c[c].need }, body: { offerId: w.c[c].offer } })),
  [`POST ${P}/needs/:id/project`]: same((w, c) => ({
    params: { id: w.c[c].need },
    body: { projectId: w.c[c].project },
  })),
  [`POST ${P}/needs/:id/met`]: fresh(async (w, c) => ({
    params: { id: (await w.api(c, 'POST', '/needs', { title: '座椅' })).id },
    body: { donationId: w.c[c].donation },
  })),
};

async function rosterMultipart(households: string[][]) {
  const file = await rosterXlsx(households, []);
  const boundary = `----gz${next()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="roster.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The request for a route and a sample, as `t.req` options. */
export function requestOf(method: string, pattern: string, communityId: string, s: Sample): InjectOptions {
  let url = pattern.replace(':communityId', communityId);
  for (const name of url.match(/:[A-Za-z]+/g) ?? []) {
    const v = s.params?.[name.slice(1)];
    expect(v, `route-samples.ts: ${method} ${pattern} needs a sample value for ${name}`).toBeTruthy();
    url = url.replace(name, encodeURIComponent(v!));
  }
  if (s.query) url += `?${new URLSearchParams(s.query)}`;
  if (s.multipart) return { method: method as any, url, ...s.multipart };
  return { method: method as any, url, payload: s.body as any };
}
