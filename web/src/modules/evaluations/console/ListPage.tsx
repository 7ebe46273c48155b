import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, DatePicker, Form, Modal, Select, Space, Table, Tag, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { call, client, download, errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import { MANAGERS, useHasRole } from '../manage';

/** The quarter of today in Shanghai time, as the server names it. */
export function currentQuarter(now = Date.now()): string {
  const d = new Date(now + 8 * 3600_000);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** Every round of the community, newest quarter first; managers open the quarter's round and export for the town. */
export default function ListPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { data, loading, error, reload } = useApi('/api/communities/{communityId}/evaluations', {
    path: { communityId: c },
  });
  const canManage = useHasRole(MANAGERS);
  const [creating, setCreating] = useState(false);
  return (
    <Page
      title={t('evaluations.rounds')}
      extra={
        canManage && (
          <Space>
            <Button
              onClick={() =>
                void download(
                  '/api/communities/{communityId}/evaluations/export.xlsx',
                  { path: { communityId: c } },
                  'evaluations.xlsx',
                )
              }
              data-testid="evaluations-export"
            >
              {t('evaluations.export')}
            </Button>
            <Button type="primary" onClick={() => setCreating(true)} data-testid="evaluations-new">
              {t('evaluations.newRound')}
            </Button>
          </Space>
        )
      }
    >
      {error && <p role="alert">{error.localized}</p>}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.items}
        pagination={false}
        data-testid="evaluations-table"
        columns={[
          {
            title: t('evaluations.quarter'),
            dataIndex: 'quarter',
            render: (v: string, r) => (
              <Link to={`/evaluations/${r.id}`} data-testid={`evaluation-row-${r.id}`}>
                {v}
              </Link>
            ),
          },
          { title: t('evaluations.estate'), dataIndex: 'estateName' },
          { title: t('evaluations.company'), dataIndex: 'companyName' },
          {
            title: t('evaluations.statusTitle'),
            dataIndex: 'status',
            render: (v: 'open' | 'closed') => (
              <Tag color={v === 'open' ? '#0b57d0' : undefined}>{t(`evaluations.status.${v}`)}</Tag>
            ),
          },
          {
            title: t('evaluations.progress'),
            key: 'scored',
            render: (_: unknown, r) => t('evaluations.scored', { n: r.scored, total: r.members }),
          },
          {
            title: t('evaluations.score'),
            dataIndex: 'score',
            render: (v: number | null) => v ?? t('evaluations.noScore'),
          },
          { title: t('evaluations.deadline'), dataIndex: 'deadlineAt', render: formatTime },
        ]}
      />
      {creating && (
        <NewRound
          communityId={c}
          onClose={(ok) => {
            setCreating(false);
            if (ok) reload();
          }}
        />
      )}
    </Page>
  );
}

function NewRound({ communityId, onClose }: { communityId: string; onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const estates = useApi('/api/communities/{communityId}/estates', { path: { communityId }, query: { pageSize: 100 } });
  const companies = useApi('/api/communities/{communityId}/organizations', {
    path: { communityId },
    query: { kind: 'property_company', pageSize: 100 },
  });
  const [form] = Form.useForm<{ estateId: string; companyId: string; deadline: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const chosen = (field: string) => ({
    validator: (_: unknown, v?: string) =>
      v ? Promise.resolve() : Promise.reject(new Error(t('evaluations.choose', { field }))),
  });
  const submit = async () => {
    // An invalid form shows its messages on the fields; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      await call(
        client.POST('/api/communities/{communityId}/evaluations', {
          params: { path: { communityId } },
          body: {
            estateId: v.estateId,
            companyId: v.companyId,
            quarter: currentQuarter(),
            deadlineAt: v.deadline.endOf('day').toISOString(),
          },
        }),
      );
      onClose(true);
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`${t('evaluations.newRound')} · ${currentQuarter()}`}
      onOk={() => void submit()}
      okText={t('evaluations.create')}
      cancelText={t('evaluations.cancel')}
      confirmLoading={busy}
      onCancel={() => onClose(false)}
      okButtonProps={{ 'data-testid': 'evaluation-create' } as Record<string, string>}
    >
      <Form form={form} layout="vertical" initialValues={{ deadline: dayjs().add(14, 'day') }}>
        {/* Validators, not `required`: antd would put aria-required on the select's wrapper div, which axe refuses. */}
        <Form.Item name="estateId" label={t('evaluations.estate')} rules={[chosen(t('evaluations.estate'))]}>
          <Select
            options={estates.data?.items.map((e) => ({ value: e.id, label: e.name }))}
            data-testid="evaluation-estate"
          />
        </Form.Item>
        <Form.Item name="companyId" label={t('evaluations.company')} rules={[chosen(t('evaluations.company'))]}>
          <Select
            options={companies.data?.items.map((e) => ({ value: e.id, label: e.name }))}
            data-testid="evaluation-company"
          />
        </Form.Item>
        <Form.Item name="deadline" label={t('evaluations.deadline')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
