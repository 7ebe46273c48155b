import { sql, type Expression, type SqlBool } from 'kysely';
import { isoAt, nowIso, type AppContext } from '../../core/context';
import { inTransaction, type Conn, type Trx } from '../../core/db/kysely';
import { compiled, insertRow, type Args } from '../../core/db/compiled';
import { record } from '../../core/audit/audit';
import { AppError, errors } from '../../core/errors';
import { storageFor } from '../../core/files/storage';
import type { ProcessedImage } from '../../core/files/images';
import { json, newId } from '../../core/ids';
import type { Actor } from '../../core/policy/policy';
import { learnFromCorrection } from './lessons.service';
import { rolesIn } from '../../core/policy/policy';
import { notifyUsers, queueBroadcast, usersWithRole } from '../notifications/notifications.service';
import { TICKET_FACT_COLUMNS, ticketChanged, type SummaryFacts } from '../dashboards/dashboards.service';
import type { CreateTicket, TicketState } from '../../../contract/tickets';
import { OPEN_STATES, TICKET_STATE_LABELS } from '../../../contract/tickets';
import { ticketTitles, type Title } from './tickets.messages';
import { categoryRules, deadlinesOf, suggestCategory } from './categories.service';
import { linkTarget } from './links';
import { HANDLERS, RECORDERS } from './tickets.policy';
import { requireRight, rightsOn, viewerOf, type TicketRights, type TicketViewer } from './tickets.access';
import './tickets.tables';
import * as org from '../org/org.service';
export { periodFigures, figures as ticketFigures } from './tickets.figures';

type TicketRow = Awaited<ReturnType<typeof loadTicket>>;

/** Handler moves: from each state, where a handler may take the ticket. Reporter moves are confirm/reopen. */
const MOVES: Partial<Record<TicketState, Array<TicketState | 'resume'>>> = {
  submitted: ['accepted', 'rejected'],
  accepted: ['in_progress', 'waiting_on_reporter', 'resolved', 'rejected'],
  in_progress: ['waiting_on_reporter', 'resolved'],
  reopened: ['in_progress', 'waiting_on_reporter', 'resolved'],
  waiting_on_reporter: ['resume'],
};

export const transitionsFrom = (state: string) => MOVES[state as TicketState] ?? [];

const invalidTransition = (from: string, to: string) =>
  errors.conflict(
    'invalid_transition',
    `诉求当前为「${TICKET_STATE_LABELS[from as TicketState] ?? from}」，不能执行此操作`,
    `A ticket in state ${from} cannot go to ${to}`,
    { from, to, allowed: transitionsFrom(from) },
  );

async function loadTicket(conn: Conn, communityId: string, id: string) {
  const t = await conn
    .selectFrom('tickets')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!t) throw errors.notFound('ticket');
  return t;
}

/** The ticket and what the actor may do with it; 404 if they may not see it. */
export async function ticketFor(
  conn: Conn,
  actor: Actor,
  communityId: string,
  id: string,
  need: 'see' | 'handle' | 'reporter' = 'see',
) {
  const v = await viewerOf(conn, actor, communityId);
  const t = await loadTicket(conn, communityId, id);
  const rights = requireRight(await rightsOn(conn, v, t), need);
  return { t, v, rights };
}

/** A timeline entry; every change to a ticket writes one, beside its audit event. */
async function addEvent(
  trx: Trx,
  t: { id: string; community_id: string },
  e: {
    kind: string;
    actorId: string | null;
    from?: string | null;
    to?: string | null;
    message?: string | null;
    data?: unknown;
    now: string;
  },
) {
  await insertRow(trx, 'ticket_events', {
    id: newId(),
    community_id: t.community_id,
    ticket_id: t.id,
    kind: e.kind,
    from_state: e.from ?? null,
    to_state: e.to ?? null,
    actor_id: e.actorId,
    message: e.message ?? null,
    data: e.data === undefined ? null : json(e.data),
    created_at: e.now,
  });
}

type YearOf = Args<{ communityId: string; year: number }>;
const ensureCounter = compiled((db, a: YearOf) =>
  db
    .insertInto('ticket_counters')
    .values({ community_id: a.communityId, year: a.year, last: 0 })
    .onConflict((oc) => oc.doNothing()),
);
const bumpCounter = compiled((db, a: YearOf) =>
  db
    .updateTable('ticket_counters')
    .set({ last: sql<number>`last + 1` })
    .where('community_id', '=', a.communityId)
    .where('year', '=', a.year)
    .returning('last'),
);

async function nextNumber(trx: Trx, communityId: string, year: number): Promise<string> {
  await ensureCounter.execute(trx, { communityId, year });
  const row = await bumpCounter.first(trx, { communityId, year });
  if (!row) throw new Error(`no ticket counter for ${communityId} ${year}`);
  return `MH-${year}-${String(row.last).padStart(6, '0')}`;
}

/** Users of a grid's service team (building leaders first: they are the grid leader for escalation). */
async function gridTeam(conn: Conn, communityId: string, gridId: string | null, roles?: string[]): Promise<string[]> {
  if (!gridId) return [];
  return (await org.gridTeamAccounts(conn, communityId, { gridId, roles })).map((m) => m.userId);
}

const brief = (t: { number: string; title: string }) => `${t.number}「${t.title}」`;

/** Inbox messages and the group-robot line for one change, written in the change's transaction. */
async function tell(
  trx: Trx,
  t: { id: string; community_id: string },
  userIds: Array<string | null>,
  kind: string,
  title: Title,
  body: string,
  now: string,
  broadcast?: string,
  bodyEn?: string,
) {
  await notifyUsers(trx, {
    communityId: t.community_id,
    userIds,
    kind,
    title: title.zh,
    titleEn: title.en,
    body,
    bodyEn,
    entityType: 'ticket',
    entityId: t.id,
    now,
  });
  if (broadcast) await queueBroadcast(trx, t.community_id, broadcast, now);
}

export interface CreateInput extends CreateTicket {
  photos: ProcessedImage[];
}

/**
 * Files a ticket: for the resident themself, or by staff / a grid team for a resident (channel kept).
 * Photos are already checked and re-encoded; they are stored first and removed again if the
 * transaction fails, so a refused request leaves nothing behind.
 */
