import { cnTime, type Ledger } from '../../core/ledgers';
import { maskPhone } from '../../core/pii';
import { REFERRAL_STATUS_LABELS } from '../../../contract/referrals';
import './referrals.tables';

/** Referrals made in the period (转介), with the department's answer; contact phones masked. */
export const ledgers: Record<string, Ledger> = {
  referrals: {
    titleZh: '转介台账',
    titleEn: 'Referrals',
    permission: 'referrals.manage',
    columns: [
      { header: '诉求编号', width: 18 },
      { header: '部门', width: 18 },
      { header: '联系人', width: 10 },
      { header: '电话', width: 14 },
      { header: '需求', width: 30 },
      { header: '转介时间', width: 17 },
      { header: '期望答复', width: 12 },
      { header: '状态', width: 8 },
      { header: '答复时间', width: 17 },
      { header: '答复', width: 30 },
      { header: '催办次数', width: 8 },
    ],
    async rows(c, p) {
      const rows = await c.db
        .selectFrom('referrals')
        .where('community_id', '=', c.communityId)
        .where('referred_at', '>=', p.fromIso)
        .where('referred_at', '<', p.toIso)
        .select([
          'ticket_number',
          'department_name',
          'contact_name',
          'contact_phone',
          'need',
          'referred_at',
          'expected_date',
          'status',
          'answered_at',
          'response',
          'reminders',
        ])
        .orderBy('referred_at')
        .execute();
      return rows.map((r) => [
        r.ticket_number,
        r.department_name,
        r.contact_name,
        maskPhone(r.contact_phone),
        r.need,
        cnTime(r.referred_at),
        r.expected_date,
        REFERRAL_STATUS_LABELS[r.status] ?? r.status,
        cnTime(r.answered_at),
        r.response,
        r.reminders,
      ]);
    },
  },
};
