import type { z } from 'zod';
import { nowIso, type RequestContext } from '../../core/context';
import type { Conn, Trx } from '../../core/db/kysely';
import { record } from '../../core/audit/audit';
import { AppError, errors } from '../../core/errors';
import { newId } from '../../core/ids';
import { rolesIn, type Role } from '../../core/policy/policy';
import {
  PARTIES,
  PARTY_LABELS,
  type EVIDENCE_KINDS,
  STAGES,
  STAGE_LABELS,
  type CreateTopicBody,
  type EvidenceBody,
  type Party,
  type Stage,
  type Topic,
  type UpdateTopicBody,
} from '../../../contract/topics';
import { closedConsultation, closedConsultationOfTopic } from '../consultations/consultations.service';
import { fourPartyForumHeld, meetingExists, meetingsOfTopic } from '../meetings/meetings.service';
import { linkTarget, linkTicket, ticketsLinkedTo, unlinkTicket } from '../tickets/tickets.service';
import { topicClosed, type SummaryFacts } from '../dashboards/dashboards.service';
import { estateOf } from '../org/org.service';
import { notifyUsers, usersWithRole } from '../notifications/notifications.service';
import './topics.tables';

/** Who may sign for each of the four parties. */
const PARTY_ROLES: Record<Party, Role[]> = {
  party_branch: ['party_branch'],
  property_company: ['property_manager', 'property_specialist'],
  committee: ['committee'],
  building_leaders: ['building_leader'],
};

const err = {
  closed: () => errors.conflict('topic_closed', '议题已结案', 'The topic is closed'),
  wrongStage: (stage: Stage) =>
    errors.conflict(
      'wrong_stage',
      `只能在「${STAGE_LABELS[stage]}」阶段进行此操作`,
      `This can only be done in the ${stage} stage`,
    ),
  incomplete: (missing: string[]) =>
    errors.conflict(
      'stage_incomplete',
      `当前阶段尚未完成：${missing.join('；')}。如需跳过请填写原因`,
      `The stage is not complete: ${missing.join('; ')}. Give a reason to skip it`,
      missing,
    ),
  signed: () =>
    errors.conflict(
      'decision_signed',
      '决议已有签字，不能再修改文本',
      'The decision has been signed; its text can no longer change',
    ),
  alreadySigned: (p: Party) =>
    errors.conflict('already_signed', `${PARTY_LABELS[p]}已经签字`, `${p} has already signed`),
  notParty: (p: Party) =>
    new AppError(
      'not_party_member',
      403,
      `只有${PARTY_LABELS[p]}的成员可以代表其签字`,
      `Only a member of ${p} may sign for it`,
    ),
};

async function load(conn: Conn, communityId: string, id: string) {
  const t = await conn
    .selectFrom('topics')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!t) throw errors.notFound('topic');
  return t;
}
type TopicRow = Awaited<ReturnType<typeof load>>;

const summary = (t: TopicRow) => ({
  id: t.id,
  title: t.title,
  source: t.source,
  estateId: t.estate_id,
  stage: t.stage as Stage,
  status: t.status,
  consultationId: t.consultation_id,
  createdAt: t.created_at,
  closedAt: t.closed_at,
});