export async function createTicket(
  ctx: AppContext,
  actor: Actor,
  communityId: string,
  input: CreateInput,
  outer?: Trx,
) {
  const { db, clock } = ctx;
  const now = clock.now();
  const at = isoAt(now);
  const roles = rolesIn(actor, communityId);
  const storage = storageFor(ctx.config.dataDir);
  const keys: string[] = [];
  try {
    const photos: Array<ProcessedImage & { fileKey: string; thumbKey: string }> = [];
    for (const p of input.photos) {
      const fileKey = await storage.put(p.full, 'jpg');
      keys.push(fileKey);
      const thumbKey = await storage.put(p.thumb, 'jpg');
      keys.push(thumbKey);
      photos.push({ ...p, fileKey, thumbKey });
    }
    return await inTransaction(db, outer, async (trx) => {
      let reporter: { residentId: string; userId: string | null; householdId: string | null };
      let channel = input.channel;
      if (input.onBehalfOfResidentId) {
        if (!actor.platformAdmin && !RECORDERS.some((r) => roles.has(r))) throw errors.forbidden();
        const r = await org.residentOf(trx, communityId, input.onBehalfOfResidentId);
        if (!r) throw errors.notFound('resident');
        reporter = { residentId: r.id, userId: r.userId, householdId: r.householdId };
        if (channel === 'h5' || channel === 'qr') channel = 'staff';
      } else {
        const mine = actor.residents.get(communityId);
        if (!mine) {
          throw new AppError(
            'not_a_resident',
            403,
            '只有本居民区的居民可以提交诉求；工作人员代登记请选择居民',
            'Only residents of this community can report; staff record on behalf of a resident',
          );
        }
        reporter = { residentId: mine.residentId, userId: actor.userId, householdId: mine.householdId };
        if (channel !== 'qr') channel = 'h5';
      }

      let estateId: string | null = input.estateId ?? null;
      let buildingId: string | null = null;
      let gridId: string | null = null;
      if (input.locationKind === 'building') {
        if (!input.buildingId) throw errors.validation([{ path: 'buildingId', message: '请选择楼栋' }]);
        const b = await org.buildingOf(trx, communityId, input.buildingId);
        if (!b) throw errors.notFound('building');
        buildingId = b.id;
        estateId = b.estateId;
        gridId = b.gridId;
      } else {
        if (input.locationKind === 'estate' && !estateId)
          throw errors.validation([{ path: 'estateId', message: '请选择小区' }]);
        if (input.locationKind === 'public_area' && !input.area)
          throw errors.validation([{ path: 'area', message: '请填写公共区域的位置' }]);
      }
      if (estateId && !input.buildingId) {
        if (!(await org.estateOf(trx, communityId, estateId))) throw errors.notFound('estate');
      }

      const rules = await categoryRules(trx, communityId);
      let category = input.category;
      if (category) {
        if (!rules.some((r) => r.code === category && r.active)) throw unknownCategory(category);
      } else category = suggestCategory(`${input.title} ${input.description}`, rules).category;
      const { responseMs, resolutionMs } = deadlinesOf(
        rules.find((r) => r.code === category),
        input.urgency,
      );

      const id = newId();
      const number = await nextNumber(trx, communityId, new Date(now).getUTCFullYear());
      const row = {
        id,
        community_id: communityId,
        number,
        title: input.title,
        description: input.description,
        category,
        location_kind: input.locationKind,
        estate_id: estateId,
        building_id: buildingId,
        area: input.area ?? null,
        urgency: input.urgency,
        channel,
        reporter_resident_id: reporter.residentId,
        reporter_user_id: reporter.userId,
        reporter_household_id: reporter.householdId,
        created_by_user_id: actor.userId,
        grid_id: gridId,
        assignee_user_id: null,
        state: 'submitted',
        resume_state: null,
        reopen_count: 0,
        satisfaction: null,
        satisfaction_comment: null,
        closing_reason: null,
        response_due_at: isoAt(now + responseMs),
        resolution_due_at: isoAt(now + resolutionMs),
        escalation_step_ms: responseMs,
        paused_at: null,
        paused_ms: 0,
        accepted_at: null,
        resolved_at: null,
        closed_at: null,
        escalation_level: 0,
        merged_into_id: null,
        support_count: 0,
        created_at: at,
        updated_at: at,
      };
      await insertRow(trx, 'tickets', row);
      await ticketChanged(trx, null, row);
      if (photos.length) {
        await trx
          .insertInto('ticket_photos')
          .values(
            photos.map((p, i) => ({
              id: newId(),
              community_id: communityId,
              ticket_id: id,
              file_key: p.fileKey,
              thumb_key: p.thumbKey,
              mime: p.mime,
              width: p.width,
              height: p.height,
              bytes: p.full.length,
              position: i,
              created_at: at,
            })),
          )
          .execute();
      }
      await addEvent(trx, row, {
        kind: 'created',
        actorId: actor.userId,
        to: 'submitted',
        data: { channel, photos: photos.length },
        now: at,
      });
      await record(trx, {
        actorId: actor.userId,
        communityId,
        entityType: 'ticket',
        entityId: id,
        action: 'ticket.create',
        after: {
          number,
          title: row.title,
          category,
          urgency: row.urgency,
          channel,
          locationKind: row.location_kind,
          buildingId,
          gridId,
          photos: photos.length,
        },
      });
      const team = gridId ? await gridTeam(trx, communityId, gridId) : await usersWithRole(trx, communityId, ['staff']);
      await tell(
        trx,
        row,
        team,
        'ticket_assigned',
        ticketTitles.created(number),
        `${row.title}（${row.urgency === 'urgent' ? '紧急' : '一般'}）`,
        at,
        `【民呼我应】新诉求 ${brief(row)}${row.urgency === 'urgent' ? '【紧急】' : ''}，请网格服务小组在期限内响应。`,
        `${row.title} (${row.urgency === 'urgent' ? 'urgent' : 'normal'})`,
      );
      return { id, number };
    });
  } catch (e) {
    await Promise.all(keys.map((k) => storage.delete(k).catch(() => {})));
    throw e;
  }
}

const unknownCategory = (code: string) =>
  errors.unprocessable('unknown_category', '没有这个诉求类别', `There is no active category ${code}`);

/**
 * A handler moves the ticket: accept, start, wait on the reporter (deadlines pause), resume,
 * resolve, or reject (with a reason). The UPDATE is conditional on the state we read, so two
 * handlers acting at once cannot both win.
 */
