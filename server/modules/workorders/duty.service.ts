import type { z } from 'zod';
import { isoAt, nowIso, type AppContext, type RequestContext } from '../../core/context';
import type { Conn } from '../../core/db/kysely';
import { record } from '../../core/audit/audit';
import { errors } from '../../core/errors';
import { newId } from '../../core/ids';
import type { DutyShiftBody } from '../../../contract/workorders';
import { notifyUsers, usersWithRole } from '../notifications/notifications.service';
import './workorders.tables';

/** 24-hour presence (24小时驻扎): the property company's duty roster, who is on duty now, and gaps flagged ahead. */

const H = 3_600_000;
/** How far ahead the scheduler looks for gaps, so staff hear of one before it happens. */
export const GAP_LOOKAHEAD_MS = 24 * H;
const MAX_SHIFT_MS = 48 * H;

type ShiftRow = {
  id: string;
  staff_name: string;
  phone: string;
  user_id: string | null;
  starts_at: string;
  ends_at: string;
  note: string;
};
const view = (s: ShiftRow) => ({
  id: s.id,
  staffName: s.staff_name,
  phone: s.phone,
  userId: s.user_id,
  startsAt: s.starts_at,
  endsAt: s.ends_at,
  note: s.note,
});

function shiftsOverlapping(conn: Conn, communityId: string, from: string, to: string) {
  return conn
    .selectFrom('duty_shifts')
    .select(['id', 'staff_name', 'phone', 'user_id', 'starts_at', 'ends_at', 'note'])
    .where('community_id', '=', communityId)
    .where('starts_at', '<', to)
    .where('ends_at', '>', from)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

/** The stretches of [from, to) that no shift covers. */
export function gapsIn(
  shifts: Array<{ starts_at: string; ends_at: string }>,
  from: number,
  to: number,
): Array<{ from: number; to: number }> {
  const gaps: Array<{ from: number; to: number }> = [];
  let covered = from;
  for (const s of [...shifts].sort((a, b) => Date.parse(a.starts_at) - Date.parse(b.starts_at))) {
    const a = Date.parse(s.starts_at);
    if (a > covered && covered < to) gaps.push({ from: covered, to: Math.min(a, to) });
    covered = Math.max(covered, Date.parse(s.ends_at));
  }
  if (covered < to) gaps.push({ from: covered, to });
  return gaps;
}

/**
 * Hours of [fromIso, toIso) — up to now — with nobody on duty, counted from the roster's first shift: a community
 * that kept no roster yet has no figure (null), not a quarter of gaps. For the committee's quarterly evaluation
 * (frozen with the round's result) and the dashboards.
 */
export async function dutyGapHours(
  conn: Conn,
  communityId: string,
  fromIso: string,
  toIso: string,
  nowMs: number,
): Promise<number | null> {
  const first = await conn
    .selectFrom('duty_shifts')
    .select((eb) => eb.fn.min<string>('starts_at').as('first'))
    .where('community_id', '=', communityId)
    .executeTakeFirst();
  if (!first?.first) return null;
  const from = Math.max(Date.parse(fromIso), Date.parse(first.first));
  const to = Math.min(Date.parse(toIso), nowMs);
  if (to <= from) return null;
  const rows = await shiftsOverlapping(conn, communityId, isoAt(from), isoAt(to));
  const ms = gapsIn(rows, from, to).reduce((a, g) => a + (g.to - g.from), 0);
  return Math.round((ms / H) * 10) / 10;
}

/** The roster as a link target: one per community (its id is the community's), described by its shifts so far. */
export async function describeRoster(conn: Conn, communityId: string, id: string) {
  if (id !== communityId) return null;
  const r = await conn
    .selectFrom('duty_shifts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min<string>('starts_at').as('first')])
    .where('community_id', '=', communityId)
    .executeTakeFirst();
  if (!r || !Number(r.n)) return null;
  return { title: `24小时驻扎值班表（${Number(r.n)}个班次）` };
}

export async function listShifts(c: RequestContext, q: { from?: string; to?: string }) {
  const now = c.app.clock.now();
  const from = q.from ? Date.parse(q.from) : now - 24 * H;
  const to = q.to ? Date.parse(q.to) : now + 7 * 24 * H;
  if (!(to > from) || to - from > 62 * 24 * H)
    throw errors.unprocessable(
      'invalid_range',
      '查询时间段无效（最长 62 天）',
      'The range is not valid (at most 62 days)',
    );
  const rows = await shiftsOverlapping(c.db, c.communityId, isoAt(from), isoAt(to));
  return { items: rows.map(view), gaps: gapsIn(rows, from, to).map((g) => ({ from: isoAt(g.from), to: isoAt(g.to) })) };
}

export async function addShift(c: RequestContext, body: z.infer<typeof DutyShiftBody>) {
  const a = Date.parse(body.startsAt);
  const b = Date.parse(body.endsAt);
  if (!(b > a) || b - a > MAX_SHIFT_MS)
    throw errors.unprocessable(
      'invalid_shift_times',
      '班次结束须晚于开始，且不超过 48 小时',
      'A shift ends after it starts and lasts at most 48 hours',
    );
  const at = nowIso(c.app.clock);
  const id = newId();
  await c.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('duty_shifts')
      .values({
        id,
        community_id: c.communityId,
        staff_name: body.staffName,
        phone: body.phone,
        user_id: null,
        starts_at: isoAt(a),
        ends_at: isoAt(b),
        note: body.note,
        created_by: c.actor.userId,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'duty_shift',
      entityId: id,
      action: 'duty_shift.create',
      after: { startsAt: isoAt(a), endsAt: isoAt(b) },
    });
  });
  return view({
    id,
    staff_name: body.staffName,
    phone: body.phone,
    user_id: null,
    starts_at: isoAt(a),
    ends_at: isoAt(b),
    note: body.note,
  });
}

