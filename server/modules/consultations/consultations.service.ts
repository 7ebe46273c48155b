import type { z } from 'zod';
import { nowIso, type AppContext, type RequestContext } from '../../core/context';
import { inTransaction, type Conn, type Db, type Trx } from '../../core/db/kysely';
import { insertRow } from '../../core/db/compiled';
import { record } from '../../core/audit/audit';
import { canonicalJson, GENESIS } from '../../core/audit/canonical';
import { AppError, errors } from '../../core/errors';
import { json, newId } from '../../core/ids';
import { loadQrCode } from '../../core/lazy';
import { maskName } from '../../core/pii';
import { can, rolesIn, type Actor } from '../../core/policy/policy';
import type {
  ArchiveBundle,
  Consultation,
  ConsultationReport,
  CreateConsultationBody,
  EligibleList,
  PendingList,
  PublicConsultation,
  PublicReceipt,
  Question,
  Receipt,
  ReceiptProof,
  Result,
  Turnout,
  UpdateConsultationBody,
} from '../../../contract/consultations';
import { ChainWalker, computeTally, entryHash, foldBallots, type ChainEntry } from './consultations.chain';
import {
  definitionMismatches,
  eligibleDigest,
  householdToken,
  newSalt,
  sealDefinition,
  type SealedDefinition,
} from './consultations.definition';
import { bundleV1, bundleV2 } from './consultations.archive';
import { mayReadNamedAnswers, present, receiptOf, turnoutByBuilding } from './consultations.presenter';
import * as repo from './consultations.repo';
import { tellOpened, tellResult } from './consultations.notify';
import { consultationClosed, type SummaryFacts } from '../dashboards/dashboards.service';
import { buildingLabels, communityName, householdsInScope } from '../org/org.service';
import type { ConsultationRow } from './consultations.repo';

const err = {
  rulesFixed: () =>
    errors.conflict(
      'rules_fixed',
      '征询已发布，问题、范围、时间和通过规则均已固定，不能再修改',
      'The consultation is open: its questions, scope, times and thresholds are fixed',
    ),
  notOpen: () => errors.conflict('consultation_not_open', '征询尚未发布', 'The consultation has not been opened yet'),
  notStarted: (at: string) =>
    errors.conflict('voting_not_started', `征询尚未开始（开始时间 ${at}）`, `Voting has not started yet (opens ${at})`),
  closed: () =>
    errors.conflict(
      'consultation_closed',
      '征询已结束，不能再投票或修改',
      'The consultation is closed; no more ballots or changes',
    ),
  alreadyVoted: () =>
    errors.conflict(
      'already_voted',
      '该户已经投过票（一户一票）；如需更正请由工作人员登记更正',
      'This household has already voted (one household, one vote); staff can record a correction',
    ),
  notEligible: () =>
    errors.unprocessable(
      'household_not_eligible',
      '该户不在本次征询的范围内',
      'This household is not among the eligible households of this consultation',
    ),
  notRepresentative: () =>
    new AppError(
      'not_representative',
      403,
      '只有户代表可以代表本户投票',
      'Only the household representative may vote for the household',
    ),
  formNumber: () =>
    errors.unprocessable(
      'form_number_required',
      '纸质或上门征询必须填写纸质表单编号',
      'A paper or door-to-door ballot needs the number of its paper form',
    ),
  selfConfirm: () =>
    errors.conflict(
      'same_person_confirm',
      '录入人不能确认自己录入的选票，请由另一位工作人员确认',
      'The person who entered a ballot cannot confirm it; a second staff member must',
    ),
  notPending: () =>
    errors.conflict('ballot_not_pending', '该选票不需要确认', 'This ballot is not waiting for confirmation'),
  notClosed: () =>
    errors.conflict(
      'consultation_not_closed',
      '征询结束后才能查看结果和存档',
      'Results and the archive are available once the consultation is closed',
    ),
  alreadyOpen: () => errors.conflict('consultation_already_open', '征询已经发布', 'The consultation is already open'),
  notPublic: () =>
    errors.conflict(
      'archive_not_public',
      '该征询在存档公开之前发布（格式 1，条目中含户号），不提供公开存档；可请居委会出具核验结果',
      'This consultation was opened before archives were public (format 1: its entries name households); ask the office for a check',
    ),
};

function checkTimes(opensAt: string, closesAt: string) {
  if (closesAt <= opensAt)
    throw errors.unprocessable(
      'invalid_times',
      '结束时间必须晚于开始时间',
      'The closing time must be after the opening time',
    );
}

/** Every question answered with one of its options, and nothing else. */
function checkAnswers(questions: Question[], answers: Record<string, string>) {
  const details: Array<{ path: string; message: string }> = [];
  for (const q of questions) {
    const a = answers[q.key];
    if (a === undefined) details.push({ path: `answers.${q.key}`, message: 'not answered' });
    else if (!q.options.some((o) => o.key === a))
      details.push({ path: `answers.${q.key}`, message: `not an option: ${a}` });
  }
  for (const k of Object.keys(answers))
    if (!questions.some((q) => q.key === k)) details.push({ path: `answers.${k}`, message: 'no such question' });
  if (details.length)
    throw errors.unprocessable(
      'invalid_answers',
      '请为每个问题选择一个有效选项',
      'Answer every question with one of its options',
      details,
    );
}

