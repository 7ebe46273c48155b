import { isoAt, type RequestContext } from '../core/context';
import * as notices from '../modules/notices/notices.service';
import * as tickets from '../modules/tickets/tickets.service';
import * as topics from '../modules/topics/topics.service';

/** How long a topic's decision stays on the notice board when the topic enters 公示 (China-time dates). */
const REVIEW_NOTICE_DAYS = 7;
const CN_MS = 8 * 3_600_000;
const cnDate = (ms: number) => isoAt(ms + CN_MS).slice(0, 10);

/**
 * Moves a topic to its next stage. Entering 公示 (review) publishes the decision on the community's notice board
 * (notices module, created from the topic's decision, for 7 days) and keeps the notice as the stage's publication
 * evidence — unless the decision already has a published notice. When it closes, a solved problem closes the loop
 * for the residents who raised it: the tickets linked to the topic are resolved with the decision and await their
 * confirmation — in the topic's transaction, so a refused close resolves nothing.
 */
export function advanceTopic(c: RequestContext, id: string, body: { skipReason?: string; resolveTickets?: boolean }) {
  return topics.advance(c, id, body, {
    review: async (trx, t, now) => {
      if (!(await topics.decisionNoticeSnapshot(trx, c.communityId, t.id))) return null;
      if (await notices.publishedNoticeOf(trx, c.communityId, 'topic_decision', t.id)) return null;
      const ms = Date.parse(now);
      return notices.publishInTrx(trx, {
        communityId: c.communityId,
        actorId: c.actor.userId,
        sourceType: 'topic_decision',
        sourceId: t.id,
        periodFrom: cnDate(ms),
        periodTo: cnDate(ms + REVIEW_NOTICE_DAYS * 86_400_000),
        now,
      });
    },
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