/** What the active stage still needs before it can complete; each line in Chinese, as the console shows it. */
async function missingFor(conn: Conn, t: TopicRow): Promise<string[]> {
  const evidence = (stage: string, kind?: (typeof EVIDENCE_KINDS)[number]) => {
    let q = conn.selectFrom('topic_evidence').select('id').where('topic_id', '=', t.id).where('stage', '=', stage);
    if (kind) q = q.where('kind', '=', kind);
    return q.limit(1).executeTakeFirst();
  };
  switch (t.stage as Stage) {
    case 'research':
      return (await evidence('research')) ? [] : ['至少一条调研记录（走访、数据或方案）'];
    case 'forum':
      return (await fourPartyForumHeld(conn, t.community_id, t.id))
        ? []
        : ['一次已结束、四方（党支部、物业、自管会、楼组长）均出席的座谈会'];
    case 'consultation':
      return (await closedConsultationOfTopic(conn, t.community_id, t.id)) ? [] : ['一次已结束的居民征询'];
    case 'decision': {
      if (!t.decision_text) return ['决议文本', ...PARTIES.map((p) => `${PARTY_LABELS[p]}签字`)];
      const signed = new Set(
        (await conn.selectFrom('topic_signoffs').select('party').where('topic_id', '=', t.id).execute()).map(
          (s) => s.party,
        ),
      );
      return PARTIES.filter((p) => !signed.has(p)).map((p) => `${PARTY_LABELS[p]}签字`);
    }
    case 'implementation':
      return (await evidence('implementation')) ? [] : ['至少一条实施记录'];
    case 'review':
      return (await evidence('review', 'publication')) ? [] : ['决议和实施结果的公示'];
    default:
      return [];
  }
}

export async function getTopic(c: RequestContext, id: string): Promise<z.infer<typeof Topic>> {
  const db = c.app.db;
  const t = await load(db, c.communityId, id);
  const [stages, evidence, signoffs, tickets, meetings, missing] = await Promise.all([
    db.selectFrom('topic_stages').selectAll().where('topic_id', '=', id).orderBy('started_at').execute(),
    db.selectFrom('topic_evidence').selectAll().where('topic_id', '=', id).orderBy('created_at').execute(),
    db.selectFrom('topic_signoffs').selectAll().where('topic_id', '=', id).orderBy('signed_at').execute(),
    ticketsLinkedTo(db, c.communityId, 'topic', id),
    meetingsOfTopic(db, c.communityId, id),
    missingFor(db, t),
  ]);
  const order = (s: string) => STAGES.indexOf(s as Stage);
  return {
    ...summary(t),
    description: t.description,
    tickets: tickets.map((x) => ({
      id: x.id,
      number: x.number,
      title: x.title,
      state: x.state,
      supportCount: Number(x.support_count),
    })),
    stages: stages
      .sort((a, b) => order(a.stage) - order(b.stage))
      .map((s) => ({
        stage: s.stage as Stage,
        status: s.status,
        startedAt: s.started_at,
        endedAt: s.ended_at,
        skipReason: s.skip_reason,
      })),
    evidence: await Promise.all(
      evidence.map(async (e) => ({
        id: e.id,
        stage: e.stage as Stage,
        kind: e.kind,
        text: e.text,
        fileRef: e.file_ref,
        meetingId: e.meeting_id,
        link: await evidenceLink(db, c.communityId, e.link_type, e.link_id),
        createdAt: e.created_at,
      })),
    ),
    meetings,
    decision: t.decision_text
      ? {
          text: t.decision_text,
          at: t.decision_at,
          consultationId: t.consultation_id,
          signoffs: signoffs.map((s) => ({
            party: s.party as Party,
            signerName: s.signer_name,
            signedAt: s.signed_at,
          })),
        }
      : null,
    missing,
  };
}

export async function listTopics(c: RequestContext, q: { status?: 'active' | 'closed'; stage?: Stage }) {
  let query = c.app.db.selectFrom('topics').selectAll().where('community_id', '=', c.communityId);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.stage) query = query.where('stage', '=', q.stage);
  return { items: (await query.orderBy('created_at', 'desc').limit(500).execute()).map(summary) };
}

/** Whether a topic of this community exists (a meeting may belong to it). */
/** A topic's estate: undefined when there is no such topic, null when it concerns the whole community. */
export async function topicEstate(conn: Conn, communityId: string, topicId: string) {
  const t = await conn
    .selectFrom('topics')
    .select('estate_id')
    .where('community_id', '=', communityId)
    .where('id', '=', topicId)
    .executeTakeFirst();
  return t ? t.estate_id : undefined;
}