async function load(conn: Db | Trx, communityId: string, id: string, actor?: Actor) {
  const row = await repo.findConsultation(conn, communityId, id);
  // A draft is the office's working copy: invisible to everyone who cannot manage it.
  if (!row || (actor && row.status === 'draft' && !can(actor, 'consultations.manage', communityId)))
    throw errors.notFound('consultation');
  return row;
}

export async function listConsultations(c: RequestContext, q: { status?: string; topicId?: string }) {
  let query = c.app.db.selectFrom('consultations').selectAll().where('community_id', '=', c.communityId);
  if (!can(c.actor, 'consultations.manage', c.communityId)) query = query.where('status', '!=', 'draft');
  if (q.status) query = query.where('status', '=', q.status as any);
  if (q.topicId) query = query.where('topic_id', '=', q.topicId);
  const rows = await query.orderBy('opens_at', 'desc').limit(500).execute();
  return { items: rows.map(present) };
}

export async function getConsultation(c: RequestContext, id: string): Promise<Consultation> {
  const row = await load(c.app.db, c.communityId, id, c.actor);
  const manage = can(c.actor, 'consultations.manage', c.communityId);
  const me = c.actor.residents.get(c.communityId);
  let my: Consultation['my'] = null;
  if (me?.householdId && rolesIn(c.actor, c.communityId).has('representative') && row.status !== 'draft') {
    const [elig, ballot] = await Promise.all([
      repo.findEligible(c.app.db, id, me.householdId),
      repo.ballotOfHousehold(c.app.db, id, me.householdId),
    ]);
    my = { eligible: !!elig, receipt: ballot ? receiptOf(ballot, row.status === 'closed' ? row : null) : null };
  }
  return {
    ...present(row),
    progress: manage && row.status !== 'draft' ? await repo.progressOf(c.app.db, id) : null,
    my,
  };
}

/**
 * What a consultation needs of the topic it belongs to; topics is another module (which itself asks this one
 * about closed consultations), so server/workflows/consultations.ts passes its answer in.
 */
export interface ConsultationLinks {
  topicExists(trx: Trx, topicId: string): Promise<boolean>;
}

async function checkTopic(trx: Trx, links: ConsultationLinks, topicId: string | null | undefined) {
  if (!topicId) return;
  if (!(await links.topicExists(trx, topicId)))
    throw errors.unprocessable('topic_not_found', '关联的议题不存在', 'The linked topic does not exist');
}

export async function createConsultation(
  c: RequestContext,
  body: z.infer<typeof CreateConsultationBody>,
  links: ConsultationLinks,
): Promise<Consultation> {
  checkTimes(body.opensAt, body.closesAt);
  const id = newId();
  const now = nowIso(c.app.clock);
  await c.app.db.transaction().execute(async (trx) => {
    await checkTopic(trx, links, body.topicId);
    const row = {
      id,
      community_id: c.communityId,
      topic_id: body.topicId,
      title: body.title,
      description: body.description,
      questions: json(body.questions),
      scope: json(body.scope),
      rules: json({ participation: body.participation, approval: body.approval }),
      opens_at: body.opensAt,
      closes_at: body.closesAt,
      status: 'draft' as const,
      eligible_count: null,
      chain_seq: 0,
      chain_head: GENESIS,
      opened_at: null,
      opened_by: null,
      closed_at: null,
      closed_by: null,
      result: null,
      created_by: c.actor.userId,
      created_at: now,
      updated_at: now,
      chain_format: 2,
    };
    await trx.insertInto('consultations').values(row).execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'consultation',
      entityId: id,
      action: 'consultations.create',
      after: { title: body.title, scope: body.scope },
    });
  });
  return getConsultation(c, id);
}

/** Only a draft can change: once opened, questions, scope, times and thresholds are the rules everyone was shown. */
export async function updateConsultation(
  c: RequestContext,
  id: string,
  body: z.infer<typeof UpdateConsultationBody>,
  links: ConsultationLinks,
): Promise<Consultation> {
  await c.app.db.transaction().execute(async (trx) => {
    const row = await load(trx, c.communityId, id);
    if (row.status !== 'draft') throw err.rulesFixed();
    const rules = {
      participation: body.participation ?? row.rules.participation,
      approval: body.approval ?? row.rules.approval,
    };
    checkTimes(body.opensAt ?? row.opens_at, body.closesAt ?? row.closes_at);
    await checkTopic(trx, links, body.topicId);
    const set = {
      title: body.title,
      description: body.description,
      topic_id: body.topicId,
      opens_at: body.opensAt,
      closes_at: body.closesAt,
      questions: body.questions && json(body.questions),
      scope: body.scope && json(body.scope),
      rules: json(rules),
      updated_at: nowIso(c.app.clock),
    };
    const done = await trx
      .updateTable('consultations')
      .set(set)
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw err.rulesFixed();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'consultation',
      entityId: id,
      action: 'consultations.update',
      before: present(row),
      after: body,
    });
  });
  return getConsultation(c, id);
}

/**
 * Publishes the consultation: fixes the rules, snapshots the eligible households (masked representative
 * names, a fresh salt each) and seals both as entry #1 of the chain, so what was asked cannot change unseen.
 */
