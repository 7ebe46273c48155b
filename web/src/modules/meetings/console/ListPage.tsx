import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Space, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import { useCanManage } from '../../topics/manage';
import { CreateMeetingModal } from './CreateMeeting';

/** Meetings, newest first, with how many were held and how many action items are still open. */
export default function ListPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { data, loading, error } = useApi('/api/communities/{communityId}/meetings', { path: { communityId: c } });
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
        </Card>
      </Space>
      {error && <p role="alert">{error.localized}</p>}
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
