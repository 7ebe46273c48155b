import type { z } from 'zod';
import { nowIso, type AppContext, type RequestContext } from '../../core/context';
import type { Conn, Trx } from '../../core/db/kysely';
import { record } from '../../core/audit/audit';
import { errors } from '../../core/errors';
import { json, newId } from '../../core/ids';
import type {
  AgendaItem,
  AttendanceBody,
  MeetingKind,
  CreateMeetingBody,
  Meeting,
  UpdateMeetingBody,
} from '../../../contract/meetings';
import { PARTIES } from '../../../contract/topics';
import { meetingHeld, type SummaryFacts } from '../dashboards/dashboards.service';
import { tellInvited, tellMinutes } from './meetings.notify';
import './meetings.tables';

const err = {
  closed: () =>
    errors.conflict(
      'meeting_closed',
      '会议已结束，记录不能再修改',
      'The meeting is closed; its record can no longer change',
    ),
  topicRequired: () =>
    errors.unprocessable(
      'topic_required',
      '议事会和座谈会必须属于一个议题',
      'A deliberation meeting or forum belongs to a topic',
    ),
  cannotClose: (missing: string[]) =>
    errors.conflict(
      'meeting_incomplete',
      `会议尚不能结束，缺少：${missing.join('、')}`,
      `The meeting cannot close yet; missing: ${missing.join(', ')}`,
      missing,
    ),
};

async function load(conn: Conn, communityId: string, id: string) {
  const m = await conn
    .selectFrom('meetings')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!m) throw errors.notFound('meeting');
  return m;
}
type MeetingRow = Awaited<ReturnType<typeof load>>;

const summary = (m: MeetingRow) => ({
  id: m.id,
  kind: m.kind,
  title: m.title,
  topicId: m.topic_id,
  scheduledAt: m.scheduled_at,
  location: m.location,
  status: m.status,
  closedAt: m.closed_at,
});

const today = (app: AppContext) => nowIso(app.clock).slice(0, 10);
const itemView =
  (app: AppContext) =>
  (i: {
    id: string;
    meeting_id: string;
    text: string;
    owner_name: string;
    due_date: string;
    done: boolean;
    done_at: string | null;
  }) => ({
    id: i.id,
    meetingId: i.meeting_id,
    text: i.text,
    ownerName: i.owner_name,
    dueDate: i.due_date,
    done: i.done,
    doneAt: i.done_at,
    overdue: !i.done && i.due_date < today(app),
  });

export async function getMeeting(c: RequestContext, id: string): Promise<z.infer<typeof Meeting>> {
  const m = await load(c.app.db, c.communityId, id);
  const [attendance, items] = await Promise.all([
    c.app.db.selectFrom('meeting_attendance').selectAll().where('meeting_id', '=', id).execute(),
    c.app.db
      .selectFrom('meeting_action_items')
      .selectAll()
      .where('meeting_id', '=', id)
      .orderBy('due_date')
      .orderBy('created_at')
      .execute(),
  ]);
  return {
    ...summary(m),
    agenda: m.agenda,
    minutes: m.minutes,
    decisions: m.decisions,
    signatures: m.signatures,
    attendance: attendance.map((a) => ({ party: a.party, expected: a.expected, present: a.present, names: a.names })),
    actionItems: items.map(itemView(c.app)),
    totals: {
      expected: attendance.reduce((s, a) => s + a.expected, 0),
      present: attendance.reduce((s, a) => s + a.present, 0),
    },
  };
}

export async function listMeetings(
  c: RequestContext,
  q: { kind?: MeetingKind; status?: 'planned' | 'closed'; topicId?: string; from?: string; to?: string },
) {
  let query = c.app.db.selectFrom('meetings').selectAll().where('community_id', '=', c.communityId);
  if (q.kind) query = query.where('kind', '=', q.kind);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.topicId) query = query.where('topic_id', '=', q.topicId);
  if (q.from) query = query.where('scheduled_at', '>=', new Date(q.from).toISOString());
  if (q.to) query = query.where('scheduled_at', '<', new Date(q.to).toISOString());
  return { items: (await query.orderBy('scheduled_at', 'desc').limit(500).execute()).map(summary) };
}

/**
 * What creating a meeting needs from other modules, given by the workflow that creates it
 * (server/workflows/meetings.ts), so this module reads only its own tables.
 */
