import type { Conn } from '../../core/db/kysely';
import { contains } from '../../core/db/like';
import { errors } from '../../core/errors';
import { maskInText, maskName, maskPhone } from '../../core/pii';
import type { Actor } from '../../core/policy/policy';
import { OPEN_STATES, type TicketState } from '../../../contract/tickets';
import { categoryRules, type CategoryRuleT } from './categories.service';
import { linkTarget } from './links';
import { viewerOf } from './tickets.access';
import { overdueWhere, ticketFor, transitionsFrom } from './tickets.service';
import './tickets.tables';
import * as org from '../org/org.service';
import { gridTicketCount } from '../dashboards/dashboards.service';
import { isoAt } from '../../core/context';

/** A community's tickets, to filter; counted as they are, joined to names (withNames) for a page. */
const ticketsOf = (conn: Conn, communityId: string) =>
  conn.selectFrom('tickets as t').where('t.community_id', '=', communityId);

/** The assignee's name every list shows (SUMMARY_COLS); places and the reporter are named by org (namedRows). */
function withNames(q: ReturnType<typeof ticketsOf>) {
  return q.leftJoin('users as a', 'a.id', 't.assignee_user_id');
}
const SUMMARY_COLS = [
  't.id',
  't.number',
  't.title',
  't.category',
  't.state',
  't.urgency',
  't.channel',
  't.location_kind',
  't.estate_id',
  't.building_id',
  't.area',
  't.grid_id',
  't.assignee_user_id',
  'a.display_name as assignee_name',
  't.reporter_resident_id',
  't.support_count',
  't.reopen_count',
  't.satisfaction',
  't.escalation_level',
  't.response_due_at',
  't.resolution_due_at',
  't.created_at',
  't.updated_at',
] as const;
type BareRow = Omit<SummaryRow, 'estate_name' | 'building_name' | 'grid_name' | 'reporter_name'> & {
  reporter_resident_id: string | null;
};

/** Rows with the names of their estate, building, grid and reporter, asked of org in one batch per kind. */
async function namedRows(conn: Conn, communityId: string, rows: BareRow[]): Promise<SummaryRow[]> {
  const [names, reporters] = await Promise.all([
    org.placeNames(conn, communityId, {
      estates: rows.map((r) => r.estate_id),
      buildings: rows.map((r) => r.building_id),
      grids: rows.map((r) => r.grid_id),
    }),
    org.residentsOf(
      conn,
      communityId,
      rows.map((r) => r.reporter_resident_id),
    ),
  ]);
  const nameOf = (m: Map<string, string>, id: string | null) => (id ? (m.get(id) ?? null) : null);
  return rows.map((r) => ({
    ...r,
    estate_name: nameOf(names.estates, r.estate_id),
    building_name: nameOf(names.buildings, r.building_id),
    grid_name: nameOf(names.grids, r.grid_id),
    reporter_name: r.reporter_resident_id ? (reporters.get(r.reporter_resident_id)?.name ?? null) : null,
  }));
}

type SummaryRow = {
  id: string;
  number: string;
  title: string;
  category: string;
  state: string;
  urgency: string;
  channel: string;
  location_kind: string;
  estate_id: string | null;
  estate_name: string | null;
  building_id: string | null;
  building_name: string | null;
  area: string | null;
  grid_id: string | null;
  grid_name: string | null;
  assignee_user_id: string | null;
  assignee_name: string | null;
  reporter_name: string | null;
  support_count: number;
  reopen_count: number;
  satisfaction: number | null;
  escalation_level: number;
  response_due_at: string;
  resolution_due_at: string;
  created_at: string;
  updated_at: string;
};

export function isOverdue(
  t: { state: string; response_due_at: string; resolution_due_at: string },
  now: number,
): boolean {
  if (t.state === 'submitted' && Date.parse(t.response_due_at) < now) return true;
  return (
    ['submitted', 'accepted', 'in_progress', 'reopened'].includes(t.state) && Date.parse(t.resolution_due_at) < now
  );
}

const labelOf = (rules: CategoryRuleT[], code: string) => rules.find((r) => r.code === code)?.labelZh ?? code;