export async function openConsultation(c: RequestContext, id: string): Promise<Consultation> {
  const now = nowIso(c.app.clock);
  await c.app.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('consultations')
      .set({
        status: 'open',
        opened_at: now,
        opened_by: c.actor.userId,
        updated_at: now,
        chain_format: 2,
        chain_seq: 1,
      })
      .where('community_id', '=', c.communityId)
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      await load(trx, c.communityId, id);
      throw err.alreadyOpen();
    }
    if (row.closes_at <= now)
      throw errors.unprocessable(
        'invalid_times',
        '结束时间已过，请先修改时间',
        'The closing time has passed; change it first',
      );
    const households = await householdsInScope(trx, c.communityId, row.scope);
    if (!households.length)
      throw errors.unprocessable(
        'no_eligible_households',
        '范围内没有符合条件的户',
        'No household is in the chosen scope',
      );
    const snapshot = households.map((h) => ({
      consultation_id: id,
      community_id: c.communityId,
      household_id: h.id,
      household_code: h.code,
      representative_masked: maskName(h.representativeName),
      estate_id: h.estateId,
      building_id: h.buildingId,
      salt: newSalt(),
    }));
    await repo.insertSnapshot(trx, snapshot);
    await tellOpened(
      trx,
      { communityId: c.communityId, id, title: row.title, closesAt: row.closes_at, now },
      households.map((h) => h.id),
    );
    await trx.updateTable('consultations').set({ eligible_count: households.length }).where('id', '=', id).execute();
    const tokens = snapshot.map((h) =>
      householdToken({ householdId: h.household_id, code: h.household_code, salt: h.salt }),
    );
    const sealed = sealDefinition(
      {
        title: row.title,
        description: row.description,
        questions: row.questions,
        rules: row.rules,
        scope: row.scope,
        opensAt: row.opens_at,
        closesAt: row.closes_at,
      },
      tokens,
    );
    await repo.appendEntry(trx, c.communityId, GENESIS, {
      consultation_id: id,
      seq: 1,
      kind: 'open',
      ballot_id: null,
      household_id: null,
      data: sealed as unknown as Record<string, unknown>,
      actor_id: c.actor.userId,
      at: now,
    });
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'consultation',
      entityId: id,
      action: 'consultations.open',
      after: { eligible: households.length, rules: row.rules, opensAt: row.opens_at, closesAt: row.closes_at },
    });
  });
  return getConsultation(c, id);
}

/** The head of an open chain within its voting window, or the reason there is none. */
async function openHead(c: RequestContext, trx: Trx, id: string) {
  const head = await repo.bumpHead(trx, c.communityId, id, 'open');
  if (!head) {
    const row = await load(trx, c.communityId, id, c.actor);
    throw row.status === 'draft' ? err.notOpen() : err.closed();
  }
  const now = nowIso(c.app.clock);
  if (now < head.opens_at) throw err.notStarted(head.opens_at);
  if (now >= head.closes_at) throw err.closed();
  return { ...head, seq: Number(head.chain_seq), now };
}

interface NewBallot {
  householdId: string;
  channel: Receipt['channel'];
  formNumber: string | null;
  answers: Record<string, string>;
}

/** How an entry names its household: format 2 by salted token only, format 1 (chains opened before) by id and code. */
function entryHousehold(format: number, h: { household_id: string; household_code: string; salt: string | null }) {
  if (format >= 2)
    return {
      household_id: null,
      data: { household: householdToken({ householdId: h.household_id, code: h.household_code, salt: h.salt! }) },
    };
  return { household_id: h.household_id, data: { household_code: h.household_code } };
}

/** One ballot per household: the UNIQUE(consultation_id, household_id) row is created at entry, pending or counted. */
async function addBallot(c: RequestContext, id: string, b: NewBallot, outer?: Trx): Promise<Receipt> {
  return inTransaction(c.app.db, outer, async (trx) => {
    // Checks that need no lock come first, so the chain head is held only for the append itself.
    const current = await load(trx, c.communityId, id, c.actor);
    const elig = current.status === 'open' ? await repo.findEligible(trx, id, b.householdId) : undefined;
    if (current.status === 'open') {
      checkAnswers(current.questions, b.answers);
      if (!elig) throw err.notEligible();
    }
    const head = await openHead(c, trx, id);
    const ballotId = newId();
    const online = b.channel === 'online';
    const who = entryHousehold(current.chain_format, elig!);
    // Format 2: an online ballot names no account (it would name the household); the household is its token.
    const entry: ChainEntry = {
      consultation_id: id,
      seq: head.seq,
      kind: 'ballot',
      ballot_id: ballotId,
      household_id: who.household_id,
      data: { ...who.data, channel: b.channel, answers: b.answers, form_number: b.formNumber },
      actor_id: online && current.chain_format >= 2 ? null : c.actor.userId,
      at: head.now,
    };
    // The entry goes first so the ballot row carries its receipt; a refused ballot rolls both back.
    const hash = await repo.appendEntry(trx, c.communityId, head.chain_head, entry);
    const row = {
      id: ballotId,
      consultation_id: id,
      community_id: c.communityId,
      household_id: b.householdId,
      channel: b.channel,
      form_number: b.formNumber,
      answers: json(b.answers),
      status: (online ? 'counted' : 'pending') as 'counted' | 'pending',
      pending_by: online ? null : c.actor.userId,
      entered_by: c.actor.userId,
      confirmed_by: null,
      confirmed_at: null,
      seq: head.seq,
      receipt_hash: hash,
      last_seq: head.seq,
      created_at: head.now,
      updated_at: head.now,
    };
    const ins = await insertRow(trx, 'consultation_ballots', row, {
      unlessExists: ['consultation_id', 'household_id'],
    });
    if (Number(ins.numAffectedRows ?? 0) === 0) throw err.alreadyVoted();
    // The audit event never carries the answers: the running tally stays hidden, even from staff.
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'consultation',
      entityId: id,
      action: online ? 'consultations.vote' : 'consultations.enter_ballot',
      after: {
        ballotId,
        householdCode: elig!.household_code,
        channel: b.channel,
        formNumber: b.formNumber,
        seq: head.seq,
        receipt: hash,
      },
    });
    return receiptOf(row);
  });
}