export interface MeetingLinks {
  /** Whether the topic exists in this community, read inside the meeting's transaction. */
  topicExists(trx: Trx, topicId: string): Promise<boolean>;
  /** A monthly meeting's agenda when none is given. */
  drawAgenda(): Promise<AgendaItem[]>;
}

export async function createMeeting(c: RequestContext, body: z.infer<typeof CreateMeetingBody>, links: MeetingLinks) {
  if (body.kind !== 'monthly' && !body.topicId) throw err.topicRequired();
  const agenda = body.agenda ?? (body.kind === 'monthly' ? await links.drawAgenda() : []);
  const id = newId();
  const now = nowIso(c.app.clock);
  await c.app.db.transaction().execute(async (trx) => {
    if (body.topicId) {
      if (!(await links.topicExists(trx, body.topicId)))
        throw errors.unprocessable('topic_not_found', '议题不存在', 'No such topic in this community');
    }
    await trx
      .insertInto('meetings')
      .values({
        id,
        community_id: c.communityId,
        kind: body.kind,
        title: body.title,
        topic_id: body.topicId,
        scheduled_at: body.scheduledAt,
        location: body.location,
        status: 'planned',
        agenda: json(agenda),
        minutes: null,
        decisions: json([]),
        signatures: json([]),
        closed_at: null,
        closed_by: null,
        created_by: c.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'meeting',
      entityId: id,
      action: 'meetings.create',
      after: { ...body, agenda },
    });
    await tellInvited(
      trx,
      {
        communityId: c.communityId,
        id,
        kind: body.kind,
        title: body.title,
        scheduledAt: body.scheduledAt,
        location: body.location,
      },
      c.actor.userId,
      now,
    );
  });
  return getMeeting(c, id);
}

/** Runs a change on a meeting that is still open for its record. */
async function change(
  c: RequestContext,
  id: string,
  action: string,
  work: (trx: Trx, m: MeetingRow) => Promise<unknown>,
) {
  await c.app.db.transaction().execute(async (trx) => {
    const m = await load(trx, c.communityId, id);
    if (m.status === 'closed') throw err.closed();
    const after = await work(trx, m);
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'meeting',
      entityId: id,
      action,
      after,
    });
  });
  return getMeeting(c, id);
}

export const updateMeeting = (c: RequestContext, id: string, body: z.infer<typeof UpdateMeetingBody>) =>
  change(c, id, 'meetings.update', async (trx, _m) => {
    await trx
      .updateTable('meetings')
      .set({
        title: body.title,
        scheduled_at: body.scheduledAt,
        location: body.location,
        minutes: body.minutes,
        agenda: body.agenda && json(body.agenda),
        decisions: body.decisions && json(body.decisions),
        updated_at: nowIso(c.app.clock),
      })
      .where('id', '=', id)
      .execute();
    return body;
  });

/** 应到 / 实到 per party; replaces what was recorded. */
export const setAttendance = (c: RequestContext, id: string, body: z.infer<typeof AttendanceBody>) =>
  change(c, id, 'meetings.attendance', async (trx) => {
    if (new Set(body.items.map((i) => i.party)).size !== body.items.length)
      throw errors.unprocessable('duplicate_party', '每个方面只能填写一行', 'One line per party');
    await trx.deleteFrom('meeting_attendance').where('meeting_id', '=', id).execute();
    await trx
      .insertInto('meeting_attendance')
      .values(
        body.items.map((i) => ({
          community_id: c.communityId,
          meeting_id: id,
          party: i.party,
          expected: i.expected,
          present: i.present,
          names: json(i.names),
        })),
      )
      .execute();
    return body;
  });

