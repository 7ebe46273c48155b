import { cnTime, type Ledger } from '../../core/ledgers';
import './meetings.tables';

/** Meetings held or scheduled in the period, with attendance (present of expected, all parties) and decisions. */
export const ledgers: Record<string, Ledger> = {
  meetings: {
    titleZh: '会议台账（含出席）',
    titleEn: 'Meetings with attendance',
    permission: 'meetings.manage',
    columns: [
      { header: '会议', width: 30 },
      { header: '时间', width: 17 },
      { header: '地点', width: 16 },
      { header: '应到', width: 6 },
      { header: '实到', width: 6 },
      { header: '出席率', width: 8 },
      { header: '决议数', width: 8 },
      { header: '决议', width: 40 },
      { header: '待办事项', width: 8 },
      { header: '已完成待办', width: 10 },
      { header: '状态', width: 8 },
    ],
    async rows(c, p) {
      const ms = await c.db
        .selectFrom('meetings')
        .where('community_id', '=', c.communityId)
        .where('scheduled_at', '>=', p.fromIso)
        .where('scheduled_at', '<', p.toIso)
        .select(['id', 'title', 'scheduled_at', 'location', 'decisions', 'closed_at'])
        .orderBy('scheduled_at')
        .execute();
      const ids = ms.map((m) => m.id);
      const [att, items] = ids.length
        ? await Promise.all([
            c.db
              .selectFrom('meeting_attendance')
              .where('meeting_id', 'in', ids)
              .select(['meeting_id', 'expected', 'present'])
              .execute(),
            c.db
              .selectFrom('meeting_action_items')
              .where('meeting_id', 'in', ids)
              .select(['meeting_id', 'done'])
              .execute(),
          ])
        : [[], []];
      return ms.map((m) => {
        const a = att.filter((x) => x.meeting_id === m.id);
        const expected = a.reduce((s, x) => s + x.expected, 0);
        const present = a.reduce((s, x) => s + x.present, 0);
        const mine = items.filter((x) => x.meeting_id === m.id);
        return [
          m.title,
          cnTime(m.scheduled_at),
          m.location,
          expected,
          present,
          expected ? `${Math.round((present / expected) * 100)}%` : null,
          m.decisions.length,
          m.decisions.join('；'),
          mine.length,
          mine.filter((x) => x.done).length,
          m.closed_at ? '已结束' : '未结束',
        ];
      });
    },
  },
};
