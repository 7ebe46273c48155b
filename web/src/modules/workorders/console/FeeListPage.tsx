import { useEffect, useState } from 'react';
import { App, Button, Input, InputNumber, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { call, client, errorText } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { useCommunityId, useSession } from '../../../console/session';
import { yuan } from '../types';

type Row = { code: string; name: string; unit: string; yuan: number; standardHours: number };

/** 维修费用清单: everyone serving reads it; staff edit and publish a new version, and set the sign-off threshold. */
export default function FeeListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const c = useCommunityId();
  const { roles, platformAdmin } = useSession();
  const edit = platformAdmin || roles.includes('staff') || roles.includes('party_branch');
  const { data, reload } = useApi('/api/communities/{communityId}/fee-list', { path: { communityId: c } });
  const { data: settings, reload: reloadSettings } = useApi('/api/communities/{communityId}/work-order-settings', {
    path: { communityId: c },
  });
  const [rows, setRows] = useState<Row[]>([]);
  const [limit, setLimit] = useState<number>();
  useEffect(() => {
    if (data)
      setRows(
        data.items.map((i) => ({
          code: i.code,
          name: i.name,
          unit: i.unit,
          yuan: i.unitPriceFen / 100,
          standardHours: i.standardHours,
        })),
      );
  }, [data]);
  useEffect(() => {
    if (settings) setLimit(settings.signoffThresholdFen / 100);
  }, [settings]);
  const set = (i: number, r: Partial<Row>) => setRows(rows.map((x, k) => (k === i ? { ...x, ...r } : x)));
  const run = async (p: Promise<unknown>, after: () => void) => {
    try {
      await p;
      message.success(t('workorders.done'));
      after();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const path = { communityId: c };
  return (
    <Page title={t('workorders.feeList')}>
      <p data-testid="fee-version">
        {data?.version
          ? t('workorders.versionInfo', { v: data.version, at: formatTime(data.publishedAt) })
          : t('workorders.noFeeList')}
        {data?.note && ` · ${data.note}`}
      </p>
      <Space style={{ marginBottom: 16 }} wrap>
        <span>{t('workorders.threshold')}</span>
        <InputNumber
          min={0}
          precision={2}
          value={limit}
          disabled={!edit}
          onChange={(v) => setLimit(Number(v ?? 0))}
          aria-label={t('workorders.threshold')}
        />
        {edit && (
          <Button
            onClick={() =>
              void run(
                call(
                  client.PUT('/api/communities/{communityId}/work-order-settings', {
                    params: { path },
                    body: { signoffThresholdFen: Math.round((limit ?? 0) * 100) },
                  }),
                ),
                reloadSettings,
              )
            }
          >
            {t('workorders.saveThreshold')}
          </Button>
        )}
      </Space>
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={rows}
        data-testid="fee-table"
        columns={
          edit
            ? [
                {
                  title: t('workorders.code'),
                  render: (_, r, i) => (
                    <Input
                      value={r.code}
                      aria-label={`${t('workorders.code')} ${i + 1}`}
                      onChange={(e) => set(i, { code: e.target.value })}
                      style={{ width: 100 }}
                    />
                  ),
                },
                {
                  title: t('workorders.name'),
                  render: (_, r, i) => (
                    <Input
                      value={r.name}
                      aria-label={`${t('workorders.name')} ${i + 1}`}
                      onChange={(e) => set(i, { name: e.target.value })}
                    />
                  ),
                },
                {
                  title: t('workorders.unit'),
                  render: (_, r, i) => (
                    <Input
                      value={r.unit}
                      aria-label={`${t('workorders.unit')} ${i + 1}`}
                      onChange={(e) => set(i, { unit: e.target.value })}
                      style={{ width: 90 }}
                    />
                  ),
                },
                {
                  title: t('workorders.price'),
                  render: (_, r, i) => (
                    <InputNumber
                      min={0.01}
                      precision={2}
                      value={r.yuan}
                      aria-label={`${t('workorders.price')} ${i + 1}`}
                      onChange={(v) => set(i, { yuan: Number(v ?? 0) })}
                    />
                  ),
                },
                {
                  title: t('workorders.hours'),
                  render: (_, r, i) => (
                    <InputNumber
                      min={0}
                      step={0.5}
                      value={r.standardHours}
                      aria-label={`${t('workorders.hours')} ${i + 1}`}
                      onChange={(v) => set(i, { standardHours: Number(v ?? 0) })}
                    />
                  ),
                },
                {
                  title: '',
                  render: (_, _r, i) => (
                    <Button
                      onClick={() => setRows(rows.filter((_x, k) => k !== i))}
                      aria-label={`${t('workorders.removeLine')} ${i + 1}`}
                    >
                      ×
                    </Button>
                  ),
                },
              ]
            : [
                { title: t('workorders.code'), dataIndex: 'code' },
                { title: t('workorders.name'), dataIndex: 'name' },
                { title: t('workorders.unit'), dataIndex: 'unit' },
                {
                  title: t('workorders.price'),
                  dataIndex: 'yuan',
                  align: 'right',
                  render: (v: number) => yuan(Math.round(v * 100)),
                },
                { title: t('workorders.hours'), dataIndex: 'standardHours', align: 'right' },
              ]
        }
      />
      {edit && (
        <Space style={{ marginTop: 16 }}>
          <Button onClick={() => setRows([...rows, { code: '', name: '', unit: '', yuan: 0, standardHours: 1 }])}>
            {t('workorders.addLine')}
          </Button>
          <Button
            type="primary"
            data-testid="fee-publish"
            onClick={() =>
              void run(
                call(
                  client.PUT('/api/communities/{communityId}/fee-list', {
                    params: { path },
                    body: {
                      note: data?.note ?? '',
                      items: rows.map((r) => ({
                        code: r.code.trim(),
                        name: r.name.trim(),
                        unit: r.unit.trim(),
                        unitPriceFen: Math.round(r.yuan * 100),
                        standardHours: r.standardHours,
                      })),
                    },
                  }),
                ),
                reload,
              )
            }
          >
            {t('workorders.publish')}
          </Button>
        </Space>
      )}
    </Page>
  );
}
