import type { z } from 'zod';
import { nowIso, type RequestContext } from '../core/context';
import { errors } from '../core/errors';
import type { CreateWorkOrderBody } from '../../contract/workorders';
import * as tickets from '../modules/tickets/tickets.service';
import * as topics from '../modules/topics/topics.service';
import * as workorders from '../modules/workorders/workorders.service';
const { WORK_ORDER_LINK } = workorders;

/**
 * Work orders and the records they come from, in one transaction each: a ticket escalates to a work order
 * (linked both ways; the reporter may then accept the work), a topic's decision is carried out by one, and
 * the work order's acceptance resolves its tickets and asks their reporters to confirm.
 */
export async function createWorkOrder(c: RequestContext, body: z.infer<typeof CreateWorkOrderBody>) {
  if (body.source !== 'inspection' && !body.sourceId) {
    throw errors.unprocessable(
      'source_required',
      '来自诉求或议题的工单需要指明来源',
      'A work order from a ticket or a topic needs its source id',
    );
  }
  return c.db.transaction().execute(async (trx) => {
    let reporterUserId: string | null = null;
    let estateId = body.estateId;
    if (body.source === 'ticket') {
      const { t } = await tickets.ticketFor(trx, c.actor, c.communityId, body.sourceId!, 'handle');
      reporterUserId = t.reporter_user_id;
      // The work is where the ticket is, unless the caller says otherwise.
      estateId ??= t.estate_id;
    }
    if (body.source === 'topic') {
      const topicEstate = await topics.topicEstate(trx, c.communityId, body.sourceId!);
      if (topicEstate === undefined) throw errors.notFound('topic');
      // The work is in the topic's estate, unless the caller says otherwise.
      estateId ??= topicEstate;
    }
    const made = await workorders.createWorkOrder(
      c,
      { ...body, estateId, sourceId: body.source === 'inspection' ? null : body.sourceId },
      trx,
      { reporterUserId },
    );
    if (body.source === 'ticket') {
      await tickets.linkTicket(trx, {
        actorId: c.actor.userId,
        communityId: c.communityId,
        ticketId: body.sourceId!,
        targetType: WORK_ORDER_LINK,
        targetId: made.id,
        note: '转维修工单',
        now: nowIso(c.app.clock),
      });
    }
    return made;
  });
}

/** Acceptance: the cost posted to the fund, the linked tickets resolved and their reporters asked to confirm — all or nothing. */
export async function acceptWorkOrder(c: RequestContext, id: string, body: { comment: string }) {
  await c.db.transaction().execute(async (trx) => {
    const w = await workorders.accept(c, id, body, trx);
    await tickets.resolveLinked(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      targetType: WORK_ORDER_LINK,
      targetId: id,
      message: `维修工单 ${w.number}「${w.title}」已完工验收`,
      now: nowIso(c.app.clock),
    });
  });
  return workorders.getWorkOrder(c, id);
}
