import { cnTime, type Ledger } from '../../core/ledgers';
import { CONSULTATION_STATUS_LABELS } from '../../../contract/consultations';
import './consultations.tables';

/** Consultations open at some time in the period, with turnout (closed ones from the sealed result). */
export const ledgers: Record<string, Ledger> = {
  consultations: {
    titleZh: '居民征询台账（含参与率）',
    titleEn: 'Consultations with turnout',
    permission: 'consultations.manage',
    columns: [
      { header: '征询', width: 30 },
      { header: '开始', width: 17 },
      { header: '截止', width: 17 },
      { header: '状态', width: 8 },
      { header: '应参与户数', width: 10 },
      { header: '参与户数', width: 10 },
      { header: '参与率', width: 8 },
      { header: '达到参与门槛', width: 10 },
      { header: '结果', width: 8 },
      { header: '链头哈希', width: 66 },
    ],
    async rows(c, p) {
      const rows = await c.db
        .selectFrom('consultations')
        .where('community_id', '=', c.communityId)
        .where('opens_at', '<', p.toIso)
        .where('closes_at', '>=', p.fromIso)
        .select(['title', 'opens_at', 'closes_at', 'opened_at', 'closed_at', 'eligible_count', 'result'])
        .orderBy('opens_at')
        .execute();
      return rows.map((r) => {
        const t = r.result?.tally;
        const status = r.closed_at ? 'closed' : r.opened_at ? 'open' : 'draft';
        return [
          r.title,
          cnTime(r.opens_at),
          cnTime(r.closes_at),
          CONSULTATION_STATUS_LABELS[status as 'open'] ?? status,
          t?.eligible ?? r.eligible_count,
          t?.participants ?? null,
          t && t.eligible ? `${Math.round((t.participants / t.eligible) * 100)}%` : null,
          t ? (t.participationMet ? '是' : '否') : null,
          t ? (t.passed ? '通过' : '未通过') : null,
          r.result?.chainHead ?? null,
        ];
      });
    },
  },
};
