import type { z } from 'zod';
import { nowIso, type RequestContext } from '../../core/context';
import { sql } from 'kysely';
import { inTransaction, type Conn, type Trx } from '../../core/db/kysely';
import { record } from '../../core/audit/audit';
import { AppError, errors } from '../../core/errors';
import { storageFor } from '../../core/files/storage';
import type { ProcessedImage } from '../../core/files/images';
import { newId } from '../../core/ids';
import { rolesIn } from '../../core/policy/policy';
import {
  FUNDING_LABELS,
  LEDGER_FUNDS,
  SIGNOFF_LABELS,
  WORK_ORDER_STATUS_LABELS,
  type CreateWorkOrderBody,
  type FeeListBody,
  type FundingSource,
  type LedgerFund,
  type QuoteBody,
  type UpdateWorkOrderBody,
  type WorkOrder,
  type WorkOrderFigures,
  type WorkOrderStatus,
} from '../../../contract/workorders';
import { ticketsLinkedTo } from '../tickets/tickets.service';
import { notifyUsers } from '../notifications/notifications.service';
import { estateOf } from '../org/org.service';
import { LINK_TYPE } from './workorders.link';
import './workorders.tables';

/** Above this quote (¥1,000) a work order waits for a committee member's and community staff's signatures, unless the community sets its own. */
export const DEFAULT_SIGNOFF_THRESHOLD_FEN = 100_000;
const FUND_NAMES: Record<LedgerFund, string> = {
  property: '物业自有资金',
  emergency: '无产证住宅小区共用部位应急维修资金',
};
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

const err = {
  wrongStatus: (s: WorkOrderStatus, action: string) =>
    errors.conflict(
      'work_order_wrong_status',
      `工单当前为「${WORK_ORDER_STATUS_LABELS[s]}」，不能${action}`,
      `A work order in status ${s} cannot do this: ${action}`,
      { status: s },
    ),
  notOnFeeList: (ids: string[]) =>
    errors.unprocessable(
      'not_on_fee_list',
      '报价项目不在现行维修费用清单上',
      'A quote item is not on the current fee list',
      { feeItemIds: ids },
    ),
  noFeeList: () =>
    errors.unprocessable(
      'no_fee_list',
      '本居民区还没有发布维修费用清单',
      'This community has not published a fee list yet',
    ),
  noQuote: () => errors.conflict('no_quote', '工单还没有报价', 'The work order has no quote yet'),
  quoteSigned: () =>
    errors.conflict(
      'quote_signed',
      '报价和资金来源已有签字确认，不能再修改',
      'The quote and funding have been signed off; they can no longer change',
    ),
  signoffNotNeeded: () =>
    errors.conflict('signoff_not_needed', '该工单无需签字即可开工', 'This work order needs no sign-off'),
  alreadySigned: () =>
    errors.conflict(
      'already_signed',
      '您已经签过字了，需由另一人签另一方',
      'You have already signed; the other side must be signed by someone else',
    ),
  sideSigned: () => errors.conflict('side_signed', '您所代表的一方已经签字', 'Your side has already signed'),
  notSigner: () =>
    new AppError(
      'not_signer',
      403,
      '只有自管会成员或居委工作人员可以签字',
      'Only a committee member or community staff can sign off',
    ),
  signoffRequired: (missing: string[]) =>
    errors.conflict(
      'signoff_required',
      `报价超过限额，开工前还需签字：${missing.join('、')}`,
      `The quote is above the threshold; sign-off still needed: ${missing.join(', ')}`,
      { missing },
    ),
  photosRequired: () =>
    errors.unprocessable('photos_required', '完工需要上传至少一张现场照片', 'Completion needs at least one photo'),
  notAcceptor: () =>
    new AppError(
      'not_acceptor',
      403,
      '只有提出诉求的居民或自管会成员可以验收',
      'Only the reporter or a committee member can accept the work',
    ),
  insufficient: (balance: number, need: number) =>
    errors.conflict(
      'insufficient_funds',
      `资金余额不足：余额 ${yuan(balance)}，需支付 ${yuan(need)}`,
      `Not enough in the fund: balance ${balance} fen, cost ${need} fen`,
      { balanceFen: balance, costFen: need },
    ),
  notEmergency: () =>
    errors.conflict(
      'review_not_pending',
      '该工单没有待复核的紧急开工',
      'This work order has no emergency start to review',
    ),
  estate: () => errors.unprocessable('estate_not_found', '所选小区不存在', 'No such estate in this community'),
  fundingRef: () =>
    errors.unprocessable(
      'funding_ref_required',
      '项目或捐赠资金需要写明来源名称',
      'A project or donation needs its name as the funding reference',
    ),
};

async function load(conn: Conn, communityId: string, id: string) {
  const w = await conn
    .selectFrom('work_orders')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!w) throw errors.notFound('work order');
  return w;
}
type Row = Awaited<ReturnType<typeof load>>;

const SERVING = [
  'staff',
  'party_branch',
  'committee',
  'building_leader',
  'grid_member',
  'property_manager',
  'property_specialist',
  'technician',
  'deputy',
] as const;
const MANAGERS = ['staff', 'party_branch', 'property_manager', 'property_specialist'] as const;
const has = (c: RequestContext, roles: readonly string[]) => {
  const r = rolesIn(c.actor, c.communityId);
  return roles.some((x) => r.has(x as never));
};
const serving = (c: RequestContext) => c.actor.platformAdmin || has(c, SERVING);

