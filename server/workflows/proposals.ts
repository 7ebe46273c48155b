import type { z } from 'zod';
import type { CreateProposalBody } from '../../contract/proposals';
import { nowIso, type RequestContext } from '../core/context';
import { errors } from '../core/errors';
import * as proposals from '../modules/proposals/proposals.service';
import { linkTicket, resolveLinked, ticketFor, ticketsLinkedTo } from '../modules/tickets/tickets.service';
import { topicExists } from '../modules/topics/topics.service';

/**
 * 代表建议 spans three modules: the proposal (proposals), the tickets it groups (tickets) and the topic it may
 * come from (topics). Each step runs in one transaction through each module's service, so a proposal never
 * exists half-linked and an outcome never leaves its tickets open.
 */

const linkedTickets = async (c: RequestContext, id: string) =>
  (await ticketsLinkedTo(c.db, c.communityId, 'proposal', id)).map((t) => ({
    id: t.id,
    number: t.number,
    title: t.title,
    state: t.state,
  }));

export async function getProposal(c: RequestContext, id: string) {
  return proposals.proposalView(c, id, await linkedTickets(c, id));
}

export async function listProposals(c: RequestContext) {
  return proposals.listProposals(c, async (id) => (await ticketsLinkedTo(c.db, c.communityId, 'proposal', id)).length);
}

/** The deputy groups tickets (and those of the topic, when it comes from one) into a proposal; each ticket's timeline shows it. */
export async function createProposal(c: RequestContext, b: z.infer<typeof CreateProposalBody>) {
  const now = nowIso(c.app.clock);
  const id = await c.db.transaction().execute(async (trx) => {
    if (b.topicId && !(await topicExists(trx, c.communityId, b.topicId)))
      throw errors.unprocessable('topic_not_found', '议题不存在', 'No such topic in this community');
    const fromTopic = b.topicId ? (await ticketsLinkedTo(trx, c.communityId, 'topic', b.topicId)).map((t) => t.id) : [];
    const ticketIds = [...new Set([...b.ticketIds, ...fromTopic])];
    const pid = await proposals.insertProposal(trx, c, b, now);
    for (const ticketId of ticketIds) {
      await ticketFor(trx, c.actor, c.communityId, ticketId, 'see');
      await linkTicket(trx, {
        actorId: c.actor.userId,
        communityId: c.communityId,
        ticketId,
        targetType: 'proposal',
        targetId: pid,
        now,
      });
    }
    return pid;
  });
  return getProposal(c, id);
}

/** The outcome: the proposal concludes and its still-open tickets are resolved with it, their reporters asked to confirm. */
export async function recordOutcome(c: RequestContext, id: string, outcome: string) {
  const now = nowIso(c.app.clock);
  const resolved = await c.db.transaction().execute(async (trx) => {
    const p = await proposals.conclude(trx, c, id, outcome, now);
    return resolveLinked(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      targetType: 'proposal',
      targetId: id,
      message: `代表建议「${p.title}」已办结：${outcome}`,
      now,
    });
  });
  return { ...(await getProposal(c, id)), ticketsResolved: resolved };
}

/** A step of the coordination, then the proposal as the page shows it. */
export async function addLog(c: RequestContext, id: string, b: { date: string; text: string }) {
  await proposals.addLog(c, id, b);
  return getProposal(c, id);
}