export async function topicExists(conn: Conn, communityId: string, topicId: string): Promise<boolean> {
  return !!(await conn
    .selectFrom('topics')
    .select('id')
    .where('community_id', '=', communityId)
    .where('id', '=', topicId)
    .executeTakeFirst());
}

/** Open topics for a monthly meeting's agenda. */
export async function openTopics(conn: Conn, communityId: string) {
  return conn
    .selectFrom('topics')
    .select(['id', 'title', 'stage'])
    .where('community_id', '=', communityId)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .limit(30)
    .execute();
}

async function checkEstate(trx: Trx, communityId: string, estateId: string | null | undefined) {
  if (!estateId) return;
  if (!(await estateOf(trx, communityId, estateId)))
    throw errors.unprocessable('estate_not_found', '小区不存在', 'No such estate in this community');
}

/** Links source tickets through the tickets module, so each ticket shows the topic it went to. */
async function linkTickets(c: RequestContext, trx: Trx, topicId: string, ticketIds: string[]) {
  for (const ticketId of new Set(ticketIds)) {
    await linkTicket(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      ticketId,
      targetType: 'topic',
      targetId: topicId,
      note: null,
      now: nowIso(c.app.clock),
    });
  }
}

/** How a ticket names the topic it is linked to. */
export async function describeTopic(conn: Conn, communityId: string, id: string) {
  return (
    (await conn
      .selectFrom('topics')
      .select('title')
      .where('community_id', '=', communityId)
      .where('id', '=', id)
      .executeTakeFirst()) ?? null
  );
}

/** A topic's signed decision, for a record that rests on it (a parking rule version); null when there is no decision yet. */
export async function topicDecision(conn: Conn, communityId: string, id: string) {
  const t = await conn
    .selectFrom('topics')
    .select(['id', 'title', 'status', 'decision_text', 'decision_at', 'consultation_id'])
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return t?.decision_text
    ? {
        id: t.id,
        title: t.title,
        closed: t.status === 'closed',
        text: t.decision_text,
        at: t.decision_at,
        consultationId: t.consultation_id,
      }
    : null;
}

export async function createTopic(c: RequestContext, body: z.infer<typeof CreateTopicBody>) {
  const id = newId();
  const now = nowIso(c.app.clock);
  await c.app.db.transaction().execute(async (trx) => {
    await checkEstate(trx, c.communityId, body.estateId);
    await trx
      .insertInto('topics')
      .values({
        id,
        community_id: c.communityId,
        title: body.title,
        description: body.description,
        source: body.source,
        estate_id: body.estateId,
        stage: 'proposed',
        status: 'active',
        consultation_id: null,
        decision_text: null,
        decision_at: null,
        created_by: c.actor.userId,
        closed_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('topic_stages')
      .values({
        id: newId(),
        community_id: c.communityId,
        topic_id: id,
        stage: 'proposed',
        status: 'active',
        started_at: now,
        ended_at: null,
        skip_reason: null,
        actor_id: c.actor.userId,
      })
      .execute();
    await linkTickets(c, trx, id, body.ticketIds);
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'topic',
      entityId: id,
      action: 'topics.create',
      after: body,
    });
  });
  return getTopic(c, id);
}

export async function updateTopic(c: RequestContext, id: string, body: z.infer<typeof UpdateTopicBody>) {
  await c.app.db.transaction().execute(async (trx) => {
    const t = await load(trx, c.communityId, id);
    if (t.status === 'closed') throw err.closed();
    await checkEstate(trx, c.communityId, body.estateId);
    await trx
      .updateTable('topics')
      .set({
        title: body.title,
        description: body.description,
        estate_id: body.estateId,
        updated_at: nowIso(c.app.clock),
      })
      .where('id', '=', id)
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'topic',
      entityId: id,
      action: 'topics.update',
      before: summary(t),
      after: body,
    });
  });
  return getTopic(c, id);
}