/** A work order is visible to those who serve the community and to the resident whose ticket it came from; others get 404. */
async function visible(conn: Conn, c: RequestContext, id: string): Promise<Row> {
  const w = await load(conn, c.communityId, id);
  if (!serving(c) && w.reporter_user_id !== c.actor.userId) throw errors.notFound('work order');
  return w;
}

async function threshold(conn: Conn, communityId: string): Promise<number> {
  const s = await conn
    .selectFrom('workorder_settings')
    .select('signoff_threshold_fen')
    .where('community_id', '=', communityId)
    .executeTakeFirst();
  return s ? Number(s.signoff_threshold_fen) : DEFAULT_SIGNOFF_THRESHOLD_FEN;
}
const needsSignoff = (w: Row, limit: number) => !w.emergency && Number(w.total_fen) > limit;

// ── Fee list ───────────────────────────────────────────────────────────────

async function currentFeeList(conn: Conn, communityId: string) {
  return conn
    .selectFrom('fee_lists')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function getFeeList(c: RequestContext) {
  const list = await currentFeeList(c.db, c.communityId);
  if (!list) return { version: 0, publishedAt: null, note: '', items: [] };
  const items = await c.db
    .selectFrom('fee_items')
    .selectAll()
    .where('fee_list_id', '=', list.id)
    .orderBy('code')
    .execute();
  return {
    version: list.version,
    publishedAt: list.created_at,
    note: list.note,
    items: items.map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      unit: i.unit,
      unitPriceFen: Number(i.unit_price_fen),
      standardHours: Number(i.standard_hours),
    })),
  };
}

/** Publishes a new version of the fee list; quotes already made keep the prices of the version they used. */
export async function publishFeeList(c: RequestContext, body: z.infer<typeof FeeListBody>, outer?: Trx) {
  const codes = body.items.map((i) => i.code);
  const dup = codes.filter((x, i) => codes.indexOf(x) !== i);
  if (dup.length)
    throw errors.unprocessable(
      'duplicate_fee_code',
      `清单中编号重复：${dup.join('、')}`,
      `Duplicate item codes: ${dup.join(', ')}`,
      { codes: dup },
    );
  const at = nowIso(c.app.clock);
  await inTransaction(c.db, outer, async (trx) => {
    const prev = await currentFeeList(trx, c.communityId);
    const id = newId();
    const version = (prev?.version ?? 0) + 1;
    await trx
      .insertInto('fee_lists')
      .values({ id, community_id: c.communityId, version, note: body.note, created_by: c.actor.userId, created_at: at })
      .execute();
    await trx
      .insertInto('fee_items')
      .values(
        body.items.map((i) => ({
          id: newId(),
          community_id: c.communityId,
          fee_list_id: id,
          code: i.code,
          name: i.name,
          unit: i.unit,
          unit_price_fen: i.unitPriceFen,
          standard_hours: i.standardHours,
        })),
      )
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'fee_list',
      entityId: id,
      action: 'fee_list.publish',
      after: { version, items: body.items.length },
    });
  });
  return outer ? null : getFeeList(c);
}

export async function getSettings(c: RequestContext) {
  return { signoffThresholdFen: await threshold(c.db, c.communityId) };
}

export async function setSettings(c: RequestContext, body: { signoffThresholdFen: number }) {
  const at = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const before = await threshold(trx, c.communityId);
    await trx
      .insertInto('workorder_settings')
      .values({ community_id: c.communityId, signoff_threshold_fen: body.signoffThresholdFen, updated_at: at })
      .onConflict((oc) =>
        oc.column('community_id').doUpdateSet({ signoff_threshold_fen: body.signoffThresholdFen, updated_at: at }),
      )
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'workorder_settings',
      entityId: c.communityId,
      action: 'workorder_settings.update',
      before: { signoffThresholdFen: before },
      after: body,
    });
  });
  return body;
}

// ── Funds ──────────────────────────────────────────────────────────────────

/** The calendar year in China (UTC+8) and when it began, as an instant. */
function yearOf(ms: number): { year: number; startIso: string } {
  const year = new Date(ms + 8 * 3_600_000).getUTCFullYear();
  return { year, startIso: new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000).toISOString() };
}

async function fundView(conn: Conn, c: RequestContext, kind: LedgerFund) {
  return fundFigures(conn, c.communityId, kind, c.app.clock.now());
}

async function fundFigures(conn: Conn, communityId: string, kind: LedgerFund, nowMs: number) {
  const f = await conn
    .selectFrom('funds')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  const { year, startIso } = yearOf(nowMs);
  const spent = f
    ? await conn
        .selectFrom('fund_entries')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_fen'), eb.val(0)).as('s'))
        .where('fund_id', '=', f.id)
        .where('kind', '=', 'spend')
        .where('at', '>=', startIso)
        .executeTakeFirstOrThrow()
    : { s: 0 };
  const budget = Number(f?.year_budget_fen ?? 0);
  const spentFen = Number(spent.s);
  return {
    kind,
    name: f?.name ?? FUND_NAMES[kind],
    balanceFen: Number(f?.balance_fen ?? 0),
    yearBudgetFen: budget,
    year,
    spentThisYearFen: spentFen,
    remainingBudgetFen: budget - spentFen,
  };
}

