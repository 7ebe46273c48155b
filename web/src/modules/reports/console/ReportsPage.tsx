import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { App, Button, Input, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { call, client, errorText } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { useCommunityId, useSession } from '../../../console/session';
import { thisMonth } from './LedgersPage';

/** 月报: the archive of monthly reports; staff generate a month's draft from its data. */
export default function ReportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const c = useCommunityId();
  const { roles } = useSession();
  const staff = roles.includes('staff');
  const [month, setMonth] = useState(thisMonth());
  const [busy, setBusy] = useState(false);
  const { data, loading, error } = useApi('/api/communities/{communityId}/monthly-reports', {
    path: { communityId: c },
  });

  const generate = async () => {
    setBusy(true);
    try {
      const r = await call(
        client.POST('/api/communities/{communityId}/monthly-reports', {
          params: { path: { communityId: c } },
          body: { month },
        }),
      );
      message.success(t('reports.generated'));
      navigate(`/monthly-reports/${r.month}`);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title={t('reports.list')}
      extra={
        staff && (
          <Space wrap>
            <label>
              {t('reports.month')}{' '}
              <Input
                type="month"
                value={month}
                onChange={(e) => setMonth(e.target.value)}
                style={{ width: 160 }}
                data-testid="report-month"
              />
            </label>
            <Button type="primary" loading={busy} onClick={() => void generate()} data-testid="report-generate">
              {t('reports.generate')}
            </Button>
          </Space>
        )
      }
    >
      {error && <p role="alert">{error.localized}</p>}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.reports ?? []}
        pagination={false}
        locale={{ emptyText: t('reports.empty') }}
        columns={[
          {
            title: t('reports.month'),
            render: (_, r) => (
              <Link to={`/monthly-reports/${r.month}`} data-testid={`report-open-${r.month}`}>
                {r.month}
              </Link>
            ),
          },
          {
            title: t('reports.statusTitle'),
            render: (_, r) => (
              <Tag color={r.status === 'final' ? 'green' : 'default'}>{t(`reports.status.${r.status}`)}</Tag>
            ),
          },
          { title: t('reports.createdBy'), dataIndex: 'createdBy' },
          { title: t('reports.updatedAt'), render: (_, r) => formatTime(r.updatedAt) },
          { title: t('reports.finalisedAt'), render: (_, r) => (r.finalisedAt ? formatTime(r.finalisedAt) : '—') },
        ]}
      />
    </Page>
  );
}