export async function transition(
  ctx: AppContext,
  actor: Actor,
  communityId: string,
  id: string,
  body: { to: string; message?: string; reason?: string },
) {
  const now = ctx.clock.now();
  const at = isoAt(now);
  return ctx.db.transaction().execute(async (trx) => {
    const { t } = await ticketFor(trx, actor, communityId, id, 'handle');
    if (!transitionsFrom(t.state).includes(body.to as TicketState)) throw invalidTransition(t.state, body.to);
    if (body.to === 'rejected' && !body.reason) {
      throw errors.unprocessable('reason_required', '不予受理需要填写理由', 'Rejecting a ticket needs a reason');
    }
    const to = (body.to === 'resume' ? (t.resume_state ?? 'accepted') : body.to) as TicketState;
    const set: Record<string, unknown> = { state: to, updated_at: at };
    if (to === 'accepted' && !t.accepted_at) set.accepted_at = at;
    if (to === 'accepted' && !t.assignee_user_id) set.assignee_user_id = actor.userId;
    if (to === 'waiting_on_reporter') Object.assign(set, { paused_at: at, resume_state: t.state });
    if (body.to === 'resume' && t.paused_at) {
      const pausedFor = now - Date.parse(t.paused_at);
      Object.assign(set, {
        paused_at: null,
        resume_state: null,
        paused_ms: Number(t.paused_ms) + pausedFor,
        response_due_at: isoAt(Date.parse(t.response_due_at) + pausedFor),
        resolution_due_at: isoAt(Date.parse(t.resolution_due_at) + pausedFor),
      });
    }
    if (to === 'resolved') set.resolved_at = at;
    if (to === 'rejected') Object.assign(set, { closing_reason: body.reason, closed_at: at });
    await moveState(trx, t, set);
    await addEvent(trx, t, {
      kind: 'state',
      actorId: actor.userId,
      from: t.state,
      to,
      message: body.message ?? body.reason ?? null,
      now: at,
    });
    await record(trx, {
      actorId: actor.userId,
      communityId,
      entityType: 'ticket',
      entityId: t.id,
      action: 'ticket.transition',
      before: { state: t.state },
      after: { state: to, reason: body.reason ?? null },
    });
    const kind = to === 'resolved' ? 'ticket_confirm' : 'ticket_state';
    const title = to === 'resolved' ? ticketTitles.confirm(t.number) : ticketTitles.state(t.number, to);
    await tell(trx, t, [t.reporter_user_id], kind, title, body.message ?? body.reason ?? t.title, at);
    return { state: to };
  });
}

/** Every state change goes through here; the dashboard summaries follow in the same transaction. */
async function moveState(trx: Trx, t: TicketRow, set: Partial<TicketRow>) {
  const res = await trx
    .updateTable('tickets')
    .set(set)
    .where('id', '=', t.id)
    .where('state', '=', t.state)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw invalidTransition(t.state, String(set.state));
  await ticketChanged(trx, t, { ...t, ...set });
}

/** The reporter confirms a resolved ticket with a rating; it is closed. */
export async function confirm(
  ctx: AppContext,
  actor: Actor,
  communityId: string,
  id: string,
  body: { satisfaction: number; comment?: string },
) {
  const at = isoAt(ctx.clock.now());
  return ctx.db.transaction().execute(async (trx) => {
    const { t } = await ticketFor(trx, actor, communityId, id, 'reporter');
    if (t.state !== 'resolved') throw invalidTransition(t.state, 'closed');
    await moveState(trx, t, {
      state: 'closed',
      closed_at: at,
      satisfaction: body.satisfaction,
      satisfaction_comment: body.comment ?? null,
      updated_at: at,
    });
    await addEvent(trx, t, {
      kind: 'state',
      actorId: actor.userId,
      from: t.state,
      to: 'closed',
      message: body.comment ?? null,
      data: { satisfaction: body.satisfaction },
      now: at,
    });
    await record(trx, {
      actorId: actor.userId,
      communityId,
      entityType: 'ticket',
      entityId: t.id,
      action: 'ticket.confirm',
      before: { state: t.state },
      after: { state: 'closed', satisfaction: body.satisfaction },
    });
    await tell(
      trx,
      t,
      [t.assignee_user_id],
      'ticket_state',
      ticketTitles.closed(t.number, body.satisfaction),
      body.comment ?? t.title,
      at,
    );
    return { state: 'closed' as const };
  });
}

/** The reporter is not satisfied with the fix: the ticket is reopened (counted) with a new resolution deadline. */
export async function reopen(ctx: AppContext, actor: Actor, communityId: string, id: string, body: { reason: string }) {
  const now = ctx.clock.now();
  const at = isoAt(now);
  return ctx.db.transaction().execute(async (trx) => {
    const { t } = await ticketFor(trx, actor, communityId, id, 'reporter');
    if (t.state !== 'resolved') throw invalidTransition(t.state, 'reopened');
    const rules = await categoryRules(trx, communityId);
    const { resolutionMs } = deadlinesOf(
      rules.find((r) => r.code === t.category),
      t.urgency,
    );
    await moveState(trx, t, {
      state: 'reopened',
      reopen_count: t.reopen_count + 1,
      resolved_at: null,
      resolution_due_at: isoAt(now + resolutionMs),
      escalation_level: 0,
      updated_at: at,
    });
    await addEvent(trx, t, {
      kind: 'state',
      actorId: actor.userId,
      from: t.state,
      to: 'reopened',
      message: body.reason,
      now: at,
    });
    await record(trx, {
      actorId: actor.userId,
      communityId,
      entityType: 'ticket',
      entityId: t.id,
      action: 'ticket.reopen',
      before: { state: t.state, reopenCount: t.reopen_count },
      after: { state: 'reopened', reopenCount: t.reopen_count + 1 },
    });
    await tell(
      trx,
      t,
      [t.assignee_user_id, ...(await gridTeam(trx, t.community_id, t.grid_id))],
      'ticket_state',
      ticketTitles.reopened(t.number),
      body.reason,
      at,
    );
    return { state: 'reopened' as const };
  });
}

