import type { z } from 'zod';
import type { CreateProposalBody, Proposal } from '../../../contract/proposals';
import { record } from '../../core/audit/audit';
import { nowIso, type RequestContext } from '../../core/context';
import type { Conn, Trx } from '../../core/db/kysely';
import { errors } from '../../core/errors';
import { newId } from '../../core/ids';
import * as repo from './proposals.repo';

/**
 * The proposal's own records. Linking its tickets, checking its topic and resolving the tickets with the
 * outcome span modules: server/workflows/proposals.ts calls these inside its one transaction.
 */

export async function describeProposal(conn: Conn, communityId: string, id: string) {
  const p = await repo.proposalById(conn, communityId, id);
  return p ? { title: `代表建议：${p.title}` } : null;
}

export async function insertProposal(
  trx: Trx,
  c: RequestContext,
  b: Omit<z.infer<typeof CreateProposalBody>, 'ticketIds'>,
  now: string,
): Promise<string> {
  const id = newId();
  await trx
    .insertInto('proposals')
    .values({
      id,
      community_id: c.communityId,
      title: b.title,
      problem: b.problem,
      suggestion: b.suggestion,
      addressee: b.addressee,
      topic_id: b.topicId,
      status: 'open',
      outcome: null,
      concluded_at: null,
      created_by: c.actor.userId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await record(trx, {
    actorId: c.actor.userId,
    communityId: c.communityId,
    entityType: 'proposal',
    entityId: id,
    action: 'proposal.create',
    after: { title: b.title, addressee: b.addressee, topicId: b.topicId },
  });
  return id;
}

/** One step of the coordination over months (a meeting with the builder, a site visit); dated by when it happened. */
export async function addLog(c: RequestContext, id: string, b: { date: string; text: string }) {
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const p = await repo.proposalById(trx, c.communityId, id);
    if (!p) throw errors.notFound('proposal');
    if (p.status !== 'open') throw concluded();
    if (b.date > now.slice(0, 10) || b.date < p.created_at.slice(0, 10))
      throw errors.unprocessable(
        'invalid_log_date',
        '记录日期须在建议提出之后、今天之前',
        'The date must be between the proposal and today',
      );
    await trx
      .insertInto('proposal_logs')
      .values({
        id: newId(),
        community_id: c.communityId,
        proposal_id: id,
        date: b.date,
        text: b.text,
        created_by: c.actor.userId,
        created_at: now,
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'proposal',
      entityId: id,
      action: 'proposal.log',
      after: { date: b.date },
    });
  });
}

const concluded = () => errors.conflict('proposal_concluded', '该建议已办结', 'The proposal is already concluded');

/** Records the outcome once: a conditional UPDATE, so two deputies pressing at once cannot both conclude it. */
export async function conclude(trx: Trx, c: RequestContext, id: string, outcome: string, now: string) {
  const p = await repo.proposalById(trx, c.communityId, id);
  if (!p) throw errors.notFound('proposal');
  const res = await trx
    .updateTable('proposals')
    .set({ status: 'concluded', outcome, concluded_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw concluded();
  await record(trx, {
    actorId: c.actor.userId,
    communityId: c.communityId,
    entityType: 'proposal',
    entityId: id,
    action: 'proposal.conclude',
    before: { status: 'open' },
    after: { status: 'concluded' },
  });
  return p;
}

type Tickets = z.infer<typeof Proposal>['tickets'];
const monthsBetween = (from: string, to: string) =>
  Math.max(0, Math.round(((Date.parse(to) - Date.parse(from)) / (30.44 * 86_400_000)) * 10) / 10);

export async function proposalView(c: RequestContext, id: string, tickets: Tickets): Promise<z.infer<typeof Proposal>> {
  const p = await repo.proposalById(c.db, c.communityId, id);
  if (!p) throw errors.notFound('proposal');
  const logs = await repo.logsOf(c.db, [id]);
  return {
    ...summaryOf(p, tickets.length, logs.length),
    problem: p.problem,
    suggestion: p.suggestion,
    outcome: p.outcome,
    logs: logs.map((l) => ({ id: l.id, date: l.date, text: l.text })),
    tickets,
    months: monthsBetween(p.created_at, p.concluded_at ?? nowIso(c.app.clock)),
  };
}

function summaryOf(p: Awaited<ReturnType<typeof repo.proposalById>> & object, ticketCount: number, logCount: number) {
  return {
    id: p.id,
    title: p.title,
    addressee: p.addressee,
    status: p.status,
    topicId: p.topic_id,
    createdAt: p.created_at,
    concludedAt: p.concluded_at,
    ticketCount,
    logCount,
  };
}

export async function listProposals(c: RequestContext, ticketCount: (id: string) => Promise<number>) {
  const rows = await repo.listProposals(c.db, c.communityId);
  const logs = await repo.logsOf(
    c.db,
    rows.map((r) => r.id),
  );
  return {
    items: await Promise.all(
      rows.map(async (p) => summaryOf(p, await ticketCount(p.id), logs.filter((l) => l.proposal_id === p.id).length)),
    ),
  };
}
