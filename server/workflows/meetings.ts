import type { z } from 'zod';
import type { CreateMeetingBody } from '../../contract/meetings';
import type { RequestContext } from '../core/context';
import * as meetings from '../modules/meetings/meetings.service';
import { listTickets } from '../modules/tickets/tickets.service';
import * as topics from '../modules/topics/topics.service';

/**
 * Operations that span modules live in server/workflows/: each calls the modules' services, so no module
 * reads another's tables and the modules depend on each other in one direction (topics → meetings).
 */

const OPEN_TICKET_STATES = new Set(['submitted', 'accepted', 'in_progress', 'waiting_on_reporter', 'reopened']);

/** Creates a meeting; a monthly one's default agenda is every open topic, then the open tickets most households support. */
export function createMeeting(c: RequestContext, body: z.infer<typeof CreateMeetingBody>) {
  return meetings.createMeeting(c, body, {
    topicExists: (trx, topicId) => topics.topicExists(trx, c.communityId, topicId),
    drawAgenda: async () => {
      const open = await topics.openTopics(c.app.db, c.communityId);
      const tickets = await listTickets(
        c.app.db,
        c.actor,
        c.communityId,
        { scope: 'all', page: 1, pageSize: 100 },
        c.app.clock.now(),
      );
      const supported = tickets.items
        .filter((t) => OPEN_TICKET_STATES.has(t.state))
        .sort((a, b) => b.supportCount - a.supportCount)
        .slice(0, 20);
      return [
        ...open.map((t) => ({ kind: 'topic' as const, refId: t.id, title: t.title })),
        ...supported.map((t) => ({ kind: 'ticket' as const, refId: t.id, title: `${t.number} ${t.title}` })),
      ];
    },
  });
}