export async function addTickets(c: RequestContext, id: string, ticketIds: string[]) {
  await c.app.db.transaction().execute(async (trx) => {
    await load(trx, c.communityId, id);
    await linkTickets(c, trx, id, ticketIds);
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'topic',
      entityId: id,
      action: 'topics.link_tickets',
      after: { ticketIds },
    });
  });
  return getTopic(c, id);
}

/** Unlinks a ticket linked by mistake; a closed topic keeps the tickets it answered. */
export async function removeTicket(c: RequestContext, id: string, ticketId: string) {
  await c.app.db.transaction().execute(async (trx) => {
    const t = await load(trx, c.communityId, id);
    if (t.status === 'closed') throw err.closed();
    await unlinkTicket(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      ticketId,
      targetType: 'topic',
      targetId: id,
      now: nowIso(c.app.clock),
    });
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'topic',
      entityId: id,
      action: 'topics.unlink_ticket',
      before: { ticketId },
    });
  });
  return getTopic(c, id);
}

/**
 * Completes the active stage and starts the next, one active at a time. A stage completes only when
 * its evidence is there; skipping it instead needs a reason, which is kept with the stage.
 */
/**
 * What closing a topic does in other modules, in the topic's transaction: server/workflows/topics.ts passes it in
 * (today: resolve the tickets linked to the topic), so this module does not decide for tickets.
 */
export interface TopicLinks {
  /** Called once when the topic closes with resolveTickets not false, before the dashboards' summary rows are taken. */
  closed(trx: Trx, topic: { id: string; title: string; decisionText: string | null }, now: string): Promise<void>;
  /**
   * Called when the topic enters 公示 (review): publishes the decision as a public notice (notices module) and answers
   * its id, which the stage keeps as its publication evidence; null when there is no decision to announce.
   */
  review?(trx: Trx, topic: { id: string; title: string }, now: string): Promise<string | null>;
}

export async function advance(
  c: RequestContext,
  id: string,
  body: { skipReason?: string; resolveTickets?: boolean },
  links: TopicLinks,
) {
  const now = nowIso(c.app.clock);
  await c.app.db.transaction().execute(async (trx) => {
    const t = await load(trx, c.communityId, id);
    if (t.status === 'closed') throw err.closed();
    const stage = t.stage as Stage;
    if (!body.skipReason) {
      const missing = await missingFor(trx, t);
      if (missing.length) throw err.incomplete(missing);
    }
    const next = STAGES[STAGES.indexOf(stage) + 1];
    const moved = await trx
      .updateTable('topics')
      .set({
        stage: next,
        status: next === 'closed' ? 'closed' : 'active',
        closed_at: next === 'closed' ? now : null,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('stage', '=', stage)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0)
      throw errors.conflict(
        'topic_changed',
        '议题刚被他人推进，请刷新',
        'Someone else just moved the topic on; reload',
      );
    await trx
      .updateTable('topic_stages')
      .set({ status: body.skipReason ? 'skipped' : 'completed', ended_at: now, skip_reason: body.skipReason ?? null })
      .where('topic_id', '=', id)
      .where('stage', '=', stage)
      .execute();
    if (next === 'closed' && body.resolveTickets !== false) {
      await links.closed(trx, { id, title: t.title, decisionText: t.decision_text }, now);
    } else if (next !== 'closed') {
      await trx
        .insertInto('topic_stages')
        .values({
          id: newId(),
          community_id: c.communityId,
          topic_id: id,
          stage: next,
          status: 'active',
          started_at: now,
          ended_at: null,
          skip_reason: null,
          actor_id: c.actor.userId,
        })
        .execute();
      const noticeId = next === 'review' && links.review ? await links.review(trx, { id, title: t.title }, now) : null;
      if (noticeId)
        await trx
          .insertInto('topic_evidence')
          .values({
            id: newId(),
            community_id: c.communityId,
            topic_id: id,
            stage: 'review',
            kind: 'publication',
            text: `决议已在公示栏公示（公示编号 ${noticeId}）`,
            file_ref: null,
            meeting_id: null,
            link_type: 'notice',
            link_id: noticeId,
            created_by: c.actor.userId,
            created_at: now,
          })
          .execute();
    }
    // After the linked tickets: summary rows are always taken ticket cells first, then months (no lock cycle).
    if (next === 'closed') await topicClosed(trx, { community_id: c.communityId, closed_at: now });
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'topic',
      entityId: id,
      action: body.skipReason ? 'topics.skip_stage' : 'topics.advance',
      before: { stage },
      after: {
        stage: next,
        skipReason: body.skipReason ?? null,
        ...(next === 'closed' ? { resolveTickets: body.resolveTickets !== false } : {}),
      },
    });
  });
  return getTopic(c, id);
}