/** Online ballot by the household representative. */
export async function castOnline(
  c: RequestContext,
  id: string,
  answers: Record<string, string>,
  outer?: Trx,
): Promise<Receipt> {
  const me = c.actor.residents.get(c.communityId);
  if (!me?.householdId || !rolesIn(c.actor, c.communityId).has('representative')) {
    await load(outer ?? c.app.db, c.communityId, id, c.actor);
    throw err.notRepresentative();
  }
  return addBallot(c, id, { householdId: me.householdId, channel: 'online', formNumber: null, answers }, outer);
}

/** A paper or door-to-door ballot typed in by staff; it counts once a second staff member confirms it. */
export async function enterPaper(
  c: RequestContext,
  id: string,
  body: {
    householdId: string;
    channel: 'paper' | 'door_to_door';
    formNumber?: string;
    answers: Record<string, string>;
  },
  outer?: Trx,
) {
  if (!body.formNumber) throw err.formNumber();
  return addBallot(
    c,
    id,
    { householdId: body.householdId, channel: body.channel, formNumber: body.formNumber, answers: body.answers },
    outer,
  );
}

/** Confirms or corrects a ballot: both are new chain entries; the ballot row follows the chain. */
async function ballotEntry(
  c: RequestContext,
  id: string,
  ballotId: string,
  kind: 'confirm' | 'correction',
  correction?: { answers: Record<string, string>; reason: string; formNumber?: string },
) {
  return c.app.db.transaction().execute(async (trx) => {
    const head = await openHead(c, trx, id);
    const ballot = await repo.findBallot(trx, id, ballotId);
    if (!ballot) throw errors.notFound('ballot');
    const elig = (await repo.findEligible(trx, id, ballot.household_id))!;
    const who = entryHousehold(head.chain_format, elig);
    let data: Record<string, unknown> = who.data;
    let set: Record<string, unknown>;
    if (kind === 'confirm') {
      if (ballot.status !== 'pending') throw err.notPending();
      if (ballot.pending_by === c.actor.userId) throw err.selfConfirm();
      set = { status: 'counted', pending_by: null, confirmed_by: c.actor.userId, confirmed_at: head.now };
    } else {
      checkAnswers(head.questions, correction!.answers);
      data = {
        ...data,
        answers: correction!.answers,
        reason: correction!.reason,
        form_number: correction!.formNumber ?? null,
      };
      set = {
        answers: json(correction!.answers),
        form_number: correction!.formNumber ?? ballot.form_number,
        status: 'pending',
        pending_by: c.actor.userId,
        confirmed_by: null,
        confirmed_at: null,
      };
    }
    const hash = await repo.appendEntry(trx, c.communityId, head.chain_head, {
      consultation_id: id,
      seq: head.seq,
      kind,
      ballot_id: ballotId,
      household_id: who.household_id,
      data,
      actor_id: c.actor.userId,
      at: head.now,
    });
    await trx
      .updateTable('consultation_ballots')
      .set({ ...set, last_seq: head.seq, updated_at: head.now })
      .where('id', '=', ballotId)
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'consultation',
      entityId: id,
      action: `consultations.${kind}`,
      after: {
        ballotId,
        householdCode: elig.household_code,
        seq: head.seq,
        hash,
        ...(correction ? { reason: correction.reason } : {}),
      },
    });
    const updated = (await repo.findBallot(trx, id, ballotId))!;
    return { ...receiptOf(updated), seq: head.seq, hash };
  });
}

export const confirmBallot = (c: RequestContext, id: string, ballotId: string) =>
  ballotEntry(c, id, ballotId, 'confirm');
export const correctBallot = (
  c: RequestContext,
  id: string,
  ballotId: string,
  body: { answers: Record<string, string>; reason: string; formNumber?: string },
) => ballotEntry(c, id, ballotId, 'correction', body);

/**
 * Closes once: the conditional UPDATE (status = 'open') can be won by one caller only — a staff member
 * or the job on any app server. The tally is replayed from the chain and sealed into a closing entry.
 */
