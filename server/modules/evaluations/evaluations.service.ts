import crypto from 'node:crypto';
import type { z } from 'zod';
import { nowIso, type AppContext, type RequestContext } from '../../core/context';
import type { Conn, Trx } from '../../core/db/kysely';
import { record } from '../../core/audit/audit';
import { AppError, errors } from '../../core/errors';
import type { ProcessedImage } from '../../core/files/images';
import { storageFor } from '../../core/files/storage';
import { json, newId } from '../../core/ids';
import { loadExcel } from '../../core/lazy';
import { can, type Actor } from '../../core/policy/policy';
import { safeCell } from '../../core/xlsx';
import { addLedgerSheet, type Ledger, type LedgerSheet } from '../../core/ledgers';
import {
  DEFAULT_RUBRIC,
  type CreateRoundBody,
  type RectificationBody,
  type RoundFigures,
  type RubricItem,
  type ScoreBody,
} from '../../../contract/evaluations';
import { periodFigures } from '../tickets/tickets.service';
import { workOrderFigures } from '../workorders/workorders.service';
import { dutyGapHours } from '../workorders/duty.service';
import { usersWithRole } from '../notifications/notifications.service';
import { placeNames } from '../org/structure.service';
import * as repo from './evaluations.repo';
import { computeResult, quarterBounds, sheetProblems } from './evaluations.result';
import { figuresOut, progressOf, rectificationOut, roundSummary, type Names } from './evaluations.presenter';
import type { RectificationRow, RoundRow } from './evaluations.repo';
import * as org from '../org/org.service';

/** At most this many completion photos per rectification item. */
export const MAX_RECTIFICATION_PHOTOS = 6;

const err = {
  weights: (sum: number) =>
    errors.unprocessable(
      'rubric_weights',
      `各项权重之和必须为 100（现在是 ${sum}）`,
      `The weights must add up to 100 (they add up to ${sum})`,
    ),
  keys: () => errors.unprocessable('rubric_keys', '考评项目的代码不能重复', 'Each rubric item needs its own key'),
  exists: () =>
    errors.conflict(
      'round_exists',
      '该物业公司在该小区本季度已有考评，不能重复发起',
      'This property company already has an evaluation for this estate and quarter',
    ),
  company: () =>
    errors.unprocessable(
      'company_not_found',
      '所选物业公司不存在（须为本居民区的物业公司）',
      'No such property company in this community',
    ),
  estate: () => errors.unprocessable('estate_not_found', '所选小区不存在', 'No such estate in this community'),
  deadline: () =>
    errors.unprocessable('invalid_deadline', '截止时间必须晚于现在', 'The deadline must be in the future'),
  noMembers: () =>
    errors.unprocessable(
      'no_committee_members',
      '本居民区还没有自管会委员账号，无法发起打分',
      'The community has no committee member accounts to score',
    ),
  closed: () =>
    errors.conflict(
      'evaluation_closed',
      '本轮考评已结束，不能再打分或修改分数',
      'This evaluation is closed: scores can no longer be given or changed',
    ),
  notMember: () =>
    new AppError(
      'not_round_member',
      403,
      '您不是本轮考评的自管会委员（名单在发起时确定）',
      'You are not a committee member of this round (the list was fixed when it opened)',
    ),
  twice: () =>
    errors.conflict(
      'already_scored',
      '您已提交过本轮评分，提交后不能修改',
      'You have already scored this round; a submitted sheet cannot be changed',
    ),
  invalid: (details: unknown) =>
    errors.unprocessable(
      'invalid_scores',
      '请为每一项打 0–100 的整数分',
      'Score every item with a whole number from 0 to 100',
      details,
    ),
  notClosed: () =>
    errors.conflict(
      'evaluation_not_closed',
      '考评结束后才能提出整改项',
      'Rectification items are raised once the evaluation has closed',
    ),
  unknownItem: () =>
    errors.unprocessable('unknown_item', '该考评项目不在本轮的考评表中', "That item is not on this round's rubric"),
  done: () => errors.conflict('rectification_done', '该整改项已完成，不能再修改', 'This rectification is already done'),
  photoRequired: () =>
    errors.unprocessable('photo_required', '请先上传整改完成的照片', 'Upload a photo of the finished work first'),
  tooManyPhotos: () =>
    new AppError(
      'too_many_photos',
      422,
      `每个整改项最多 ${MAX_RECTIFICATION_PHOTOS} 张照片`,
      `At most ${MAX_RECTIFICATION_PHOTOS} photos per rectification`,
    ),
};