/** What an evidence's link points at, described by the module that registered the link target. */
async function evidenceLink(conn: Conn, communityId: string, type: string | null, id: string | null) {
  if (!type || !id) return null;
  const target = linkTarget(type);
  const desc = target ? await target.describe(conn, communityId, id) : null;
  return { type, id, labelZh: target?.labelZh ?? type, title: desc?.title ?? null, path: target?.path?.(id) ?? null };
}

/** A link must name a registered target type and a record of it in this community. */
async function checkLink(trx: Trx, communityId: string, link: { type: string; id: string } | undefined) {
  if (!link) return;
  const target = linkTarget(link.type);
  if (!target)
    throw errors.unprocessable('unknown_link_target', '不支持关联这种对象', `Evidence cannot point at ${link.type}`);
  if (!(await target.describe(trx, communityId, link.id)))
    throw errors.unprocessable('link_not_found', '要关联的记录不存在', 'The record to point at does not exist');
}

export async function addEvidence(c: RequestContext, id: string, body: z.infer<typeof EvidenceBody>) {
  await c.app.db.transaction().execute(async (trx) => {
    const t = await load(trx, c.communityId, id);
    if (t.status === 'closed') throw err.closed();
    if (body.meetingId && !(await meetingExists(trx, c.communityId, body.meetingId)))
      throw errors.unprocessable('meeting_not_found', '会议不存在', 'No such meeting in this community');
    await checkLink(trx, c.communityId, body.link);
    const eid = newId();
    await trx
      .insertInto('topic_evidence')
      .values({
        id: eid,
        community_id: c.communityId,
        topic_id: id,
        stage: t.stage,
        kind: body.kind,
        text: body.text,
        file_ref: body.fileRef ?? null,
        meeting_id: body.meetingId ?? null,
        link_type: body.link?.type ?? null,
        link_id: body.link?.id ?? null,
        created_by: c.actor.userId,
        created_at: nowIso(c.app.clock),
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'topic',
      entityId: id,
      action: 'topics.evidence',
      after: { id: eid, stage: t.stage, ...body },
    });
  });
  return getTopic(c, id);
}

/** The decision text, based on a closed consultation; frozen once any party has signed. */
export async function setDecision(
  c: RequestContext,
  id: string,
  body: { text: string; consultationId: string | null },
) {
  const now = nowIso(c.app.clock);
  await c.app.db.transaction().execute(async (trx) => {
    const t = await load(trx, c.communityId, id);
    if (t.stage !== 'decision') throw err.wrongStage('decision');
    const signed = await trx
      .selectFrom('topic_signoffs')
      .select('id')
      .where('topic_id', '=', id)
      .limit(1)
      .executeTakeFirst();
    if (signed) throw err.signed();
    const consultationId = body.consultationId ?? (await closedConsultationOfTopic(trx, c.communityId, id))?.id ?? null;
    if (body.consultationId && !(await closedConsultation(trx, c.communityId, body.consultationId))) {
      throw errors.unprocessable(
        'consultation_not_closed',
        '决议所依据的征询不存在或尚未结束',
        'The consultation the decision rests on does not exist or is not closed',
      );
    }
    await trx
      .updateTable('topics')
      .set({ decision_text: body.text, decision_at: now, consultation_id: consultationId, updated_at: now })
      .where('id', '=', id)
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'topic',
      entityId: id,
      action: 'topics.decision',
      before: { text: t.decision_text },
      after: { text: body.text, consultationId },
    });
    // Each of the four parties signs the decision: everyone who may sign for one is told it is waiting.
    await notifyUsers(trx, {
      communityId: c.communityId,
      userIds: (await usersWithRole(trx, c.communityId, Object.values(PARTY_ROLES).flat())).filter(
        (u) => u !== c.actor.userId,
      ),
      kind: 'topic_signoff',
      title: `议题决议待签字：${t.title}`,
      titleEn: `Decision waiting for your party's signature: ${t.title}`,
      body: body.text.slice(0, 300),
      entityType: 'topic',
      entityId: id,
      now,
    });
  });
  return getTopic(c, id);
}

