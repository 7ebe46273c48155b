import type { z } from 'zod';
import type { CreateReferralBody, ListReferralsQuery, ReferralStats } from '../../../contract/referrals';
import { record } from '../../core/audit/audit';
import { isoAt, nowIso, type AppContext, type RequestContext } from '../../core/context';
import type { Conn } from '../../core/db/kysely';
import { errors } from '../../core/errors';
import { newId } from '../../core/ids';
import { notifyUsers, usersWithRole } from '../notifications/notifications.service';
import { departmentOf } from '../org/people.service';
import { linkTicket, ticketFor } from '../tickets/tickets.service';
import { present } from './referrals.presenter';
import * as repo from './referrals.repo';

const DAY = 86_400_000;
/** Dates as the community and the departments count them: China time. */
const cnDate = (ms: number) => isoAt(ms + 8 * 3_600_000).slice(0, 10);
/** An outstanding referral past its date is reminded once a day, not on every tick of the job. */
export const REMIND_EVERY_MS = DAY;

/** For the ticket's timeline and link list: the referral's department and need. */
export async function describeReferral(conn: Conn, communityId: string, id: string) {
  const r = await repo.referralById(conn, communityId, id);
  return r ? { title: `${r.department_name}：${r.need.slice(0, 60)}` } : null;
}

export async function createReferral(c: RequestContext, b: z.infer<typeof CreateReferralBody>) {
  const now = nowIso(c.app.clock);
  if (b.expectedDate < cnDate(Date.parse(now)))
    throw errors.unprocessable(
      'expected_date_past',
      '期望答复日期不能早于今天',
      'The expected date cannot be in the past',
    );
  const id = newId();
  await c.db.transaction().execute(async (trx) => {
    const dept = await departmentOf(trx, c.communityId, b.departmentId);
    if (!dept)
      throw errors.unprocessable(
        'department_not_found',
        '请选择本居民区登记的职能部门',
        'Choose a department registered for this community',
      );
    const { t } = await ticketFor(trx, c.actor, c.communityId, b.ticketId, 'handle');
    await trx
      .insertInto('referrals')
      .values({
        id,
        community_id: c.communityId,
        ticket_id: t.id,
        ticket_number: t.number,
        department_id: dept.id,
        department_name: dept.name,
        contact_name: b.contactName,
        contact_phone: b.contactPhone ?? null,
        need: b.need,
        expected_date: b.expectedDate,
        status: 'outstanding',
        referred_at: now,
        answered_at: null,
        response: null,
        last_reminded_at: null,
        reminders: 0,
        created_by: c.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    // The ticket's timeline shows where its need went (a `linked` entry), in the same transaction.
    await linkTicket(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      ticketId: t.id,
      targetType: 'referral',
      targetId: id,
      note: `转办${dept.name}`,
      now,
    });
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'referral',
      entityId: id,
      action: 'referral.create',
      after: { ticketId: t.id, departmentId: dept.id, expectedDate: b.expectedDate },
    });
  });
  return getReferral(c, id);
}

export async function getReferral(c: RequestContext, id: string) {
  const r = await repo.referralById(c.db, c.communityId, id);
  if (!r) throw errors.notFound('referral');
  return present(r, cnDate(c.app.clock.now()));
}

export async function listReferrals(c: RequestContext, q: z.infer<typeof ListReferralsQuery>) {
  const today = cnDate(c.app.clock.now());
  return { items: (await repo.listReferrals(c.db, c.communityId, q.status)).map((r) => present(r, today)) };
}