/** A note on the timeline; when the reporter answers a ticket waiting on them, its deadlines run again. */
export async function comment(ctx: AppContext, actor: Actor, communityId: string, id: string, message: string) {
  const now = ctx.clock.now();
  const at = isoAt(now);
  const resumed = await ctx.db.transaction().execute(async (trx) => {
    const { t, rights } = await ticketFor(trx, actor, communityId, id);
    if (!rights.handle && !rights.reporter) throw errors.forbidden();
    await addEvent(trx, t, { kind: 'comment', actorId: actor.userId, message, now: at });
    await record(trx, {
      actorId: actor.userId,
      communityId,
      entityType: 'ticket',
      entityId: t.id,
      action: 'ticket.comment',
      after: { message },
    });
    await tell(
      trx,
      t,
      rights.reporter ? [t.assignee_user_id] : [t.reporter_user_id],
      'ticket_state',
      ticketTitles.comment(t.number),
      message,
      at,
    );
    return rights.reporter && t.state === 'waiting_on_reporter';
  });
  if (resumed) await resumeForReporter(ctx, actor, communityId, id);
}

async function resumeForReporter(ctx: AppContext, actor: Actor, communityId: string, id: string) {
  const now = ctx.clock.now();
  const at = isoAt(now);
  await ctx.db.transaction().execute(async (trx) => {
    const t = await loadTicket(trx, communityId, id);
    if (t.state !== 'waiting_on_reporter') return;
    const pausedFor = t.paused_at ? now - Date.parse(t.paused_at) : 0;
    const to = t.resume_state ?? 'accepted';
    await moveState(trx, t, {
      state: to,
      paused_at: null,
      resume_state: null,
      paused_ms: Number(t.paused_ms) + pausedFor,
      updated_at: at,
      response_due_at: isoAt(Date.parse(t.response_due_at) + pausedFor),
      resolution_due_at: isoAt(Date.parse(t.resolution_due_at) + pausedFor),
    });
    await addEvent(trx, t, { kind: 'state', actorId: actor.userId, from: t.state, to, message: null, now: at });
    await record(trx, {
      actorId: actor.userId,
      communityId,
      entityType: 'ticket',
      entityId: t.id,
      action: 'ticket.transition',
      before: { state: t.state },
      after: { state: to },
    });
  });
}

/** Everyone who may be given a ticket: handler roles and grid team members with an account. */
export async function assignees(conn: Conn, communityId: string) {
  const [grants, team] = await Promise.all([
    conn
      .selectFrom('role_grants as g')
      .innerJoin('users as u', 'u.id', 'g.user_id')
      .select(['u.id', 'u.display_name', 'g.role'])
      .where('g.community_id', '=', communityId)
      .where('g.role', 'in', HANDLERS)
      .where('u.disabled', '=', false)
      .execute(),
    org.gridTeamAccounts(conn, communityId),
  ]);
  // Grid team members are org's; their accounts (users, a core table) are named here, disabled ones left out.
  const accounts = team.length
    ? await conn
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', 'in', [...new Set(team.map((m) => m.userId))])
        .where('disabled', '=', false)
        .execute()
    : [];
  const nameOf = new Map(accounts.map((u) => [u.id, u.display_name]));
  const members = team
    .filter((m) => nameOf.has(m.userId))
    .map((m) => ({ id: m.userId, display_name: nameOf.get(m.userId)!, grid_id: m.gridId }));
  const people = new Map<string, { id: string; name: string; gridIds: string[]; roles: string[] }>();
  const of = (id: string, name: string) =>
    people.get(id) ?? people.set(id, { id, name, gridIds: [], roles: [] }).get(id)!;
  for (const g of grants) of(g.id, g.display_name).roles.push(g.role);
  for (const m of members)
    if (!of(m.id, m.display_name).gridIds.includes(m.grid_id)) of(m.id, m.display_name).gridIds.push(m.grid_id);
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}

/** An assignee must be someone who works on tickets in this community. */
async function checkAssignable(trx: Trx, communityId: string, userIds: string[]) {
  if (!userIds.length) return;
  const ok = new Set([
    ...(
      await trx
        .selectFrom('role_grants')
        .select('user_id')
        .where('community_id', '=', communityId)
        .where('user_id', 'in', userIds)
        .where('role', 'in', HANDLERS)
        .execute()
    ).map((r) => r.user_id),
    ...(await org.gridTeamAccounts(trx, communityId, { userIds })).map((m) => m.userId),
  ]);
  const bad = userIds.filter((u) => !ok.has(u));
  if (bad.length)
    throw errors.unprocessable(
      'invalid_assignee',
      '只能指派给本居民区的网格服务小组成员或工作人员',
      'Assign only to grid team members or staff of this community',
      { userIds: bad },
    );
}

async function assignOne(
  trx: Trx,
  actor: Actor,
  t: TicketRow,
  assignee: string,
  helpers: string[] | undefined,
  at: string,
) {
  if (!OPEN_STATES.includes(t.state as TicketState) && t.state !== 'resolved')
    throw invalidTransition(t.state, 'assign');
  await trx.updateTable('tickets').set({ assignee_user_id: assignee, updated_at: at }).where('id', '=', t.id).execute();
  let helperIds: string[] | undefined;
  if (helpers) {
    helperIds = [...new Set(helpers.filter((h) => h !== assignee))];
    await trx.deleteFrom('ticket_helpers').where('ticket_id', '=', t.id).execute();
    if (helperIds.length)
      await trx
        .insertInto('ticket_helpers')
        .values(helperIds.map((u) => ({ community_id: t.community_id, ticket_id: t.id, user_id: u, created_at: at })))
        .execute();
  }
  await addEvent(trx, t, {
    kind: 'assigned',
    actorId: actor.userId,
    data: { assigneeUserId: assignee, helperUserIds: helperIds ?? null },
    now: at,
  });
  await record(trx, {
    actorId: actor.userId,
    communityId: t.community_id,
    entityType: 'ticket',
    entityId: t.id,
    action: 'ticket.assign',
    before: { assigneeUserId: t.assignee_user_id },
    after: { assigneeUserId: assignee, helperUserIds: helperIds ?? null },
  });
  const fresh = [assignee, ...(helperIds ?? [])].filter((u) => u !== actor.userId);
  await tell(trx, t, fresh, 'ticket_assigned', ticketTitles.assigned(t.number), t.title, at);
}

/** One responsible assignee, and (when given) the full set of helpers. */
export async function assign(
  ctx: AppContext,
  actor: Actor,
  communityId: string,
  id: string,
  body: { assigneeUserId: string; helperUserIds?: string[] },
) {
  const at = isoAt(ctx.clock.now());
  await ctx.db.transaction().execute(async (trx) => {
    const { t } = await ticketFor(trx, actor, communityId, id, 'handle');
    await checkAssignable(trx, communityId, [body.assigneeUserId, ...(body.helperUserIds ?? [])]);
    await assignOne(trx, actor, t, body.assigneeUserId, body.helperUserIds, at);
  });
}