const isUniqueViolation = (e: unknown) => {
  const code = (e as { code?: string }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
};
/** Today in Shanghai, for due dates. */
const todayOf = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

async function namesFor(
  conn: Conn,
  communityId: string,
  rows: Array<{ estate_id: string; company_id: string }>,
): Promise<Names> {
  return placeNames(
    conn,
    communityId,
    [...new Set(rows.map((r) => r.estate_id))],
    [...new Set(rows.map((r) => r.company_id))],
  );
}

// ---------- rubric ----------

export async function getRubric(c: RequestContext) {
  const row = await repo.latestRubric(c.db, c.communityId);
  if (!row)
    return { id: null, version: 0, items: DEFAULT_RUBRIC.map((i) => ({ ...i })), frozen: false, updatedAt: null };
  return { id: row.id, version: row.version, items: row.items, frozen: !!row.frozen_at, updatedAt: row.updated_at };
}

/** Saves the rubric: changes the latest version while no round has used it, else starts the next version (rounds keep theirs). */
export async function saveRubric(c: RequestContext, items: RubricItem[]) {
  if (new Set(items.map((i) => i.key)).size !== items.length) throw err.keys();
  const sum = items.reduce((a, i) => a + i.weight, 0);
  if (sum !== 100) throw err.weights(sum);
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const latest = await repo.latestRubric(trx, c.communityId);
    let id: string;
    // The conditional update loses to a round opening at the same moment; then a new version is made instead.
    const changed =
      latest && !latest.frozen_at
        ? await trx
            .updateTable('evaluation_rubrics')
            .set({ items: json(items), updated_at: now })
            .where('id', '=', latest.id)
            .where('frozen_at', 'is', null)
            .executeTakeFirst()
        : null;
    if (latest && changed && Number(changed.numUpdatedRows) === 1) id = latest.id;
    else {
      id = newId();
      await trx
        .insertInto('evaluation_rubrics')
        .values({
          id,
          community_id: c.communityId,
          version: (latest?.version ?? 0) + 1,
          items: json(items),
          frozen_at: null,
          created_by: c.actor.userId,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'evaluation_rubric',
      entityId: id,
      action: 'evaluations.rubric',
      before: latest ? { version: latest.version, items: latest.items } : null,
      after: { items },
    });
  });
  return getRubric(c);
}

/** The rubric a new round uses, frozen from now on: the latest version, or version 1 made from the defaults. */
async function freezeRubric(trx: Trx, communityId: string, actorId: string | null, now: string) {
  let row = await repo.latestRubric(trx, communityId);
  if (!row) {
    // Two first rounds opened at once both find no rubric: the second waits on the first's version 1 and uses it
    // (it used to fail on the unique version and be refused as round_exists, found by the bench on PostgreSQL).
    await trx
      .insertInto('evaluation_rubrics')
      .values({
        id: newId(),
        community_id: communityId,
        version: 1,
        items: json(DEFAULT_RUBRIC.map((i) => ({ ...i }))),
        frozen_at: now,
        created_by: actorId,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['community_id', 'version']).doNothing())
      .execute();
    row = (await repo.latestRubric(trx, communityId))!;
  } else if (!row.frozen_at)
    await trx.updateTable('evaluation_rubrics').set({ frozen_at: now }).where('id', '=', row.id).execute();
  return row;
}

// ---------- rounds ----------