export async function closeConsultation(
  app: AppContext,
  communityId: string,
  id: string,
  actorId: string | null,
): Promise<boolean> {
  const now = nowIso(app.clock);
  return app.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('consultations')
      .set({
        status: 'closed',
        closed_at: now,
        closed_by: actorId,
        updated_at: now,
        chain_seq: (eb) => eb('chain_seq', '+', 1),
      })
      .where('community_id', '=', communityId)
      .where('id', '=', id)
      .where('status', '=', 'open')
      .returningAll()
      .executeTakeFirst();
    if (!row) return false;
    const entries = await repo.allEntries(trx, id);
    const { ballots } = foldBallots(entries);
    const tally = computeTally(row.questions, row.rules, row.eligible_count ?? 0, ballots.values());
    const seq = Number(row.chain_seq);
    const hash = await repo.appendEntry(trx, communityId, row.chain_head, {
      consultation_id: id,
      seq,
      kind: 'close',
      ballot_id: null,
      household_id: null,
      data: { tally },
      actor_id: actorId,
      at: now,
    });
    const result: Result = {
      tally,
      chainHead: hash,
      chainLength: seq,
      closedAt: now,
      closedBy: actorId ? 'staff' : 'schedule',
    };
    await trx
      .updateTable('consultations')
      .set({ result: json(result) })
      .where('id', '=', id)
      .execute();
    await tellResult(trx, { communityId, id, title: row.title, now }, tally);
    await consultationClosed(trx, {
      community_id: communityId,
      closed_at: now,
      eligible: tally.eligible,
      participants: tally.participants,
    });
    await record(trx, {
      actorId,
      communityId,
      entityType: 'consultation',
      entityId: id,
      action: 'consultations.close',
      after: {
        passed: tally.passed,
        participants: tally.participants,
        eligible: tally.eligible,
        chainHead: hash,
        chainLength: seq,
      },
    });
    return true;
  });
}

export async function closeByStaff(c: RequestContext, id: string): Promise<Consultation> {
  const row = await load(c.app.db, c.communityId, id);
  if (row.status === 'draft') throw err.notOpen();
  if (!(await closeConsultation(c.app, c.communityId, id, c.actor.userId))) throw err.closed();
  return getConsultation(c, id);
}

/** The scheduled job: closes every consultation whose closing time has come. */
export async function closeDue(app: AppContext): Promise<number> {
  const now = nowIso(app.clock);
  const due = await app.db
    .selectFrom('consultations')
    .select(['id', 'community_id'])
    .where('status', '=', 'open')
    .where('closes_at', '<=', now)
    .execute();
  let closed = 0;
  for (const d of due) if (await closeConsultation(app, d.community_id, d.id, null)) closed++;
  return closed;
}

export async function eligibleList(c: RequestContext, id: string): Promise<z.infer<typeof EligibleList>> {
  await load(c.app.db, c.communityId, id);
  const rows = await repo.eligibleWithBallots(c.app.db, id);
  return {
    total: rows.length,
    items: rows.map((r) => ({
      householdId: r.household_id,
      code: r.household_code,
      representative: r.representative_masked,
      ballot: r.status ? { id: r.ballot_id!, status: r.status, channel: r.channel! } : null,
    })),
  };
}

/** Staff entries waiting for a second person, with what was typed in, so it can be checked against the paper form. */
export async function pendingList(c: RequestContext, id: string): Promise<z.infer<typeof PendingList>> {
  await load(c.app.db, c.communityId, id);
  const rows = await c.app.db
    .selectFrom('consultation_ballots as b')
    .innerJoin('consultation_entries as e', (j) =>
      j.onRef('e.consultation_id', '=', 'b.consultation_id').onRef('e.seq', '=', 'b.last_seq'),
    )
    .innerJoin('users as u', 'u.id', 'e.actor_id')
    .innerJoin('consultation_households as h', (j) =>
      j.onRef('h.consultation_id', '=', 'b.consultation_id').onRef('h.household_id', '=', 'b.household_id'),
    )
    .select([
      'b.id',
      'b.household_id',
      'h.household_code',
      'b.channel',
      'b.form_number',
      'b.answers',
      'e.kind',
      'e.data',
      'e.actor_id',
      'u.display_name',
      'b.last_seq',
      'e.at',
    ])
    .where('b.consultation_id', '=', id)
    .where('b.status', '=', 'pending')
    .orderBy('b.last_seq')
    .execute();
  return {
    items: rows.map((r) => ({
      ballotId: r.id,
      householdId: r.household_id,
      householdCode: r.household_code,
      channel: r.channel,
      formNumber: r.form_number,
      answers: r.answers,
      kind: r.kind as 'ballot' | 'correction',
      reason: ((r.data as any).reason as string) ?? null,
      enteredBy: r.display_name,
      enteredById: r.actor_id!,
      seq: Number(r.last_seq),
      at: r.at,
    })),
  };
}

/**
 * Walks a stored chain and checks the rows against it — the ballot rows, and for format 2 the consultation's
 * definition and eligible snapshot against the opening entry; used by the archive and by `gongzhi verify`.
 */
