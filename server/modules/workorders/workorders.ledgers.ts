import { cnTime, yuan, type Ledger } from '../../core/ledgers';
import { maskPhone } from '../../core/pii';
import {
  FUNDING_LABELS,
  WORK_ORDER_SOURCE_LABELS,
  WORK_ORDER_STATUS_LABELS,
  type FundingSource,
} from '../../../contract/workorders';
import './workorders.tables';

const FUND_LABELS: Record<string, string> = { property: '物业自有资金', emergency: '共用部位应急维修资金' };

/** Work orders created in the period; every fund movement of the period; the duty shifts that overlap it. */
export const ledgers: Record<string, Ledger> = {
  workorders: {
    titleZh: '维修工单台账',
    titleEn: 'Work orders',
    permission: 'workorders.manage',
    columns: [
      { header: '工单号', width: 18 },
      { header: '事项', width: 30 },
      { header: '地点', width: 16 },
      { header: '来源', width: 10 },
      { header: '紧急', width: 6 },
      { header: '状态', width: 8 },
      { header: '资金来源', width: 18 },
      { header: '金额(元)', width: 10 },
      { header: '承修方', width: 14 },
      { header: '创建时间', width: 17 },
      { header: '完工时间', width: 17 },
      { header: '验收时间', width: 17 },
      { header: '取消原因', width: 20 },
    ],
    async rows(c, p) {
      const rows = await c.db
        .selectFrom('work_orders')
        .where('community_id', '=', c.communityId)
        .where('created_at', '>=', p.fromIso)
        .where('created_at', '<', p.toIso)
        .select([
          'number',
          'title',
          'location',
          'source',
          'emergency',
          'status',
          'funding_source',
          'total_fen',
          'assignee_name',
          'created_at',
          'completed_at',
          'accepted_at',
          'cancel_reason',
        ])
        .orderBy('created_at')
        .execute();
      return rows.map((r) => [
        r.number,
        r.title,
        r.location,
        WORK_ORDER_SOURCE_LABELS[r.source] ?? r.source,
        r.emergency ? '是' : '否',
        WORK_ORDER_STATUS_LABELS[r.status] ?? r.status,
        FUNDING_LABELS[r.funding_source as FundingSource] ?? r.funding_source,
        yuan(r.total_fen),
        r.assignee_name,
        cnTime(r.created_at),
        cnTime(r.completed_at),
        cnTime(r.accepted_at),
        r.cancel_reason,
      ]);
    },
  },
  fund_entries: {
    titleZh: '资金台账（收支明细）',
    titleEn: 'Fund ledgers (entries)',
    permission: 'workorders.settings',
    columns: [
      { header: '时间', width: 17 },
      { header: '资金', width: 22 },
      { header: '收入(元)', width: 10 },
      { header: '支出(元)', width: 10 },
      { header: '余额(元)', width: 10 },
      { header: '工单号', width: 18 },
      { header: '说明', width: 30 },
    ],
    async rows(c, p) {
      const rows = await c.db
        .selectFrom('fund_entries as e')
        .innerJoin('funds as f', 'f.id', 'e.fund_id')
        .leftJoin('work_orders as w', 'w.id', 'e.work_order_id')
        .where('e.community_id', '=', c.communityId)
        .where('e.at', '>=', p.fromIso)
        .where('e.at', '<', p.toIso)
        .select([
          'e.at',
          'f.kind',
          'f.name',
          'e.kind as entry',
          'e.amount_fen',
          'e.balance_after_fen',
          'w.number',
          'e.note',
        ])
        .orderBy('e.at')
        .execute();
      return rows.map((r) => [
        cnTime(r.at),
        r.name || FUND_LABELS[r.kind] || r.kind,
        r.entry === 'deposit' ? yuan(r.amount_fen) : null,
        r.entry === 'spend' ? yuan(r.amount_fen) : null,
        yuan(r.balance_after_fen),
        r.number,
        r.note,
      ]);
    },
  },
  duty_roster: {
    titleZh: '物业值班表',
    titleEn: 'Duty roster',
    permission: 'duty.manage',
    columns: [
      { header: '值班人', width: 10 },
      { header: '电话', width: 14 },
      { header: '开始', width: 17 },
      { header: '结束', width: 17 },
      { header: '时长(小时)', width: 10 },
      { header: '备注', width: 24 },
    ],
    async rows(c, p) {
      const rows = await c.db
        .selectFrom('duty_shifts')
        .where('community_id', '=', c.communityId)
        .where('starts_at', '<', p.toIso)
        .where('ends_at', '>', p.fromIso)
        .select(['staff_name', 'phone', 'starts_at', 'ends_at', 'note'])
        .orderBy('starts_at')
        .execute();
      return rows.map((r) => [
        r.staff_name,
        maskPhone(r.phone),
        cnTime(r.starts_at),
        cnTime(r.ends_at),
        Math.round(((Date.parse(r.ends_at) - Date.parse(r.starts_at)) / 3600_000) * 10) / 10,
        r.note,
      ]);
    },
  },
};
