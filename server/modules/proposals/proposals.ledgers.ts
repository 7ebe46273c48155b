import { cnTime, type Ledger } from '../../core/ledgers';
import { PROPOSAL_STATUS_LABELS } from '../../../contract/proposals';
import './proposals.tables';

/** Deputies' proposals made in the period, with the number of coordination log entries and the outcome. */
export const ledgers: Record<string, Ledger> = {
  proposals: {
    titleZh: '代表建议台账',
    titleEn: "Deputies' proposals",
    permission: 'proposals.manage',
    columns: [
      { header: '建议', width: 30 },
      { header: '问题', width: 30 },
      { header: '建议内容', width: 30 },
      { header: '提交对象', width: 16 },
      { header: '状态', width: 8 },
      { header: '协调记录', width: 8 },
      { header: '提出时间', width: 17 },
      { header: '办结时间', width: 17 },
      { header: '结果', width: 30 },
    ],
    async rows(c, p) {
      const rows = await c.db
        .selectFrom('proposals')
        .where('community_id', '=', c.communityId)
        .where('created_at', '>=', p.fromIso)
        .where('created_at', '<', p.toIso)
        .select([
          'id',
          'title',
          'problem',
          'suggestion',
          'addressee',
          'status',
          'created_at',
          'concluded_at',
          'outcome',
        ])
        .orderBy('created_at')
        .execute();
      const logs = rows.length
        ? await c.db
            .selectFrom('proposal_logs')
            .where(
              'proposal_id',
              'in',
              rows.map((r) => r.id),
            )
            .select('proposal_id')
            .execute()
        : [];
      return rows.map((r) => [
        r.title,
        r.problem,
        r.suggestion,
        r.addressee,
        PROPOSAL_STATUS_LABELS[r.status] ?? r.status,
        logs.filter((l) => l.proposal_id === r.id).length,
        cnTime(r.created_at),
        cnTime(r.concluded_at),
        r.outcome,
      ]);
    },
  },
};