/**
 * Each ledger fund of a community — balance, this year's budget, spending and what is left — for other modules
 * (the dashboards) to show without reading this module's tables.
 */
export async function fundBalances(conn: Conn, communityId: string, nowMs: number) {
  return Promise.all(LEDGER_FUNDS.map((k) => fundFigures(conn, communityId, k, nowMs)));
}

/**
 * One estate's work orders made in [fromIso, toIso) (cancelled ones left out): how many, how many were finished
 * and their average hours from made to finished, how many were emergencies, and what the ledgers paid for the
 * estate's orders in the period. The committee's quarterly evaluation freezes these at its close; the dashboards
 * may call it too. Without an estate, the whole community.
 */
export async function workOrderFigures(
  conn: Conn,
  communityId: string,
  estateId: string | null,
  fromIso: string,
  toIso: string,
): Promise<WorkOrderFigures> {
  let q = conn
    .selectFrom('work_orders')
    .select(['emergency', 'created_at', 'completed_at'])
    .where('community_id', '=', communityId)
    .where('status', '!=', 'cancelled')
    .where('created_at', '>=', fromIso)
    .where('created_at', '<', toIso);
  if (estateId) q = q.where('estate_id', '=', estateId);
  const rows = await q.execute();
  const finished = rows.filter((r) => r.completed_at);
  const hours = finished.map((r) => (Date.parse(r.completed_at!) - Date.parse(r.created_at)) / 3_600_000);
  let spend = conn
    .selectFrom('fund_entries as e')
    .innerJoin('work_orders as w', 'w.id', 'e.work_order_id')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('e.amount_fen'), eb.val(0)).as('s'))
    .where('e.community_id', '=', communityId)
    .where('e.kind', '=', 'spend')
    .where('e.at', '>=', fromIso)
    .where('e.at', '<', toIso);
  if (estateId) spend = spend.where('w.estate_id', '=', estateId);
  const spent = await spend.executeTakeFirstOrThrow();
  return {
    workOrders: rows.length,
    completed: finished.length,
    avgCompletionHours: hours.length ? Math.round((hours.reduce((a, b) => a + b, 0) / hours.length) * 10) / 10 : null,
    emergency: rows.filter((r) => r.emergency).length,
    spentFen: Number(spent.s),
  };
}

export async function listFunds(c: RequestContext) {
  return { items: await Promise.all(LEDGER_FUNDS.map((k) => fundView(c.db, c, k))) };
}

export async function fundLedger(c: RequestContext, kind: LedgerFund) {
  const fund = await fundView(c.db, c, kind);
  const rows = await c.db
    .selectFrom('fund_entries as e')
    .innerJoin('funds as f', 'f.id', 'e.fund_id')
    .leftJoin('work_orders as w', 'w.id', 'e.work_order_id')
    .select(['e.id', 'e.kind', 'e.amount_fen', 'e.balance_after_fen', 'e.note', 'e.work_order_id', 'w.number', 'e.at'])
    .where('f.community_id', '=', c.communityId)
    .where('f.kind', '=', kind)
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(500)
    .execute();
  return {
    fund,
    entries: rows.map((e) => ({
      id: e.id,
      kind: e.kind,
      amountFen: Number(e.amount_fen),
      balanceAfterFen: Number(e.balance_after_fen),
      note: e.note,
      workOrderId: e.work_order_id,
      workOrderNumber: e.number ?? null,
      at: e.at,
    })),
  };
}

async function fundRow(trx: Trx, communityId: string, kind: LedgerFund, at: string) {
  await trx
    .insertInto('funds')
    .values({
      id: newId(),
      community_id: communityId,
      kind,
      name: FUND_NAMES[kind],
      balance_fen: 0,
      year_budget_fen: 0,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.columns(['community_id', 'kind']).doNothing())
    .execute();
  return trx
    .selectFrom('funds')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();
}

/** Money paid into a fund (the town's yearly allocation to the emergency repair project, the property's own budget). */
export async function deposit(
  c: RequestContext,
  kind: LedgerFund,
  body: { amountFen: number; note: string },
  outer?: Trx,
) {
  const at = nowIso(c.app.clock);
  await inTransaction(c.db, outer, async (trx) => {
    const f = await fundRow(trx, c.communityId, kind, at);
    const after = await trx
      .updateTable('funds')
      .set((eb) => ({ balance_fen: eb('balance_fen', '+', body.amountFen), updated_at: at }))
      .where('id', '=', f.id)
      .returning('balance_fen')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('fund_entries')
      .values({
        id: newId(),
        community_id: c.communityId,
        fund_id: f.id,
        kind: 'deposit',
        amount_fen: body.amountFen,
        balance_after_fen: Number(after.balance_fen),
        note: body.note,
        work_order_id: null,
        actor_id: c.actor.userId,
        at,
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'fund',
      entityId: f.id,
      action: 'fund.deposit',
      after: { kind, amountFen: body.amountFen, balanceFen: Number(after.balance_fen) },
    });
  });
  return outer ? null : fundLedger(c, kind);
}

export async function setBudget(c: RequestContext, kind: LedgerFund, body: { yearBudgetFen: number }, outer?: Trx) {
  const at = nowIso(c.app.clock);
  await inTransaction(c.db, outer, async (trx) => {
    const f = await fundRow(trx, c.communityId, kind, at);
    await trx
      .updateTable('funds')
      .set({ year_budget_fen: body.yearBudgetFen, updated_at: at })
      .where('id', '=', f.id)
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'fund',
      entityId: f.id,
      action: 'fund.budget',
      before: { yearBudgetFen: Number(f.year_budget_fen) },
      after: body,
    });
  });
  return outer ? null : fundView(c.db, c, kind);
}

