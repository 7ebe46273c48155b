import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, DatePicker, Descriptions, Drawer, Form, Input, Space, Table, Tag, Timeline } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { FormModal } from '../../../components/FormModal';
import { call, client } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId, useSession } from '../../../console/session';

/** 代表建议: the deputy's proposals from grouped tickets, their months of coordination and the outcome. */
export default function ProposalsPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { roles, platformAdmin } = useSession();
  const manage = platformAdmin || roles.includes('staff') || roles.includes('deputy');
  const { data, loading, error, reload } = useApi('/api/communities/{communityId}/proposals', {
    path: { communityId: c },
  });
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string>();
  return (
    <Page
      title={t('volunteers.proposals')}
      extra={
        manage && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('volunteers.newProposal')}
          </Button>
        )
      }
    >
      {error && <p role="alert">{error.localized}</p>}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.items}
        pagination={{ pageSize: 20 }}
        data-testid="pp-table"
        columns={[
          {
            title: t('volunteers.proposal'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Button type="link" onClick={() => setOpenId(r.id)}>
                {v}
              </Button>
            ),
          },
          { title: t('volunteers.addressee'), dataIndex: 'addressee' },
          { title: t('volunteers.tickets'), dataIndex: 'ticketCount' },
          { title: t('volunteers.logs'), dataIndex: 'logCount' },
          {
            title: t('volunteers.status'),
            dataIndex: 'status',
            render: (v: string) => (
              <Tag className={v === 'concluded' ? 'tag-ok' : undefined}>{t(`volunteers.${v}`)}</Tag>
            ),
          },
          { title: t('volunteers.referredAt'), dataIndex: 'createdAt', render: formatTime },
        ]}
      />
      <FormModal<{ title: string; problem: string; suggestion: string; addressee: string; ticketIds?: string }>
        open={creating}
        title={t('volunteers.newProposal')}
        onClose={() => setCreating(false)}
        testId="pp-form"
        onSubmit={async (v) => {
          const ticketIds = (v.ticketIds ?? '').split(/[,，\s]+/).filter(Boolean);
          await call(
            client.POST('/api/communities/{communityId}/proposals', {
              params: { path: { communityId: c } },
              body: {
                title: v.title,
                problem: v.problem,
                suggestion: v.suggestion,
                addressee: v.addressee,
                ticketIds,
                topicId: null,
              },
            }),
          );
          reload();
        }}
      >
        <Form.Item name="title" label={t('volunteers.title')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="problem" label={t('volunteers.problem')} rules={[{ required: true, max: 5000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="suggestion" label={t('volunteers.suggestion')} rules={[{ required: true, max: 5000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="addressee" label={t('volunteers.addressee')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="ticketIds" label={t('volunteers.ticketIds')}>
          <Input />
        </Form.Item>
      </FormModal>
      {openId && (
        <ProposalDrawer
          id={openId}
          manage={manage}
          onClose={() => {
            setOpenId(undefined);
            reload();
          }}
        />
      )}
    </Page>
  );
}

function ProposalDrawer({ id, manage, onClose }: { id: string; manage: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { message } = App.useApp();
  const { data, reload } = useApi('/api/communities/{communityId}/proposals/{id}', { path: { communityId: c, id } });
  const [logging, setLogging] = useState(false);
  const [concluding, setConcluding] = useState(false);
  const open = data?.status === 'open';
  return (
    <Drawer
      open
      width={720}
      title={data?.title}
      onClose={onClose}
      extra={
        manage &&
        open && (
          <Space>
            <Button onClick={() => setLogging(true)}>{t('volunteers.addLog')}</Button>
            <Button type="primary" onClick={() => setConcluding(true)}>
              {t('volunteers.recordOutcome')}
            </Button>
          </Space>
        )
      }
    >
      {data && (
        <>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'a', label: t('volunteers.addressee'), children: data.addressee },
              { key: 'p', label: t('volunteers.problem'), children: data.problem },
              { key: 's', label: t('volunteers.suggestion'), children: data.suggestion },
              { key: 'o', label: t('volunteers.outcome'), children: data.outcome ?? '—' },
              {
                key: 'm',
                label: t('volunteers.status'),
                children: `${t(`volunteers.${data.status}`)} · ${t('volunteers.months', { n: data.months })}`,
              },
            ]}
          />
          <h3>{t('volunteers.logs')}</h3>
          <Timeline items={data.logs.map((l) => ({ key: l.id, children: `${l.date} ${l.text}` }))} />
          <h3>{t('volunteers.tickets')}</h3>
          <ul>
            {data.tickets.map((x) => (
              <li key={x.id}>
                <Link to={`/tickets/${x.id}`}>{x.number}</Link> {x.title}
              </li>
            ))}
          </ul>
        </>
      )}
      <FormModal<{ date: Dayjs; text: string }>
        open={logging}
        title={t('volunteers.addLog')}
        onClose={() => setLogging(false)}
        onSubmit={async (v) => {
          await call(
            client.POST('/api/communities/{communityId}/proposals/{id}/logs', {
              params: { path: { communityId: c, id } },
              body: { date: v.date.format('YYYY-MM-DD'), text: v.text },
            }),
          );
          reload();
        }}
      >
        <Form.Item name="date" label={t('volunteers.date')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="text" label={t('volunteers.note')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
      <FormModal<{ outcome: string }>
        open={concluding}
        title={t('volunteers.recordOutcome')}
        onClose={() => setConcluding(false)}
        onSubmit={async (v) => {
          const r = await call(
            client.POST('/api/communities/{communityId}/proposals/{id}/outcome', {
              params: { path: { communityId: c, id } },
              body: v,
            }),
          );
          message.success(t('volunteers.resolvedN', { n: r.ticketsResolved }));
          reload();
        }}
      >
        <Form.Item name="outcome" label={t('volunteers.outcome')} rules={[{ required: true, max: 5000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Drawer>
  );
}