/** Opens the quarter's round for a company and estate; the committee's member list and the rubric are fixed now. */
export async function createRound(
  c: RequestContext,
  body: z.infer<typeof CreateRoundBody>,
  opts: { openedAt?: string } = {},
) {
  const now = opts.openedAt ?? nowIso(c.app.clock);
  if (body.deadlineAt <= now) throw err.deadline();
  const id = newId();
  try {
    await c.db.transaction().execute(async (trx) => {
      const names = await placeNames(trx, c.communityId, [body.estateId], [body.companyId]);
      if (!names.estates.has(body.estateId)) throw err.estate();
      const company = names.organizations.get(body.companyId);
      if (!company || company.kind !== 'property_company') throw err.company();
      const existing = await trx
        .selectFrom('evaluation_rounds')
        .select('id')
        .where('community_id', '=', c.communityId)
        .where('company_id', '=', body.companyId)
        .where('estate_id', '=', body.estateId)
        .where('quarter', '=', body.quarter)
        .executeTakeFirst();
      if (existing) throw err.exists();
      const members = await usersWithRole(trx, c.communityId, ['committee']);
      if (!members.length) throw err.noMembers();
      const rubric = await freezeRubric(trx, c.communityId, c.actor.userId, now);
      await trx
        .insertInto('evaluation_rounds')
        .values({
          id,
          community_id: c.communityId,
          estate_id: body.estateId,
          company_id: body.companyId,
          quarter: body.quarter,
          rubric_id: rubric.id,
          status: 'open',
          member_ids: json(members.sort()),
          opened_at: now,
          deadline_at: body.deadlineAt,
          closed_at: null,
          closed_reason: null,
          result: null,
          figures: null,
          created_by: c.actor.userId,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await record(trx, {
        actorId: c.actor.userId,
        communityId: c.communityId,
        entityType: 'evaluation_round',
        entityId: id,
        action: 'evaluations.open',
        after: {
          estateId: body.estateId,
          companyId: body.companyId,
          quarter: body.quarter,
          deadlineAt: body.deadlineAt,
          rubricVersion: rubric.version,
          members: members.length,
        },
      });
    });
  } catch (e) {
    // Two staff opening the same round at once: the UNIQUE constraint lets one win.
    if (isUniqueViolation(e)) throw err.exists();
    throw e;
  }
  return getRound(c, id);
}

export async function listRounds(c: RequestContext, q: { status?: 'open' | 'closed'; estateId?: string }) {
  let query = c.db.selectFrom('evaluation_rounds').selectAll().where('community_id', '=', c.communityId);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.estateId) query = query.where('estate_id', '=', q.estateId);
  const rows = await query.orderBy('quarter', 'desc').orderBy('estate_id').limit(500).execute();
  const [names, sheets] = await Promise.all([
    namesFor(c.db, c.communityId, rows),
    repo.sheetsOf(
      c.db,
      rows.map((r) => r.id),
    ),
  ]);
  return {
    items: rows.map((r) => {
      const mine = sheets.filter((s) => s.round_id === r.id);
      return roundSummary(
        r,
        names,
        mine.length,
        c.actor.userId,
        mine.some((s) => s.member_id === c.actor.userId),
      );
    }),
  };
}

async function loadRound(conn: Conn, communityId: string, id: string) {
  const row = await repo.findRound(conn, communityId, id);
  if (!row) throw errors.notFound('evaluation');
  return row;
}

/**
 * The objective figures of a round's quarter: the estate's tickets and work orders (through their modules'
 * services) and the hours nobody was on the community's duty roster. Frozen into the round at its close.
 */
export async function quarterFigures(
  conn: Conn,
  r: { community_id: string; estate_id: string; quarter: string },
  nowMs: number,
): Promise<RoundFigures> {
  const { from, to } = quarterBounds(r.quarter);
  // One after another: inside the closing transaction they share one connection.
  const tickets = await periodFigures(conn, r.community_id, r.estate_id, from, to, nowMs);
  const orders = await workOrderFigures(conn, r.community_id, r.estate_id, from, to);
  const gaps = await dutyGapHours(conn, r.community_id, from, to, nowMs);
  return {
    ...tickets,
    workOrders: orders.workOrders,
    workOrdersCompleted: orders.completed,
    avgCompletionHours: orders.avgCompletionHours,
    emergencyWorkOrders: orders.emergency,
    repairSpentFen: orders.spentFen,
    dutyGapHours: gaps,
  };
}

/** Live figures while open; the figures frozen at closing afterwards. */
async function figuresOf(conn: Conn, row: RoundRow, nowMs: number): Promise<RoundFigures> {
  if (row.figures) return figuresOut(row.figures);
  return quarterFigures(conn, row, nowMs);
}

/** Earlier rounds' rectifications for the same company and estate: still open, or finished since the previous round closed. */
async function carriedInto(conn: Conn, row: RoundRow) {
  const earlier = await conn
    .selectFrom('evaluation_rounds')
    .select(['id', 'closed_at'])
    .where('community_id', '=', row.community_id)
    .where('company_id', '=', row.company_id)
    .where('estate_id', '=', row.estate_id)
    .where('quarter', '<', row.quarter)
    .orderBy('quarter', 'desc')
    .execute();
  if (!earlier.length) return [];
  const all = await repo.rectificationsOf(conn, row.community_id, { roundIds: earlier.map((r) => r.id) });
  const since = earlier[0].closed_at ?? '';
  return all.filter((r) => r.status === 'open' || (r.done_at ?? '') >= since);
}

export async function getRound(c: RequestContext, id: string) {
  const row = await loadRound(c.db, c.communityId, id);
  const nowMs = c.app.clock.now();
  const [rubric, sheets, names, own, carried, figures] = await Promise.all([
    repo.findRubric(c.db, row.rubric_id),
    repo.sheetsOf(c.db, [id]),
    namesFor(c.db, c.communityId, [row]),
    repo.rectificationsOf(c.db, c.communityId, { roundIds: [id] }),
    carriedInto(c.db, row),
    figuresOf(c.db, row, nowMs),
  ]);
  const mine = sheets.find((s) => s.member_id === c.actor.userId);
  let progress = null;
  if (can(c.actor, 'evaluations.manage', c.communityId)) {
    const users = row.member_ids.length
      ? await c.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', row.member_ids).execute()
      : [];
    progress = progressOf(
      row.member_ids.map((m) => ({
        name: users.find((u) => u.id === m)?.display_name ?? '',
        scored: sheets.some((s) => s.member_id === m),
      })),
    );
  }
  const today = todayOf(nowMs);
  return {
    ...roundSummary(row, names, sheets.length, c.actor.userId, !!mine),
    rubric: { version: rubric.version, items: rubric.items },
    mySheet: mine?.scores ?? null,
    isMember: row.member_ids.includes(c.actor.userId),
    progress,
    result: row.status === 'closed' ? row.result : null,
    figures,
    rectifications: own.map((r) => rectificationOut(r, names, today)),
    carried: carried.map((r) => rectificationOut(r, names, today)),
  };
}

/**
 * A member's sheet: every item 0–100 with a comment, once. The round's row is taken first, so a sheet
 * and the close (by the last sheet or the deadline job) exclude each other, and a second sheet of the
 * same member — sent twice at once — finds the first one (UNIQUE(round_id, member_id) behind it).
 */
export async function submitScores(c: RequestContext, id: string, body: z.infer<typeof ScoreBody>) {
  const now = nowIso(c.app.clock);
  try {
    await c.db.transaction().execute(async (trx) => {
      const row = await repo.lockOpenRound(trx, c.communityId, id, now);
      if (!row) {
        await loadRound(trx, c.communityId, id);
        throw err.closed();
      }
      if (now >= row.deadline_at) throw err.closed();
      if (!row.member_ids.includes(c.actor.userId)) throw err.notMember();
      const existing = await trx
        .selectFrom('evaluation_sheets')
        .select('id')
        .where('round_id', '=', id)
        .where('member_id', '=', c.actor.userId)
        .executeTakeFirst();
      if (existing) throw err.twice();
      const rubric = await repo.findRubric(trx, row.rubric_id);
      const problems = sheetProblems(rubric.items, body.items);
      if (problems.length) throw err.invalid(problems);
      const sheetId = newId();
      await trx
        .insertInto('evaluation_sheets')
        .values({
          id: sheetId,
          community_id: c.communityId,
          round_id: id,
          member_id: c.actor.userId,
          scores: json(body.items),
          submitted_at: now,
        })
        .execute();
      // The audit trail is readable by staff before the close, so it keeps a digest of the sheet, not the scores.
      const digest = crypto.createHash('sha256').update(JSON.stringify(body.items)).digest('hex');
      await record(trx, {
        actorId: c.actor.userId,
        communityId: c.communityId,
        entityType: 'evaluation_round',
        entityId: id,
        action: 'evaluations.score',
        after: { sheetId, digest },
      });
      const count = await trx
        .selectFrom('evaluation_sheets')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('round_id', '=', id)
        .executeTakeFirstOrThrow();
      if (Number(count.n) >= row.member_ids.length) await closeRound(trx, c.app, row, 'all_scored', now);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw err.twice();
    throw e;
  }
  return getRound(c, id);
}

/** Closes an open round (once: the conditional UPDATE), freezing the result and the quarter's ticket figures. */
async function closeRound(trx: Trx, app: AppContext, round: RoundRow, reason: 'all_scored' | 'deadline', now: string) {
  const won = await trx
    .updateTable('evaluation_rounds')
    .set({ status: 'closed', closed_at: now, closed_reason: reason, updated_at: now })
    .where('id', '=', round.id)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst();
  if (!won) return false;
  const [rubric, sheets] = await Promise.all([repo.findRubric(trx, won.rubric_id), repo.sheetsOf(trx, [won.id])]);
  const result = computeResult(
    rubric.items,
    won.member_ids.length,
    sheets.map((s) => s.scores),
  );
  const figures = await quarterFigures(trx, won, app.clock.now());
  await trx
    .updateTable('evaluation_rounds')
    .set({ result: json(result), figures: json(figures) })
    .where('id', '=', won.id)
    .execute();
  await record(trx, {
    actorId: null,
    communityId: won.community_id,
    entityType: 'evaluation_round',
    entityId: won.id,
    action: 'evaluations.close',
    after: { reason, score: result.score, scored: result.scored, absent: result.absent },
  });
  return true;
}

/** Scheduler job: closes every round past its deadline; members who did not score are absent. */
export async function closeDue(app: AppContext): Promise<number> {
  const now = nowIso(app.clock);
  const due = await app.db
    .selectFrom('evaluation_rounds')
    .selectAll()
    .where('status', '=', 'open')
    .where('deadline_at', '<=', now)
    .limit(100)
    .execute();
  let n = 0;
  for (const r of due) if (await app.db.transaction().execute((trx) => closeRound(trx, app, r, 'deadline', now))) n++;
  return n;
}

// ---------- rectifications ----------

async function loadRectification(conn: Conn, communityId: string, id: string): Promise<RectificationRow> {
  const [r] = await repo.rectificationsOf(conn, communityId, { id });
  if (!r) throw errors.notFound('rectification');
  return r;
}

async function rectificationView(c: RequestContext, id: string) {
  const r = await loadRectification(c.db, c.communityId, id);
  return rectificationOut(r, await namesFor(c.db, c.communityId, [r]), todayOf(c.app.clock.now()));
}

export async function addRectification(c: RequestContext, roundId: string, body: z.infer<typeof RectificationBody>) {
  const id = newId();
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const round = await loadRound(trx, c.communityId, roundId);
    if (round.status !== 'closed') throw err.notClosed();
    if (body.itemKey && !(await repo.findRubric(trx, round.rubric_id)).items.some((i) => i.key === body.itemKey))
      throw err.unknownItem();
    await trx
      .insertInto('evaluation_rectifications')
      .values({
        id,
        community_id: c.communityId,
        round_id: roundId,
        item_key: body.itemKey ?? null,
        title: body.title,
        detail: body.detail,
        due_date: body.dueDate,
        status: 'open',
        photos: json([]),
        done_note: null,
        done_at: null,
        done_by: null,
        created_by: c.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'evaluation_rectification',
      entityId: id,
      action: 'evaluations.rectification',
      after: { roundId, ...body },
    });
  });
  return rectificationView(c, id);
}

export async function listRectifications(c: RequestContext, q: { status?: 'open' | 'done'; roundId?: string }) {
  const rows = await repo.rectificationsOf(c.db, c.communityId, {
    status: q.status,
    roundIds: q.roundId ? [q.roundId] : undefined,
  });
  const names = await namesFor(c.db, c.communityId, rows);
  const today = todayOf(c.app.clock.now());
  return { items: rows.map((r) => rectificationOut(r, names, today)) };
}

/** Completion photos (already checked and re-encoded by core/files) are stored, then attached while the item is open. */
export async function addPhotos(c: RequestContext, id: string, photos: ProcessedImage[]) {
  const r = await loadRectification(c.db, c.communityId, id);
  if (r.status !== 'open') throw err.done();
  if (!photos.length) throw err.photoRequired();
  if (r.photos.length + photos.length > MAX_RECTIFICATION_PHOTOS) throw err.tooManyPhotos();
  const store = storageFor(c.app.config.dataDir);
  const stored: Array<{ id: string; key: string; thumb: string }> = [];
  for (const p of photos)
    stored.push({ id: newId(), key: await store.put(p.full, 'jpg'), thumb: await store.put(p.thumb, 'jpg') });
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const cur = await trx
      .updateTable('evaluation_rectifications')
      .set({ updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .returning(['photos'])
      .executeTakeFirst();
    if (!cur) throw err.done();
    if (cur.photos.length + stored.length > MAX_RECTIFICATION_PHOTOS) throw err.tooManyPhotos();
    await trx
      .updateTable('evaluation_rectifications')
      .set({ photos: json([...cur.photos, ...stored]) })
      .where('id', '=', id)
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'evaluation_rectification',
      entityId: id,
      action: 'evaluations.photos',
      after: { photos: stored.map((s) => s.id) },
    });
  });
  return rectificationView(c, id);
}