// ── Work orders ────────────────────────────────────────────────────────────

const summary = (w: Row) => ({
  id: w.id,
  number: w.number,
  title: w.title,
  location: w.location,
  estateId: w.estate_id,
  source: w.source,
  sourceId: w.source_id,
  status: w.status,
  emergency: !!w.emergency,
  fundingSource: w.funding_source,
  totalFen: Number(w.total_fen),
  createdAt: w.created_at,
});

export async function listWorkOrders(c: RequestContext, q: { status?: WorkOrderStatus; mine?: '1'; topicId?: string }) {
  let query = c.db.selectFrom('work_orders').selectAll().where('community_id', '=', c.communityId);
  // Residents see only the work orders made from their own tickets (to accept them); `mine` asks for that view.
  if (q.mine || !serving(c)) query = query.where('reporter_user_id', '=', c.actor.userId);
  if (q.status) query = query.where('status', '=', q.status);
  // A topic's implementation stage shows the work orders that carry out its decision.
  if (q.topicId) query = query.where('source', '=', 'topic').where('source_id', '=', q.topicId);
  return { items: (await query.orderBy('created_at', 'desc').limit(500).execute()).map(summary) };
}

export async function getWorkOrder(
  c: RequestContext,
  id: string,
  conn: Conn = c.db,
): Promise<z.infer<typeof WorkOrder>> {
  const w = await visible(conn, c, id);
  const [items, signoffs, photos, tickets, limit, estate] = await Promise.all([
    conn.selectFrom('work_order_items').selectAll().where('work_order_id', '=', id).orderBy('position').execute(),
    conn.selectFrom('work_order_signoffs').selectAll().where('work_order_id', '=', id).orderBy('signed_at').execute(),
    conn.selectFrom('work_order_photos').select(['id']).where('work_order_id', '=', id).orderBy('created_at').execute(),
    ticketsLinkedTo(conn, c.communityId, LINK_TYPE, id),
    threshold(conn, c.communityId),
    w.estate_id ? estateOf(conn, c.communityId, w.estate_id) : undefined,
  ]);
  const required = needsSignoff(w, limit);
  const signSide = signableSide(c, signoffs);
  const manager = c.actor.platformAdmin || has(c, MANAGERS);
  const base = `/api/communities/${c.communityId}/work-orders/${id}/photos`;
  return {
    ...summary(w),
    description: w.description,
    estateName: estate?.name ?? null,
    fundingRef: w.funding_ref,
    assigneeKind: w.assignee_kind,
    assigneeName: w.assignee_name,
    executorName: w.executor_name,
    feeListVersion: w.fee_list_version,
    items: items.map((i) => ({
      feeItemId: i.fee_item_id,
      code: i.code,
      name: i.name,
      unit: i.unit,
      unitPriceFen: Number(i.unit_price_fen),
      quantity: Number(i.quantity),
      amountFen: Number(i.amount_fen),
      standardHours: Number(i.standard_hours),
    })),
    signoffRequired: required,
    signoffThresholdFen: limit,
    signoffs: signoffs.map((s) => ({ role: s.role, signerName: s.signer_name, signedAt: s.signed_at })),
    startedAt: w.started_at,
    completedAt: w.completed_at,
    completionNote: w.completion_note,
    photos: photos.map((p) => ({ id: p.id, url: `${base}/${p.id}` })),
    acceptedAt: w.accepted_at,
    acceptanceComment: w.acceptance_comment,
    // Who accepted, by capacity only: the reporter is a resident and is not named here.
    acceptedByName: w.accepted_by ? (w.accepted_by === w.reporter_user_id ? '诉求人' : '自管会') : null,
    review: { status: w.review_status, note: w.review_note, at: w.reviewed_at },
    tickets: tickets.map((t) => ({ id: t.id, number: t.number, title: t.title, state: t.state })),
    cancellation: w.cancelled_at ? { at: w.cancelled_at, reason: w.cancel_reason ?? '' } : null,
    can: {
      edit: manager && (w.status === 'open' || w.status === 'in_progress'),
      sign: w.status === 'open' && required && items.length > 0 ? signSide : null,
      start: manager && w.status === 'open' && items.length > 0 && (!required || signoffs.length === 2),
      complete: manager && w.status === 'in_progress',
      accept: w.status === 'done' && mayAccept(c, w),
      review:
        w.review_status === 'pending' && (c.actor.platformAdmin || has(c, ['staff', 'committee', 'party_branch'])),
      cancel: manager && w.status === 'open',
    },
  };
}

