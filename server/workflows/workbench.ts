import type { z } from 'zod';
import type { AppContext } from '../core/context';
import { rolesIn, type Actor, type Role } from '../core/policy/policy';
import type { Workbench, WorkbenchTicket } from '../../contract/workbench';
import * as consultations from '../modules/consultations/consultations.service';
import * as meetings from '../modules/meetings/meetings.service';
import * as org from '../modules/org/org.service';
import * as tickets from '../modules/tickets/tickets.service';
import * as topics from '../modules/topics/topics.service';

/**
 * 工作台 (issue #17): the console's home, per role. A read across modules, each through its service; a section
 * is computed only for the roles it concerns and is null for the others.
 */

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const CN = 8 * HOUR;
/** Roles that see every ticket of the community (tickets.policy ALL_SEEING). */
const ALL_TICKETS: Role[] = ['staff', 'party_branch'];
/** Roles that work on tickets of their grid or given to them. */
const GRID_TICKETS: Role[] = ['grid_member', 'building_leader', 'property_manager', 'property_specialist'];
/** Who confirms paper ballots (consultations.manage). */
const BALLOTS: Role[] = ['staff', 'party_branch'];
/** Who follows consultations' turnout (consultations.archive). */
const TURNOUT: Role[] = ['staff', 'party_branch', 'committee', 'building_leader', 'deputy'];
/** Who reads meetings (meetings.read, console roles). */
const MEETINGS: Role[] = [
  'staff',
  'party_branch',
  'committee',
  'building_leader',
  'property_manager',
  'property_specialist',
  'deputy',
  'grid_member',
];
/** Consultations closing within this long are listed with their turnout. */
export const CLOSING_SOON_MS = 3 * DAY;
/** A deadline within this long is "about to be overdue". */
export const DUE_SOON_MS = DAY;

/** Monday 00:00 to next Monday 00:00 (Asia/Shanghai) around `now`, as instants. */
export function weekOf(now: number): { from: number; to: number } {
  const local = now + CN;
  const dayStart = Math.floor(local / DAY) * DAY;
  const weekday = (new Date(dayStart).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const from = dayStart - weekday * DAY - CN;
  return { from, to: from + 7 * DAY };
}

export async function workbench(
  ctx: AppContext,
  actor: Actor,
  communityId: string,
): Promise<z.infer<typeof Workbench>> {
  const now = ctx.clock.now();
  const roles = rolesIn(actor, communityId);
  const has = (rs: Role[]) => rs.some((r) => roles.has(r));
  const week = weekOf(now);
  const iso = (ms: number) => new Date(ms).toISOString();

  const ticketSection = async () => {
    if (!has(ALL_TICKETS) && !has(GRID_TICKETS)) return null;
    const [gridIds, grids] = await Promise.all([
      org.gridsServedBy(ctx.db, communityId, actor.userId),
      org.gridsOf(ctx.db, communityId),
    ]);
    const scope = has(ALL_TICKETS) ? ('all' as const) : { userId: actor.userId, gridIds };
    const rows = await tickets.workbenchTickets(ctx.db, communityId, scope);
    const gridName = new Map(grids.map((g) => [g.id, g.name]));
    const view = (t: tickets.WorkbenchTicket): z.infer<typeof WorkbenchTicket> => ({
      id: t.id,
      number: t.number,
      title: t.title,
      state: t.state,
      urgency: t.urgency,
      gridId: t.gridId,
      gridName: t.gridId ? (gridName.get(t.gridId) ?? null) : null,
      mine: t.assigneeUserId === actor.userId,
      dueAt: t.dueAt,
    });
    const open = rows.filter((t) => t.state !== 'resolved');
    const due = (t: tickets.WorkbenchTicket) => (t.dueAt ? Date.parse(t.dueAt) : Infinity);
    const byDue = (a: tickets.WorkbenchTicket, b: tickets.WorkbenchTicket) => due(a) - due(b);
    return {
      allGrids: scope === 'all',
      mine: open.filter((t) => t.assigneeUserId === actor.userId).map(view),
      grid: open.filter((t) => (scope === 'all' ? true : t.gridId !== null && gridIds.includes(t.gridId))).map(view),
      overdue: open
        .filter((t) => due(t) < now)
        .sort(byDue)
        .map(view),
      dueSoon: open
        .filter((t) => due(t) >= now && due(t) < now + DUE_SOON_MS)
        .sort(byDue)
        .map(view),
      replied: open.filter((t) => t.reporterReplied).map(view),
      awaitingResident: rows.filter((t) => t.state === 'resolved').map(view),
    };
  };

  const [ticketRows, pendingBallots, signoffs, meetingRows, closing] = await Promise.all([
    ticketSection(),
    has(BALLOTS) ? consultations.pendingBallotsOfCommunity(ctx.db, communityId, actor.userId) : null,
    topics.partiesOfRoles(roles).length
      ? topics.awaitingSignoff(ctx.db, communityId, topics.partiesOfRoles(roles))
      : null,
    has(MEETINGS) ? meetings.meetingsBetween(ctx.db, communityId, iso(week.from), iso(week.to)) : null,
    has(TURNOUT) ? consultations.closingSoon(ctx.db, communityId, iso(now + CLOSING_SOON_MS)) : null,
  ]);
  return {
    communityId,
    now: iso(now),
    weekFrom: iso(week.from),
    weekTo: iso(week.to),
    tickets: ticketRows,
    pendingBallots,
    signoffs: signoffs?.map((s) => ({ ...s, decisionAt: s.decisionAt ? iso(Date.parse(s.decisionAt)) : null })) ?? null,
    meetings: meetingRows,
    consultations: closing,
  };
}
