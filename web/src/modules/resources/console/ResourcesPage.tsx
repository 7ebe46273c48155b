import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Statistic, Table, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { call, client, errorText, type Body, type Item } from '../../../lib/api';
import { useCommunityId } from '../../../console/session';
import { useCanManage } from '../../topics/manage';
import { toFen, yuan } from '../../projects/types';

type OfferKind = Body<'/api/communities/{communityId}/resource-offers'>['kind'];
/** The kinds of offer, in the order the form lists them. */
const OFFER_KINDS: readonly OfferKind[] = ['goods', 'service', 'venue', 'funds'];

type Run = (fn: () => Promise<unknown>) => Promise<boolean>;

/** A modal form: one button opens it, submitting runs `onFinish` and closes it when that succeeds. */
function FormButton<T extends object>({
  label,
  testId,
  onFinish,
  children,
}: {
  label: string;
  testId: string;
  onFinish: (v: T) => Promise<boolean>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<T>();
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid={testId}>
        {label}
      </Button>
      <Modal
        open={open}
        title={label}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('resources.save')}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v) => {
            if (await onFinish(v)) {
              setOpen(false);
              form.resetFields();
            }
          }}
        >
          {children}
        </Form>
      </Modal>
    </>
  );
}

/** 外力: pairing agreements with partner units, donations and the money they saved, and the three lists with matching. */
export default function ResourcesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const c = useCommunityId();
  const manage = useCanManage();
  const path = { communityId: c };
  // `?tab=donations` (the dashboard's donation figures link here) opens that tab.
  const tab = useSearchParams()[0].get('tab');
  const agreements = useApi('/api/communities/{communityId}/pairing-agreements', { path });
  const donations = useApi('/api/communities/{communityId}/donations', { path });
  const needs = useApi('/api/communities/{communityId}/needs', { path });
  const offers = useApi('/api/communities/{communityId}/resource-offers', { path });
  const projects = useApi('/api/communities/{communityId}/projects', { path });
  const partners = useApi('/api/communities/{communityId}/organizations', {
    path,
    query: { kind: 'partner_unit', pageSize: 100 },
  });
  const partnerOptions = partners.data?.items.map((o) => ({ value: o.id, label: o.name })) ?? [];

  const run: Run = async (fn) => {
    try {
      await fn();
      message.success(t('resources.ok'));
      for (const x of [agreements, donations, needs, offers]) x.reload();
      return true;
    } catch (e) {
      message.error(errorText(e));
      return false;
    }
  };
  const needAction = (id: string, what: 'match' | 'project' | 'met', value: string | null) =>
    run(() => {
      const p = { params: { path: { communityId: c, id } } };
      if (what === 'match')
        return call(
          client.POST('/api/communities/{communityId}/needs/{id}/match', { ...p, body: { offerId: value! } }),
        );
      if (what === 'project')
        return call(
          client.POST('/api/communities/{communityId}/needs/{id}/project', { ...p, body: { projectId: value! } }),
        );
      return call(client.POST('/api/communities/{communityId}/needs/{id}/met', { ...p, body: { donationId: value } }));
    });

  const partnersTab = (
    <Space direction="vertical" style={{ width: '100%' }}>
      {manage && (
        <FormButton<{
          organizationId: string;
          title: string;
          signedOn: string;
          endsOn?: string;
          contactName?: string;
          contactTitle?: string;
          contactPhone?: string;
          offers?: string;
        }>
          label={t('resources.addAgreement')}
          testId="agreement-new"
          onFinish={(v) =>
            run(() =>
              call(
                client.POST('/api/communities/{communityId}/pairing-agreements', {
                  params: { path },
                  body: {
                    organizationId: v.organizationId,
                    title: v.title,
                    signedOn: v.signedOn,
                    endsOn: v.endsOn || null,
                    offers: v.offers ?? '',
                    contacts: v.contactName
                      ? [{ name: v.contactName, title: v.contactTitle ?? '', phone: v.contactPhone || null }]
                      : [],
                  },
                }),
              ),
            )
          }
        >
          <Form.Item name="organizationId" label={t('resources.partner')} rules={[{ required: true }]}>
            <Select options={partnerOptions} />
          </Form.Item>
          <Form.Item name="title" label={t('resources.title')} rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="signedOn" label={t('resources.signedOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="endsOn" label={t('resources.endsOn')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="contactName" label={t('resources.contactName')}>
            <Input />
          </Form.Item>
          <Form.Item name="contactTitle" label={t('resources.contactTitle')}>
            <Input />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('resources.contactPhone')}>
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item name="offers" label={t('resources.offersText')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormButton>
      )}
      <Table
        rowKey="id"
        dataSource={agreements.data?.items}
        loading={agreements.loading}
        pagination={false}
        data-testid="agreements-table"
        columns={[
          { title: t('resources.partner'), dataIndex: 'organizationName' },
          { title: t('resources.title'), dataIndex: 'title' },
          { title: t('resources.signedOn'), dataIndex: 'signedOn' },
          {
            title: t('resources.contacts'),
            dataIndex: 'contacts',
            render: (cs: Item<'/api/communities/{communityId}/pairing-agreements'>['contacts']) =>
              cs.map((x) => `${x.name} ${x.title} ${x.phone ?? ''}`).join('；'),
          },
          { title: t('resources.offersText'), dataIndex: 'offers' },
        ]}
      />
    </Space>
  );

  const donationsTab = (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card>
        <Statistic
          title={t('resources.saved', { v: '' })}
          value={donations.data ? yuan(donations.data.totalValueFen) : '—'}
          prefix="¥"
          data-testid="donations-saved"
        />
      </Card>
      {manage && (
        <FormButton<{
          item: string;
          quantity: number;
          unit?: string;
          value: number;
          donorOrgId?: string;
          donorName: string;
          destination: string;
          receivedOn: string;
        }>
          label={t('resources.addDonation')}
          testId="donation-new"
          onFinish={(v) =>
            run(() =>
              call(
                client.POST('/api/communities/{communityId}/donations', {
                  params: { path },
                  body: {
                    item: v.item,
                    quantity: v.quantity,
                    unit: v.unit ?? '',
                    valueFen: toFen(v.value),
                    donorOrgId: v.donorOrgId ?? null,
                    donorName: v.donorName,
                    destination: v.destination,
                    receivedOn: v.receivedOn,
                    offerId: null,
                  },
                }),
              ),
            )
          }
        >
          <Form.Item name="item" label={t('resources.item')} rules={[{ required: true, max: 200 }]}>
            <Input data-testid="donation-item" />
          </Form.Item>
          <Form.Item name="quantity" label={t('resources.quantity')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1_000_000} precision={0} data-testid="donation-quantity" />
          </Form.Item>
          <Form.Item name="unit" label={t('resources.unit')}>
            <Input maxLength={10} />
          </Form.Item>
          <Form.Item name="value" label={t('resources.value')} rules={[{ required: true }]}>
            <InputNumber min={0} max={10_000_000} precision={2} style={{ width: 200 }} data-testid="donation-value" />
          </Form.Item>
          <Form.Item name="donorOrgId" label={t('resources.donorOrg')}>
            <Select allowClear options={partnerOptions} />
          </Form.Item>
          <Form.Item name="donorName" label={t('resources.donor')} rules={[{ required: true, max: 100 }]}>
            <Input data-testid="donation-donor" />
          </Form.Item>
          <Form.Item name="destination" label={t('resources.destination')} rules={[{ required: true, max: 200 }]}>
            <Input data-testid="donation-destination" />
          </Form.Item>
          <Form.Item name="receivedOn" label={t('resources.receivedOn')} rules={[{ required: true }]}>
            <Input type="date" data-testid="donation-date" />
          </Form.Item>
        </FormButton>
      )}
      <Table
        rowKey="id"
        dataSource={donations.data?.items}
        loading={donations.loading}
        pagination={{ pageSize: 20 }}
        data-testid="donations-table"
        columns={[
          { title: t('resources.receivedOn'), dataIndex: 'receivedOn' },
          { title: t('resources.item'), dataIndex: 'item' },
          { title: t('resources.quantity'), render: (_, d) => `${d.quantity} ${d.unit}` },
          { title: t('resources.value'), dataIndex: 'valueFen', align: 'right', render: yuan },
          { title: t('resources.donor'), dataIndex: 'donorName' },
          { title: t('resources.destination'), dataIndex: 'destination' },
          {
            title: t('resources.photos'),
            render: (_, d) => (
              <Space wrap>
                {d.photos.map((p) => (
                  <a key={p.id} href={p.url} target="_blank" rel="noreferrer">
                    <img src={p.thumbUrl} alt={d.item} width={48} />
                  </a>
                ))}
                {manage && (
                  <label>
                    {t('resources.addPhoto')}
                    <input
                      type="file"
                      accept="image/jpeg,image/png,image/webp"
                      style={{ width: 180 }}
                      onChange={(e) => {
                        const f = e.target.files?.[0];
                        e.target.value = '';
                        if (f)
                          void run(() =>
                            call(
                              client.POST('/api/communities/{communityId}/donations/{id}/photos', {
                                params: { path: { communityId: c, id: d.id } },
                                // openapi-typescript types the binary part as a string (its name here); the serializer sends the File itself.
                                body: { photo: f.name },
                                bodySerializer: () => {
                                  const form = new FormData();
                                  form.append('photo', f);
                                  return form;
                                },
                              }),
                            ),
                          );
                      }}
                    />
                  </label>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );

  const offerOptions = offers.data?.items.map((o) => ({ value: o.id, label: o.title })) ?? [];
  const projectOptions = projects.data?.items.map((p) => ({ value: p.id, label: p.name })) ?? [];
  const donationOptions =
    donations.data?.items.map((d) => ({ value: d.id, label: `${d.item}（¥${yuan(d.valueFen)}）` })) ?? [];
  const listsTab = (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={<h2 className="card-title">{t('resources.needs')}</h2>}
        extra={
          manage && (
            <FormButton<{ title: string; description?: string }>
              label={t('resources.addNeed')}
              testId="need-new"
              onFinish={(v) =>
                run(() =>
                  call(
                    client.POST('/api/communities/{communityId}/needs', {
                      params: { path },
                      body: { title: v.title, description: v.description ?? '' },
                    }),
                  ),
                )
              }
            >
              <Form.Item name="title" label={t('resources.need')} rules={[{ required: true, max: 200 }]}>
                <Input data-testid="need-title" />
              </Form.Item>
              <Form.Item name="description" label={t('resources.description')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </FormButton>
          )
        }
      >
        <Table
          rowKey="id"
          dataSource={needs.data?.items}
          loading={needs.loading}
          pagination={false}
          data-testid="needs-table"
          columns={[
            { title: t('resources.need'), dataIndex: 'title' },
            {
              title: t('resources.status'),
              dataIndex: 'status',
              render: (v: string) => (
                <Tag className={v === 'met' ? 'tag-ok' : undefined}>{t(`resources.statuses.${v}`)}</Tag>
              ),
            },
            {
              title: t('resources.offer'),
              render: (_, n) =>
                n.offer?.title ??
                (manage && n.status !== 'met' ? (
                  <Select
                    aria-label={`${t('resources.match')}：${n.title}`}
                    placeholder={t('resources.match')}
                    style={{ width: 180 }}
                    options={offerOptions}
                    onChange={(v: string) => needAction(n.id, 'match', v)}
                  />
                ) : (
                  '—'
                )),
            },
            {
              title: t('resources.project'),
              render: (_, n) =>
                n.project ? (
                  <Link to={`/projects/${n.project.id}`}>{n.project.title}</Link>
                ) : manage && n.status !== 'met' ? (
                  <Select
                    aria-label={`${t('resources.toProject')}：${n.title}`}
                    placeholder={t('resources.toProject')}
                    style={{ width: 180 }}
                    options={projectOptions}
                    onChange={(v: string) => needAction(n.id, 'project', v)}
                  />
                ) : (
                  '—'
                ),
            },
            {
              title: t('resources.donation'),
              render: (_, n) =>
                n.donation ? (
                  `${n.donation.item}（¥${yuan(n.donation.valueFen)}）`
                ) : manage && n.status !== 'met' ? (
                  <Select
                    aria-label={`${t('resources.markMet')}：${n.title}`}
                    placeholder={t('resources.markMet')}
                    style={{ width: 200 }}
                    options={donationOptions}
                    onChange={(v: string) => needAction(n.id, 'met', v)}
                    data-testid={`need-met-${n.id}`}
                  />
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      <Card
        title={<h2 className="card-title">{t('resources.offers')}</h2>}
        extra={
          manage && (
            <FormButton<{ title: string; kind: OfferKind; organizationId?: string; description?: string }>
              label={t('resources.addOffer')}
              testId="offer-new"
              onFinish={(v) =>
                run(() =>
                  call(
                    client.POST('/api/communities/{communityId}/resource-offers', {
                      params: { path },
                      body: {
                        title: v.title,
                        kind: v.kind,
                        organizationId: v.organizationId ?? null,
                        agreementId: null,
                        description: v.description ?? '',
                      },
                    }),
                  ),
                )
              }
            >
              <Form.Item name="title" label={t('resources.title')} rules={[{ required: true, max: 200 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="kind" label={t('resources.kind')} rules={[{ required: true }]}>
                <Select options={OFFER_KINDS.map((k) => ({ value: k, label: t(`resources.kinds.${k}`) }))} />
              </Form.Item>
              <Form.Item name="organizationId" label={t('resources.partner')}>
                <Select allowClear options={partnerOptions} />
              </Form.Item>
              <Form.Item name="description" label={t('resources.description')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </FormButton>
          )
        }
      >
        <Table
          rowKey="id"
          dataSource={offers.data?.items}
          loading={offers.loading}
          pagination={false}
          data-testid="offers-table"
          columns={[
            { title: t('resources.title'), dataIndex: 'title' },
            { title: t('resources.kind'), dataIndex: 'kind', render: (v: string) => t(`resources.kinds.${v}`) },
            { title: t('resources.partner'), dataIndex: 'organizationName', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
      <Card title={<h2 className="card-title">{t('resources.projectList')}</h2>}>
        <ul>
          {projects.data?.items.map((p) => (
            <li key={p.id}>
              <Link to={`/projects/${p.id}`} style={{ textDecoration: 'underline' }}>
                {p.name}
              </Link>
              （{p.year}，¥{yuan(p.spentFen)} / ¥{yuan(p.budgetFen)}）
            </li>
          ))}
        </ul>
      </Card>
    </Space>
  );

  return (
    <Page title={t('resources.menu')}>
      <Tabs
        defaultActiveKey={tab ?? undefined}
        items={[
          { key: 'lists', label: t('resources.lists'), children: listsTab },
          { key: 'donations', label: t('resources.donations'), children: donationsTab },
          { key: 'partners', label: t('resources.partners'), children: partnersTab },
        ]}
      />
    </Page>
  );
}