function signableSide(
  c: RequestContext,
  signoffs: Array<{ role: string; user_id: string }>,
): 'committee' | 'staff' | null {
  if (signoffs.some((s) => s.user_id === c.actor.userId)) return null;
  const roles = rolesIn(c.actor, c.communityId);
  for (const side of ['committee', 'staff'] as const)
    if (roles.has(side) && !signoffs.some((s) => s.role === side)) return side;
  return null;
}
const mayAccept = (c: RequestContext, w: Row) =>
  w.reporter_user_id === c.actor.userId || rolesIn(c.actor, c.communityId).has('committee');

/** The next number of the community's year, from its counter row: concurrent orders wait on the row, never share a number. */
async function nextNumber(trx: Trx, communityId: string, ms: number) {
  const { year } = yearOf(ms);
  await trx
    .insertInto('work_order_counters')
    .values({ community_id: communityId, year, last: 0 })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const row = await trx
    .updateTable('work_order_counters')
    .set({ last: sql<number>`last + 1` })
    .where('community_id', '=', communityId)
    .where('year', '=', year)
    .returning('last')
    .executeTakeFirstOrThrow();
  return `WX${year}${String(row.last).padStart(4, '0')}`;
}

function checkFunding(source: FundingSource, ref: string | null | undefined) {
  if ((source === 'project' || source === 'donation') && !ref) throw err.fundingRef();
}

/**
 * Creates a work order. The source (a ticket to link, a topic to exist) is checked by the caller, the
 * workflow in server/workflows/workorders.ts, which passes the ticket's reporter so they can accept the work.
 */
export async function createWorkOrder(
  c: RequestContext,
  body: z.infer<typeof CreateWorkOrderBody>,
  trx: Trx,
  extra: { reporterUserId: string | null },
) {
  checkFunding(body.fundingSource, body.fundingRef);
  if (body.estateId && !(await estateOf(trx, c.communityId, body.estateId))) throw err.estate();
  const ms = c.app.clock.now();
  const at = nowIso(c.app.clock);
  const id = newId();
  const number = await nextNumber(trx, c.communityId, ms);
  await trx
    .insertInto('work_orders')
    .values({
      id,
      community_id: c.communityId,
      number,
      title: body.title,
      description: body.description,
      source: body.source,
      source_id: body.sourceId,
      location: body.location,
      estate_id: body.estateId,
      emergency: body.emergency,
      status: 'open',
      funding_source: body.fundingSource,
      funding_ref: body.fundingRef,
      total_fen: 0,
      fee_list_version: null,
      assignee_kind: 'property',
      assignee_name: null,
      executor_name: null,
      reporter_user_id: extra.reporterUserId,
      created_by: c.actor.userId,
      started_at: null,
      completed_at: null,
      completion_note: null,
      accepted_at: null,
      accepted_by: null,
      acceptance_comment: null,
      review_status: 'not_needed',
      review_note: null,
      reviewed_at: null,
      reviewed_by: null,
      cancelled_at: null,
      cancelled_by: null,
      cancel_reason: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await record(trx, {
    actorId: c.actor.userId,
    communityId: c.communityId,
    entityType: 'work_order',
    entityId: id,
    action: 'work_order.create',
    after: {
      number,
      source: body.source,
      sourceId: body.sourceId,
      estateId: body.estateId,
      emergency: body.emergency,
      fundingSource: body.fundingSource,
    },
  });
  return { id, number };
}

/** Describes a work order for the ticket page (the tickets link registry). */
export async function describeWorkOrder(conn: Conn, communityId: string, id: string) {
  const w = await conn
    .selectFrom('work_orders')
    .select(['number', 'title'])
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return w ? { title: `${w.number} ${w.title}` } : null;
}

/** The fee list for a topic's evidence: the version it names, with its item count. */
export async function describeFeeList(conn: Conn, communityId: string, id: string) {
  const l = await conn
    .selectFrom('fee_lists')
    .select(['version'])
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!l) return null;
  const n = await conn
    .selectFrom('fee_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('fee_list_id', '=', id)
    .executeTakeFirstOrThrow();
  return { title: `维修费用清单 第${l.version}版（${Number(n.n)}项）` };
}

/** The current fee list's id (what a topic's evidence points at), or null before one is published. */
export async function currentFeeListId(conn: Conn, communityId: string) {
  return (await currentFeeList(conn, communityId))?.id ?? null;
}

/** Conditional on the status read, so two people acting at once cannot both move the order. */
async function move(trx: Trx, w: Row, set: Partial<Row>) {
  const res = await trx
    .updateTable('work_orders')
    .set(set)
    .where('id', '=', w.id)
    .where('status', '=', w.status)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw err.wrongStatus(w.status, '重复操作');
}

const signoffsOf = (conn: Conn, id: string) =>
  conn.selectFrom('work_order_signoffs').select(['role', 'user_id']).where('work_order_id', '=', id).execute();

export async function updateWorkOrder(c: RequestContext, id: string, body: z.infer<typeof UpdateWorkOrderBody>) {
  const at = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const w = await load(trx, c.communityId, id);
    if (w.status !== 'open' && w.status !== 'in_progress') throw err.wrongStatus(w.status, '修改');
    const fixed =
      body.title !== undefined ||
      body.description !== undefined ||
      body.location !== undefined ||
      body.estateId !== undefined ||
      body.fundingSource !== undefined ||
      body.fundingRef !== undefined;
    if (fixed && w.status !== 'open') throw err.wrongStatus(w.status, '修改工单内容或资金来源');
    if ((body.fundingSource !== undefined || body.fundingRef !== undefined) && (await signoffsOf(trx, id)).length)
      throw err.quoteSigned();
    checkFunding(
      body.fundingSource ?? w.funding_source,
      body.fundingRef === undefined ? w.funding_ref : body.fundingRef,
    );
    const set: Partial<Row> = { updated_at: at };
    if (body.title !== undefined) set.title = body.title;
    if (body.description !== undefined) set.description = body.description;
    if (body.location !== undefined) set.location = body.location;
    if (body.estateId !== undefined) {
      if (body.estateId && !(await estateOf(trx, c.communityId, body.estateId))) throw err.estate();
      set.estate_id = body.estateId;
    }
    if (body.fundingSource !== undefined) set.funding_source = body.fundingSource;
    if (body.fundingRef !== undefined) set.funding_ref = body.fundingRef;
    if (body.assigneeKind !== undefined) set.assignee_kind = body.assigneeKind;
    if (body.assigneeName !== undefined) set.assignee_name = body.assigneeName;
    if (body.executorName !== undefined) set.executor_name = body.executorName;
    await move(trx, w, set);
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'work_order',
      entityId: id,
      action: 'work_order.update',
      after: body,
    });
  });
  return getWorkOrder(c, id);
}

