import { yuan, type Ledger } from '../../core/ledgers';
import { PROJECT_STATUS_LABELS } from '../../../contract/projects';
import './projects.tables';

/** Every project of the years the period touches, with what it spent in the period and in total. */
export const ledgers: Record<string, Ledger> = {
  projects: {
    titleZh: '项目经费台账（含支出）',
    titleEn: 'Projects with spending',
    permission: 'projects.manage',
    columns: [
      { header: '项目', width: 30 },
      { header: '资金渠道', width: 16 },
      { header: '出资方', width: 16 },
      { header: '年度', width: 6 },
      { header: '状态', width: 8 },
      { header: '进度', width: 6 },
      { header: '预算(元)', width: 12 },
      { header: '本期支出(元)', width: 12 },
      { header: '本期笔数', width: 8 },
      { header: '累计支出(元)', width: 12 },
      { header: '结余(元)', width: 12 },
      { header: '已公开', width: 6 },
    ],
    async rows(c, p) {
      const ps = await c.db
        .selectFrom('projects')
        .where('community_id', '=', c.communityId)
        .where('year', '>=', Number(p.from.slice(0, 4)))
        .where('year', '<=', Number(p.to.slice(0, 4)))
        .select([
          'id',
          'name',
          'program',
          'funder',
          'year',
          'status',
          'progress',
          'budget_fen',
          'spent_fen',
          'published',
        ])
        .orderBy('year')
        .orderBy('name')
        .execute();
      const spent = ps.length
        ? await c.db
            .selectFrom('project_spendings')
            .where('community_id', '=', c.communityId)
            .where('spent_on', '>=', p.fromDate)
            .where('spent_on', '<', p.toDate)
            .select(['project_id', 'amount_fen'])
            .execute()
        : [];
      return ps.map((x) => {
        const mine = spent.filter((s) => s.project_id === x.id);
        return [
          x.name,
          x.program,
          x.funder,
          x.year,
          PROJECT_STATUS_LABELS[x.status] ?? x.status,
          `${x.progress}%`,
          yuan(x.budget_fen),
          yuan(mine.reduce((a, s) => a + s.amount_fen, 0)),
          mine.length,
          yuan(x.spent_fen),
          yuan(x.budget_fen - x.spent_fen),
          x.published ? '是' : '否',
        ];
      });
    },
  },
};