export async function markDone(c: RequestContext, id: string, note: string) {
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const r = await loadRectification(trx, c.communityId, id);
    if (r.status !== 'open') throw err.done();
    if (!r.photos.length) throw err.photoRequired();
    const won = await trx
      .updateTable('evaluation_rectifications')
      .set({ status: 'done', done_note: note, done_at: now, done_by: c.actor.userId, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(won.numUpdatedRows) !== 1) throw err.done();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'evaluation_rectification',
      entityId: id,
      action: 'evaluations.done',
      after: { note },
    });
  });
  return rectificationView(c, id);
}

export async function photoOf(c: RequestContext, id: string, photoId: string, thumb: boolean): Promise<Buffer> {
  const r = await loadRectification(c.db, c.communityId, id);
  const p = r.photos.find((x) => x.id === photoId);
  const data = p ? await storageFor(c.app.config.dataDir).get(thumb ? p.thumb : p.key) : null;
  if (!data) throw errors.notFound('photo');
  return data;
}

// ---------- trend, export, public ----------

async function closedRounds(conn: Conn, communityId: string, fromQuarter?: string, toQuarter?: string) {
  let q = conn
    .selectFrom('evaluation_rounds')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('status', '=', 'closed');
  if (fromQuarter) q = q.where('quarter', '>=', fromQuarter);
  if (toQuarter) q = q.where('quarter', '<=', toQuarter);
  return q.orderBy('quarter').orderBy('estate_id').limit(400).execute();
}