/** Prices the work from the current fee list: every line must be an item of it; the total is integer fen. */
export async function setQuote(c: RequestContext, id: string, body: z.infer<typeof QuoteBody>) {
  const at = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const w = await load(trx, c.communityId, id);
    if (w.status !== 'open') throw err.wrongStatus(w.status, '修改报价');
    if ((await signoffsOf(trx, id)).length) throw err.quoteSigned();
    const list = await currentFeeList(trx, c.communityId);
    if (!list) throw err.noFeeList();
    const wanted = [...new Set(body.items.map((i) => i.feeItemId))];
    const fee = new Map(
      (
        await trx
          .selectFrom('fee_items')
          .selectAll()
          .where('fee_list_id', '=', list.id)
          .where('id', 'in', wanted)
          .execute()
      ).map((f) => [f.id, f]),
    );
    const missing = wanted.filter((x) => !fee.has(x));
    if (missing.length) throw err.notOnFeeList(missing);
    const lines = body.items.map((i, position) => {
      const f = fee.get(i.feeItemId)!;
      return {
        id: newId(),
        community_id: c.communityId,
        work_order_id: id,
        fee_item_id: f.id,
        code: f.code,
        name: f.name,
        unit: f.unit,
        unit_price_fen: Number(f.unit_price_fen),
        quantity: i.quantity,
        amount_fen: Math.round(Number(f.unit_price_fen) * i.quantity),
        standard_hours: Number(f.standard_hours),
        position,
      };
    });
    const total = lines.reduce((s, l) => s + l.amount_fen, 0);
    await trx.deleteFrom('work_order_items').where('work_order_id', '=', id).execute();
    await trx.insertInto('work_order_items').values(lines).execute();
    await move(trx, w, { total_fen: total, fee_list_version: list.version, updated_at: at });
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'work_order',
      entityId: id,
      action: 'work_order.quote',
      before: { totalFen: Number(w.total_fen) },
      after: {
        totalFen: total,
        feeListVersion: list.version,
        lines: lines.map((l) => ({ code: l.code, quantity: l.quantity })),
      },
    });
  });
  return getWorkOrder(c, id);
}

/** A committee member or community staff signs the quote and funding; the two sides are two different people. */
export async function signOff(c: RequestContext, id: string) {
  const at = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const w = await load(trx, c.communityId, id);
    if (w.status !== 'open') throw err.wrongStatus(w.status, '签字');
    if (!needsSignoff(w, await threshold(trx, c.communityId)))
      throw Number(w.total_fen) === 0 ? err.noQuote() : err.signoffNotNeeded();
    const roles = rolesIn(c.actor, c.communityId);
    if (!roles.has('committee') && !roles.has('staff')) throw err.notSigner();
    const signed = await signoffsOf(trx, id);
    if (signed.some((s) => s.user_id === c.actor.userId)) throw err.alreadySigned();
    const side = signableSide(c, signed);
    if (!side) throw err.sideSigned();
    // The unique constraints (one per side, one per person) decide a race between two signers of the same side.
    const ins = await trx
      .insertInto('work_order_signoffs')
      .values({
        id: newId(),
        community_id: c.communityId,
        work_order_id: id,
        role: side,
        user_id: c.actor.userId,
        signer_name: c.actor.displayName,
        signed_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(ins.numInsertedOrUpdatedRows ?? 0) !== 1) throw err.sideSigned();
    await move(trx, w, { updated_at: at });
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'work_order',
      entityId: id,
      action: 'work_order.signoff',
      after: { role: side, totalFen: Number(w.total_fen) },
    });
  });
  return getWorkOrder(c, id);
}