function present(r: SummaryRow, rules: CategoryRuleT[], now: number) {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    category: r.category,
    categoryLabel: labelOf(rules, r.category),
    state: r.state as TicketState,
    urgency: r.urgency as 'normal' | 'urgent',
    channel: r.channel,
    locationKind: r.location_kind,
    estateId: r.estate_id,
    estateName: r.estate_name,
    buildingId: r.building_id,
    buildingName: r.building_name,
    area: r.area,
    gridId: r.grid_id,
    gridName: r.grid_name,
    assignee: r.assignee_user_id ? { id: r.assignee_user_id, name: r.assignee_name ?? '' } : null,
    reporterName: maskName(r.reporter_name),
    supportCount: Number(r.support_count),
    reopenCount: r.reopen_count,
    satisfaction: r.satisfaction,
    overdue: isOverdue(r, now),
    escalationLevel: r.escalation_level,
    responseDueAt: r.response_due_at,
    resolutionDueAt: r.resolution_due_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface ListFilter {
  scope?: 'mine' | 'supported' | 'grid' | 'all';
  state?: string;
  category?: string;
  urgency?: string;
  gridId?: string;
  overdue?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/**
 * The lists: a resident's own and supported tickets, a grid team's inbox, everything for staff.
 * The default scope follows the role; asking for a wider scope than the role allows is refused.
 */
export async function listTickets(conn: Conn, actor: Actor, communityId: string, f: ListFilter, nowMs: number) {
  const v = await viewerOf(conn, actor, communityId);
  const scope = f.scope ?? (v.allSeeing ? 'all' : v.handler ? 'grid' : 'mine');
  if (scope === 'all' && !v.allSeeing) throw errors.forbidden();
  if (scope === 'grid' && !v.handler) throw errors.forbidden();
  let q = ticketsOf(conn, communityId);
  if (scope === 'mine') q = q.where('t.reporter_user_id', '=', actor.userId);
  if (scope === 'supported') {
    if (!v.householdId) return { items: [], total: 0, page: f.page, pageSize: f.pageSize };
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('ticket_supports as s')
          .select('s.ticket_id')
          .whereRef('s.ticket_id', '=', 't.id')
          .where('s.household_id', '=', v.householdId!),
      ),
    );
  }
  // A grid the member serves is visible whole: asking for it needs no "or assigned to me or I help"
  // test, which no index serves (the list of one grid is then one index search, newest first).
  const wholeGrid = !!f.gridId && v.gridIds.includes(f.gridId);
  if (scope === 'grid' && !v.allSeeing && !wholeGrid) {
    q = q.where((eb) =>
      eb.or([
        ...(v.gridIds.length ? [eb('t.grid_id', 'in', v.gridIds)] : []),
        eb('t.assignee_user_id', '=', actor.userId),
        eb.exists(
          eb
            .selectFrom('ticket_helpers as h')
            .select('h.ticket_id')
            .whereRef('h.ticket_id', '=', 't.id')
            .where('h.user_id', '=', actor.userId),
        ),
      ]),
    );
  }
  if (f.state) q = q.where('t.state', '=', f.state);
  if (f.category) q = q.where('t.category', '=', f.category);
  if (f.urgency) q = q.where('t.urgency', '=', f.urgency);
  if (f.gridId) q = q.where('t.grid_id', '=', f.gridId);
  if (f.overdue) q = q.where(overdueWhere(isoAt(nowMs), 't.'));
  if (f.q) {
    const needle = f.q;
    q = q.where((eb) =>
      eb.or([contains('t.title', needle), contains('t.number', needle), contains('t.description', needle)]),
    );
  }
  const wholeGridOnly =
    (scope === 'grid' || scope === 'all') &&
    (wholeGrid || v.allSeeing) &&
    !!f.gridId &&
    !f.state &&
    !f.category &&
    !f.urgency &&
    !f.overdue &&
    !f.q;
  const [bare, total, rules] = await Promise.all([
    withNames(q)
      .select([...SUMMARY_COLS])
      .orderBy('t.created_at', 'desc')
      .orderBy('t.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    // A whole grid unfiltered is counted by the dashboards' per-grid rows (kept with every ticket change);
    // otherwise the filtered tickets alone are counted: the joins only add names (and PostgreSQL planning time).
    wholeGridOnly
      ? gridTicketCount(conn, communityId, f.gridId!).then((n) => ({ n }))
      : q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    categoryRules(conn, communityId),
  ]);
  const rows = await namedRows(conn, communityId, bare);
  // Tickets a household supports but does not handle are listed as the board shows them (see supporterView).
  const shown = (r: SummaryRow) =>
    scope === 'supported' && !v.allSeeing ? asBoardShows(present(r, rules, nowMs)) : present(r, rules, nowMs);
  return { items: rows.map(shown), total: Number(total.n), page: f.page, pageSize: f.pageSize };
}

/** One ticket with its timeline, photos, helpers and links, and what the viewer may do next. */
export async function ticketDetail(conn: Conn, actor: Actor, communityId: string, id: string, nowMs: number) {
  const { t, v, rights } = await ticketFor(conn, actor, communityId, id);
  const [bare, rules, helpers, photos, links, events] = await Promise.all([
    withNames(ticketsOf(conn, communityId))
      .select([...SUMMARY_COLS])
      .where('t.id', '=', id)
      .executeTakeFirstOrThrow(),
    categoryRules(conn, communityId),
    conn
      .selectFrom('ticket_helpers as h')
      .innerJoin('users as u', 'u.id', 'h.user_id')
      .select(['u.id', 'u.display_name'])
      .where('h.ticket_id', '=', id)
      .execute(),
    conn
      .selectFrom('ticket_photos')
      .select(['id', 'width', 'height'])
      .where('ticket_id', '=', id)
      .orderBy('position')
      .execute(),
    conn.selectFrom('ticket_links').selectAll().where('ticket_id', '=', id).orderBy('created_at').execute(),
    conn
      .selectFrom('ticket_events as ev')
      .leftJoin('users as u', 'u.id', 'ev.actor_id')
      .select([
        'ev.id',
        'ev.kind',
        'ev.from_state',
        'ev.to_state',
        'ev.actor_id',
        'u.display_name',
        'ev.message',
        'ev.data',
        'ev.created_at',
      ])
      .where('ev.ticket_id', '=', id)
      .orderBy('ev.created_at')
      .orderBy('ev.id')
      .execute(),
  ]);
  // The reporter's name and phone come with the names of the place, from org.
  const [row] = await namedRows(conn, communityId, [bare]);
  const reporter = t.reporter_resident_id ? await org.residentOf(conn, communityId, t.reporter_resident_id) : undefined;
  const base = `/api/communities/${communityId}/tickets/${id}/photos`;
  const linkViews = await Promise.all(
    links.map(async (l) => ({
      targetType: l.target_type,
      targetId: l.target_id,
      note: l.note,
      title: (await linkTarget(l.target_type)?.describe(conn, communityId, l.target_id))?.title ?? null,
    })),
  );
  const supportedByMe = rights.supporter;
  // A household that only supports (同问) sees what the board shows and how the state moved: the
  // board hides description, photos and names on purpose, and 同问 must not open them.
  if (!rights.handle && !rights.reporter) return supporterView(present(row, rules, nowMs), t, events, v, supportedByMe);
  return {
    ...present(row, rules, nowMs),
    description: t.description,
    reporterPhone: rights.handle ? maskPhone(reporter?.phone) : null,
    satisfactionComment: t.satisfaction_comment,
    closingReason: t.closing_reason,
    mergedIntoId: t.merged_into_id,
    acceptedAt: t.accepted_at,
    resolvedAt: t.resolved_at,
    closedAt: t.closed_at,
    helpers: helpers.map((h) => ({ id: h.id, name: h.display_name })),
    photos: photos.map((p) => ({
      id: p.id,
      url: `${base}/${p.id}`,
      thumbUrl: `${base}/${p.id}?size=thumb`,
      width: p.width,
      height: p.height,
    })),
    links: linkViews,
    // Residents see handlers by name (they serve publicly) but other residents never: what staff joined from
    // another resident (`joined`, which names them) shows to residents only as that it happened.
    timeline: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromState: e.from_state,
      toState: e.to_state,
      actorName:
        e.kind === 'support' && !rights.handle
          ? null
          : e.actor_id === t.reporter_user_id && !rights.handle && !rights.reporter
            ? maskName(e.display_name)
            : e.display_name,
      message: e.kind === 'joined' && !rights.handle ? null : e.message,
      data: e.kind === 'joined' && !rights.handle ? null : e.data,
      createdAt: e.created_at,
    })),
    supportedByMe,
    can: {
      handle: rights.handle,
      confirm: rights.reporter && t.state === 'resolved',
      comment: rights.handle || rights.reporter,
      support:
        !!v.householdId &&
        v.householdId !== t.reporter_household_id &&
        !supportedByMe &&
        OPEN_STATES.includes(t.state as TicketState),
      transitions: rights.handle ? transitionsFrom(t.state) : [],
    },
  };
}