async function loadShift(conn: Conn, communityId: string, id: string) {
  const s = await conn
    .selectFrom('duty_shifts')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!s) throw errors.notFound('shift');
  return s;
}
const shiftOver = () =>
  errors.conflict('shift_ended', '该班次已结束，不能再修改', 'The shift has ended and can no longer change');

export async function removeShift(c: RequestContext, id: string) {
  await c.db.transaction().execute(async (trx) => {
    const s = await loadShift(trx, c.communityId, id);
    if (Date.parse(s.ends_at) <= c.app.clock.now()) throw shiftOver();
    await trx.deleteFrom('duty_shifts').where('id', '=', id).execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'duty_shift',
      entityId: id,
      action: 'duty_shift.delete',
      before: { startsAt: s.starts_at, endsAt: s.ends_at },
    });
  });
}

/** Two people trade shifts: each takes the other's time; the times (and so the coverage) stay as they were. */
export async function swapShifts(c: RequestContext, id: string, withId: string) {
  if (id === withId)
    throw errors.unprocessable('same_shift', '不能与同一个班次互换', 'A shift cannot be swapped with itself');
  await c.db.transaction().execute(async (trx) => {
    const a = await loadShift(trx, c.communityId, id);
    const b = await loadShift(trx, c.communityId, withId);
    const now = c.app.clock.now();
    if (Date.parse(a.ends_at) <= now || Date.parse(b.ends_at) <= now) throw shiftOver();
    const at = nowIso(c.app.clock);
    await trx
      .updateTable('duty_shifts')
      .set({ staff_name: b.staff_name, phone: b.phone, user_id: b.user_id, updated_at: at })
      .where('id', '=', a.id)
      .execute();
    await trx
      .updateTable('duty_shifts')
      .set({ staff_name: a.staff_name, phone: a.phone, user_id: a.user_id, updated_at: at })
      .where('id', '=', b.id)
      .execute();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'duty_shift',
      entityId: a.id,
      action: 'duty_shift.swap',
      after: { withShiftId: b.id },
    });
  });
  return listShifts(c, {});
}

/** Who is on duty now, with the duty phone for the resident H5's call button, and when coverage next lapses. */
export async function onDutyNow(c: RequestContext) {
  const now = c.app.clock.now();
  const rows = await shiftsOverlapping(c.db, c.communityId, isoAt(now - MAX_SHIFT_MS), isoAt(now + GAP_LOOKAHEAD_MS));
  const current = rows.filter((s) => Date.parse(s.starts_at) <= now && Date.parse(s.ends_at) > now);
  const gap = gapsIn(rows, now, now + GAP_LOOKAHEAD_MS)[0];
  return {
    items: current.map((s) => ({ staffName: s.staff_name, phone: s.phone, until: s.ends_at })),
    nextGapAt: gap ? isoAt(gap.from) : null,
  };
}

/**
 * Scheduler job: for every community that keeps a roster, a gap in the next 24 hours is flagged to community
 * staff and the property manager once. The alert row's unique (community, gap start) makes it once across app
 * servers. A gap that has already begun is keyed by the end of the last shift, so it is not flagged anew each minute.
 */
export async function flagGaps(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const at = isoAt(now);
  const communities = await ctx.db
    .selectFrom('duty_shifts')
    .select('community_id')
    .distinct()
    .where('ends_at', '>', isoAt(now - 7 * 24 * H))
    .execute();
  let flagged = 0;
  for (const { community_id: communityId } of communities) {
    const rows = await shiftsOverlapping(ctx.db, communityId, isoAt(now - MAX_SHIFT_MS), isoAt(now + GAP_LOOKAHEAD_MS));
    for (const g of gapsIn(rows, now, now + GAP_LOOKAHEAD_MS)) {
      let from = g.from;
      if (from === now) {
        const last = rows
          .map((s) => Date.parse(s.ends_at))
          .filter((e) => e <= now)
          .sort((a, b) => b - a)[0];
        if (last === undefined) continue;
        from = last;
      }
      flagged += await ctx.db.transaction().execute(async (trx) => {
        const ins = await trx
          .insertInto('duty_gap_alerts')
          .values({
            id: newId(),
            community_id: communityId,
            gap_from: isoAt(from),
            gap_to: isoAt(g.to),
            created_at: at,
          })
          .onConflict((oc) => oc.columns(['community_id', 'gap_from']).doNothing())
          .executeTakeFirst();
        if (Number(ins.numInsertedOrUpdatedRows ?? 0) !== 1) return 0;
        const fmt = (ms: number) => new Date(ms + 8 * H).toISOString().slice(5, 16).replace('T', ' ');
        await notifyUsers(trx, {
          communityId,
          userIds: await usersWithRole(trx, communityId, ['staff', 'property_manager']),
          kind: 'duty_gap',
          title: `值班表空档：${fmt(from)} 至 ${fmt(g.to)} 无人值班`,
          body: '24小时驻扎值班表出现空档，请物业在空档开始前安排人员。',
          titleEn: `Duty roster gap: nobody on duty from ${fmt(from)} to ${fmt(g.to)}`,
          bodyEn: 'The 24-hour duty roster has a gap; the property company should staff it before it begins.',
          now: at,
        });
        await record(trx, {
          actorId: null,
          communityId,
          entityType: 'duty_gap',
          entityId: communityId,
          action: 'duty_gap.flag',
          after: { from: isoAt(from), to: isoAt(g.to) },
        });
        return 1;
      });
    }
  }
  return flagged;
}
