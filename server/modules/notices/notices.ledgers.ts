import { cnTime, type Ledger } from '../../core/ledgers';
import { noticeSource } from './notices.sources';
import './notices.tables';

/** Notices published in the period, with their snapshot hash (what was posted) and withdrawals. */
export const ledgers: Record<string, Ledger> = {
  notices: {
    titleZh: '公示台账',
    titleEn: 'Public notices',
    permission: 'notices.manage',
    columns: [
      { header: '公示', width: 30 },
      { header: '类别', width: 12 },
      { header: '公示期起', width: 12 },
      { header: '公示期止', width: 12 },
      { header: '发布时间', width: 17 },
      { header: '状态', width: 8 },
      { header: '撤回时间', width: 17 },
      { header: '撤回原因', width: 24 },
      { header: '内容哈希(SHA-256)', width: 66 },
    ],
    async rows(c, p) {
      const rows = await c.db
        .selectFrom('notices')
        .where('community_id', '=', c.communityId)
        .where('published_at', '>=', p.fromIso)
        .where('published_at', '<', p.toIso)
        .select([
          'title',
          'source_type',
          'period_from',
          'period_to',
          'published_at',
          'status',
          'withdrawn_at',
          'withdraw_reason',
          'snapshot_hash',
        ])
        .orderBy('published_at')
        .execute();
      return rows.map((r) => [
        r.title,
        noticeSource(r.source_type)?.labelZh ?? r.source_type,
        r.period_from,
        r.period_to,
        cnTime(r.published_at),
        r.status === 'withdrawn' ? '已撤回' : '公示中',
        cnTime(r.withdrawn_at),
        r.withdraw_reason,
        r.snapshot_hash,
      ]);
    },
  },
};