export async function trend(c: RequestContext) {
  const rows = await closedRounds(c.db, c.communityId);
  const names = await namesFor(c.db, c.communityId, rows);
  return {
    rubric: (await getRubric(c)).items,
    items: rows.map((r) => ({
      roundId: r.id,
      quarter: r.quarter,
      estateName: names.estates.get(r.estate_id) ?? '',
      companyName: names.organizations.get(r.company_id)?.name ?? '',
      score: r.result?.score ?? null,
      items: Object.fromEntries((r.result?.items ?? []).map((i) => [i.key, i.mean])),
      figures: figuresOut(r.figures),
    })),
  };
}

/** The town's subsidy sheet of a year: one row per closed round (the evaluations ledger of the same rows). */
export async function exportXlsx(c: RequestContext, year?: number): Promise<Buffer> {
  const sheet = await roundsSheet(c, year ? `${year}-Q1` : undefined, year ? `${year}-Q4` : undefined);
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Gongzhi 共治';
  addLedgerSheet(wb, '物业考评', sheet.columns, sheet.rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The standard columns of the evaluations ledger; each rubric item's mean goes between 物业公司 and 综合得分. */
export const ROUND_COLUMNS: Ledger['columns'] = [
  { header: '居民区', width: 14 },
  { header: '季度', width: 10 },
  { header: '小区', width: 12 },
  { header: '物业公司', width: 26 },
  { header: '综合得分', width: 10 },
  { header: '应评人数', width: 8 },
  { header: '实评人数', width: 8 },
  { header: '缺评人数', width: 8 },
  { header: '诉求数', width: 8 },
  { header: '平均响应(小时)', width: 12 },
  { header: '平均解决(小时)', width: 12 },
  { header: '满意度', width: 8 },
  { header: '超期', width: 6 },
  { header: '重开', width: 6 },
  { header: '维修工单数', width: 10 },
  { header: '已完工', width: 8 },
  { header: '平均完工(小时)', width: 12 },
  { header: '紧急维修', width: 8 },
  { header: '维修支出(元)', width: 12 },
  { header: '无人值守(小时)', width: 12 },
  { header: '整改项', width: 8 },
  { header: '已完成整改', width: 10 },
  { header: '结束时间', width: 18 },
];

/** Closed rounds of the quarters [fromQuarter, toQuarter]: item means, the weighted score, turnout, figures, rectifications. */
export async function roundsSheet(c: RequestContext, fromQuarter?: string, toQuarter?: string): Promise<LedgerSheet> {
  const rows = await closedRounds(c.db, c.communityId, fromQuarter, toQuarter);
  const names = await namesFor(c.db, c.communityId, rows);
  const rect = await repo.rectificationsOf(c.db, c.communityId, { roundIds: rows.map((r) => r.id) });
  const itemLabels = [
    ...new Map(rows.flatMap((r) => (r.result?.items ?? []).map((i) => [i.key, i.labelZh] as const))).entries(),
  ];
  const columns = [
    ...ROUND_COLUMNS.slice(0, 4),
    ...itemLabels.map(([, label]) => ({ header: String(safeCell(label)), width: 10 })),
    ...ROUND_COLUMNS.slice(4),
  ];
  return {
    columns,
    rows: rows.map((r) => {
      const f = figuresOut(r.figures);
      const mine = rect.filter((x) => x.round_id === r.id);
      const means = new Map((r.result?.items ?? []).map((i) => [i.key, i.mean]));
      return [
        names.community,
        r.quarter,
        names.estates.get(r.estate_id) ?? null,
        names.organizations.get(r.company_id)?.name ?? null,
        ...itemLabels.map(([key]) => means.get(key) ?? null),
        r.result?.score ?? null,
        r.result?.members ?? null,
        r.result?.scored ?? null,
        r.result?.absent ?? null,
        f.tickets,
        f.avgResponseHours,
        f.avgResolutionHours,
        f.avgSatisfaction,
        f.overdue,
        f.reopened,
        f.workOrders,
        f.workOrdersCompleted,
        f.avgCompletionHours,
        f.emergencyWorkOrders,
        f.repairSpentFen === null ? null : f.repairSpentFen / 100,
        f.dutyGapHours,
        mine.length,
        mine.filter((x) => x.status === 'done').length,
        r.closed_at
          ? new Date(Date.parse(r.closed_at) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
          : '',
      ];
    }),
  };
}

/** A closed round as the public notice shows it: no member, no comment, only results, figures and rectification progress. */
export async function publicRound(conn: Conn, id: string) {
  const row = await conn
    .selectFrom('evaluation_rounds')
    .selectAll()
    .where('id', '=', id)
    .where('status', '=', 'closed')
    .executeTakeFirst();
  if (!row || !row.result) throw errors.notFound('evaluation');
  const names = await namesFor(conn, row.community_id, [row]);
  const rect = await repo.rectificationsOf(conn, row.community_id, { roundIds: [id] });
  return {
    id: row.id,
    communityName: names.community ?? '',
    quarter: row.quarter,
    estateName: names.estates.get(row.estate_id) ?? '',
    companyName: names.organizations.get(row.company_id)?.name ?? '',
    closedAt: row.closed_at!,
    result: { ...row.result, items: row.result.items.map(({ comments: _c, ...rest }) => rest) },
    figures: figuresOut(row.figures),
    rectifications: rect.map((r) => ({ title: r.title, dueDate: r.due_date, status: r.status, doneAt: r.done_at })),
  };
}

/**
 * For the town (platform admin only, like the town overview; anyone else is told the town does not exist): the
 * latest closed round of each company in each estate of its communities, with the one before, to compare companies.
 */
export async function townEvaluations(conn: Conn, actor: Actor, townId: string) {
  if (!actor.platformAdmin) throw errors.notFound('town');
  const communities = await org.communitiesOfTown(conn, townId);
  if (!communities.length) {
    if (!(await org.townOf(conn, townId))) throw errors.notFound('town');
    return { items: [] };
  }
  const rows = await conn
    .selectFrom('evaluation_rounds')
    .selectAll()
    .where(
      'community_id',
      'in',
      communities.map((c) => c.id),
    )
    .where('status', '=', 'closed')
    .orderBy('quarter', 'desc')
    .limit(2000)
    .execute();
  const latest = new Map<string, { row: RoundRow; previous: RoundRow | null }>();
  for (const r of rows) {
    const k = `${r.community_id}|${r.estate_id}|${r.company_id}`;
    const seen = latest.get(k);
    if (!seen) latest.set(k, { row: r, previous: null });
    else if (!seen.previous) seen.previous = r;
  }
  const items = [];
  for (const c of communities) {
    const mine = [...latest.values()].filter((x) => x.row.community_id === c.id);
    const names = await namesFor(
      conn,
      c.id,
      mine.map((x) => x.row),
    );
    for (const { row, previous } of mine) {
      items.push({
        communityId: c.id,
        communityName: c.name,
        estateName: names.estates.get(row.estate_id) ?? '',
        companyName: names.organizations.get(row.company_id)?.name ?? '',
        quarter: row.quarter,
        roundId: row.id,
        score: row.result?.score ?? null,
        previousScore: previous?.result?.score ?? null,
        figures: figuresOut(row.figures),
      });
    }
  }
  items.sort(
    (a, b) => a.communityName.localeCompare(b.communityName, 'zh') || a.estateName.localeCompare(b.estateName, 'zh'),
  );
  return { items };
}

// ── For the dashboards (read only) ──────────────────────────────────────────

/**
 * Closed rounds of the given communities for the quarters fromQuarter..toQuarter (`2026-Q3`), with each
 * round's weighted mean: the dashboards' property scores, with company names for the town view.
 */
export async function closedScores(conn: Conn, communityIds: string[], fromQuarter: string, toQuarter: string) {
  if (!communityIds.length) return [];
  const rows = await conn
    .selectFrom('evaluation_rounds')
    .selectAll()
    .where('community_id', 'in', communityIds)
    .where('status', '=', 'closed')
    .where('quarter', '>=', fromQuarter)
    .where('quarter', '<=', toQuarter)
    .orderBy('quarter')
    .orderBy('id')
    .limit(5000)
    .execute();
  const out = [];
  for (const communityId of communityIds) {
    const mine = rows.filter((r) => r.community_id === communityId);
    if (!mine.length) continue;
    const names = await namesFor(conn, communityId, mine);
    for (const r of mine)
      out.push({
        roundId: r.id,
        communityId,
        companyId: r.company_id,
        companyName: names.organizations.get(r.company_id)?.name ?? '',
        estateName: names.estates.get(r.estate_id) ?? '',
        quarter: r.quarter,
        score: r.result?.score ?? null,
      });
  }
  return out;
}

/** A closed round's result as a public notice announces it (notices' `evaluation_result` source): the public round. */
export async function resultNoticeSnapshot(conn: Conn, communityId: string, id: string) {
  const own = await conn
    .selectFrom('evaluation_rounds')
    .select('id')
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .where('status', '=', 'closed')
    .executeTakeFirst();
  if (!own) return null;
  const r = await publicRound(conn, id).catch(() => null);
  if (!r) return null;
  const { id: _id, ...rest } = r;
  return { title: `${r.quarter} ${r.estateName} ${r.companyName} 物业考评结果`.replace(/\s+/g, ' ').trim(), ...rest };
}
