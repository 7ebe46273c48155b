import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Checkbox, Form, Input, Segmented, Select, Space, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { FormModal } from '../../../components/FormModal';
import { call, client, type Body, type Params } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId, useSession } from '../../../console/session';
import { EstateSelect } from '../../org/shared';
import { yuan } from '../types';

export const MANAGERS = ['staff', 'party_branch', 'property_manager', 'property_specialist'];
type Status = NonNullable<NonNullable<Params<'/api/communities/{communityId}/work-orders'>['query']>['status']>;
const STATUSES: Status[] = ['open', 'in_progress', 'done', 'accepted', 'cancelled'];

/** Work orders with the emergency fund's figures on top; managers create one from an inspection, a topic or a ticket. */
export default function ListPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const nav = useNavigate();
  const { roles, platformAdmin } = useSession();
  const manage = platformAdmin || MANAGERS.some((r) => roles.includes(r));
  const [status, setStatus] = useState<Status | ''>('');
  const { data, loading, error } = useApi('/api/communities/{communityId}/work-orders', {
    path: { communityId: c },
    query: { status: status || undefined },
  });
  const { data: funds } = useApi('/api/communities/{communityId}/funds', { path: { communityId: c } });
  const [creating, setCreating] = useState(false);
  const emergency = funds?.items.find((f) => f.kind === 'emergency');
  return (
    <Page
      title={t('workorders.list')}
      extra={
        manage && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="wo-new">
            {t('workorders.create')}
          </Button>
        )
      }
    >
      {emergency && (
        <Space size={32} wrap style={{ marginBottom: 16 }} data-testid="wo-fund-summary">
          <Card size="small">
            <Statistic
              title={`${t('workorders.fundings.emergency')} · ${t('workorders.balance')}`}
              value={yuan(emergency.balanceFen)}
            />
          </Card>
          <Card size="small">
            <Statistic title={`${emergency.year} ${t('workorders.spent')}`} value={yuan(emergency.spentThisYearFen)} />
          </Card>
          <Card size="small">
            <Statistic title={t('workorders.remaining')} value={yuan(emergency.remainingBudgetFen)} />
          </Card>
        </Space>
      )}
      <div className="filters">
        <Segmented<Status | ''>
          aria-label={t('workorders.status')}
          value={status}
          onChange={setStatus}
          options={[
            { value: '', label: t('workorders.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`workorders.statuses.${s}`) })),
          ]}
        />
      </div>
      {error && <p role="alert">{error.localized}</p>}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.items}
        pagination={{ pageSize: 20 }}
        data-testid="wo-table"
        columns={[
          { title: t('workorders.number'), dataIndex: 'number' },
          {
            title: t('workorders.title'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Link to={`/work-orders/${r.id}`} data-testid={`wo-row-${r.number}`}>
                {v}
              </Link>
            ),
          },
          { title: t('workorders.location'), dataIndex: 'location' },
          {
            title: t('workorders.funding'),
            dataIndex: 'fundingSource',
            render: (v: string) => t(`workorders.fundings.${v}`),
          },
          { title: t('workorders.total'), dataIndex: 'totalFen', align: 'right', render: (v: number) => yuan(v) },
          {
            title: t('workorders.status'),
            dataIndex: 'status',
            render: (v: string, r) => (
              <Space>
                <Tag className={v === 'accepted' ? 'tag-ok' : undefined}>{t(`workorders.statuses.${v}`)}</Tag>
                {r.emergency && <Tag color="red">{t('workorders.emergency')}</Tag>}
              </Space>
            ),
          },
          { title: t('workorders.createdAt'), dataIndex: 'createdAt', render: formatTime },
        ]}
      />
      <CreateWorkOrder
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => nav(`/work-orders/${id}`)}
      />
    </Page>
  );
}

type CreateValues = Body<'/api/communities/{communityId}/work-orders'>;

/** The create form; from a ticket page it comes with the ticket filled in. */
export function CreateWorkOrder({
  open,
  onClose,
  onCreated,
  ticket,
  topic,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
  ticket?: { id: string; title: string; location: string };
  topic?: { id: string; title: string };
}) {
  const { t } = useTranslation();
  const c = useCommunityId();
  return (
    <FormModal<CreateValues>
      open={open}
      title={t('workorders.create')}
      onClose={onClose}
      testId="wo-create"
      initialValues={
        ticket
          ? { source: 'ticket', title: ticket.title, location: ticket.location, fundingSource: 'emergency' }
          : topic
            ? { source: 'topic', title: topic.title, fundingSource: 'property' }
            : { source: 'inspection', fundingSource: 'property' }
      }
      onSubmit={async (v) => {
        const made = await call(
          client.POST('/api/communities/{communityId}/work-orders', {
            params: { path: { communityId: c } },
            // From a ticket or topic page the source is that record; the form shows no source field for it.
            body: {
              ...v,
              source: ticket ? 'ticket' : topic ? 'topic' : v.source,
              description: v.description ?? '',
              sourceId: (ticket ?? topic)?.id ?? (v.source === 'inspection' ? null : (v.sourceId ?? null)),
              emergency: !!v.emergency,
              fundingRef: v.fundingRef || null,
              estateId: v.estateId ?? null,
            },
          }),
        );
        onCreated(made.id);
      }}
    >
      <Form.Item name="title" label={t('workorders.title')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="wo-title" />
      </Form.Item>
      {!ticket && (
        // From a ticket the order is in the ticket's estate.
        <Form.Item name="estateId" label={t('workorders.estate')}>
          <EstateSelect data-testid="wo-estate" />
        </Form.Item>
      )}
      <Form.Item name="location" label={t('workorders.location')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="wo-location" />
      </Form.Item>
      <Form.Item name="description" label={t('workorders.description')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="source" label={t('workorders.source')}>
        <Select
          disabled={!!(ticket ?? topic)}
          options={['inspection', 'ticket', 'topic'].map((s) => ({ value: s, label: t(`workorders.sources.${s}`) }))}
        />
      </Form.Item>
      {!ticket && !topic && (
        <Form.Item name="sourceId" label={t('workorders.sourceId')}>
          <Input />
        </Form.Item>
      )}
      <Form.Item name="fundingSource" label={t('workorders.funding')}>
        <Select
          data-testid="wo-funding"
          options={['property', 'emergency', 'project', 'donation'].map((s) => ({
            value: s,
            label: t(`workorders.fundings.${s}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="fundingRef" label={t('workorders.fundingRef')} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="emergency" valuePropName="checked" extra={t('workorders.emergencyHint')}>
        <Checkbox>{t('workorders.emergency')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
