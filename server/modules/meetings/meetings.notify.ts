import { MEETING_KIND_LABELS, type MeetingKind } from '../../../contract/meetings';
import type { AppContext } from '../../core/context';
import { nowIso } from '../../core/context';
import type { Conn, Trx } from '../../core/db/kysely';
import { beijingDay, beijingMinute } from '../../core/local-time';
import type { DigestLine } from '../notifications/notifications.service';
import { notifyOnce, notifyUsers, usersWithRole } from '../notifications/notifications.service';
import './meetings.tables';

/**
 * What meetings tell the four parties (SPEC §3, §8): the invitation when a meeting is planned, the minutes when it
 * is closed, and open action items as their due date comes. The four parties' accounts (party branch, property
 * company, self-management committee, building leaders) and community staff are the people a meeting gathers.
 */
const PARTY_ACCOUNTS = [
  'staff',
  'party_branch',
  'property_manager',
  'property_specialist',
  'committee',
  'building_leader',
];

const KIND_EN: Record<MeetingKind, string> = {
  monthly: 'Monthly meeting',
  deliberation: 'Deliberation meeting',
  forum: 'Forum',
};

export async function tellInvited(
  trx: Trx,
  m: {
    communityId: string;
    id: string;
    kind: MeetingKind;
    title: string;
    scheduledAt: string;
    location: string | null;
  },
  actorId: string,
  now: string,
) {
  const where = m.location ? `，地点：${m.location}` : '';
  await notifyUsers(trx, {
    communityId: m.communityId,
    userIds: (await usersWithRole(trx, m.communityId, PARTY_ACCOUNTS)).filter((u) => u !== actorId),
    kind: 'meeting_invited',
    title: `${MEETING_KIND_LABELS[m.kind]}邀请：${m.title}`,
    titleEn: `${KIND_EN[m.kind]} invitation: ${m.title}`,
    body: `时间：${beijingMinute(m.scheduledAt)}${where}`,
    bodyEn: `When: ${beijingMinute(m.scheduledAt)} (Beijing time)${m.location ? `; where: ${m.location}` : ''}`,
    entityType: 'meeting',
    entityId: m.id,
    now,
  });
}

export async function tellMinutes(
  trx: Trx,
  m: { communityId: string; id: string; kind: MeetingKind; title: string },
  actorId: string,
  now: string,
) {
  await notifyUsers(trx, {
    communityId: m.communityId,
    userIds: (await usersWithRole(trx, m.communityId, PARTY_ACCOUNTS)).filter((u) => u !== actorId),
    kind: 'meeting_minutes',
    title: `会议纪要已发布：${m.title}`,
    titleEn: `Minutes published: ${m.title}`,
    body: `${MEETING_KIND_LABELS[m.kind]}已结束，纪要、出席与签字可查看。`,
    bodyEn: `The ${KIND_EN[m.kind].toLowerCase()} is closed; its minutes, attendance and signatures can be read.`,
    entityType: 'meeting',
    entityId: m.id,
    now,
  });
}

/**
 * The job: each open action item, once, on the day before it is due (or at once when planned later than that),
 * to the person who planned its meeting and community staff (an item's owner is a name, not an account).
 */
export async function remindActionItems(app: AppContext): Promise<number> {
  const now = nowIso(app.clock);
  const tomorrow = beijingDay(new Date(app.clock.now() + 24 * 3600_000).toISOString());
  const due = await app.db
    .selectFrom('meeting_action_items as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .select(['a.id', 'a.community_id', 'a.text', 'a.owner_name', 'a.due_date', 'a.meeting_id', 'm.created_by'])
    .where('a.done', '=', false)
    .where('a.due_date', '<=', tomorrow)
    .execute();
  let told = 0;
  for (const a of due) {
    const sent = await app.db.transaction().execute(async (trx) =>
      notifyOnce(trx, `action_item_due:${a.id}`, {
        communityId: a.community_id,
        userIds: [a.created_by, ...(await usersWithRole(trx, a.community_id, ['staff']))],
        kind: 'action_item_due',
        title: `待办事项 ${a.due_date} 到期：${a.text.slice(0, 40)}`,
        titleEn: `Action item due ${a.due_date}: ${a.text.slice(0, 40)}`,
        body: `负责人：${a.owner_name}`,
        bodyEn: `Owner: ${a.owner_name}`,
        entityType: 'meeting',
        entityId: a.meeting_id,
        now,
      }),
    );
    if (sent) told++;
  }
  return told;
}

/** The staff digest: action items past their due date. */
export async function digestLines(conn: Conn, communityId: string, now: string): Promise<DigestLine[]> {
  const row = await conn
    .selectFrom('meeting_action_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('community_id', '=', communityId)
    .where('done', '=', false)
    .where('due_date', '<', beijingDay(now))
    .executeTakeFirstOrThrow();
  const n = Number(row.n);
  return n ? [{ zh: `会议待办事项逾期 ${n} 项`, en: `${n} meeting action item${n === 1 ? '' : 's'} past due` }] : [];
}
