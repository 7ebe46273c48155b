import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { App, Button, Form, Input, InputNumber, Modal, Progress, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { call, client, errorText } from '../../../lib/api';
import { useCommunityId } from '../../../console/session';
import { useCanManage } from '../../topics/manage';
import { toFen, yuan } from '../types';

/** "宣传版面 60 块" → { name, quantity, unit }; a line without a number is a name alone. */
export function parseItems(text: string) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^(.*?)\s+(\d+)\s*(\S{0,10})$/.exec(l);
      return m ? { name: m[1], quantity: Number(m[2]), unit: m[3] } : { name: l, quantity: null, unit: '' };
    });
}

interface CreateForm {
  name: string;
  program?: string;
  funder: string;
  year: number;
  budget: number;
  items?: string;
  description?: string;
}

/** 项目清单: every funded project with budget, spent and balance. */
export default function ListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const c = useCommunityId();
  const navigate = useNavigate();
  const manage = useCanManage();
  const { data, loading, error } = useApi('/api/communities/{communityId}/projects', { path: { communityId: c } });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<CreateForm>();

  const create = async (v: CreateForm) => {
    setBusy(true);
    try {
      const p = await call(
        client.POST('/api/communities/{communityId}/projects', {
          params: { path: { communityId: c } },
          body: {
            name: v.name,
            program: v.program ?? '',
            funder: v.funder,
            year: v.year,
            budgetFen: toFen(v.budget),
            description: v.description ?? '',
            items: parseItems(v.items ?? ''),
            topicId: null,
          },
        }),
      );
      navigate(`/projects/${p.id}`);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title={t('projects.list')}
      extra={
        manage && (
          <Button type="primary" onClick={() => setOpen(true)} data-testid="project-new">
            {t('projects.create')}
          </Button>
        )
      }
    >
      <Modal
        open={open}
        title={t('projects.create')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('projects.save')}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={create}
          initialValues={{ year: new Date().getFullYear(), funder: '洞泾镇人民政府' }}
        >
          <Form.Item name="name" label={t('projects.name')} rules={[{ required: true, max: 200 }]}>
            <Input data-testid="project-name" />
          </Form.Item>
          <Form.Item name="program" label={t('projects.program')} rules={[{ max: 200 }]}>
            <Input data-testid="project-program" />
          </Form.Item>
          <Form.Item name="funder" label={t('projects.funder')} rules={[{ required: true, max: 100 }]}>
            <Input data-testid="project-funder" />
          </Form.Item>
          <Form.Item name="year" label={t('projects.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} data-testid="project-year" />
          </Form.Item>
          <Form.Item name="budget" label={t('projects.budget')} rules={[{ required: true }]}>
            <InputNumber
              min={0.01}
              max={10_000_000}
              precision={2}
              style={{ width: 200 }}
              data-testid="project-budget"
            />
          </Form.Item>
          <Form.Item name="items" label={t('projects.items')} extra={t('projects.itemsHint')}>
            <Input.TextArea rows={3} data-testid="project-items" />
          </Form.Item>
          <Form.Item name="description" label={t('projects.description')} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      {error && <p role="alert">{error.localized}</p>}
      {data && (
        <p data-testid="projects-totals">
          {t('projects.totals', { budget: yuan(data.totals.budgetFen), spent: yuan(data.totals.spentFen) })}
        </p>
      )}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.items}
        pagination={{ pageSize: 20 }}
        data-testid="projects-table"
        columns={[
          {
            title: t('projects.name'),
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/projects/${r.id}`}>{v}</Link>,
          },
          { title: t('projects.funder'), dataIndex: 'funder' },
          { title: t('projects.year'), dataIndex: 'year' },
          { title: t('projects.budget'), dataIndex: 'budgetFen', align: 'right', render: yuan },
          { title: t('projects.spent'), dataIndex: 'spentFen', align: 'right', render: yuan },
          { title: t('projects.balance'), dataIndex: 'balanceFen', align: 'right', render: yuan },
          {
            title: t('projects.progress'),
            dataIndex: 'progress',
            render: (v: number) => <Progress percent={v} size="small" aria-label={t('projects.progress')} />,
          },
          {
            title: t('projects.status'),
            dataIndex: 'status',
            render: (v: string, r) => (
              <>
                {t(`projects.statuses.${v}`)} {r.published && <Tag className="tag-ok">{t('projects.published')}</Tag>}
              </>
            ),
          },
        ]}
      />
    </Page>
  );
}