/** Work starts once the quote exists and, above the threshold, both sides have signed; an emergency starts at once and is reviewed afterwards. */
export async function start(c: RequestContext, id: string) {
  const at = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const w = await load(trx, c.communityId, id);
    if (w.status !== 'open') throw err.wrongStatus(w.status, '开工');
    if (
      !(await trx
        .selectFrom('work_order_items')
        .select('id')
        .where('work_order_id', '=', id)
        .limit(1)
        .executeTakeFirst())
    )
      throw err.noQuote();
    if (needsSignoff(w, await threshold(trx, c.communityId))) {
      const signed = new Set((await signoffsOf(trx, id)).map((s) => s.role));
      const missing = (['committee', 'staff'] as const).filter((r) => !signed.has(r)).map((r) => SIGNOFF_LABELS[r]);
      if (missing.length) throw err.signoffRequired(missing);
    }
    await move(trx, w, {
      status: 'in_progress',
      started_at: at,
      updated_at: at,
      review_status: w.emergency ? 'pending' : 'not_needed',
    });
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'work_order',
      entityId: id,
      action: 'work_order.start',
      before: { status: w.status },
      after: { status: 'in_progress', emergency: !!w.emergency },
    });
  });
  return getWorkOrder(c, id);
}

/** The work is done: a note and the site photos (re-encoded by core/files); the reporter is asked to accept it. */
export async function complete(c: RequestContext, id: string, body: { note: string }, photos: ProcessedImage[]) {
  if (!photos.length) throw err.photosRequired();
  const at = nowIso(c.app.clock);
  const storage = storageFor(c.app.config.dataDir);
  const keys: string[] = [];
  try {
    const stored: Array<{ file: string; thumb: string; mime: string }> = [];
    for (const p of photos) {
      const file = await storage.put(p.full, 'jpg');
      keys.push(file);
      const thumb = await storage.put(p.thumb, 'jpg');
      keys.push(thumb);
      stored.push({ file, thumb, mime: p.mime });
    }
    await c.db.transaction().execute(async (trx) => {
      const w = await load(trx, c.communityId, id);
      if (w.status !== 'in_progress') throw err.wrongStatus(w.status, '完工');
      await trx
        .insertInto('work_order_photos')
        .values(
          stored.map((s) => ({
            id: newId(),
            community_id: c.communityId,
            work_order_id: id,
            file_key: s.file,
            thumb_key: s.thumb,
            mime: s.mime,
            created_at: at,
          })),
        )
        .execute();
      await move(trx, w, { status: 'done', completed_at: at, completion_note: body.note, updated_at: at });
      await record(trx, {
        actorId: c.actor.userId,
        communityId: c.communityId,
        entityType: 'work_order',
        entityId: id,
        action: 'work_order.complete',
        before: { status: w.status },
        after: { status: 'done', photos: stored.length },
      });
      await notifyUsers(trx, {
        communityId: c.communityId,
        userIds: [w.reporter_user_id],
        kind: 'work_order_accept',
        title: `维修工单 ${w.number} 已完工，请验收`,
        titleEn: `Work order ${w.number} is done: please accept it`,
        body: body.note,
        entityType: 'work_order',
        entityId: id,
        now: at,
      });
    });
  } catch (e) {
    await Promise.all(keys.map((k) => storage.delete(k).catch(() => {})));
    throw e;
  }
  return getWorkOrder(c, id);
}

export async function photoOf(c: RequestContext, id: string, photoId: string, size: 'full' | 'thumb') {
  await visible(c.db, c, id);
  const p = await c.db
    .selectFrom('work_order_photos')
    .selectAll()
    .where('work_order_id', '=', id)
    .where('id', '=', photoId)
    .executeTakeFirst();
  if (!p) throw errors.notFound('photo');
  const buf = await storageFor(c.app.config.dataDir).get(size === 'thumb' ? p.thumb_key : p.file_key);
  if (!buf) throw errors.notFound('photo');
  return { buf, mime: p.mime };
}

/**
 * The reporter or a committee member accepts the work, and its cost is posted to the fund in the same
 * transaction (the caller's: the workflow also resolves the linked tickets in it). The balance moves only by
 * `UPDATE … WHERE balance_fen >= cost`, so two acceptances at the same instant cannot overdraw the fund:
 * the second finds too little and its whole transaction rolls back.
 */