export async function checkChain(db: Db | Trx, row: ConsultationRow) {
  const [entries, snapshot, rows] = await Promise.all([
    repo.allEntries(db, row.id),
    repo.snapshotOf(db, row.id),
    repo.ballotsOf(db, row.id),
  ]);
  const v2 = row.chain_format >= 2;
  const keyOf = new Map(
    snapshot.map((h) => [
      h.household_id,
      v2 ? householdToken({ householdId: h.household_id, code: h.household_code, salt: h.salt! }) : h.household_id,
    ]),
  );
  const codeOf = new Map(snapshot.map((h) => [keyOf.get(h.household_id)!, h.household_code]));
  const walker = new ChainWalker();
  for (const e of entries) if (!walker.push(e)) break;
  const problems: string[] = [];
  const name = (seq: number, ballotId: string | null, household: string | null, code: string | null) => {
    const parts = [
      ((household && codeOf.get(household)) ?? code)
        ? `household ${(household && codeOf.get(household)) ?? code}`
        : null,
      ballotId ? `ballot ${ballotId}` : null,
    ].filter(Boolean);
    return `entry #${seq}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  };
  if (walker.brk)
    problems.push(
      `broken at ${name(walker.brk.seq, walker.brk.ballotId, walker.brk.household, walker.brk.householdCode)}: ${walker.brk.reason}`,
    );
  else {
    if (Number(row.chain_seq) !== entries.length || row.chain_head !== walker.prev)
      problems.push(`head says ${row.chain_seq} entries, chain has ${entries.length}`);
    if (v2) {
      const opening = entries[0];
      if (opening?.kind !== 'open') problems.push('entry #1 is not the opening entry');
      else {
        const sealed = opening.data as unknown as SealedDefinition;
        for (const m of definitionMismatches(sealed, present(row))) problems.push(`definition: ${m} (entry #1)`);
        if (eligibleDigest([...keyOf.values()]) !== sealed.eligible.digest)
          problems.push(
            `the eligible snapshot (${snapshot.length} households) is not the one sealed in entry #1 (${sealed.eligible.count})`,
          );
      }
    }
    const { ballots, problems: rule } = foldBallots(entries);
    for (const p of rule) problems.push(`${name(p.seq, p.ballotId, p.household, p.householdCode)}: ${p.reason}`);
    for (const b of rows) {
      const f = ballots.get(b.id);
      const same =
        f &&
        f.household === keyOf.get(b.household_id) &&
        f.channel === b.channel &&
        f.status === b.status &&
        f.formNumber === b.form_number &&
        canonicalJson(f.answers) === canonicalJson(b.answers) &&
        f.receipt === b.receipt_hash &&
        f.confirmedBy === b.confirmed_by &&
        f.lastSeq === Number(b.last_seq);
      if (!same)
        problems.push(
          `ballot ${b.id} (entry #${b.seq}, household ${codeOf.get(keyOf.get(b.household_id) ?? '') ?? b.household_id}) does not match its chain entries`,
        );
      ballots.delete(b.id);
    }
    for (const f of ballots.values())
      problems.push(
        `ballot ${f.ballotId} (entry #${f.seq}, household ${codeOf.get(f.household) ?? f.householdCode}) is in the chain but missing from the ballots`,
      );
    if (row.status === 'closed') {
      const last = entries.at(-1);
      const tally = computeTally(
        row.questions,
        row.rules,
        row.eligible_count ?? 0,
        foldBallots(entries).ballots.values(),
      );
      if (
        last?.kind !== 'close' ||
        row.result?.chainHead !== last.hash ||
        canonicalJson(row.result?.tally) !== canonicalJson(tally)
      ) {
        problems.push('the published result does not match the chain');
      }
    }
  }
  return { ok: problems.length === 0, entries: entries.length, head: walker.prev, problems, firstBreak: walker.brk };
}

/** Every consultation chain in the database, for `gongzhi verify`. */
export async function verifyAllConsultations(db: Db) {
  const rows = await db
    .selectFrom('consultations')
    .selectAll()
    .where('status', '!=', 'draft')
    .orderBy('created_at')
    .execute();
  const lines = [];
  for (const row of rows) {
    const r = await checkChain(db, row);
    lines.push(
      r.ok
        ? {
            ok: true,
            text: `consultation chain 「${row.title}」 (${row.id}): ${r.entries} entries, head ${r.head.slice(0, 16)}…`,
          }
        : {
            ok: false,
            text: `consultation chain 「${row.title}」 (${row.id}): ${r.problems[0]}${r.problems.length > 1 ? ` (+${r.problems.length - 1} more)` : ''}`,
          },
    );
  }
  return lines;
}

/** The rows an archive is made of, for a closed consultation. */
async function archiveRows(app: AppContext, row: ConsultationRow) {
  if (row.status !== 'closed') throw err.notClosed();
  const [community, eligible, entries, ballots, check] = await Promise.all([
    communityName(app.db, row.community_id),
    repo.snapshotOf(app.db, row.id),
    repo.allEntries(app.db, row.id),
    repo.ballotsOf(app.db, row.id),
    checkChain(app.db, row),
  ]);
  const names = await repo.userNames(app.db, [
    ...entries.map((e) => e.actor_id!),
    ...ballots.flatMap((b) => [b.entered_by, b.confirmed_by!]),
  ]);
  return {
    row,
    communityName: community ?? '',
    eligible,
    entries,
    ballots,
    names,
    check,
    exportedAt: nowIso(app.clock),
  };
}

/**
 * The staff archive of a closed consultation: households by code, so it shows how each household voted —
 * only for the staff running consultations (see consultations.presenter). Format 1 for chains opened before
 * format 2 existed. Anyone holding it can recompute chain, definition and tally from it alone.
 */
export async function archiveBundle(c: RequestContext, id: string): Promise<ArchiveBundle> {
  if (!mayReadNamedAnswers(c.actor, c.communityId)) throw errors.forbidden();
  const rows = await archiveRows(c.app, await load(c.app.db, c.communityId, id));
  return rows.row.chain_format >= 2 ? bundleV2(rows, 'staff') : bundleV1(rows);
}

/** The public archive: households as salted tokens, answers, channels, the chain; format 2 chains only. */
export async function publicArchive(app: AppContext, id: string): Promise<ArchiveBundle> {
  const row = await publicRow(app.db, id);
  if (row.status === 'closed' && row.chain_format < 2) throw err.notPublic();
  return bundleV2(await archiveRows(app, row), 'public');
}

