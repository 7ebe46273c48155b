import { Link } from 'react-router-dom';
import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import { useCanManage } from '../../topics/manage';
import { StatusBadge } from '../Badge';

/** All consultations of the community (drafts for managers), newest first. */
export default function ListPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { data, loading, error } = useApi('/api/communities/{communityId}/consultations', { path: { communityId: c } });
  const canManage = useCanManage();
  return (
    <Page
      title={t('consultations.c.list')}
      extra={
        canManage && (
          <Link to="/consultations/new">
            <Button type="primary" data-testid="consultation-new">
              {t('consultations.c.create')}
            </Button>
          </Link>
        )
      }
    >
      {error && <p role="alert">{error.localized}</p>}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.items}
        pagination={false}
        data-testid="consultations-table"
        columns={[
          {
            title: t('consultations.c.title'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Link to={`/consultations/${r.id}`} data-testid={`consultation-row-${r.id}`}>
                {v}
              </Link>
            ),
          },
          {
            title: t('consultations.c.status'),
            dataIndex: 'status',
            render: (v: string) => <StatusBadge status={v} />,
          },
          { title: t('consultations.opensAt'), dataIndex: 'opensAt', render: formatTime },
          { title: t('consultations.closesAt'), dataIndex: 'closesAt', render: formatTime },
          {
            title: t('consultations.c.eligibleHouseholds'),
            dataIndex: 'eligibleCount',
            render: (v: number | null) => v ?? '—',
          },
          {
            title: t('consultations.c.turnout'),
            key: 'turnout',
            render: (_: unknown, r) => (r.result ? `${r.result.tally.participants} / ${r.result.tally.eligible}` : '—'),
          },
        ]}
      />
    </Page>
  );
}
