import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Image,
  Input,
  InputNumber,
  Progress,
  Select,
  Space,
  Switch,
  Table,
  Tag,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { call, client, errorText, type Body } from '../../../lib/api';
import { useCommunityId } from '../../../console/session';
import { useCanManage } from '../../topics/manage';
import { photoSrc, toFen, yuan, type Project } from '../types';

type Photo = Project['photos'][number];
type Kind = Photo['kind'];
interface SpendForm {
  amount: number;
  payee: string;
  payeeKind: NonNullable<Body<'/api/communities/{communityId}/projects/{id}/spending'>['payeeKind']>;
  spentOn: string;
  note?: string;
  workOrderId?: string;
}

/** A project: what it builds, its spending with invoices, balance, progress and before/after photos. */
export default function DetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const c = useCommunityId();
  const { id = '' } = useParams();
  const manage = useCanManage();
  const {
    data: p,
    error,
    reload,
  } = useApi('/api/communities/{communityId}/projects/{id}', { path: { communityId: c, id } });
  const [form] = Form.useForm<SpendForm>();
  const [invoice, setInvoice] = useState<File | null>(null);
  const [kind, setKind] = useState<Kind>('before');
  const [busy, setBusy] = useState(false);
  const path = { communityId: c, id };

  const upload = (file: File, k: Kind) =>
    call(
      client.POST('/api/communities/{communityId}/projects/{id}/photos', {
        params: { path },
        // openapi-typescript types the binary part as a string (its name here); the serializer sends the File itself.
        body: { kind: k, photo: file.name },
        bodySerializer: () => {
          const form = new FormData();
          form.append('kind', k);
          form.append('photo', file);
          return form;
        },
      }),
    );
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      message.success(t('projects.ok'));
      reload();
      return true;
    } catch (e) {
      message.error(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const spend = (v: SpendForm) =>
    run(async () => {
      // The invoice goes up first; the entry then names it (an invoice left unused by a refused entry can be used by the next one).
      const photo = invoice ? await upload(invoice, 'invoice') : null;
      await call(
        client.POST('/api/communities/{communityId}/projects/{id}/spending', {
          params: { path },
          body: {
            amountFen: toFen(v.amount),
            payee: v.payee,
            payeeKind: v.payeeKind,
            spentOn: v.spentOn,
            note: v.note ?? '',
            invoicePhotoId: photo?.id ?? null,
            workOrderId: v.workOrderId || null,
          },
        }),
      );
    }).then((ok) => {
      if (ok) {
        form.resetFields();
        setInvoice(null);
      }
    });
  const patch = (body: Body<'/api/communities/{communityId}/projects/{id}', 'patch'>) =>
    run(() => call(client.PATCH('/api/communities/{communityId}/projects/{id}', { params: { path }, body })));

  if (error)
    return (
      <Page title={t('projects.detail')}>
        <p role="alert">{error.localized}</p>
      </Page>
    );
  if (!p)
    return (
      <Page title={t('projects.detail')}>
        <p role="status">…</p>
      </Page>
    );
  return (
    <Page
      title={p.name}
      extra={
        p.published && (
          <a href={`/p/projects/${p.id}`} target="_blank" rel="noreferrer" data-testid="project-public-link">
            <Button>{t('projects.publicPage')}</Button>
          </a>
        )
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('projects.program')}>{p.program || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('projects.funder')}>{p.funder}</Descriptions.Item>
            <Descriptions.Item label={t('projects.year')}>{p.year}</Descriptions.Item>
            <Descriptions.Item label={t('projects.budget')}>
              <span data-testid="project-budget">{yuan(p.budgetFen)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.spent')}>
              <span data-testid="project-spent">{yuan(p.spentFen)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.balance')}>
              <span data-testid="project-balance">{yuan(p.balanceFen)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.status')}>
              {t(`projects.statuses.${p.status}`)}{' '}
              {p.published ? (
                <Tag className="tag-ok">{t('projects.published')}</Tag>
              ) : (
                <Tag>{t('projects.notPublished')}</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.topic')}>
              {p.topicId ? <Link to={`/topics/${p.topicId}`}>{t('projects.openTopic')}</Link> : t('projects.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.progress')}>
              <Progress percent={p.progress} size="small" style={{ width: 160 }} aria-label={t('projects.progress')} />
            </Descriptions.Item>
          </Descriptions>
          {p.description && <p style={{ whiteSpace: 'pre-wrap' }}>{p.description}</p>}
          <h2 className="card-title">{t('projects.items')}</h2>
          <ul data-testid="project-items">
            {p.items.map((it, i) => (
              <li key={i}>
                {it.name}
                {it.quantity !== null && ` ${it.quantity} ${it.unit}`}
              </li>
            ))}
          </ul>
          {manage && (
            <Space wrap>
              <label htmlFor="project-progress">{t('projects.setProgress')}</label>
              <InputNumber
                id="project-progress"
                min={0}
                max={100}
                defaultValue={p.progress}
                onBlur={(e) =>
                  patch({
                    progress: Number(e.target.value),
                    status: Number(e.target.value) >= 100 ? 'completed' : 'in_progress',
                  })
                }
              />
              <Switch
                checked={p.published}
                onChange={(v) => patch({ published: v })}
                aria-label={t('projects.publish')}
                data-testid="project-publish"
              />
              <span>{t('projects.publish')}</span>
            </Space>
          )}
        </Card>

        <Card title={<h2 className="card-title">{t('projects.spending')}</h2>}>
          <Table
            rowKey="id"
            dataSource={p.spending}
            pagination={false}
            size="small"
            data-testid="spending-table"
            columns={[
              { title: t('projects.spentOn'), dataIndex: 'spentOn' },
              { title: t('projects.payee'), dataIndex: 'payee' },
              { title: t('projects.note'), dataIndex: 'note' },
              { title: t('projects.amount'), dataIndex: 'amountFen', align: 'right', render: yuan },
              {
                title: t('projects.invoice'),
                dataIndex: 'invoicePhotoId',
                render: (v: string | null) =>
                  v ? (
                    <a href={photoSrc(c, id, v, 'full')} target="_blank" rel="noreferrer">
                      {t('projects.invoiceAttached')}
                    </a>
                  ) : (
                    '—'
                  ),
              },
              { title: t('projects.workOrder'), dataIndex: 'workOrderId', render: (v: string | null) => v ?? '—' },
            ]}
          />
          {manage && (
            <Form
              form={form}
              layout="inline"
              onFinish={spend}
              initialValues={{ payeeKind: 'organization' }}
              style={{ marginTop: 16, rowGap: 8 }}
              data-testid="spending-form"
            >
              <Form.Item name="amount" label={t('projects.amount')} rules={[{ required: true }]}>
                <InputNumber min={0.01} max={10_000_000} precision={2} data-testid="spend-amount" />
              </Form.Item>
              <Form.Item name="payee" label={t('projects.payee')} rules={[{ required: true, max: 100 }]}>
                <Input data-testid="spend-payee" />
              </Form.Item>
              <Form.Item name="payeeKind" label={t('projects.payeeKind')}>
                <Select
                  style={{ width: 100 }}
                  options={(['organization', 'person'] as const).map((k) => ({
                    value: k,
                    label: t(`projects.payeeKinds.${k}`),
                  }))}
                />
              </Form.Item>
              <Form.Item name="spentOn" label={t('projects.spentOn')} rules={[{ required: true }]}>
                <Input type="date" data-testid="spend-date" />
              </Form.Item>
              <Form.Item name="note" label={t('projects.note')} rules={[{ max: 500 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="workOrderId" label={t('projects.workOrder')} rules={[{ max: 64 }]}>
                <Input />
              </Form.Item>
              <Form.Item label={t('projects.invoice')} htmlFor="spend-invoice">
                <input
                  id="spend-invoice"
                  type="file"
                  accept="image/jpeg,image/png,image/webp"
                  onChange={(e) => setInvoice(e.target.files?.[0] ?? null)}
                  data-testid="spend-invoice"
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="spend-submit">
                {t('projects.addSpending')}
              </Button>
            </Form>
          )}
        </Card>

        <Card title={<h2 className="card-title">{t('projects.photos')}</h2>}>
          {(['before', 'after', 'invoice'] as const).map((k) => {
            const list = p.photos.filter((ph) => ph.kind === k);
            return (
              <section key={k} aria-label={t(`projects.photoKinds.${k}`)}>
                <h3>{t(`projects.photoKinds.${k}`)}</h3>
                {list.length ? (
                  <Image.PreviewGroup>
                    {list.map((ph) => (
                      <Image
                        key={ph.id}
                        width={120}
                        src={photoSrc(c, id, ph.id, 'thumb')}
                        preview={{ src: photoSrc(c, id, ph.id, 'full') }}
                        alt={t(`projects.photoKinds.${k}`)}
                      />
                    ))}
                  </Image.PreviewGroup>
                ) : (
                  <p>{t('projects.noPhotos')}</p>
                )}
              </section>
            );
          })}
          {manage && (
            <Space wrap>
              <Select
                value={kind}
                onChange={setKind}
                aria-label={t('projects.kind')}
                style={{ width: 120 }}
                options={(['before', 'after', 'invoice'] as const).map((k) => ({
                  value: k,
                  label: t(`projects.photoKinds.${k}`),
                }))}
              />
              <label htmlFor="project-photo">{t('projects.upload')}</label>
              <input
                id="project-photo"
                type="file"
                accept="image/jpeg,image/png,image/webp"
                data-testid="project-photo"
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  e.target.value = '';
                  if (f) void run(() => upload(f, kind));
                }}
              />
            </Space>
          )}
        </Card>
      </Space>
    </Page>
  );
}