/** A ticket summary cut to what the public board shows: numbers in the title and place masked, no reporter, no rating. */
const asBoardShows = (summary: ReturnType<typeof present>) => ({
  ...summary,
  title: maskInText(summary.title),
  area: summary.area ? maskInText(summary.area) : null,
  reporterName: null,
  satisfaction: null,
});

/** A supporter's view of a ticket: the board's fields, state changes with their times, nothing else. */
function supporterView(
  summary: ReturnType<typeof present>,
  t: { state: string; reporter_household_id: string | null; merged_into_id: string | null },
  events: Array<{ id: string; kind: string; from_state: string | null; to_state: string | null; created_at: string }>,
  v: { householdId: string | null },
  supportedByMe: boolean,
) {
  return {
    ...asBoardShows(summary),
    description: null,
    reporterPhone: null,
    satisfactionComment: null,
    closingReason: null,
    mergedIntoId: t.merged_into_id,
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    helpers: [],
    photos: [],
    links: [],
    timeline: events
      .filter((e) => e.to_state !== null)
      .map((e) => ({
        id: e.id,
        kind: e.kind,
        fromState: e.from_state,
        toState: e.to_state,
        actorName: null,
        message: null,
        data: null,
        createdAt: e.created_at,
      })),
    supportedByMe,
    can: {
      handle: false,
      confirm: false,
      comment: false,
      support:
        !!v.householdId &&
        v.householdId !== t.reporter_household_id &&
        !supportedByMe &&
        OPEN_STATES.includes(t.state as TicketState),
      transitions: [],
    },
  };
}

