import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, DatePicker, Form, Input, Segmented, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { FormModal } from '../../../components/FormModal';
import { call, client } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId, useSession } from '../../../console/session';
import '../volunteers.css';
import type { Referral } from '../types';

/** 部门联动: the outstanding list (挂账) first, department response times, referring a ticket and recording the answer. */
export default function ReferralsPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { roles, platformAdmin } = useSession();
  const manage = platformAdmin || roles.includes('staff') || roles.includes('party_branch');
  // '' lists every referral: the filter is left out of the query.
  const [status, setStatus] = useState<'outstanding' | 'answered' | ''>('outstanding');
  const list = useApi('/api/communities/{communityId}/referrals', {
    path: { communityId: c },
    query: status ? { status } : {},
  });
  const stats = useApi('/api/communities/{communityId}/referrals/stats', { path: { communityId: c } });
  const depts = useApi('/api/communities/{communityId}/organizations', {
    path: { communityId: c },
    query: { kind: 'department', pageSize: 100 },
  });
  const [referring, setReferring] = useState(false);
  const [answering, setAnswering] = useState<Referral>();
  const reload = () => {
    list.reload();
    stats.reload();
  };
  return (
    <Page
      title={t('volunteers.referrals')}
      extra={
        manage && (
          <Button type="primary" onClick={() => setReferring(true)} data-testid="rf-new">
            {t('volunteers.refer')}
          </Button>
        )
      }
    >
      <p data-testid="rf-counts">
        {t('volunteers.outstanding')} {stats.data?.outstanding ?? '—'} · {t('volunteers.overdue')}{' '}
        {stats.data?.overdue ?? '—'} · {t('volunteers.answered')} {stats.data?.answered ?? '—'}
      </p>
      <div className="filters">
        <Segmented<typeof status>
          aria-label={t('volunteers.status')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'outstanding', label: t('volunteers.outstanding') },
            { value: 'answered', label: t('volunteers.answered') },
            { value: '', label: t('volunteers.all') },
          ]}
        />
      </div>
      {list.error && <p role="alert">{list.error.localized}</p>}
      <Table
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items}
        pagination={{ pageSize: 20 }}
        data-testid="rf-table"
        columns={[
          {
            title: t('volunteers.ticket'),
            dataIndex: 'ticketNumber',
            render: (v: string, r) => <Link to={`/tickets/${r.ticketId}`}>{v}</Link>,
          },
          { title: t('volunteers.department'), dataIndex: 'departmentName' },
          { title: t('volunteers.need'), dataIndex: 'need' },
          { title: t('volunteers.contactName'), dataIndex: 'contactName' },
          { title: t('volunteers.referredAt'), dataIndex: 'referredAt', render: formatTime },
          { title: t('volunteers.expectedDate'), dataIndex: 'expectedDate' },
          {
            title: t('volunteers.status'),
            key: 'status',
            render: (_: unknown, r) =>
              r.status === 'answered' ? (
                <Tag className="tag-ok">{t('volunteers.answered')}</Tag>
              ) : (
                <Tag className={r.overdue ? 'vo-tag-overdue' : 'vo-tag-outstanding'} data-testid="rf-outstanding">
                  {r.overdue ? t('volunteers.overdue') : t('volunteers.outstanding')}
                </Tag>
              ),
          },
          {
            title: t('volunteers.response'),
            key: 'response',
            render: (_: unknown, r) =>
              r.response ??
              (manage && (
                <Button size="small" onClick={() => setAnswering(r)}>
                  {t('volunteers.respond')}
                </Button>
              )),
          },
        ]}
      />
      <h2>{t('volunteers.responseTimes')}</h2>
      <Table
        rowKey="departmentId"
        size="small"
        pagination={false}
        dataSource={stats.data?.departments}
        data-testid="rf-departments"
        columns={[
          { title: t('volunteers.department'), dataIndex: 'departmentName' },
          { title: t('volunteers.referred'), dataIndex: 'referred' },
          { title: t('volunteers.answered'), dataIndex: 'answered' },
          { title: t('volunteers.outstanding'), dataIndex: 'outstanding' },
          { title: t('volunteers.avgDays'), dataIndex: 'avgResponseDays', render: (v: number | null) => v ?? '—' },
          { title: t('volunteers.onTime'), dataIndex: 'onTime' },
        ]}
      />
      <FormModal<{
        ticketId: string;
        departmentId: string;
        contactName: string;
        contactPhone?: string;
        need: string;
        expectedDate: Dayjs;
      }>
        open={referring}
        title={t('volunteers.refer')}
        onClose={() => setReferring(false)}
        testId="rf-form"
        onSubmit={async (v) => {
          await call(
            client.POST('/api/communities/{communityId}/referrals', {
              params: { path: { communityId: c } },
              body: {
                ticketId: v.ticketId.trim(),
                departmentId: v.departmentId,
                contactName: v.contactName,
                contactPhone: v.contactPhone || undefined,
                need: v.need,
                expectedDate: v.expectedDate.format('YYYY-MM-DD'),
              },
            }),
          );
          setStatus('outstanding');
          reload();
        }}
      >
        <Form.Item name="ticketId" label={t('volunteers.ticketId')} rules={[{ required: true }]}>
          <Input data-testid="rf-ticket" />
        </Form.Item>
        {/* No `required` rule on a select: antd would put aria-required on its wrapper div, which axe refuses; the server answers a missing one. */}
        <Form.Item name="departmentId" label={t('volunteers.department')}>
          <Select
            data-testid="rf-department"
            options={depts.data?.items.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item name="contactName" label={t('volunteers.contactName')} rules={[{ required: true, max: 50 }]}>
          <Input data-testid="rf-contact" />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('volunteers.contactPhone')}>
          <Input />
        </Form.Item>
        <Form.Item name="need" label={t('volunteers.need')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={2} data-testid="rf-need" />
        </Form.Item>
        <Form.Item name="expectedDate" label={t('volunteers.expectedDate')} rules={[{ required: true }]}>
          <DatePicker data-testid="rf-date" />
        </Form.Item>
      </FormModal>
      <FormModal<{ response: string }>
        open={!!answering}
        title={`${t('volunteers.respond')} · ${answering?.departmentName ?? ''}`}
        onClose={() => setAnswering(undefined)}
        testId="rf-answer"
        onSubmit={async (v) => {
          await call(
            client.POST('/api/communities/{communityId}/referrals/{id}/response', {
              params: { path: { communityId: c, id: answering!.id } },
              body: v,
            }),
          );
          reload();
        }}
      >
        <Form.Item name="response" label={t('volunteers.response')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Page>
  );
}
