import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Space, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import { useCanManage } from '../../topics/manage';
import { CreateMeetingModal } from './CreateMeeting';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/**
 * `?status=closed&from=YYYY-MM&to=YYYY-MM` (the dashboard's 召开会议 figure links here): the meetings held in those
 * months (Asia/Shanghai), as instants for the API's [from, to).
 */
function periodFilter(p: URLSearchParams) {
  const from = p.get('from');
  const to = p.get('to');
  if (!from || !to || !MONTH.test(from) || !MONTH.test(to)) return null;
  const [y, m] = to.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return {
    from,
    to,
    status: p.get('status') === 'closed' ? ('closed' as const) : undefined,
    fromIso: `${from}-01T00:00:00+08:00`,
    toIso: `${next}-01T00:00:00+08:00`,
  };
}

/** Meetings, newest first, with how many were held and how many action items are still open. */
export default function ListPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const filter = periodFilter(useSearchParams()[0]);
  const { data, loading, error } = useApi('/api/communities/{communityId}/meetings', {
    path: { communityId: c },
    query: filter ? { status: filter.status, from: filter.fromIso, to: filter.toIso } : {},
  });
  const { data: stats } = useApi('/api/communities/{communityId}/meetings/stats', { path: { communityId: c } });
  const manage = useCanManage();
  const [creating, setCreating] = useState(false);
  return (
    <Page
      title={t('meetings.list')}
      extra={
        manage && (
          <Space wrap>
            <Link to="/meetings/intake">
              <Button data-testid="chat-intake-open">{t('meetings.intake.menu')}</Button>
            </Link>
            <Button type="primary" onClick={() => setCreating(true)} data-testid="meeting-new">
              {t('meetings.create')}
            </Button>
          </Space>
        )
      }
    >
      <CreateMeetingModal open={creating} onClose={() => setCreating(false)} />
      <Space size={48} style={{ marginBottom: 16 }} wrap>
        <Card>
          <Statistic title={t('meetings.held')} value={stats?.held ?? '—'} data-testid="meetings-held" />
        </Card>
        <Card>
          <Statistic
            title={t('meetings.openActionItems')}
            value={stats?.openActionItems ?? '—'}
            data-testid="meetings-open-items"
          />
          <Link to="/meetings/action-items" data-testid="meetings-items-link">
            {t('meetings.items.openList')}
          </Link>
        </Card>
      </Space>
      {error && <p role="alert">{error.localized}</p>}
      {filter && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="meetings-filter"
          message={t('meetings.filtered', { from: filter.from, to: filter.to })}
          action={
            <Link to="/meetings">
              <Button size="small">{t('meetings.clearFilter')}</Button>
            </Link>
          }
        />
      )}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.items}
        pagination={{ pageSize: 20 }}
        data-testid="meetings-table"
        columns={[
          {
            title: t('meetings.title'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Link to={`/meetings/${r.id}`} data-testid={`meeting-row-${r.id}`}>
                {v}
              </Link>
            ),
          },
          { title: t('meetings.kind'), dataIndex: 'kind', render: (v: string) => t(`meetings.kinds.${v}`) },
          { title: t('meetings.scheduledAt'), dataIndex: 'scheduledAt', render: formatTime },
          { title: t('meetings.location'), dataIndex: 'location', render: (v: string | null) => v ?? '—' },
          {
            title: t('meetings.status'),
            dataIndex: 'status',
            render: (v: string) => (
              <Tag className={v === 'closed' ? 'tag-ok' : undefined}>{t(`meetings.statuses.${v}`)}</Tag>
            ),
          },
        ]}
      />
    </Page>
  );
}