/** One signature per party, by someone who belongs to it. */
export async function signoff(c: RequestContext, id: string, body: { party: Party; signerName: string }) {
  const roles = rolesIn(c.actor, c.communityId);
  if (!PARTY_ROLES[body.party].some((r) => roles.has(r))) throw err.notParty(body.party);
  await c.app.db.transaction().execute(async (trx) => {
    const t = await load(trx, c.communityId, id);
    if (t.stage !== 'decision') throw err.wrongStage('decision');
    if (!t.decision_text) throw errors.conflict('no_decision', '请先填写决议文本', 'Write the decision text first');
    const ins = await trx
      .insertInto('topic_signoffs')
      .values({
        id: newId(),
        community_id: c.communityId,
        topic_id: id,
        party: body.party,
        signer_name: body.signerName,
        user_id: c.actor.userId,
        signed_at: nowIso(c.app.clock),
      })
      .onConflict((oc) => oc.columns(['topic_id', 'party']).doNothing())
      .executeTakeFirst();
    if (Number(ins.numInsertedOrUpdatedRows ?? 0) === 0) throw err.alreadySigned(body.party);
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'topic',
      entityId: id,
      action: 'topics.signoff',
      after: body,
    });
  });
  return getTopic(c, id);
}

/** "Problems solved" is the number of closed topics (the article: 18). */
export async function topicStats(c: RequestContext, q: { from?: string; to?: string }) {
  let closed = c.app.db
    .selectFrom('topics')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('community_id', '=', c.communityId)
    .where('status', '=', 'closed');
  if (q.from) closed = closed.where('closed_at', '>=', new Date(q.from).toISOString());
  if (q.to) closed = closed.where('closed_at', '<', new Date(q.to).toISOString());
  const [solved, active] = await Promise.all([
    closed.executeTakeFirstOrThrow(),
    c.app.db
      .selectFrom('topics')
      .select(['stage', (eb) => eb.fn.countAll<number>().as('n')])
      .where('community_id', '=', c.communityId)
      .where('status', '=', 'active')
      .groupBy('stage')
      .execute(),
  ]);
  const byStage = Object.fromEntries(active.map((r) => [r.stage, Number(r.n)]));
  return { problemsSolved: Number(solved.n), active: active.reduce((a, r) => a + Number(r.n), 0), byStage };
}

/** Closing times of the community's closed topics, as the dashboards summarise them (the manifest's summarySource). */
export async function summaryFacts(conn: Conn, communityId: string): Promise<SummaryFacts> {
  const rows = await conn
    .selectFrom('topics')
    .select('closed_at')
    .where('community_id', '=', communityId)
    .where('status', '=', 'closed')
    .execute();
  return { topicsClosed: rows.flatMap((t) => (t.closed_at ? [t.closed_at] : [])) };
}

/**
 * Evidence written by another module's demo seeder (the demo's closed topics point at the real fee list, roster and
 * work orders): the topic found by title, the link checked like `addEvidence`'s. Returns false when no such topic.
 */
