import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { ApiError, call, client, errorText, type Body } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';
import { chosen } from '../../../lib/rules';
import { BuildingSelect, EstateSelect } from '../../org/shared';
import type { Consultation, Threshold } from '../types';
import type { Tag } from '../../../../../contract/org';

const TAGS: Tag[] = [
  'party_member',
  'elderly',
  'living_alone',
  'car_owner',
  'disabled',
  'veteran',
  'volunteer',
  'low_income',
];

interface Values {
  title: string;
  description?: string;
  questions: Array<{ text: string; options: Array<{ label: string }>; approveIndex?: number }>;
  scopeKind: 'all' | 'estates' | 'buildings' | 'tag';
  estateIds?: string[];
  buildingIds?: string[];
  tag?: Tag;
  period: [Dayjs, Dayjs];
  participation: Threshold;
  approval: Threshold;
}

const DEFAULTS: Partial<Values> = {
  scopeKind: 'all',
  questions: [{ text: '', options: [{ label: '同意' }, { label: '不同意' }, { label: '弃权' }], approveIndex: 0 }],
  participation: { op: '>=', num: 2, den: 3 },
  approval: { op: '>', num: 1, den: 2 },
};

/** Form values → API body; question and option keys are positional (q1, o1…), which the API only needs to be unique. */
function toBody(v: Values): Body<'/api/communities/{communityId}/consultations'> {
  const scope: Body<'/api/communities/{communityId}/consultations'>['scope'] =
    v.scopeKind === 'estates'
      ? { kind: 'estates', ids: v.estateIds ?? [] }
      : v.scopeKind === 'buildings'
        ? { kind: 'buildings', ids: v.buildingIds ?? [] }
        : v.scopeKind === 'tag'
          ? { kind: 'tag', tag: v.tag! }
          : { kind: 'all' };
  return {
    title: v.title,
    description: v.description ?? '',
    scope,
    questions: v.questions.map((q, i) => ({
      key: `q${i + 1}`,
      text: q.text,
      options: q.options.map((o, j) => ({ key: `o${j + 1}`, label: o.label })),
      ...(q.approveIndex !== undefined && q.approveIndex !== null ? { approveOption: `o${q.approveIndex + 1}` } : {}),
    })),
    opensAt: v.period[0].toISOString(),
    closesAt: v.period[1].toISOString(),
    participation: v.participation,
    approval: v.approval,
  };
}

function fromConsultation(d: Consultation): Partial<Values> {
  return {
    title: d.title,
    description: d.description,
    questions: d.questions.map((q) => ({
      text: q.text,
      options: q.options.map((o) => ({ label: o.label })),
      approveIndex: q.approveOption ? q.options.findIndex((o) => o.key === q.approveOption) : undefined,
    })),
    scopeKind: d.scope.kind,
    estateIds: d.scope.kind === 'estates' ? d.scope.ids : undefined,
    buildingIds: d.scope.kind === 'buildings' ? d.scope.ids : undefined,
    tag: d.scope.kind === 'tag' ? d.scope.tag : undefined,
    period: [dayjs(d.opensAt), dayjs(d.closesAt)],
    participation: d.rules.participation,
    approval: d.rules.approval,
  };
}

