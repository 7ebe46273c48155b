import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { call, client, errorText } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import { useCanManage } from '../../topics/manage';

const TYPES = ['consultation_result', 'topic_decision', 'evaluation_result', 'project_spending', 'activity'] as const;
type NoticeType = (typeof TYPES)[number];
type Option = { value: string; label: string };

/** The records of one type a notice can be created from, read through each module's own list. */
async function recordsOf(c: string, type: NoticeType): Promise<Option[]> {
  const path = { communityId: c };
  switch (type) {
    case 'consultation_result': {
      const d = await call(
        client.GET('/api/communities/{communityId}/consultations', { params: { path, query: { status: 'closed' } } }),
      );
      return d.items.map((x) => ({ value: x.id, label: x.title }));
    }
    case 'topic_decision': {
      const d = await call(client.GET('/api/communities/{communityId}/topics', { params: { path } }));
      return d.items.map((x) => ({ value: x.id, label: x.title }));
    }
    case 'evaluation_result': {
      const d = await call(
        client.GET('/api/communities/{communityId}/evaluations', { params: { path, query: { status: 'closed' } } }),
      );
      return d.items.map((x) => ({ value: x.id, label: `${x.quarter} ${x.estateName} ${x.companyName}` }));
    }
    case 'project_spending': {
      const d = await call(client.GET('/api/communities/{communityId}/projects', { params: { path } }));
      return d.items.map((x) => ({ value: x.id, label: x.name }));
    }
    case 'activity': {
      const d = await call(
        client.GET('/api/communities/{communityId}/activities', { params: { path, query: { when: 'all' } } }),
      );
      return d.items.map((x) => ({ value: x.id, label: x.title }));
    }
  }
}

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

interface CreateForm {
  sourceType: NoticeType;
  sourceId: string;
  periodFrom: string;
  periodTo: string;
}

/** 公示栏: every notice of the community; staff publish from a record, withdraw, and print A4 or an A3 poster. */
export default function BoardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const c = useCommunityId();
  const manage = useCanManage();
  const { data, loading, error, reload } = useApi('/api/communities/{communityId}/notices', {
    path: { communityId: c },
  });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [type, setType] = useState<NoticeType>();
  const [records, setRecords] = useState<Option[]>([]);
  const [withdrawing, setWithdrawing] = useState<string>();
  const [form] = Form.useForm<CreateForm>();
  const [wform] = Form.useForm<{ reason: string }>();

  useEffect(() => {
    setRecords([]);
    if (!type) return;
    let live = true;
    recordsOf(c, type).then(
      (r) => live && setRecords(r),
      (e) => live && message.error(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [c, type, message]);

  const create = async (v: CreateForm) => {
    setBusy(true);
    try {
      await call(
        client.POST('/api/communities/{communityId}/notices', { params: { path: { communityId: c } }, body: v }),
      );
      message.success(t('notices.published'));
      setOpen(false);
      form.resetFields();
      reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const withdraw = async (v: { reason: string }) => {
    if (!withdrawing) return;
    setBusy(true);
    try {
      await call(
        client.POST('/api/communities/{communityId}/notices/{id}/withdraw', {
          params: { path: { communityId: c, id: withdrawing } },
          body: { reason: v.reason },
        }),
      );
      message.success(t('notices.withdrawnOk'));
      setWithdrawing(undefined);
      wform.resetFields();
      reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title={t('notices.board')}
      extra={
        manage && (
          <Button type="primary" onClick={() => setOpen(true)} data-testid="notice-create">
            {t('notices.create')}
          </Button>
        )
      }
    >
      {error && <p role="alert">{error.localized}</p>}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('notices.empty') }}
        data-testid="notice-list"
        columns={[
          {
            title: t('notices.type'),
            dataIndex: 'sourceType',
            render: (v: string, r) => t(`notices.types.${v}`, { defaultValue: r.labelZh }),
          },
          { title: t('notices.title'), dataIndex: 'title' },
          { title: t('notices.period'), render: (_, r) => `${r.periodFrom} — ${r.periodTo}` },
          { title: t('notices.publishedAt'), dataIndex: 'publishedAt', render: (v: string) => formatTime(v) },
          {
            title: t('notices.statusTitle'),
            dataIndex: 'status',
            render: (v: 'published' | 'withdrawn') => (
              <Tag className={v === 'published' ? 'tag-ok' : undefined}>{t(`notices.status.${v}`)}</Tag>
            ),
          },
          {
            title: '',
            render: (_, r) => (
              <Space>
                <Link to={`/notices/${r.id}/print?size=a4`} data-testid={`notice-print-a4-${r.id}`}>
                  {t('notices.printA4')}
                </Link>
                <Link to={`/notices/${r.id}/print?size=a3`} data-testid={`notice-print-a3-${r.id}`}>
                  {t('notices.printA3')}
                </Link>
                {manage && r.status === 'published' && (
                  <Button size="small" onClick={() => setWithdrawing(r.id)} data-testid={`notice-withdraw-${r.id}`}>
                    {t('notices.withdraw')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={open}
        title={t('notices.create')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        okButtonProps={{ 'data-testid': 'notice-submit' } as never}
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={create}
          initialValues={{ periodFrom: today(), periodTo: inDays(7) }}
        >
          {/* No `required` rule on a select: antd would put aria-required on its wrapper div, which axe refuses; the server answers a missing one. */}
          <Form.Item name="sourceType" label={t('notices.type')}>
            <Select
              data-testid="notice-type"
              options={TYPES.map((x) => ({ value: x, label: t(`notices.types.${x}`) }))}
              onChange={(v: NoticeType) => {
                setType(v);
                form.setFieldValue('sourceId', undefined);
              }}
            />
          </Form.Item>
          <Form.Item name="sourceId" label={t('notices.record')}>
            <Select data-testid="notice-record" options={records} notFoundContent={t('notices.noRecords')} />
          </Form.Item>
          <Form.Item name="periodFrom" label={t('notices.periodFrom')} rules={[{ required: true }]}>
            <Input type="date" data-testid="notice-from" />
          </Form.Item>
          <Form.Item name="periodTo" label={t('notices.periodTo')} rules={[{ required: true }]}>
            <Input type="date" data-testid="notice-to" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!withdrawing}
        title={t('notices.withdrawTitle')}
        onCancel={() => setWithdrawing(undefined)}
        onOk={() => wform.submit()}
        confirmLoading={busy}
      >
        <Form form={wform} layout="vertical" onFinish={withdraw}>
          <Form.Item name="reason" label={t('notices.withdrawReason')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea maxLength={500} data-testid="notice-withdraw-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Page>
  );
}