/** Assigns many tickets of the inbox at once; all or none. */
export async function bulkAssign(
  ctx: AppContext,
  actor: Actor,
  communityId: string,
  body: { ticketIds: string[]; assigneeUserId: string },
) {
  const at = isoAt(ctx.clock.now());
  return ctx.db.transaction().execute(async (trx) => {
    await checkAssignable(trx, communityId, [body.assigneeUserId]);
    const ids = [...new Set(body.ticketIds)];
    for (const id of ids) {
      const { t } = await ticketFor(trx, actor, communityId, id, 'handle');
      await assignOne(trx, actor, t, body.assigneeUserId, undefined, at);
    }
    return { assigned: ids.length };
  });
}

/** Staff correct the category; the deadlines follow the new category's rule from the ticket's start. */
export async function changeCategory(ctx: AppContext, actor: Actor, communityId: string, id: string, category: string) {
  const at = isoAt(ctx.clock.now());
  await ctx.db.transaction().execute(async (trx) => {
    const { t } = await ticketFor(trx, actor, communityId, id, 'handle');
    const rules = await categoryRules(trx, communityId);
    if (!rules.some((r) => r.code === category && r.active)) throw unknownCategory(category);
    const { responseMs, resolutionMs } = deadlinesOf(
      rules.find((r) => r.code === category),
      t.urgency,
    );
    const start = Date.parse(t.created_at) + Number(t.paused_ms);
    await trx
      .updateTable('tickets')
      .set({
        category,
        updated_at: at,
        escalation_step_ms: responseMs,
        response_due_at: isoAt(start + responseMs),
        resolution_due_at: t.state === 'reopened' ? t.resolution_due_at : isoAt(start + resolutionMs),
      })
      .where('id', '=', t.id)
      .execute();
    await ticketChanged(trx, t, { ...t, category });
    await addEvent(trx, t, {
      kind: 'category',
      actorId: actor.userId,
      data: { from: t.category, to: category },
      now: at,
    });
    await record(trx, {
      actorId: actor.userId,
      communityId,
      entityType: 'ticket',
      entityId: t.id,
      action: 'ticket.category',
      before: { category: t.category },
      after: { category },
    });
    await learnFromCorrection(trx, {
      communityId,
      ticketId: t.id,
      from: t.category,
      to: category,
      actorId: actor.userId,
      at,
    });
  });
}

const isOpen = (state: string) => OPEN_STATES.includes(state as TicketState);

/**
 * 同问: a household backs an open ticket instead of filing it again. One per household (the primary
 * key refuses a second); the count is kept in the same transaction.
 */