/** Create a consultation (a draft) or edit one before it opens. */
export default function EditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id } = useParams();
  const c = useCommunityId();
  const nav = useNavigate();
  // Opened from a topic's consultation stage (/consultations/new?topicId=…): the consultation belongs to that topic.
  const topicId = useSearchParams()[0].get('topicId');
  const [form] = Form.useForm<Values>();
  const { data: d } = useApi(
    '/api/communities/{communityId}/consultations/{id}',
    id ? { path: { communityId: c, id } } : null,
  );
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (d) form.setFieldsValue(fromConsultation(d));
  }, [d, form]);
  const scopeKind = Form.useWatch('scopeKind', form);

  const finish = async (v: Values) => {
    setBusy(true);
    try {
      const saved = await call(
        id
          ? client.PATCH('/api/communities/{communityId}/consultations/{id}', {
              params: { path: { communityId: c, id } },
              body: toBody(v),
            })
          : client.POST('/api/communities/{communityId}/consultations', {
              params: { path: { communityId: c } },
              body: { ...toBody(v), topicId },
            }),
      );
      message.success(t('consultations.c.saved'));
      nav(`/consultations/${saved.id}`);
    } catch (e) {
      message.error(
        e instanceof ApiError && e.details
          ? `${errorText(e)} ${JSON.stringify(e.details).slice(0, 200)}`
          : errorText(e),
      );
    } finally {
      setBusy(false);
    }
  };

  const threshold = (name: 'participation' | 'approval') => (
    <Form.Item label={t(`consultations.c.${name}`)} required>
      <Space wrap>
        <Form.Item name={[name, 'op']} noStyle>
          <Select
            aria-label={`${t(`consultations.c.${name}`)} ${t('consultations.c.op')}`}
            style={{ width: 110 }}
            options={[
              { value: '>=', label: t('consultations.op.gte') },
              { value: '>', label: t('consultations.op.gt') },
            ]}
          />
        </Form.Item>
        <Form.Item name={[name, 'num']} noStyle rules={[{ required: true }]}>
          <InputNumber
            aria-label={`${t(`consultations.c.${name}`)} ${t('consultations.c.num')}`}
            min={0}
            max={1000}
            data-testid={`${name}-num`}
          />
        </Form.Item>
        <span aria-hidden="true">/</span>
        <Form.Item name={[name, 'den']} noStyle rules={[{ required: true }]}>
          <InputNumber
            aria-label={`${t(`consultations.c.${name}`)} ${t('consultations.c.den')}`}
            min={1}
            max={1000}
            data-testid={`${name}-den`}
          />
        </Form.Item>
      </Space>
    </Form.Item>
  );

  return (
    <Page title={id ? t('consultations.c.edit') : t('consultations.c.create')}>
      <Form
        form={form}
        layout="vertical"
        initialValues={DEFAULTS}
        onFinish={(v) => void finish(v)}
        style={{ maxWidth: 860 }}
        data-testid="consultation-form"
      >
        <Form.Item name="title" label={t('consultations.c.title')} rules={[{ required: true, max: 200 }]}>
          <Input data-testid="consultation-title" />
        </Form.Item>
        <Form.Item name="description" label={t('consultations.c.description')} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={3} data-testid="consultation-description" />
        </Form.Item>
        <Form.List name="questions">
          {(qs, { add, remove }) => (
            <fieldset className="cs-fieldset">
              <legend>{t('consultations.c.questions')}</legend>
              {qs.map((q, qi) => (
                <Card
                  key={q.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={t('consultations.question', { n: qi + 1 })}
                  extra={
                    qs.length > 1 && (
                      <Button type="link" danger onClick={() => remove(q.name)}>
                        {t('consultations.c.removeQuestion')}
                      </Button>
                    )
                  }
                >
                  <Form.Item
                    name={[q.name, 'text']}
                    label={t('consultations.c.questionText')}
                    rules={[{ required: true, max: 500 }]}
                  >
                    <Input.TextArea rows={2} data-testid={`question-${qi}-text`} />
                  </Form.Item>
                  <Form.List name={[q.name, 'options']}>
                    {(os, { add: addO, remove: removeO }) => (
                      <>
                        {os.map((o, oi) => (
                          <Space key={o.key} align="baseline" style={{ display: 'flex' }}>
                            <Form.Item
                              name={[o.name, 'label']}
                              label={`${t('consultations.c.optionLabel')} ${oi + 1}`}
                              rules={[{ required: true, max: 100 }]}
                            >
                              <Input data-testid={`question-${qi}-option-${oi}`} />
                            </Form.Item>
                            {os.length > 2 && (
                              <Button
                                type="link"
                                danger
                                onClick={() => removeO(o.name)}
                                aria-label={`${t('consultations.c.removeOption')} ${oi + 1}`}
                              >
                                {t('consultations.c.removeOption')}
                              </Button>
                            )}
                          </Space>
                        ))}
                        {os.length < 10 && (
                          <Button onClick={() => addO({ label: '' })}>{t('consultations.c.addOption')}</Button>
                        )}
                      </>
                    )}
                  </Form.List>
                  <Form.Item shouldUpdate noStyle>
                    {() => (
                      <Form.Item
                        name={[q.name, 'approveIndex']}
                        label={t('consultations.c.approveOption')}
                        style={{ marginTop: 12 }}
                      >
                        <Select
                          allowClear
                          options={(form.getFieldValue(['questions', q.name, 'options']) ?? []).map(
                            (o: { label: string }, i: number) => ({ value: i, label: o?.label || `${i + 1}` }),
                          )}
                        />
                      </Form.Item>
                    )}
                  </Form.Item>
                </Card>
              ))}
              {qs.length < 10 && (
                <Button
                  onClick={() => add({ text: '', options: [{ label: '' }, { label: '' }] })}
                  data-testid="question-add"
                >
                  {t('consultations.c.addQuestion')}
                </Button>
              )}
            </fieldset>
          )}
        </Form.List>
        <Form.Item name="scopeKind" label={t('consultations.c.scope')} style={{ marginTop: 16 }}>
          <Select
            data-testid="consultation-scope"
            options={(['all', 'estates', 'buildings', 'tag'] as const).map((k) => ({
              value: k,
              label: t(`consultations.scope.${k}`),
            }))}
          />
        </Form.Item>
        {scopeKind === 'estates' && (
          <Form.Item
            name="estateIds"
            label={t('consultations.c.estates')}
            rules={[chosen(t('consultations.c.chooseEstates'))]}
          >
            <EstateSelect mode="multiple" />
          </Form.Item>
        )}
        {scopeKind === 'buildings' && (
          <Form.Item
            name="buildingIds"
            label={t('consultations.c.buildings')}
            rules={[chosen(t('consultations.c.chooseBuildings'))]}
          >
            <BuildingSelect mode="multiple" />
          </Form.Item>
        )}
        {scopeKind === 'tag' && (
          <Form.Item name="tag" label={t('consultations.c.tag')} rules={[chosen(t('consultations.c.chooseTag'))]}>
            <Select options={TAGS.map((x) => ({ value: x, label: t(`org.tagNames.${x}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="period"
          label={`${t('consultations.opensAt')} – ${t('consultations.closesAt')}`}
          rules={[{ required: true }]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            data-testid="consultation-period"
          />
        </Form.Item>
        {threshold('participation')}
        {threshold('approval')}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="consultation-save">
          {t('consultations.c.save')}
        </Button>
      </Form>
    </Page>
  );
}