/** Counts and turnout by building: for every role that follows consultations, never who voted how. */
export async function turnout(c: RequestContext, id: string): Promise<z.infer<typeof Turnout>> {
  const row = await load(c.app.db, c.communityId, id, c.actor);
  if (row.status === 'draft') throw err.notOpen();
  const rows = await repo.turnoutRows(c.app.db, id);
  return turnoutByBuilding(
    rows,
    await buildingLabels(c.app.db, c.communityId, [...new Set(rows.map((r) => r.building_id))]),
  );
}

/** Data for the printable A4 report: the sealed result, turnout by building, a QR code to the public check. */
export async function report(c: RequestContext, id: string): Promise<z.infer<typeof ConsultationReport>> {
  const row = await load(c.app.db, c.communityId, id, c.actor);
  if (row.status !== 'closed') throw err.notClosed();
  const [community, check, first, by] = await Promise.all([
    communityName(c.app.db, c.communityId),
    checkChain(c.app.db, row),
    repo.entriesPage(c.app.db, id, 1, 1),
    turnout(c, id),
  ]);
  const base = c.app.config.publicUrl ?? `http://${c.app.config.host}:${c.app.config.port}`;
  const publicUrl = `${base.replace(/\/$/, '')}/p/consultations/${id}`;
  return {
    title: row.title,
    communityName: community ?? '',
    description: row.description,
    questions: row.questions,
    rules: row.rules,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    closedAt: row.closed_at,
    result: row.result,
    chainCheck: {
      ok: check.ok,
      entries: check.entries,
      head: check.head,
      firstBreak: check.ok ? null : { seq: check.firstBreak?.seq ?? 0, reason: check.problems[0] },
    },
    eligibleCount: row.eligible_count ?? 0,
    chainFormat: row.chain_format,
    sealHash: first[0]?.kind === 'open' ? first[0].hash : null,
    turnout: by,
    publicUrl,
    qrSvg: await (await loadQrCode()).toString(publicUrl, { type: 'svg', margin: 1 }),
  };
}

async function publicRow(db: Db, id: string) {
  const row = await db
    .selectFrom('consultations')
    .selectAll()
    .where('id', '=', id)
    .where('status', '!=', 'draft')
    .executeTakeFirst();
  if (!row) throw errors.notFound('consultation');
  return row;
}

/** Published rules and, after close, the result: what the public notice board shows. */
export async function publicConsultation(db: Db, id: string): Promise<z.infer<typeof PublicConsultation>> {
  const row = await publicRow(db, id);
  const { scope: _s, topicId: _t, ...rest } = present(row);
  return { ...rest, publicArchive: row.status === 'closed' && row.chain_format >= 2 };
}

const receiptNotFound = () =>
  new AppError(
    'receipt_not_found',
    404,
    '没有找到这张回执，请核对回执编号',
    'No such receipt in this consultation; check the code',
  );

async function entryOfReceipt(db: Db, id: string, hash: string) {
  const row = await publicRow(db, id).catch(() => undefined);
  const e = row && /^[0-9a-f]{64}$/.test(hash) ? await repo.findEntryByHash(db, id, hash) : undefined;
  if (!row || !e) throw receiptNotFound();
  return { row, e };
}

/**
 * A household checks its receipt without signing in. Once closed it also sees what its entry recorded
 * (the public archive shows the same, by token) and the published head; while open, answers stay hidden.
 */
export async function publicReceipt(db: Db, id: string, hash: string): Promise<z.infer<typeof PublicReceipt>> {
  const { row, e } = await entryOfReceipt(db, id, hash);
  const ballot = e.ballot_id ? await repo.findBallot(db, id, e.ballot_id) : undefined;
  const superseded =
    !!e.ballot_id &&
    (e.kind === 'ballot' || e.kind === 'correction') &&
    (await repo.laterCorrection(db, id, e.ballot_id, Number(e.seq)));
  const closed = row.status === 'closed';
  const d = e.data as { answers?: Record<string, string>; channel?: Receipt['channel'] };
  return {
    consultationId: id,
    title: row.title,
    consultationStatus: row.status,
    seq: Number(e.seq),
    hash: e.hash,
    kind: e.kind,
    at: e.at,
    intact: entryHash(e.prev_hash, e) === e.hash,
    superseded,
    counted: !!ballot && ballot.status === 'counted' && !superseded,
    chainLength: Number(row.chain_seq),
    chainHead: closed ? (row.result?.chainHead ?? null) : null,
    channel: closed ? (ballot?.channel ?? null) : null,
    answers: closed ? (d.answers ?? null) : null,
  };
}

/**
 * The receipt as a proof: the entries from the receipt's through the published head, so anyone recomputes
 * the hashes forward and lands on the head printed on the notice (docs/consultation-archive.md, "Receipt
 * proofs"). Only once closed: the later entries carry answers, which stay hidden while voting runs.
 */
export async function receiptProof(db: Db, id: string, hash: string): Promise<z.infer<typeof ReceiptProof>> {
  const { row, e } = await entryOfReceipt(db, id, hash);
  if (row.status !== 'closed' || !row.result) throw err.notClosed();
  const entries = [];
  for (let from = Number(e.seq); ;) {
    const page = await repo.entriesPage(db, id, from, 5000);
    entries.push(
      ...page.map((x) => ({
        consultation_id: x.consultation_id,
        seq: Number(x.seq),
        kind: x.kind,
        ballot_id: x.ballot_id,
        household_id: x.household_id,
        data: x.data,
        actor_id: x.actor_id,
        at: x.at,
        prev_hash: x.prev_hash,
        hash: x.hash,
      })),
    );
    if (page.length < 5000) break;
    from += page.length;
  }
  return {
    consultationId: id,
    seq: Number(e.seq),
    chainHead: row.result.chainHead,
    chainLength: row.result.chainLength,
    entries,
  };
}

