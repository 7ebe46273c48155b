import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { call, client, errorText } from '../../../lib/api';
import { useCommunityId } from '../../../console/session';
import { yuan } from '../types';
import { useParkingRights } from './roles';

interface RuleForm {
  effectiveOn: Dayjs;
  freeMinutes: number;
  fee: number;
  dailyCap: number;
  ownerPrioritySpaces: number;
  topicId?: string;
  consultationId?: string;
  note?: string;
}

/** "B 1 20" → B1 … B20; otherwise one number per line. */
export function parseNumbers(text: string): string[] {
  const range = /^(\S*?)\s*(\d+)\s+(\d+)$/.exec(text.trim());
  if (range && !text.includes('\n')) {
    const [from, to] = [Number(range[2]), Number(range[3])];
    if (to >= from && to - from < 5000)
      return Array.from({ length: to - from + 1 }, (_, i) => `${range[1]}${from + i}`);
  }
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

const toFen = (yuanValue: number) => Math.round(yuanValue * 100);

/** A car park: spaces, every rule version with the decision and consultation behind it, and the forms to add. */
export default function DetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const c = useCommunityId();
  const { id } = useParams<{ id: string }>();
  const rights = useParkingRights();
  const { data, error, reload } = useApi('/api/communities/{communityId}/parking/car-parks/{id}', {
    path: { communityId: c, id: id! },
  });
  const topics = useApi('/api/communities/{communityId}/topics', rights.rules ? { path: { communityId: c } } : null);
  const consultations = useApi(
    '/api/communities/{communityId}/consultations',
    rights.rules ? { path: { communityId: c }, query: { status: 'closed' } } : null,
  );
  const [ruleForm] = Form.useForm<RuleForm>();
  const [ruleError, setRuleError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [numbers, setNumbers] = useState('');
  const [priority, setPriority] = useState(false);
  const [spaceError, setSpaceError] = useState<string>();

  const addRule = async (v: RuleForm) => {
    setBusy(true);
    setRuleError(undefined);
    try {
      await call(
        client.POST('/api/communities/{communityId}/parking/car-parks/{id}/rules', {
          params: { path: { communityId: c, id: id! } },
          body: {
            effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
            freeMinutes: v.freeMinutes,
            feeFenPerHour: toFen(v.fee),
            dailyCapFen: toFen(v.dailyCap),
            ownerPrioritySpaces: v.ownerPrioritySpaces,
            topicId: v.topicId ?? null,
            consultationId: v.consultationId ?? null,
            note: v.note ?? '',
          },
        }),
      );
      message.success(t('parking.saved'));
      ruleForm.resetFields();
      reload();
    } catch (e) {
      setRuleError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const addSpaces = async () => {
    setSpaceError(undefined);
    try {
      await call(
        client.POST('/api/communities/{communityId}/parking/car-parks/{id}/spaces', {
          params: { path: { communityId: c, id: id! } },
          body: { numbers: parseNumbers(numbers), ownerPriority: priority },
        }),
      );
      setNumbers('');
      message.success(t('parking.saved'));
      reload();
    } catch (e) {
      setSpaceError(errorText(e));
    }
  };

  return (
    <Page title={data?.name ?? t('parking.carPark')} extra={<Link to="/parking">{t('parking.carParks')}</Link>}>
      {error && <p role="alert">{error.localized}</p>}
      {data && (
        <>
          <Descriptions bordered size="small" column={2} data-testid="car-park-facts">
            <Descriptions.Item label={t('parking.estate')}>{data.estateName ?? t('parking.outside')}</Descriptions.Item>
            <Descriptions.Item label={t('parking.openedOn')}>{data.openedOn}</Descriptions.Item>
            <Descriptions.Item label={t('parking.totalSpaces')}>{data.totalSpaces}</Descriptions.Item>
            <Descriptions.Item label={t('parking.spaces')}>
              <span data-testid="car-park-spaces">{data.spaces}</span>（{t('parking.ownerPriority')}{' '}
              {data.ownerPrioritySpaces}）
            </Descriptions.Item>
            <Descriptions.Item label={t('parking.note')} span={2}>
              {data.note}
            </Descriptions.Item>
          </Descriptions>

          <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('parking.rules')}</h2>}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.rules}
              data-testid="rules-table"
              columns={[
                { title: t('parking.effectiveOn'), dataIndex: 'effectiveOn' },
                {
                  title: '',
                  dataIndex: 'state',
                  render: (s: 'past' | 'in_force' | 'scheduled') => (
                    <Tag className={s === 'in_force' ? 'tag-ok' : undefined}>{t(`parking.states.${s}`)}</Tag>
                  ),
                },
                { title: t('parking.freeMinutes'), dataIndex: 'freeMinutes', align: 'right' },
                { title: t('parking.fee'), dataIndex: 'feeFenPerHour', align: 'right', render: yuan },
                { title: t('parking.dailyCap'), dataIndex: 'dailyCapFen', align: 'right', render: yuan },
                { title: t('parking.ownerPrioritySpaces'), dataIndex: 'ownerPrioritySpaces', align: 'right' },
                {
                  title: t('parking.topic'),
                  dataIndex: 'topicTitle',
                  render: (v: string, r) => <Link to={`/topics/${r.topicId}`}>{v}</Link>,
                },
                {
                  title: t('parking.consultation'),
                  dataIndex: 'consultationTitle',
                  render: (v: string, r) => (
                    <>
                      <Link to={`/consultations/${r.consultationId}`}>{v}</Link>{' '}
                      <a href={`/p/consultations/${r.consultationId}`} target="_blank" rel="noreferrer">
                        {t('parking.publicResult')}
                      </a>
                    </>
                  ),
                },
              ]}
            />
            {rights.rules && (
              <Form
                form={ruleForm}
                layout="inline"
                onFinish={addRule}
                style={{ marginTop: 16, rowGap: 8 }}
                data-testid="rule-form"
                aria-label={t('parking.addRule')}
              >
                <p style={{ width: '100%' }}>{t('parking.ruleHint')}</p>
                <Form.Item name="effectiveOn" label={t('parking.effectiveOn')} rules={[{ required: true }]}>
                  <DatePicker data-testid="rule-date" />
                </Form.Item>
                <Form.Item name="freeMinutes" label={t('parking.freeMinutes')} rules={[{ required: true }]}>
                  <InputNumber min={0} max={1440} precision={0} data-testid="rule-free" />
                </Form.Item>
                <Form.Item name="fee" label={t('parking.fee')} rules={[{ required: true }]}>
                  <InputNumber min={0} max={200} precision={2} data-testid="rule-fee" />
                </Form.Item>
                <Form.Item name="dailyCap" label={t('parking.dailyCap')} rules={[{ required: true }]}>
                  <InputNumber min={0} max={2000} precision={2} data-testid="rule-cap" />
                </Form.Item>
                <Form.Item
                  name="ownerPrioritySpaces"
                  label={t('parking.ownerPrioritySpaces')}
                  rules={[{ required: true }]}
                >
                  <InputNumber min={0} max={5000} precision={0} data-testid="rule-priority" />
                </Form.Item>
                <Form.Item name="topicId" label={t('parking.topic')}>
                  <Select
                    allowClear
                    style={{ minWidth: 260 }}
                    placeholder={t('parking.chooseTopic')}
                    data-testid="rule-topic"
                    options={topics.data?.items.map((x) => ({ value: x.id, label: x.title }))}
                  />
                </Form.Item>
                <Form.Item name="consultationId" label={t('parking.consultation')}>
                  <Select
                    allowClear
                    style={{ minWidth: 260 }}
                    placeholder={t('parking.chooseConsultation')}
                    data-testid="rule-consultation"
                    options={consultations.data?.items.map((x) => ({ value: x.id, label: x.title }))}
                  />
                </Form.Item>
                <Form.Item name="note" label={t('parking.note')}>
                  <Input />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={busy} data-testid="rule-submit">
                  {t('parking.addRule')}
                </Button>
                {ruleError && (
                  <Alert
                    type="error"
                    showIcon
                    role="alert"
                    message={ruleError}
                    data-testid="rule-error"
                    style={{ width: '100%' }}
                  />
                )}
              </Form>
            )}
          </Card>

          <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('parking.spaces')}</h2>}>
            <p data-testid="space-list">
              {data.spaceList.map((s) => (
                <Tag key={s.id} className={s.ownerPriority ? 'tag-ok' : undefined}>
                  {s.number}
                </Tag>
              ))}
            </p>
            {rights.manage && (
              <div>
                <label htmlFor="space-numbers">{t('parking.spaceNumbers')}</label>
                <Input.TextArea
                  id="space-numbers"
                  rows={2}
                  value={numbers}
                  onChange={(e) => setNumbers(e.target.value)}
                  data-testid="space-numbers"
                />
                <Checkbox checked={priority} onChange={(e) => setPriority(e.target.checked)}>
                  {t('parking.ownerPriorityFlag')}
                </Checkbox>
                <Button onClick={addSpaces} disabled={!numbers.trim()} data-testid="space-submit">
                  {t('parking.addSpaces')}
                </Button>
                {spaceError && (
                  <Alert type="error" showIcon role="alert" message={spaceError} data-testid="space-error" />
                )}
              </div>
            )}
          </Card>
        </>
      )}
    </Page>
  );
}
