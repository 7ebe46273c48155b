import { cnTime, type Ledger } from '../../core/ledgers';
import { meetingAttendance } from './meetings.service';

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
      const ms = await meetingAttendance(c.db, c.communityId, p.fromIso, p.toIso);
      return ms.map((m) => [
        m.title,
        cnTime(m.scheduledAt),
        m.location,
        m.expected,
        m.present,
        m.expected ? `${Math.round((m.present / m.expected) * 100)}%` : null,
        m.decisions.length,
        m.decisions.join('；'),
        m.actionItems,
        m.actionItemsDone,
        m.closed ? '已结束' : '未结束',
      ]);
    },
  },
};
