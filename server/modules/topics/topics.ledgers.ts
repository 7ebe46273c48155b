import { cnTime, type Ledger } from '../../core/ledgers';
import { STAGE_LABELS, type Stage } from '../../../contract/topics';
import './topics.tables';

/** Topics active in the period (created before its end, not closed before its start), with their stages. */
export const ledgers: Record<string, Ledger> = {
  topics: {
    titleZh: '四方议事台账（含阶段）',
    titleEn: 'Topics (四方议事) with stages',
    permission: 'topics.manage',
    columns: [
      { header: '议题', width: 30 },
      { header: '当前阶段', width: 10 },
      { header: '提出时间', width: 17 },
      { header: '各阶段（开始时间）', width: 60 },
      { header: '跳过说明', width: 24 },
      { header: '决议', width: 40 },
      { header: '决议时间', width: 17 },
      { header: '结案时间', width: 17 },
    ],
    async rows(c, p) {
      const ts = await c.db
        .selectFrom('topics')
        .where('community_id', '=', c.communityId)
        .where('created_at', '<', p.toIso)
        .where((eb) => eb.or([eb('closed_at', 'is', null), eb('closed_at', '>=', p.fromIso)]))
        .select(['id', 'title', 'stage', 'created_at', 'decision_text', 'decision_at', 'closed_at'])
        .orderBy('created_at')
        .execute();
      const stages = ts.length
        ? await c.db
            .selectFrom('topic_stages')
            .where(
              'topic_id',
              'in',
              ts.map((t) => t.id),
            )
            .select(['topic_id', 'stage', 'started_at', 'skip_reason'])
            .orderBy('started_at')
            .execute()
        : [];
      const label = (s: string) => STAGE_LABELS[s as Stage] ?? s;
      return ts.map((t) => {
        const mine = stages.filter((s) => s.topic_id === t.id);
        return [
          t.title,
          label(t.stage),
          cnTime(t.created_at),
          mine.map((s) => `${label(s.stage)}（${cnTime(s.started_at)}）`).join(' → '),
          mine
            .filter((s) => s.skip_reason)
            .map((s) => `${label(s.stage)}：${s.skip_reason}`)
            .join('；'),
          t.decision_text,
          cnTime(t.decision_at),
          cnTime(t.closed_at),
        ];
      });
    },
  },
};