/**
 * The public board of an estate: what is reported and how far it is, with no one's name, phone,
 * room or description — only the title (numbers in it masked), category, building and state.
 * A signed-in resident also learns, for each ticket, only what concerns their own household:
 * whether it reported it (`mine`), already supports it (`supported`), and so whether 同问 is open to it.
 */
export async function board(
  conn: Conn,
  communityId: string,
  estateId: string,
  page: number,
  pageSize: number,
  householdId: string | null = null,
) {
  const estate = await org.estateOf(conn, communityId, estateId);
  if (!estate) throw errors.notFound('estate');
  const q = conn
    .selectFrom('tickets as t')
    .where('t.community_id', '=', communityId)
    .where('t.estate_id', '=', estateId)
    .where('t.state', 'not in', ['duplicate', 'rejected']);
  const [rows, total, rules] = await Promise.all([
    q
      .select([
        't.id',
        't.number',
        't.title',
        't.category',
        't.state',
        't.building_id',
        't.area',
        't.support_count',
        't.reporter_household_id',
        't.created_at',
        't.updated_at',
      ])
      .orderBy('t.created_at', 'desc')
      .orderBy('t.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    categoryRules(conn, communityId),
  ]);
  const buildings = (await org.placeNames(conn, communityId, { buildings: rows.map((r) => r.building_id) })).buildings;
  const supported = new Set(
    householdId && rows.length
      ? (
          await conn
            .selectFrom('ticket_supports')
            .select('ticket_id')
            .where('household_id', '=', householdId)
            .where(
              'ticket_id',
              'in',
              rows.map((r) => r.id),
            )
            .execute()
        ).map((s) => s.ticket_id)
      : [],
  );
  return {
    estate,
    items: rows.map((r) => {
      const mine = !!householdId && r.reporter_household_id === householdId;
      return {
        id: r.id,
        number: r.number,
        title: maskInText(r.title),
        category: r.category,
        categoryLabel: labelOf(rules, r.category),
        state: r.state as TicketState,
        buildingName: r.building_id ? (buildings.get(r.building_id) ?? null) : null,
        area: r.area ? maskInText(r.area) : null,
        supportCount: Number(r.support_count),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        mine,
        supported: supported.has(r.id),
        canSupport: !!householdId && !mine && !supported.has(r.id) && OPEN_STATES.includes(r.state as TicketState),
      };
    }),
    total: Number(total.n),
    page,
    pageSize,
  };
}

/** Estates and buildings to pick a ticket's place from (buildings in house-number order), and the caller's own building. */
export async function places(conn: Conn, communityId: string, householdId: string | null | undefined) {
  const [{ estates, buildings }, mine] = await Promise.all([
    org.placesOf(conn, communityId),
    householdId ? org.householdOf(conn, communityId, householdId) : undefined,
  ]);
  const byNumber = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh', { numeric: true });
  return {
    estates: estates.map((e) => ({
      id: e.id,
      name: e.name,
      buildings: buildings
        .filter((b) => b.estateId === e.id)
        .sort(byNumber)
        .map((b) => ({ id: b.id, name: b.name })),
    })),
    myBuildingId: mine?.buildingId ?? null,
  };
}

/** A building of the community (for its report QR code), or not found. */
export async function buildingOf(conn: Conn, communityId: string, buildingId: string): Promise<{ id: string }> {
  const b = await org.buildingOf(conn, communityId, buildingId);
  if (!b) throw errors.notFound('building');
  return { id: b.id };
}

/** A photo of a ticket the actor may see, or not found. */
export async function photoOf(conn: Conn, actor: Actor, communityId: string, ticketId: string, photoId: string) {
  const { rights } = await ticketFor(conn, actor, communityId, ticketId);
  // Photos are for the reporter and handlers; a supporter sees the ticket as the board shows it (no photos).
  if (!rights.handle && !rights.reporter) throw errors.notFound('photo');
  const p = await conn
    .selectFrom('ticket_photos')
    .select(['file_key', 'thumb_key', 'mime'])
    .where('ticket_id', '=', ticketId)
    .where('id', '=', photoId)
    .executeTakeFirst();
  if (!p) throw errors.notFound('photo');
  return p;
}