export async function addLinkedEvidence(
  trx: Trx,
  e: {
    communityId: string;
    topicTitle: string;
    stage: Stage;
    text: string;
    link: { type: string; id: string };
    actorId: string;
    at: string;
  },
): Promise<boolean> {
  const t = await trx
    .selectFrom('topics')
    .select(['id'])
    .where('community_id', '=', e.communityId)
    .where('title', '=', e.topicTitle)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!t) return false;
  await checkLink(trx, e.communityId, e.link);
  const eid = newId();
  await trx
    .insertInto('topic_evidence')
    .values({
      id: eid,
      community_id: e.communityId,
      topic_id: t.id,
      stage: e.stage,
      kind: 'note',
      text: e.text,
      file_ref: null,
      meeting_id: null,
      link_type: e.link.type,
      link_id: e.link.id,
      created_by: e.actorId,
      created_at: e.at,
    })
    .execute();
  await record(trx, {
    actorId: e.actorId,
    communityId: e.communityId,
    entityType: 'topic',
    entityId: t.id,
    action: 'topics.evidence',
    after: { id: eid, stage: e.stage, text: e.text, link: e.link, seeded: true },
  });
  return true;
}

/** The parties a set of roles may sign for (PARTY_ROLES), for the workbench. */
export function partiesOfRoles(roles: ReadonlySet<Role>): Party[] {
  return (Object.keys(PARTY_ROLES) as Party[]).filter((p) => PARTY_ROLES[p].some((r) => roles.has(r)));
}

/**
 * For the workbench: active topics whose decision is written and waits for a signature of one of `parties`,
 * with the parties still to sign among them.
 */
export async function awaitingSignoff(conn: Conn, communityId: string, parties: Party[]) {
  if (!parties.length) return [];
  const topics = await conn
    .selectFrom('topics')
    .select(['id', 'title', 'decision_at'])
    .where('community_id', '=', communityId)
    .where('status', '=', 'active')
    .where('stage', '=', 'decision')
    .where('decision_text', 'is not', null)
    .orderBy('decision_at')
    .orderBy('id')
    .execute();
  if (!topics.length) return [];
  const signed = await conn
    .selectFrom('topic_signoffs')
    .select(['topic_id', 'party'])
    .where('community_id', '=', communityId)
    .where(
      'topic_id',
      'in',
      topics.map((t) => t.id),
    )
    .execute();
  return topics
    .map((t) => ({
      id: t.id,
      title: t.title,
      decisionAt: t.decision_at,
      parties: parties.filter((p) => !signed.some((s) => s.topic_id === t.id && s.party === p)),
    }))
    .filter((t) => t.parties.length > 0);
}

/**
 * A topic's decision as a public notice announces it (notices' `topic_decision` source): the decision, when, the
 * parties that signed — never the signers' names. Null when the topic has no decision yet.
 */
export async function decisionNoticeSnapshot(conn: Conn, communityId: string, id: string) {
  const d = await topicDecision(conn, communityId, id);
  if (!d) return null;
  const signed = await conn.selectFrom('topic_signoffs').select('party').where('topic_id', '=', id).execute();
  return {
    title: d.title,
    decision: d.text,
    decidedAt: d.at,
    consultationId: d.consultationId,
    signedBy: PARTIES.filter((p) => signed.some((s) => s.party === p)).map((p) => PARTY_LABELS[p]),
  };
}

/** Topics whose decision was taken in [fromIso, toIso): the monthly report's 四方议事 section. */
export async function topicsDecided(conn: Conn, communityId: string, fromIso: string, toIso: string) {
  const rows = await conn
    .selectFrom('topics')
    .where('community_id', '=', communityId)
    .where('decision_at', '>=', fromIso)
    .where('decision_at', '<', toIso)
    .select(['title', 'decision_text', 'stage'])
    .orderBy('decision_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ title: r.title, decision: r.decision_text ?? '', stage: r.stage }));
}
