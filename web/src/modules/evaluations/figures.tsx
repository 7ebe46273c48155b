import { Card, Table } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/useApi';
import './messages';
import type { TownRow, TrendView } from './types';

/** On the town view: each property company's latest quarterly score per estate, beside the previous one and its ticket figures. */
export function TownEvaluations({ townId }: { townId: string }) {
  const { t } = useTranslation();
  const { data } = useApi('/api/towns/{townId}/evaluations', { path: { townId } });
  if (!data?.items.length) return null;
  return (
    <Card size="small" title={t('evaluations.townTitle')} style={{ marginTop: 16 }}>
      <Table<TownRow>
        rowKey="roundId"
        size="small"
        pagination={false}
        dataSource={data.items}
        data-testid="town-evaluations"
        columns={[
          { title: t('evaluations.community'), dataIndex: 'communityName' },
          { title: t('evaluations.estate'), dataIndex: 'estateName' },
          { title: t('evaluations.company'), dataIndex: 'companyName' },
          { title: t('evaluations.quarter'), dataIndex: 'quarter' },
          {
            title: t('evaluations.score'),
            dataIndex: 'score',
            align: 'right',
            sorter: (a, b) => (a.score ?? 0) - (b.score ?? 0),
          },
          {
            title: t('evaluations.previous'),
            dataIndex: 'previousScore',
            align: 'right',
            render: (v: number | null) => v ?? '—',
          },
          {
            title: t('evaluations.satisfaction'),
            key: 'sat',
            align: 'right',
            render: (_: unknown, r) => r.figures.avgSatisfaction ?? '—',
          },
          {
            title: t('evaluations.overdue'),
            key: 'overdue',
            align: 'right',
            render: (_: unknown, r) => r.figures.overdue,
          },
        ]}
      />
    </Card>
  );
}

/** On the community dashboard: the latest closed round of each estate, linking to it. */
export function LatestScores({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const { data } = useApi('/api/communities/{communityId}/evaluations/trend', { path: { communityId } });
  const latest = new Map<string, TrendView['items'][number]>();
  for (const p of data?.items ?? []) latest.set(`${p.estateName}|${p.companyName}`, p);
  if (!latest.size) return null;
  return (
    <Card size="small" title={t('evaluations.latestTitle')} style={{ marginTop: 16 }}>
      <Table
        rowKey="roundId"
        size="small"
        pagination={false}
        dataSource={[...latest.values()]}
        data-testid="dashboard-evaluations"
        columns={[
          { title: t('evaluations.estate'), dataIndex: 'estateName' },
          { title: t('evaluations.company'), dataIndex: 'companyName' },
          {
            title: t('evaluations.quarter'),
            dataIndex: 'quarter',
            render: (v: string, r) => <Link to={`/evaluations/${r.roundId}`}>{v}</Link>,
          },
          { title: t('evaluations.score'), dataIndex: 'score', align: 'right' },
          {
            title: t('evaluations.tickets'),
            key: 'tickets',
            align: 'right',
            render: (_: unknown, r) => r.figures.tickets,
          },
          {
            title: t('evaluations.overdue'),
            key: 'overdue',
            align: 'right',
            render: (_: unknown, r) => r.figures.overdue,
          },
        ]}
      />
    </Card>
  );
}