export async function support(ctx: AppContext, actor: Actor, communityId: string, id: string) {
  const at = isoAt(ctx.clock.now());
  return ctx.db.transaction().execute(async (trx) => {
    const mine = actor.residents.get(communityId);
    if (!mine?.householdId)
      throw new AppError('no_household', 403, '绑定房屋后才能同问', 'Link your household before supporting a ticket');
    const t = await loadTicket(trx, communityId, id);
    if (!isOpen(t.state))
      throw errors.conflict('ticket_not_open', '只能同问尚未办结的诉求', 'Only open tickets can be supported');
    if (t.reporter_household_id === mine.householdId)
      throw errors.conflict('own_ticket', '这是您家提出的诉求，无需同问', 'Your household reported this ticket');
    const ins = await trx
      .insertInto('ticket_supports')
      .values({
        community_id: communityId,
        ticket_id: t.id,
        household_id: mine.householdId,
        resident_id: mine.residentId,
        user_id: actor.userId,
        created_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(ins.numInsertedOrUpdatedRows ?? 0) !== 1)
      throw errors.conflict(
        'already_supported',
        '您家已经同问过这条诉求',
        'Your household already supports this ticket',
      );
    const row = await trx
      .updateTable('tickets')
      .set({ support_count: sql<number>`support_count + 1`, updated_at: at })
      .where('id', '=', t.id)
      .returning('support_count')
      .executeTakeFirstOrThrow();
    await addEvent(trx, t, {
      kind: 'support',
      actorId: actor.userId,
      data: { supportCount: row.support_count },
      now: at,
    });
    await record(trx, {
      actorId: actor.userId,
      communityId,
      entityType: 'ticket',
      entityId: t.id,
      action: 'ticket.support',
      after: { householdId: mine.householdId, supportCount: row.support_count },
    });
    return { supportCount: Number(row.support_count) };
  });
}

/**
 * Staff join what a resident said (a group-chat message, a call) to an open ticket about the same problem, instead
 * of filing a second ticket: the words go on the timeline as "补充反映" naming the resident, and the resident's
 * household becomes a supporter (同问) unless it reported the ticket or already supports it — so the household
 * hears of the fix like any supporter. Only those who may record on a resident's behalf.
 */
export async function joinReport(
  ctx: AppContext,
  actor: Actor,
  communityId: string,
  id: string,
  body: { onBehalfOfResidentId: string; message: string; channel: string },
) {
  const at = nowIso(ctx.clock);
  const roles = rolesIn(actor, communityId);
  if (!actor.platformAdmin && !RECORDERS.some((r) => roles.has(r))) throw errors.forbidden();
  return ctx.db.transaction().execute(async (trx) => {
    const { t } = await ticketFor(trx, actor, communityId, id, 'handle');
    if (!isOpen(t.state))
      throw errors.conflict('ticket_not_open', '只能补充到尚未办结的诉求', 'Only open tickets can be joined');
    const r = await org.residentOf(trx, communityId, body.onBehalfOfResidentId);
    if (!r) throw errors.notFound('resident');
    let supportCount = Number(t.support_count);
    let supported = false;
    if (r.householdId && r.householdId !== t.reporter_household_id) {
      const ins = await trx
        .insertInto('ticket_supports')
        .values({
          community_id: communityId,
          ticket_id: t.id,
          household_id: r.householdId,
          resident_id: r.id,
          user_id: r.userId,
          created_at: at,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      if (Number(ins.numInsertedOrUpdatedRows ?? 0) === 1) {
        const row = await trx
          .updateTable('tickets')
          .set({ support_count: sql<number>`support_count + 1`, updated_at: at })
          .where('id', '=', t.id)
          .returning('support_count')
          .executeTakeFirstOrThrow();
        supportCount = Number(row.support_count);
        supported = true;
      }
    }
    await addEvent(trx, t, {
      kind: 'joined',
      actorId: actor.userId,
      message: `${r.name}：${body.message}`,
      data: { residentId: r.id, channel: body.channel, supported, supportCount },
      now: at,
    });
    await record(trx, {
      actorId: actor.userId,
      communityId,
      entityType: 'ticket',
      entityId: t.id,
      action: 'ticket.join',
      after: { residentId: r.id, householdId: r.householdId, channel: body.channel, supported, supportCount },
    });
    return { supportCount, supported };
  });
}

/** Withdraws this household's 同问 from an open ticket; the count follows in the same transaction. */
export async function withdrawSupport(ctx: AppContext, actor: Actor, communityId: string, id: string) {
  const at = nowIso(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const householdId = actor.residents.get(communityId)?.householdId;
    const t = await loadTicket(trx, communityId, id);
    const del = householdId
      ? await trx
          .deleteFrom('ticket_supports')
          .where('ticket_id', '=', t.id)
          .where('household_id', '=', householdId)
          .executeTakeFirst()
      : undefined;
    // Not supported (or not this household's ticket to see): indistinguishable from an unknown ticket.
    if (!del || Number(del.numDeletedRows) !== 1) throw errors.notFound('ticket');
    if (!isOpen(t.state))
      throw errors.conflict(
        'ticket_not_open',
        '诉求已办结，不能撤回同问',
        'The ticket is closed; the support stays on record',
      );
    const row = await trx
      .updateTable('tickets')
      .set({ support_count: sql<number>`support_count - 1`, updated_at: at })
      .where('id', '=', t.id)
      .returning('support_count')
      .executeTakeFirstOrThrow();
    await addEvent(trx, t, {
      kind: 'support_withdrawn',
      actorId: actor.userId,
      data: { supportCount: row.support_count },
      now: at,
    });
    await record(trx, {
      actorId: actor.userId,
      communityId,
      entityType: 'ticket',
      entityId: t.id,
      action: 'ticket.support_withdraw',
      after: { householdId, supportCount: row.support_count },
    });
    return { supportCount: Number(row.support_count) };
  });
}
/**
 * Merges a duplicate into another ticket: the duplicate is closed as `duplicate` with the reason and
 * a pointer, and its supporters (and its reporter's household) become supporters of the kept one.
 */
export async function merge(
  ctx: AppContext,
  actor: Actor,
  communityId: string,
  id: string,
  body: { intoTicketId: string; reason: string },
) {
  const at = isoAt(ctx.clock.now());
  return ctx.db.transaction().execute(async (trx) => {
    if (id === body.intoTicketId)
      throw errors.unprocessable('merge_into_self', '不能合并到自己', 'A ticket cannot be merged into itself');
    const { t: dup } = await ticketFor(trx, actor, communityId, id, 'handle');
    const { t: into } = await ticketFor(trx, actor, communityId, body.intoTicketId, 'handle');
    if (!isOpen(dup.state)) throw invalidTransition(dup.state, 'duplicate');
    if (['rejected', 'duplicate'].includes(into.state))
      throw errors.conflict(
        'merge_target_closed',
        '不能合并到已驳回或已合并的诉求',
        'The ticket to keep is rejected or itself merged',
      );
    await moveState(trx, dup, {
      state: 'duplicate',
      merged_into_id: into.id,
      closing_reason: body.reason,
      closed_at: at,
      updated_at: at,
    });
    const carried = await trx
      .selectFrom('ticket_supports')
      .select(['household_id', 'resident_id', 'user_id'])
      .where('ticket_id', '=', dup.id)
      .execute();
    const incoming = [...carried];
    if (dup.reporter_household_id)
      incoming.push({
        household_id: dup.reporter_household_id,
        resident_id: dup.reporter_resident_id,
        user_id: dup.reporter_user_id,
      });
    const fresh = incoming.filter((s) => s.household_id !== into.reporter_household_id);
    if (fresh.length) {
      await trx
        .insertInto('ticket_supports')
        .values(fresh.map((s) => ({ community_id: communityId, ticket_id: into.id, ...s, created_at: at })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    const count = await trx
      .selectFrom('ticket_supports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('ticket_id', '=', into.id)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('tickets')
      .set({ support_count: Number(count.n), updated_at: at })
      .where('id', '=', into.id)
      .execute();
    await addEvent(trx, dup, {
      kind: 'state',
      actorId: actor.userId,
      from: dup.state,
      to: 'duplicate',
      message: body.reason,
      data: { mergedInto: into.number },
      now: at,
    });
    await addEvent(trx, into, {
      kind: 'merged',
      actorId: actor.userId,
      message: body.reason,
      data: { merged: dup.number, supportCount: Number(count.n) },
      now: at,
    });
    await record(trx, {
      actorId: actor.userId,
      communityId,
      entityType: 'ticket',
      entityId: dup.id,
      action: 'ticket.merge',
      before: { state: dup.state },
      after: { state: 'duplicate', mergedIntoId: into.id, reason: body.reason },
    });
    await record(trx, {
      actorId: actor.userId,
      communityId,
      entityType: 'ticket',
      entityId: into.id,
      action: 'ticket.merged_in',
      after: { from: dup.id, supportCount: Number(count.n) },
    });
    await tell(
      trx,
      dup,
      [dup.reporter_user_id],
      'ticket_state',
      ticketTitles.merged(dup.number, into.number),
      body.reason,
      at,
    );
    return { supportCount: Number(count.n) };
  });
}

/**
 * Links a ticket to a record of another module (topic, work order, referral, proposal). Other
 * modules call this inside their own transaction when they escalate a ticket.
 */
export async function linkTicket(
  trx: Trx,
  e: {
    actorId: string | null;
    communityId: string;
    ticketId: string;
    targetType: string;
    targetId: string;
    note?: string | null;
    now: string;
  },
) {
  const target = linkTarget(e.targetType);
  if (!target)
    throw errors.unprocessable(
      'unknown_link_target',
      '不支持关联这种对象',
      `Tickets cannot be linked to ${e.targetType}`,
    );
  const t = await loadTicket(trx, e.communityId, e.ticketId);
  const desc = await target.describe(trx, e.communityId, e.targetId);
  if (!desc) throw errors.notFound(e.targetType);
  const ins = await trx
    .insertInto('ticket_links')
    .values({
      id: newId(),
      community_id: e.communityId,
      ticket_id: t.id,
      target_type: e.targetType,
      target_id: e.targetId,
      note: e.note ?? null,
      created_by: e.actorId,
      created_at: e.now,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(ins.numInsertedOrUpdatedRows ?? 0) !== 1)
    throw errors.conflict('already_linked', '已经关联过了', 'Already linked');
  await addEvent(trx, t, {
    kind: 'linked',
    actorId: e.actorId,
    message: desc.title,
    data: { targetType: e.targetType, targetId: e.targetId, label: target.labelZh },
    now: e.now,
  });
  await record(trx, {
    actorId: e.actorId,
    communityId: e.communityId,
    entityType: 'ticket',
    entityId: t.id,
    action: 'ticket.link',
    after: { targetType: e.targetType, targetId: e.targetId },
  });
}

/** Undoes a link made by mistake (the other module's page unlinks): a timeline entry and an audit event; the ticket keeps its state. */
export async function unlinkTicket(
  trx: Trx,
  e: {
    actorId: string | null;
    communityId: string;
    ticketId: string;
    targetType: string;
    targetId: string;
    now: string;
  },
) {
  const t = await loadTicket(trx, e.communityId, e.ticketId);
  const del = await trx
    .deleteFrom('ticket_links')
    .where('community_id', '=', e.communityId)
    .where('ticket_id', '=', t.id)
    .where('target_type', '=', e.targetType)
    .where('target_id', '=', e.targetId)
    .executeTakeFirst();
  if (Number(del.numDeletedRows) !== 1) throw errors.notFound('link');
  const desc = await linkTarget(e.targetType)?.describe(trx, e.communityId, e.targetId);
  await addEvent(trx, t, {
    kind: 'unlinked',
    actorId: e.actorId,
    message: desc?.title ?? null,
    data: { targetType: e.targetType, targetId: e.targetId },
    now: e.now,
  });
  await record(trx, {
    actorId: e.actorId,
    communityId: e.communityId,
    entityType: 'ticket',
    entityId: t.id,
    action: 'ticket.unlink',
    before: { targetType: e.targetType, targetId: e.targetId },
  });
}

/**
 * Resolves every still-open ticket linked to a record (a topic that reached its decision and was
 * closed, later a work order or a proposal), inside that record's transaction: a timeline entry,
 * an audit event and a confirmation request to each reporter, who then confirms and rates as usual.
 */
export async function resolveLinked(
  trx: Trx,
  e: { actorId: string; communityId: string; targetType: string; targetId: string; message: string; now: string },
): Promise<number> {
  const linked = await trx
    .selectFrom('ticket_links as l')
    .innerJoin('tickets as t', 't.id', 'l.ticket_id')
    .selectAll('t')
    .where('l.community_id', '=', e.communityId)
    .where('l.target_type', '=', e.targetType)
    .where('l.target_id', '=', e.targetId)
    .execute();
  let n = 0;
  for (const t of linked) {
    // Any open ticket, even one not yet accepted: the deliberation answered it.
    if (!OPEN_STATES.includes(t.state as TicketState)) continue;
    await moveState(trx, t, {
      state: 'resolved',
      resolved_at: e.now,
      accepted_at: t.accepted_at ?? e.now,
      updated_at: e.now,
      paused_at: null,
      resume_state: null,
    });
    await addEvent(trx, t, {
      kind: 'state',
      actorId: e.actorId,
      from: t.state,
      to: 'resolved',
      message: e.message,
      now: e.now,
    });
    await record(trx, {
      actorId: e.actorId,
      communityId: e.communityId,
      entityType: 'ticket',
      entityId: t.id,
      action: 'ticket.transition',
      before: { state: t.state },
      after: { state: 'resolved', via: { targetType: e.targetType, targetId: e.targetId } },
    });
    await tell(trx, t, [t.reporter_user_id], 'ticket_confirm', ticketTitles.confirm(t.number), e.message, e.now);
    n++;
  }
  return n;
}

/** The other direction: tickets linked to a record, for that record's page. */
export async function ticketsLinkedTo(conn: Conn, communityId: string, targetType: string, targetId: string) {
  return conn
    .selectFrom('ticket_links as l')
    .innerJoin('tickets as t', 't.id', 'l.ticket_id')
    .select(['t.id', 't.number', 't.title', 't.state', 't.support_count'])
    .where('l.community_id', '=', communityId)
    .where('l.target_type', '=', targetType)
    .where('l.target_id', '=', targetId)
    .orderBy('t.created_at', 'desc')
    .execute();
}

/** Tickets of one category, newest first, for another module's demo seeder (work orders from the demo's leak tickets). */
export async function ticketsOfCategory(conn: Conn, communityId: string, category: string, limit: number) {
  return conn
    .selectFrom('tickets')
    .select(['id', 'number', 'title', 'state', 'area', 'estate_id', 'reporter_user_id', 'created_at', 'resolved_at'])
    .where('community_id', '=', communityId)
    .where('category', '=', category)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function addLink(
  ctx: AppContext,
  actor: Actor,
  communityId: string,
  id: string,
  body: { targetType: string; targetId: string; note?: string },
) {
  const at = isoAt(ctx.clock.now());
  await ctx.db.transaction().execute(async (trx) => {
    await ticketFor(trx, actor, communityId, id, 'handle');
    await linkTicket(trx, { actorId: actor.userId, communityId, ticketId: id, ...body, now: at });
  });
}

/**
 * Overdue escalation, run by the scheduler on every app server: a ticket past its deadline goes
 * to level 1 (the grid leader), and when still overdue one response window later to level 2
 * (community staff). Each step is a conditional UPDATE on escalation_level, so whichever server
 * gets there first does it, and the others' UPDATE matches no row.
 */
export async function escalateOverdue(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const at = isoAt(now);
  const candidates = await ctx.db
    .selectFrom('tickets')
    .select([
      'id',
      'community_id',
      'state',
      'escalation_level',
      'response_due_at',
      'resolution_due_at',
      'escalation_step_ms',
      'accepted_at',
    ])
    .where('escalation_level', '<', 2)
    .where(overdueWhere(at))
    .orderBy('created_at')
    .limit(500)
    .execute();
  let steps = 0;
  for (const c of candidates) {
    const since = Math.min(
      ...(c.state === 'submitted' && Date.parse(c.response_due_at) <= now ? [Date.parse(c.response_due_at)] : []),
      ...(Date.parse(c.resolution_due_at) <= now ? [Date.parse(c.resolution_due_at)] : []),
    );
    const target = now >= since + Number(c.escalation_step_ms) ? 2 : 1;
    for (let level = c.escalation_level + 1; level <= target; level++) {
      const won = await ctx.db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('tickets')
          .set({ escalation_level: level, updated_at: at })
          .where('id', '=', c.id)
          .where('escalation_level', '=', level - 1)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) return false;
        const t = await loadTicket(trx, c.community_id, c.id);
        const stage = t.state === 'submitted' ? '响应' : '办结';
        const to =
          level === 1
            ? await gridTeam(trx, t.community_id, t.grid_id, ['building_leader'])
            : await usersWithRole(trx, t.community_id, ['staff']);
        const recipients = to.length ? to : await usersWithRole(trx, t.community_id, ['staff']);
        await addEvent(trx, t, { kind: 'escalated', actorId: null, data: { level, stage }, now: at });
        await record(trx, {
          actorId: null,
          communityId: t.community_id,
          entityType: 'ticket',
          entityId: t.id,
          action: 'ticket.escalate',
          before: { level: level - 1 },
          after: { level },
        });
        await tell(
          trx,
          t,
          [...recipients, t.assignee_user_id],
          'ticket_overdue',
          ticketTitles.overdue(t.number, t.state === 'submitted' ? 'response' : 'resolution', level),
          t.title,
          at,
          `【民呼我应】超期提醒：${brief(t)} 超过${stage}期限，${level === 1 ? '请网格长督办' : '已上报居委会'}。`,
        );
        return true;
      });
      if (!won) break;
      steps++;
    }
  }
  return steps;
}

/** Past a deadline that still runs: not answered in time, or not resolved in time; paused tickets wait. */
export function overdueWhere(at: string, p = ''): Expression<SqlBool> {
  // Columns by name with an optional table alias ('t.'): the same test serves the list (aliased) and the escalation job.
  const col = (c: string) => sql.ref(`${p}${c}`);
  const running = ['submitted', 'accepted', 'in_progress', 'reopened'];
  return sql<SqlBool>`((${col('state')} = ${'submitted'} and ${col('response_due_at')} < ${at}) or (${col('state')} in (${sql.join(running)}) and ${col('resolution_due_at')} < ${at}))`;
}

/** The community's tickets as the dashboards summarise them (the manifest's summarySource). */
export async function summaryFacts(conn: Conn, communityId: string): Promise<SummaryFacts> {
  return {
    tickets: await conn
      .selectFrom('tickets')
      .select(TICKET_FACT_COLUMNS)
      .where('community_id', '=', communityId)
      .execute(),
  };
}

export type { TicketRights, TicketViewer };

// ---------- what other modules use (import these from here, never from the files behind them) ----------

/** Ticket lists as the actor may see them (see tickets.queries). */
export { listTickets, type ListFilter } from './tickets.queries';
/** Link targets: another module registers a record type tickets may be linked to (see links.ts). */
export { linkTarget, registerLinkTarget, type LinkTarget } from './links';
/** Category rules of a community and the category suggester (categories.service.ts). */
export { categoryRules, suggestCategory, type CategoryRuleT } from './categories.service';

/** For the grid dashboard: the community's tickets (of one grid when given) past a running deadline at `at`. */
export async function overdueCount(conn: Conn, communityId: string, at: string, gridId?: string): Promise<number> {
  let q = conn
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('community_id', '=', communityId)
    .where(overdueWhere(at));
  if (gridId) q = q.where('grid_id', '=', gridId);
  return Number((await q.executeTakeFirst())?.n ?? 0);
}

/** A ticket as the workbench lists it (workflows/workbench.ts). */
export interface WorkbenchTicket {
  id: string;
  number: string;
  title: string;
  state: string;
  urgency: string;
  gridId: string | null;
  assigneeUserId: string | null;
  /** The next running deadline (the response's too while submitted; null when paused or resolved): as overdueWhere. */
  dueAt: string | null;
  /** The reporter wrote the latest comment (after anyone handling it): the handler owes an answer. */
  reporterReplied: boolean;
}

/**
 * For the workbench: the community's open and resolved tickets (resolved ones wait for the resident's
 * confirmation), of every grid (`scope` 'all') or only those given to `userId` or in `gridIds`.
 */
export async function workbenchTickets(
  conn: Conn,
  communityId: string,
  scope: 'all' | { userId: string; gridIds: string[] },
): Promise<WorkbenchTicket[]> {
  let q = conn
    .selectFrom('tickets')
    .select([
      'id',
      'number',
      'title',
      'state',
      'urgency',
      'grid_id',
      'assignee_user_id',
      'reporter_user_id',
      'response_due_at',
      'resolution_due_at',
    ])
    .where('community_id', '=', communityId)
    .where('state', 'in', [...OPEN_STATES, 'resolved'])
    .where('merged_into_id', 'is', null);
  if (scope !== 'all') {
    const { userId, gridIds } = scope;
    q = q.where((eb) =>
      eb.or([eb('assignee_user_id', '=', userId), ...(gridIds.length ? [eb('grid_id', 'in', gridIds)] : [])]),
    );
  }
  const rows = await q.orderBy('created_at').orderBy('id').limit(2000).execute();
  const ids = rows.map((r) => r.id);
  // The latest comment of each ticket: who wrote it.
  const comments = ids.length
    ? await conn
        .selectFrom('ticket_events')
        .select(['ticket_id', 'actor_id', 'created_at', 'id'])
        .where('community_id', '=', communityId)
        .where('kind', '=', 'comment')
        .where('ticket_id', 'in', ids)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    : [];
  const lastBy = new Map<string, string | null>();
  for (const c of comments) lastBy.set(c.ticket_id, c.actor_id);
  return rows.map((r) => {
    const running = r.state !== 'waiting_on_reporter' && r.state !== 'resolved';
    return {
      id: r.id,
      number: r.number,
      title: r.title,
      state: r.state,
      urgency: r.urgency,
      gridId: r.grid_id,
      assigneeUserId: r.assignee_user_id,
      dueAt: running
        ? isoAt(
            r.state === 'submitted'
              ? Math.min(Date.parse(r.response_due_at), Date.parse(r.resolution_due_at))
              : Date.parse(r.resolution_due_at),
          )
        : null,
      reporterReplied: r.state !== 'resolved' && r.reporter_user_id !== null && lastBy.get(r.id) === r.reporter_user_id,
    };
  });
}