/** A meeting closes only with its minutes, attendance and signatures; a forum also needs the four parties present. */
export const closeMeeting = (
  c: RequestContext,
  id: string,
  body: { signatures: Array<{ party: string; name: string }> },
) =>
  change(c, id, 'meetings.close', async (trx, m) => {
    const attendance = await trx.selectFrom('meeting_attendance').selectAll().where('meeting_id', '=', id).execute();
    const missing: string[] = [];
    if (!m.minutes?.trim()) missing.push('会议纪要');
    if (!attendance.length) missing.push('出席情况（应到/实到）');
    if (!body.signatures.length) missing.push('签字');
    if (missing.length) throw err.cannotClose(missing);
    const now = nowIso(c.app.clock);
    await trx
      .updateTable('meetings')
      .set({
        status: 'closed',
        closed_at: now,
        closed_by: c.actor.userId,
        signatures: json(body.signatures),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await meetingHeld(trx, m);
    await tellMinutes(trx, { communityId: c.communityId, id, kind: m.kind, title: m.title }, c.actor.userId, now);
    return {
      signatures: body.signatures,
      attendance: attendance.map((a) => ({ party: a.party, expected: a.expected, present: a.present })),
    };
  });

export const addActionItem = (
  c: RequestContext,
  id: string,
  body: { text: string; ownerName: string; dueDate: string },
) =>
  change(c, id, 'meetings.action_item', async (trx) => {
    const now = nowIso(c.app.clock);
    const itemId = newId();
    await trx
      .insertInto('meeting_action_items')
      .values({
        id: itemId,
        community_id: c.communityId,
        meeting_id: id,
        text: body.text,
        owner_name: body.ownerName,
        due_date: body.dueDate,
        done: false,
        done_at: null,
        done_by: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return { id: itemId, ...body };
  });

/** Action items are tracked to done (即知即改) even after their meeting has closed. */
export async function setActionItemDone(c: RequestContext, id: string, itemId: string, done: boolean) {
  await c.app.db.transaction().execute(async (trx) => {
    await load(trx, c.communityId, id);
    const now = nowIso(c.app.clock);
    const upd = await trx
      .updateTable('meeting_action_items')
      .set({ done, done_at: done ? now : null, done_by: done ? c.actor.userId : null, updated_at: now })
      .where('community_id', '=', c.communityId)
      .where('meeting_id', '=', id)
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (Number(upd.numUpdatedRows) === 0) throw errors.notFound('action item');
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'meeting',
      entityId: id,
      action: done ? 'meetings.action_done' : 'meetings.action_reopened',
      after: { itemId },
    });
  });
  return getMeeting(c, id);
}

export async function listActionItems(c: RequestContext, q: { done?: 'true' | 'false'; overdue?: 'true' }) {
  let query = c.app.db
    .selectFrom('meeting_action_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .selectAll('i')
    .select('m.title as meeting_title')
    .where('i.community_id', '=', c.communityId);
  if (q.done) query = query.where('i.done', '=', q.done === 'true');
  if (q.overdue) query = query.where('i.done', '=', false).where('i.due_date', '<', today(c.app));
  const rows = await query.orderBy('i.due_date').limit(500).execute();
  return { items: rows.map((r) => ({ ...itemView(c.app)(r), meetingTitle: r.meeting_title })) };
}

/** Meetings held (closed) in a period — the headline figure (the article: 28). */
export async function meetingStats(c: RequestContext, q: { from?: string; to?: string }) {
  let held = c.app.db
    .selectFrom('meetings')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('community_id', '=', c.communityId)
    .where('status', '=', 'closed');
  if (q.from) held = held.where('closed_at', '>=', new Date(q.from).toISOString());
  if (q.to) held = held.where('closed_at', '<', new Date(q.to).toISOString());
  const [rows, open] = await Promise.all([
    held.groupBy('kind').execute(),
    c.app.db
      .selectFrom('meeting_action_items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('community_id', '=', c.communityId)
      .where('done', '=', false)
      .executeTakeFirstOrThrow(),
  ]);
  const byKind = Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
  return { held: rows.reduce((s, r) => s + Number(r.n), 0), byKind, openActionItems: Number(open.n) };
}

/** For topics: the meetings that belong to one. */
export async function meetingsOfTopic(conn: Conn, communityId: string, topicId: string) {
  const rows = await conn
    .selectFrom('meetings')
    .select(['id', 'kind', 'title', 'status', 'scheduled_at'])
    .where('community_id', '=', communityId)
    .where('topic_id', '=', topicId)
    .orderBy('scheduled_at')
    .execute();
  return rows.map((m) => ({ id: m.id, kind: m.kind, title: m.title, status: m.status, scheduledAt: m.scheduled_at }));
}

export async function meetingExists(conn: Conn, communityId: string, id: string): Promise<boolean> {
  return !!(await conn
    .selectFrom('meetings')
    .select('id')
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst());
}

/** Whether a closed forum of the topic had every one of the four parties present. */
export async function fourPartyForumHeld(conn: Conn, communityId: string, topicId: string): Promise<boolean> {
  const forums = await conn
    .selectFrom('meetings')
    .select('id')
    .where('community_id', '=', communityId)
    .where('topic_id', '=', topicId)
    .where('kind', '=', 'forum')
    .where('status', '=', 'closed')
    .execute();
  for (const f of forums) {
    const present = await conn
      .selectFrom('meeting_attendance')
      .select('party')
      .where('meeting_id', '=', f.id)
      .where('present', '>', 0)
      .execute();
    const parties = new Set(present.map((p) => p.party));
    if (PARTIES.every((p) => parties.has(p))) return true;
  }
  return false;
}

/** Closed meetings of the community, by when they were held, as the dashboards summarise them (the manifest's summarySource). */
export async function summaryFacts(conn: Conn, communityId: string): Promise<SummaryFacts> {
  const rows = await conn
    .selectFrom('meetings')
    .select('scheduled_at')
    .where('community_id', '=', communityId)
    .where('status', '=', 'closed')
    .execute();
  return { meetingsHeld: rows.map((m) => m.scheduled_at) };
}

/** For the workbench: the community's meetings scheduled in [fromIso, toIso), with their open action items. */
export async function meetingsBetween(conn: Conn, communityId: string, fromIso: string, toIso: string) {
  const meetings = await conn
    .selectFrom('meetings')
    .select(['id', 'kind', 'title', 'scheduled_at', 'location', 'status'])
    .where('community_id', '=', communityId)
    .where('scheduled_at', '>=', fromIso)
    .where('scheduled_at', '<', toIso)
    .orderBy('scheduled_at')
    .orderBy('id')
    .execute();
  const items = meetings.length
    ? await conn
        .selectFrom('meeting_action_items')
        .select(['id', 'meeting_id', 'text', 'owner_name', 'due_date'])
        .where('community_id', '=', communityId)
        .where('done', '=', false)
        .where(
          'meeting_id',
          'in',
          meetings.map((m) => m.id),
        )
        .orderBy('due_date')
        .orderBy('id')
        .execute()
    : [];
  return meetings.map((m) => ({
    id: m.id,
    kind: m.kind,
    title: m.title,
    scheduledAt: new Date(Date.parse(m.scheduled_at)).toISOString(),
    location: m.location,
    status: m.status,
    openItems: items
      .filter((i) => i.meeting_id === m.id)
      .map((i) => ({ id: i.id, text: i.text, ownerName: i.owner_name, dueDate: i.due_date })),
  }));
}

/**
 * The community's meetings scheduled in [fromIso, toIso) with attendance summed over the parties (present of
 * expected), decisions and action items: the meetings ledger and the monthly report's 党建引领/会议 section.
 */
export async function meetingAttendance(conn: Conn, communityId: string, fromIso: string, toIso: string) {
  const ms = await conn
    .selectFrom('meetings')
    .where('community_id', '=', communityId)
    .where('scheduled_at', '>=', fromIso)
    .where('scheduled_at', '<', toIso)
    .select(['id', 'title', 'scheduled_at', 'location', 'decisions', 'closed_at'])
    .orderBy('scheduled_at')
    .orderBy('id')
    .execute();
  const ids = ms.map((m) => m.id);
  const [att, items] = ids.length
    ? await Promise.all([
        conn
          .selectFrom('meeting_attendance')
          .where('community_id', '=', communityId)
          .where('meeting_id', 'in', ids)
          .select(['meeting_id', 'expected', 'present'])
          .execute(),
        conn
          .selectFrom('meeting_action_items')
          .where('community_id', '=', communityId)
          .where('meeting_id', 'in', ids)
          .select(['meeting_id', 'done'])
          .execute(),
      ])
    : [[], []];
  return ms.map((m) => {
    const a = att.filter((x) => x.meeting_id === m.id);
    const mine = items.filter((x) => x.meeting_id === m.id);
    return {
      id: m.id,
      title: m.title,
      scheduledAt: m.scheduled_at,
      location: m.location,
      closed: m.closed_at !== null,
      expected: a.reduce((s, x) => s + x.expected, 0),
      present: a.reduce((s, x) => s + x.present, 0),
      decisions: m.decisions,
      actionItems: mine.length,
      actionItemsDone: mine.filter((x) => x.done).length,
    };
  });
}
