import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Form, Input, Segmented, Select, Space, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { FormModal } from '../../../components/FormModal';
import { call, client, type Body } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId, useSession } from '../../../console/session';
import { STAGES } from '../types';

/** Topics with their current stage, and how many problems 四方议事 has solved. */
export default function ListPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const nav = useNavigate();
  const { roles, platformAdmin } = useSession();
  const manage = platformAdmin || roles.includes('staff') || roles.includes('party_branch');
  // `?status=closed` (the dashboard's 解决问题 figure links here) opens the list filtered.
  const [params] = useSearchParams();
  const [status, setStatus] = useState<'' | 'active' | 'closed'>(
    params.get('status') === 'closed' ? 'closed' : params.get('status') === 'active' ? 'active' : '',
  );
  const { data, loading, error } = useApi('/api/communities/{communityId}/topics', {
    path: { communityId: c },
    query: { status: status || undefined },
  });
  const { data: stats } = useApi('/api/communities/{communityId}/topics/stats', { path: { communityId: c } });
  const [creating, setCreating] = useState(false);
  return (
    <Page
      title={t('topics.list')}
      extra={
        manage && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="topic-new">
            {t('topics.create')}
          </Button>
        )
      }
    >
      <Space size={48} style={{ marginBottom: 16 }} wrap>
        <Card>
          <Statistic
            title={t('topics.problemsSolved')}
            value={stats?.problemsSolved ?? '—'}
            valueStyle={{ color: '#135200' }}
            data-testid="topics-solved"
          />
        </Card>
        <Card>
          <Statistic title={t('topics.active')} value={stats?.active ?? '—'} data-testid="topics-active" />
        </Card>
      </Space>
      <div className="filters">
        <Segmented
          aria-label={t('topics.status')}
          value={status}
          onChange={(v) => setStatus(v as typeof status)}
          options={[
            { value: '', label: t('topics.all') },
            { value: 'active', label: t('topics.active') },
            { value: 'closed', label: t('topics.closedList') },
          ]}
        />
      </div>
      {error && <p role="alert">{error.localized}</p>}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.items}
        pagination={{ pageSize: 20 }}
        data-testid="topics-table"
        columns={[
          {
            title: t('topics.title'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Link to={`/topics/${r.id}`} data-testid={`topic-row-${r.id}`}>
                {v}
              </Link>
            ),
          },
          { title: t('topics.source'), dataIndex: 'source', render: (v: string) => t(`topics.sources.${v}`) },
          {
            title: t('topics.stage'),
            dataIndex: 'stage',
            render: (v: string) => `${STAGES.indexOf(v as never) + 1}/8 ${t(`topics.stages.${v}`)}`,
          },
          {
            title: t('topics.status'),
            dataIndex: 'status',
            render: (v: string) => (
              <Tag className={v === 'closed' ? 'tag-ok' : undefined}>{t(`topics.statusLabel.${v}`)}</Tag>
            ),
          },
          { title: t('topics.createdAt'), dataIndex: 'createdAt', render: formatTime },
        ]}
      />
      <FormModal<Body<'/api/communities/{communityId}/topics'>>
        open={creating}
        title={t('topics.create')}
        onClose={() => setCreating(false)}
        testId="topic-create"
        initialValues={{ source: 'ticket' }}
        onSubmit={async (v) => {
          const x = await call(
            client.POST('/api/communities/{communityId}/topics', { params: { path: { communityId: c } }, body: v }),
          );
          nav(`/topics/${x.id}`);
        }}
      >
        <Form.Item name="title" label={t('topics.title')} rules={[{ required: true, max: 200 }]}>
          <Input data-testid="topic-title" />
        </Form.Item>
        <Form.Item name="description" label={t('topics.description')} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {/* No `required` rule on a select (it has a default): antd would put aria-required on its wrapper div, which axe refuses. */}
        <Form.Item name="source" label={t('topics.source')}>
          <Select
            options={['ticket', 'party', 'monthly_meeting', 'other'].map((s) => ({
              value: s,
              label: t(`topics.sources.${s}`),
            }))}
          />
        </Form.Item>
      </FormModal>
    </Page>
  );
}