/** The department answered: the referral leaves the 挂账 list; whoever referred it is told. */
export async function respond(c: RequestContext, id: string, response: string) {
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const r = await repo.referralById(trx, c.communityId, id);
    if (!r) throw errors.notFound('referral');
    const res = await trx
      .updateTable('referrals')
      .set({ status: 'answered', answered_at: now, response, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'outstanding')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw errors.conflict('referral_answered', '该转办已有答复', 'The department has already answered');
    await notifyUsers(trx, {
      communityId: c.communityId,
      userIds: [r.created_by],
      kind: 'referral_answered',
      title: `${r.department_name}已答复转办（诉求 ${r.ticket_number}）`,
      titleEn: `${r.department_name} answered the referral (ticket ${r.ticket_number})`,
      body: response,
      entityType: 'referral',
      entityId: id,
      now,
    });
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'referral',
      entityId: id,
      action: 'referral.answer',
      before: { status: 'outstanding' },
      after: { status: 'answered' },
    });
  });
  return getReferral(c, id);
}

/** Department response times as figures: per department, referred / answered / outstanding, mean days to answer, answered on time. */
export async function referralStats(c: RequestContext): Promise<z.infer<typeof ReferralStats>> {
  const today = cnDate(c.app.clock.now());
  const rows = await repo.listReferrals(c.db, c.communityId);
  const byDept = new Map<string, typeof rows>();
  for (const r of rows) byDept.set(r.department_id, [...(byDept.get(r.department_id) ?? []), r]);
  return {
    outstanding: rows.filter((r) => r.status === 'outstanding').length,
    overdue: rows.filter((r) => r.status === 'outstanding' && r.expected_date < today).length,
    answered: rows.filter((r) => r.status === 'answered').length,
    departments: [...byDept.values()]
      .map((rs) => {
        const answered = rs.filter((r) => r.answered_at);
        const days = answered.map((r) => (Date.parse(r.answered_at!) - Date.parse(r.referred_at)) / DAY);
        return {
          departmentId: rs[0].department_id,
          departmentName: rs[0].department_name,
          referred: rs.length,
          answered: answered.length,
          outstanding: rs.length - answered.length,
          avgResponseDays: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
          onTime: answered.filter((r) => cnDate(Date.parse(r.answered_at!)) <= r.expected_date).length,
        };
      })
      .sort((a, b) => b.referred - a.referred),
  };
}

/**
 * The reminder job: an outstanding referral past its expected date reminds the person who referred it and
 * the office, once a day. The conditional UPDATE on last_reminded_at lets one app server win each reminder.
 */
export async function remindOverdue(ctx: AppContext): Promise<number> {
  const nowMs = ctx.clock.now();
  const now = isoAt(nowMs);
  const since = isoAt(nowMs - REMIND_EVERY_MS);
  let sent = 0;
  for (const r of await repo.dueForReminder(ctx.db, cnDate(nowMs), since)) {
    const won = await ctx.db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('referrals')
        .set((eb) => ({ last_reminded_at: now, reminders: eb('reminders', '+', 1) }))
        .where('id', '=', r.id)
        .where('status', '=', 'outstanding')
        .where((eb) =>
          r.last_reminded_at ? eb('last_reminded_at', '=', r.last_reminded_at) : eb('last_reminded_at', 'is', null),
        )
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return false;
      const staff = await usersWithRole(trx, r.community_id, ['staff']);
      await notifyUsers(trx, {
        communityId: r.community_id,
        userIds: [r.created_by, ...staff],
        kind: 'referral_overdue',
        entityType: 'referral',
        entityId: r.id,
        now,
        title: `转办挂账提醒：${r.department_name}未按期答复（诉求 ${r.ticket_number}）`,
        body: `期望 ${r.expected_date} 前答复，联系人 ${r.contact_name}。${r.need.slice(0, 200)}`,
        titleEn: `Referral outstanding: ${r.department_name} has not answered (ticket ${r.ticket_number})`,
        bodyEn: `Answer expected by ${r.expected_date}; contact ${r.contact_name}. ${r.need.slice(0, 200)}`,
      });
      await record(trx, {
        actorId: null,
        communityId: r.community_id,
        entityType: 'referral',
        entityId: r.id,
        action: 'referral.remind',
        after: { reminders: Number(r.reminders) + 1 },
      });
      return true;
    });
    if (won) sent++;
  }
  return sent;
}