export async function accept(c: RequestContext, id: string, body: { comment: string }, trx: Trx) {
  const at = nowIso(c.app.clock);
  const w = await visible(trx, c, id);
  if (w.status !== 'done') throw err.wrongStatus(w.status, '验收');
  if (!mayAccept(c, w)) throw err.notAcceptor();
  await move(trx, w, {
    status: 'accepted',
    accepted_at: at,
    accepted_by: c.actor.userId,
    acceptance_comment: body.comment || null,
    updated_at: at,
  });
  const cost = Number(w.total_fen);
  let posted: { fund: LedgerFund; balanceFen: number } | null = null;
  if ((w.funding_source === 'property' || w.funding_source === 'emergency') && cost > 0) {
    const fund = w.funding_source;
    const f = await trx
      .selectFrom('funds')
      .select(['id', 'balance_fen'])
      .where('community_id', '=', c.communityId)
      .where('kind', '=', fund)
      .executeTakeFirst();
    const after =
      f &&
      (await trx
        .updateTable('funds')
        .set((eb) => ({ balance_fen: eb('balance_fen', '-', cost), updated_at: at }))
        .where('id', '=', f.id)
        .where('balance_fen', '>=', cost)
        .returning('balance_fen')
        .executeTakeFirst());
    if (!f || !after) {
      const now = f && (await trx.selectFrom('funds').select('balance_fen').where('id', '=', f.id).executeTakeFirst());
      throw err.insufficient(Number(now?.balance_fen ?? 0), cost);
    }
    await trx
      .insertInto('fund_entries')
      .values({
        id: newId(),
        community_id: c.communityId,
        fund_id: f.id,
        kind: 'spend',
        amount_fen: cost,
        balance_after_fen: Number(after.balance_fen),
        note: `${w.number} ${w.title}`,
        work_order_id: w.id,
        actor_id: c.actor.userId,
        at,
      })
      .execute();
    posted = { fund, balanceFen: Number(after.balance_fen) };
  }
  await record(trx, {
    actorId: c.actor.userId,
    communityId: c.communityId,
    entityType: 'work_order',
    entityId: id,
    action: 'work_order.accept',
    before: { status: w.status },
    after: { status: 'accepted', costFen: cost, funding: FUNDING_LABELS[w.funding_source], posted },
  });
  return { number: w.number, title: w.title };
}

/**
 * Cancels an order before work starts (open only: the status read is the condition of the update, so a start at the
 * same instant wins or loses whole). A reason is required; nothing is posted to any fund, since only acceptance
 * pays. Linked tickets stay linked and show the cancelled order; the reporter is told.
 */
export async function cancel(c: RequestContext, id: string, body: { reason: string }) {
  const at = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const w = await load(trx, c.communityId, id);
    if (w.status !== 'open') throw err.wrongStatus(w.status, '取消（只能在开工前取消）');
    await move(trx, w, {
      status: 'cancelled',
      cancelled_at: at,
      cancelled_by: c.actor.userId,
      cancel_reason: body.reason,
      updated_at: at,
    });
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'work_order',
      entityId: id,
      action: 'work_order.cancel',
      before: { status: w.status },
      after: { status: 'cancelled', reason: body.reason },
    });
    await notifyUsers(trx, {
      communityId: c.communityId,
      userIds: [w.reporter_user_id],
      kind: 'work_order_cancelled',
      title: `维修工单 ${w.number} 已取消`,
      titleEn: `Work order ${w.number} was cancelled`,
      body: body.reason,
      entityType: 'work_order',
      entityId: id,
      now: at,
    });
  });
  return getWorkOrder(c, id);
}

/** An emergency order started without sign-off is looked at afterwards by staff or the committee. */
export async function review(c: RequestContext, id: string, body: { note: string }) {
  const at = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const w = await load(trx, c.communityId, id);
    if (w.review_status !== 'pending') throw err.notEmergency();
    const res = await trx
      .updateTable('work_orders')
      .set({
        review_status: 'reviewed',
        review_note: body.note,
        reviewed_at: at,
        reviewed_by: c.actor.userId,
        updated_at: at,
      })
      .where('id', '=', id)
      .where('review_status', '=', 'pending')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw err.notEmergency();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'work_order',
      entityId: id,
      action: 'work_order.review',
      after: { note: body.note },
    });
  });
  return getWorkOrder(c, id);
}
export { LINK_TYPE as WORK_ORDER_LINK } from './workorders.link';

// ── For the dashboards (read only) ──────────────────────────────────────────

/**
 * The emergency repair fund of each given community: its balance now, and what was paid out of it and into it
 * in [fromIso, toIso). A community without the fund has zeros.
 */
export async function emergencyFundFigures(conn: Conn, communityIds: string[], fromIso: string, toIso: string) {
  if (!communityIds.length) return [];
  const [funds, moves] = await Promise.all([
    conn
      .selectFrom('funds')
      .select(['community_id', 'balance_fen', 'year_budget_fen'])
      .where('community_id', 'in', communityIds)
      .where('kind', '=', 'emergency')
      .execute(),
    conn
      .selectFrom('fund_entries as e')
      .innerJoin('funds as f', 'f.id', 'e.fund_id')
      .select(['f.community_id', 'e.kind'])
      .select((eb) => eb.fn.sum<number>('e.amount_fen').as('s'))
      .where('f.community_id', 'in', communityIds)
      .where('f.kind', '=', 'emergency')
      .where('e.at', '>=', fromIso)
      .where('e.at', '<', toIso)
      .groupBy(['f.community_id', 'e.kind'])
      .execute(),
  ]);
  return communityIds.map((id) => {
    const f = funds.find((x) => x.community_id === id);
    const sum = (kind: string) => Number(moves.find((m) => m.community_id === id && m.kind === kind)?.s ?? 0);
    return {
      communityId: id,
      balanceFen: Number(f?.balance_fen ?? 0),
      yearBudgetFen: Number(f?.year_budget_fen ?? 0),
      spentFen: sum('spend'),
      depositedFen: sum('deposit'),
    };
  });
}
