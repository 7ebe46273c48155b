import type { Conn } from '../../core/db/kysely';
import { AppError, errors } from '../../core/errors';
import { rolesIn, type Actor } from '../../core/policy/policy';
import { ALL_SEEING, HANDLERS } from './tickets.policy';
import './tickets.tables';
import { gridsServedBy } from '../org/org.service';

/** Who the actor is towards tickets of one community. */
export interface TicketViewer {
  actor: Actor;
  communityId: string;
  allSeeing: boolean;
  handler: boolean;
  gridIds: string[];
  residentId: string | null;
  householdId: string | null;
}

/** Loads the grids the actor serves; everything else comes from the session's actor. */
export async function viewerOf(conn: Conn, actor: Actor, communityId: string): Promise<TicketViewer> {
  const roles = rolesIn(actor, communityId);
  const allSeeing = actor.platformAdmin || ALL_SEEING.some((r) => roles.has(r));
  const handler = allSeeing || HANDLERS.some((r) => roles.has(r));
  const gridIds = handler ? await gridsServedBy(conn, communityId, actor.userId) : [];
  const res = actor.residents.get(communityId);
  return {
    actor,
    communityId,
    allSeeing,
    handler,
    gridIds,
    residentId: res?.residentId ?? null,
    householdId: res?.householdId ?? null,
  };
}

type TicketRow = {
  id: string;
  grid_id: string | null;
  assignee_user_id: string | null;
  reporter_user_id: string | null;
};

export interface TicketRights {
  handle: boolean;
  reporter: boolean;
  supporter: boolean;
}

/** What the viewer may do with one ticket; `null` when they may not see it at all (answered 404). */
export async function rightsOn(conn: Conn, v: TicketViewer, t: TicketRow): Promise<TicketRights | null> {
  const me = v.actor.userId;
  let handle =
    v.allSeeing || (v.handler && ((t.grid_id !== null && v.gridIds.includes(t.grid_id)) || t.assignee_user_id === me));
  if (!handle && v.handler) {
    handle = !!(await conn
      .selectFrom('ticket_helpers')
      .select('user_id')
      .where('ticket_id', '=', t.id)
      .where('user_id', '=', me)
      .executeTakeFirst());
  }
  const reporter = t.reporter_user_id === me;
  const supporter =
    !!v.householdId &&
    !!(await conn
      .selectFrom('ticket_supports')
      .select('ticket_id')
      .where('ticket_id', '=', t.id)
      .where('household_id', '=', v.householdId)
      .executeTakeFirst());
  if (!handle && !reporter && !supporter) return null;
  return { handle, reporter, supporter };
}

/** Throws 404 unless the viewer may see the ticket, 403 unless they may also handle it when asked. */
export function requireRight(rights: TicketRights | null, need: 'see' | 'handle' | 'reporter'): TicketRights {
  if (!rights) throw errors.notFound('ticket');
  if (need === 'handle' && !rights.handle) throw errors.forbidden();
  if (need === 'reporter' && !rights.reporter) {
    throw new AppError(
      'not_your_ticket',
      403,
      '只有提出诉求的居民本人可以确认或重开',
      'Only the resident who reported this ticket can confirm or reopen it',
    );
  }
  return rights;
}