/** The latest closed consultation of a topic, for the topic's consultation stage. */
export async function closedConsultationOfTopic(conn: Db | Trx, communityId: string, topicId: string) {
  return conn
    .selectFrom('consultations')
    .select(['id', 'title', 'result'])
    .where('community_id', '=', communityId)
    .where('topic_id', '=', topicId)
    .where('status', '=', 'closed')
    .orderBy('closed_at', 'desc')
    .executeTakeFirst();
}

/** A closed consultation of the community by id, for a decision that rests on its result. */
export async function closedConsultation(conn: Db | Trx, communityId: string, id: string) {
  return conn
    .selectFrom('consultations')
    .select(['id', 'title', 'result', 'topic_id'])
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .where('status', '=', 'closed')
    .executeTakeFirst();
}

/** The community's closed consultations with their turnout, as the dashboards summarise them (the manifest's summarySource). */
export async function summaryFacts(conn: Conn, communityId: string): Promise<SummaryFacts> {
  const rows = await conn
    .selectFrom('consultations')
    .select(['closed_at', 'result'])
    .where('community_id', '=', communityId)
    .where('status', '=', 'closed')
    .execute();
  return {
    consultationsClosed: rows.flatMap((c) => {
      const result = typeof c.result === 'string' ? JSON.parse(c.result) : c.result;
      const tally = (result as { tally?: { eligible: number; participants: number } } | null)?.tally;
      return c.closed_at && tally
        ? [{ closedAt: c.closed_at, eligible: tally.eligible, participants: tally.participants }]
        : [];
    }),
  };
}

/**
 * For the workbench: paper and door-to-door entries of open consultations waiting for a second person
 * (`mine` when the caller entered them, so someone else has to confirm).
 */
export async function pendingBallotsOfCommunity(conn: Conn, communityId: string, userId: string) {
  const rows = await conn
    .selectFrom('consultation_ballots as b')
    .innerJoin('consultations as c', 'c.id', 'b.consultation_id')
    .innerJoin('consultation_households as h', (j) =>
      j.onRef('h.consultation_id', '=', 'b.consultation_id').onRef('h.household_id', '=', 'b.household_id'),
    )
    .select(['b.id', 'b.consultation_id', 'c.title', 'h.household_code', 'b.channel', 'b.pending_by', 'b.updated_at'])
    .where('b.community_id', '=', communityId)
    .where('c.status', '=', 'open')
    .where('b.status', '=', 'pending')
    .orderBy('b.updated_at')
    .orderBy('b.id')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    ballotId: r.id,
    consultationId: r.consultation_id,
    consultationTitle: r.title,
    householdCode: r.household_code,
    channel: r.channel,
    mine: r.pending_by === userId,
    at: new Date(Date.parse(r.updated_at)).toISOString(),
  }));
}

/**
 * For the workbench: open consultations closing before `beforeIso`, with turnout by building and the
 * households of each building that have not voted yet (for door-to-door follow-up).
 */
export async function closingSoon(conn: Conn, communityId: string, beforeIso: string) {
  const open = await conn
    .selectFrom('consultations')
    .select(['id', 'title', 'closes_at'])
    .where('community_id', '=', communityId)
    .where('status', '=', 'open')
    .where('closes_at', '<', beforeIso)
    .orderBy('closes_at')
    .orderBy('id')
    .execute();
  const out = [];
  for (const c of open) {
    const rows = await conn
      .selectFrom('consultation_households as e')
      .leftJoin('consultation_ballots as b', (j) =>
        j.onRef('b.consultation_id', '=', 'e.consultation_id').onRef('b.household_id', '=', 'e.household_id'),
      )
      .select(['e.building_id', 'e.household_code', 'b.status'])
      .where('e.consultation_id', '=', c.id)
      .execute();
    const labels = await buildingLabels(conn, communityId, [...new Set(rows.map((r) => r.building_id))]);
    const t = turnoutByBuilding(rows, labels);
    const toVisit = (buildingId: string) =>
      rows
        .filter((r) => r.building_id === buildingId && !r.status)
        .map((r) => r.household_code)
        .sort((a, b) => a.localeCompare(b, 'zh', { numeric: true }));
    out.push({
      id: c.id,
      title: c.title,
      closesAt: new Date(Date.parse(c.closes_at)).toISOString(),
      eligible: t.eligible,
      voted: t.counted + t.pending,
      buildings: t.items.map((b) => ({
        buildingId: b.buildingId,
        estate: b.estate,
        building: b.building,
        eligible: b.eligible,
        voted: b.counted + b.pending,
        toVisit: toVisit(b.buildingId),
      })),
    });
  }
  return out;
}

/** A closed consultation's result as a public notice announces it (notices' `consultation_result` source); counts only. */
export async function resultNoticeSnapshot(conn: Db | Trx, communityId: string, id: string) {
  const row = await conn
    .selectFrom('consultations')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .where('status', '=', 'closed')
    .executeTakeFirst();
  if (!row) return null;
  const p = present(row);
  return {
    title: p.title,
    description: p.description,
    questions: p.questions,
    eligibleCount: p.eligibleCount,
    closedAt: p.closedAt,
    result: p.result,
  };
}
