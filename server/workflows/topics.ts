import type { RequestContext } from '../core/context';
import * as tickets from '../modules/tickets/tickets.service';
import * as topics from '../modules/topics/topics.service';

/**
 * Moves a topic to its next stage. When it closes, a solved problem closes the loop for the residents who
 * raised it: the tickets linked to the topic are resolved with the decision and await their confirmation —
 * in the topic's transaction, so a refused close resolves nothing.
 */
export function advanceTopic(c: RequestContext, id: string, body: { skipReason?: string; resolveTickets?: boolean }) {
  return topics.advance(c, id, body, {
    closed: async (trx, t, now) => {
      await tickets.resolveLinked(trx, {
        actorId: c.actor.userId,
        communityId: c.communityId,
        targetType: 'topic',
        targetId: t.id,
        now,
        message: `四方议事「${t.title}」已结案${t.decisionText ? `：${t.decisionText}` : ''}`.slice(0, 1000),
      });
    },
  });
}
