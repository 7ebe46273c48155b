import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Progress,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { FormModal } from '../../../components/FormModal';
import { call, client, type Body } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { useCommunityId, useSession } from '../../../console/session';
import { COMMITMENT_KINDS } from '../../../../../contract/volunteers';
import type { Commitment } from '../types';

/** Person-times and hours of the year (per month, per person, party members) and each party member's responsibility list. */
export default function HoursPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { roles, platformAdmin } = useSession();
  const manage = platformAdmin || roles.includes('staff') || roles.includes('party_branch');
  const stats = useApi('/api/communities/{communityId}/activities/stats', { path: { communityId: c } });
  const lists = useApi('/api/communities/{communityId}/party-commitments', { path: { communityId: c } });
  const [adding, setAdding] = useState(false);
  const [logging, setLogging] = useState<Commitment>();
  const s = stats.data;
  return (
    <Page title={t('volunteers.stats')}>
      {stats.error && <p role="alert">{stats.error.localized}</p>}
      {s && (
        <>
          <Space size={32} wrap style={{ marginBottom: 16 }}>
            <Card>
              <Statistic
                title={`${s.year} ${t('volunteers.personTimes')}`}
                value={s.personTimes}
                data-testid="vo-person-times"
              />
            </Card>
            <Card>
              <Statistic title={t('volunteers.hours')} value={s.hours} />
            </Card>
            <Card>
              <Statistic title={t('volunteers.people')} value={s.people} />
            </Card>
            <Card>
              <Statistic title={t('volunteers.partyTimes')} value={s.partyMembers.personTimes} />
            </Card>
          </Space>
          <h2>{t('volunteers.byMonth')}</h2>
          <Table
            rowKey="month"
            size="small"
            pagination={false}
            dataSource={s.byMonth}
            data-testid="vo-by-month"
            columns={[
              { title: t('volunteers.month'), dataIndex: 'month' },
              { title: t('volunteers.personTimes'), dataIndex: 'personTimes' },
              { title: t('volunteers.hours'), dataIndex: 'hours' },
            ]}
          />
          <h2>{t('volunteers.byPerson')}</h2>
          <Table
            rowKey={(r) => `${r.name}-${r.partyMember}`}
            size="small"
            pagination={{ pageSize: 10 }}
            dataSource={s.byPerson}
            columns={[
              { title: t('volunteers.name'), dataIndex: 'name' },
              {
                title: t('volunteers.partyMember'),
                dataIndex: 'partyMember',
                render: (v: boolean) => (v ? <Tag color="red">{t('volunteers.partyMember')}</Tag> : null),
              },
              { title: t('volunteers.personTimes'), dataIndex: 'personTimes' },
              { title: t('volunteers.hours'), dataIndex: 'hours' },
            ]}
          />
        </>
      )}
      <h2>
        {t('volunteers.commitments')}{' '}
        {manage && (
          <Button onClick={() => setAdding(true)} data-testid="vo-add-commitment">
            {t('volunteers.addCommitment')}
          </Button>
        )}
      </h2>
      {lists.error && <p role="alert">{lists.error.localized}</p>}
      <Table
        rowKey="id"
        size="small"
        pagination={{ pageSize: 20 }}
        dataSource={lists.data?.items}
        data-testid="vo-commitments"
        columns={[
          { title: t('volunteers.member'), dataIndex: 'memberName' },
          {
            title: t('volunteers.kind'),
            dataIndex: 'kind',
            render: (v: string) => t(`volunteers.commitmentKinds.${v}`),
          },
          { title: t('volunteers.commitment'), dataIndex: 'text' },
          // 'normal', not antd's green 'success' (its text fails contrast); the status column says fulfilled.
          {
            title: t('volunteers.done'),
            key: 'done',
            render: (_: unknown, r) => (
              <Progress
                percent={Math.min(100, Math.round((r.done / r.target) * 100))}
                format={() => `${r.done}/${r.target} ${r.unit}`}
                status={r.fulfilled ? 'normal' : 'active'}
                aria-label={t('volunteers.done')}
              />
            ),
          },
          {
            title: t('volunteers.status'),
            dataIndex: 'fulfilled',
            render: (v: boolean) => (
              <Tag className={v ? 'tag-ok' : undefined}>
                {v ? t('volunteers.fulfilled') : t('volunteers.inProgress')}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'log',
            render: (_: unknown, r) => (
              <Button size="small" onClick={() => setLogging(r)}>
                {t('volunteers.logEntry')}
              </Button>
            ),
          },
        ]}
      />
      <FormModal<{
        userId: string;
        memberName: string;
        kind: Body<'/api/communities/{communityId}/party-commitments'>['kind'];
        text: string;
        target: number;
      }>
        open={adding}
        title={t('volunteers.addCommitment')}
        onClose={() => setAdding(false)}
        testId="vo-commitment-form"
        initialValues={{ kind: 'visit_households', target: 10 }}
        onSubmit={async (v) => {
          await call(
            client.POST('/api/communities/{communityId}/party-commitments', {
              params: { path: { communityId: c } },
              body: {
                userId: v.userId,
                memberName: v.memberName,
                kind: v.kind,
                text: v.text,
                target: v.target,
                year: s?.year ?? new Date().getFullYear(),
              },
            }),
          );
          lists.reload();
        }}
      >
        <Form.Item name="userId" label={t('volunteers.userId')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="memberName" label={t('volunteers.memberName')} rules={[{ required: true, max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('volunteers.kind')}>
          <Select options={COMMITMENT_KINDS.map((k) => ({ value: k, label: t(`volunteers.commitmentKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="text" label={t('volunteers.commitment')} rules={[{ required: true, max: 500 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="target" label={t('volunteers.target')} rules={[{ required: true }]}>
          <InputNumber min={1} max={10000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ amount: number; note: string; date: Dayjs }>
        open={!!logging}
        title={`${t('volunteers.logEntry')} · ${logging?.memberName ?? ''}`}
        onClose={() => setLogging(undefined)}
        testId="vo-entry-form"
        initialValues={{ amount: 1 }}
        onSubmit={async (v) => {
          await call(
            client.POST('/api/communities/{communityId}/party-commitments/{id}/entries', {
              params: { path: { communityId: c, id: logging!.id } },
              body: { amount: v.amount, note: v.note, date: v.date.format('YYYY-MM-DD') },
            }),
          );
          lists.reload();
        }}
      >
        <Form.Item name="amount" label={t('volunteers.amount')} rules={[{ required: true }]}>
          <InputNumber min={1} max={1000} />
        </Form.Item>
        <Form.Item name="note" label={t('volunteers.note')} rules={[{ required: true, max: 500 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="date" label={t('volunteers.date')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </FormModal>
    </Page>
  );
}
