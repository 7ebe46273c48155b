import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, Form, Input, Radio, Result, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { call, client, errorText, idempotent, newIdempotencyKey, type Answer, type Body } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { currentLang } from '../../../app/i18n';
import { chosen } from '../../../lib/rules';
import { useCommunityId } from '../../../console/session';
import { ResidentPicker, type ResidentHit } from '../../org/shared';

type Create = Body<'/api/communities/{communityId}/tickets'>;
/** How staff hear of a problem; h5 and qr are the resident's own ways (the server turns them into staff). */
const CHANNELS = ['phone', 'visit', 'monthly_meeting', 'staff'] as const;

interface Values {
  residentId: string;
  channel: (typeof CHANNELS)[number];
  title: string;
  description: string;
  category: string;
  urgency: 'normal' | 'urgent';
  locationKind: Create['locationKind'];
  buildingId?: string;
  estateId?: string;
  area?: string;
}

/**
 * 代居民登记: a problem told by phone, on a visit or at the monthly meeting, recorded by staff for the resident
 * (`onBehalfOfResidentId`), with its channel, category, urgency and place — a building by default the resident's own,
 * so the ticket reaches that building's grid.
 */
export default function RecordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const c = useCommunityId();
  const [form] = Form.useForm<Values>();
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Answer<'/api/communities/{communityId}/tickets', 'post'> | null>(null);
  const { data: places } = useApi('/api/communities/{communityId}/tickets/places', { path: { communityId: c } });
  const { data: cats } = useApi('/api/communities/{communityId}/ticket-categories', { path: { communityId: c } });
  const kind = Form.useWatch('locationKind', form);
  const buildingOptions = useMemo(
    () =>
      (places?.estates ?? []).map((e) => ({
        label: e.name,
        title: e.name,
        options: e.buildings.map((b) => ({ value: b.id, label: `${e.name} ${b.name}` })),
      })),
    [places],
  );

  /** The resident's building preselected (the residents list names it; places give its id). */
  const chose = (hit?: ResidentHit) => {
    const estate = places?.estates.find((e) => e.name === hit?.estateName);
    const building = estate?.buildings.find((b) => b.name === hit?.buildingName);
    if (building) form.setFieldsValue({ locationKind: 'building', buildingId: building.id });
    if (estate) form.setFieldsValue({ estateId: estate.id });
  };
  /** Suggests a category from the words once they are written, unless staff chose one already. */
  const suggest = async () => {
    const { title = '', description = '', category } = form.getFieldsValue();
    if (category || !`${title}${description}`.trim()) return;
    try {
      const s = await call(
        client.POST('/api/communities/{communityId}/tickets/category-suggestion', {
          params: { path: { communityId: c } },
          body: { text: `${title} ${description}` },
        }),
      );
      if (!form.getFieldValue('category')) form.setFieldsValue({ category: s.category });
    } catch {
      // A suggestion is a help only: staff choose the category themselves.
    }
  };
  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const r = await call(
        client.POST('/api/communities/{communityId}/tickets', {
          params: { path: { communityId: c }, header: idempotent(key) },
          body: {
            title: v.title.trim(),
            description: v.description.trim(),
            category: v.category,
            urgency: v.urgency,
            channel: v.channel,
            locationKind: v.locationKind,
            ...(v.locationKind === 'building' ? { buildingId: v.buildingId } : {}),
            ...(v.locationKind === 'estate' ? { estateId: v.estateId } : {}),
            ...(v.locationKind === 'public_area' ? { area: v.area?.trim(), estateId: v.estateId } : {}),
            onBehalfOfResidentId: v.residentId,
          },
        }),
      );
      setDone(r);
      message.success(t('tickets.record.created', { number: r.number }));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <Page title={t('tickets.record.title')}>
        <Result
          status="success"
          title={<span data-testid="record-created">{t('tickets.record.created', { number: done.number })}</span>}
          extra={[
            <Link key="open" to={`/tickets/${done.id}`} data-testid="record-open">
              {t('tickets.record.open')}
            </Link>,
            <Button
              key="again"
              onClick={() => {
                form.resetFields();
                setKey(newIdempotencyKey());
                setDone(null);
              }}
              data-testid="record-another"
            >
              {t('tickets.record.another')}
            </Button>,
          ]}
        />
      </Page>
    );
  return (
    <Page title={t('tickets.record.title')}>
      <p>{t('tickets.record.intro')}</p>
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ maxWidth: 640 }}
          initialValues={{ channel: 'phone', urgency: 'normal', locationKind: 'building' }}
          onFinish={(v) => void submit(v)}
          data-testid="record-form"
        >
          <Form.Item
            name="residentId"
            label={t('tickets.record.resident')}
            rules={[chosen(t('tickets.record.needResident'))]}
          >
            <ResidentPicker
              onChange={(id, hit) => {
                form.setFieldsValue({ residentId: id });
                chose(hit);
              }}
              label={t('tickets.record.resident')}
              placeholder={t('tickets.record.residentSearch')}
              notFound={t('tickets.record.noResident')}
              data-testid="record-resident"
            />
          </Form.Item>
          <Form.Item name="channel" label={t('tickets.record.channel')}>
            <Radio.Group
              data-testid="record-channel"
              options={CHANNELS.map((x) => ({ value: x, label: t(`tickets.channelLabel.${x}`) }))}
            />
          </Form.Item>
          <Form.Item name="title" label={t('tickets.title')} rules={[{ required: true, min: 2, max: 60 }]}>
            <Input maxLength={60} placeholder={t('tickets.titlePh')} data-testid="record-title" />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('tickets.description')}
            rules={[{ required: true, min: 1, max: 2000, whitespace: true }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={2000}
              placeholder={t('tickets.descriptionPh')}
              onBlur={() => void suggest()}
              data-testid="record-description"
            />
          </Form.Item>
          <Form.Item name="category" label={t('tickets.category')} rules={[chosen(t('tickets.record.needCategory'))]}>
            <Select
              showSearch
              optionFilterProp="label"
              aria-label={t('tickets.category')}
              data-testid="record-category"
              options={(cats?.items ?? [])
                .filter((x) => x.active)
                .map((x) => ({ value: x.code, label: currentLang() === 'en' ? x.labelEn : x.labelZh }))}
            />
          </Form.Item>
          <Form.Item name="urgency" label={t('tickets.urgency')}>
            <Radio.Group
              data-testid="record-urgency"
              options={[
                { value: 'normal', label: t('tickets.normal') },
                { value: 'urgent', label: t('tickets.urgent') },
              ]}
            />
          </Form.Item>
          <Form.Item name="locationKind" label={t('tickets.location')}>
            <Radio.Group
              data-testid="record-location-kind"
              options={[
                { value: 'building', label: t('tickets.building') },
                { value: 'estate', label: t('tickets.estate') },
                { value: 'public_area', label: t('tickets.publicArea') },
              ]}
            />
          </Form.Item>
          {kind === 'building' && (
            <Form.Item
              name="buildingId"
              label={t('tickets.record.building')}
              extra={t('tickets.record.buildingHint')}
              rules={[chosen(t('tickets.record.needBuilding'))]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                aria-label={t('tickets.record.building')}
                options={buildingOptions}
                data-testid="record-building"
              />
            </Form.Item>
          )}
          {kind !== 'building' && (
            <Form.Item
              name="estateId"
              label={t('tickets.estate')}
              rules={kind === 'estate' ? [chosen(t('tickets.record.needEstate'))] : []}
            >
              <Select
                showSearch
                optionFilterProp="label"
                aria-label={t('tickets.estate')}
                allowClear
                options={(places?.estates ?? []).map((e) => ({ value: e.id, label: e.name }))}
                data-testid="record-estate"
              />
            </Form.Item>
          )}
          {kind === 'public_area' && (
            <Form.Item name="area" label={t('tickets.area')} rules={[{ required: true, max: 100, whitespace: true }]}>
              <Input maxLength={100} placeholder={t('tickets.areaPh')} data-testid="record-area" />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={busy} data-testid="record-submit">
            {t('tickets.record.submit')}
          </Button>
        </Form>
      </Card>
    </Page>
  );
}
