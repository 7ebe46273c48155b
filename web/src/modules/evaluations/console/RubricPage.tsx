import { useEffect, useState } from 'react';
import { Alert, Button, Input, InputNumber, Space, Table, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { call, client, errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';
import type { RubricView } from '../types';

type Item = RubricView['items'][number];

/** The rubric new rounds use: weighted items adding up to 100; a version a round used is kept, saving makes the next. */
export default function RubricPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { data, error, reload } = useApi('/api/communities/{communityId}/evaluation-rubric', {
    path: { communityId: c },
  });
  const [items, setItems] = useState<Item[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (data) setItems(data.items);
  }, [data]);
  const sum = items.reduce((a, i) => a + (i.weight || 0), 0);
  const set = (i: number, patch: Partial<Item>) => setItems(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const save = async () => {
    setBusy(true);
    try {
      await call(
        client.PUT('/api/communities/{communityId}/evaluation-rubric', {
          params: { path: { communityId: c } },
          body: { items },
        }),
      );
      void message.success(t('evaluations.saved'));
      reload();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={t('evaluations.rubric')} extra={data && <span>{t('evaluations.version', { v: data.version })}</span>}>
      {error && <p role="alert">{error.localized}</p>}
      {data?.frozen && <Alert type="info" showIcon message={t('evaluations.frozen')} style={{ marginBottom: 12 }} />}
      <Table
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={items}
        data-testid="rubric-table"
        columns={[
          {
            title: t('evaluations.key'),
            key: 'key',
            render: (_: unknown, r, i) => (
              <Input
                aria-label={`${t('evaluations.key')} ${i + 1}`}
                value={r.key}
                onChange={(e) => set(i, { key: e.target.value })}
              />
            ),
          },
          {
            title: t('evaluations.labelZh'),
            key: 'zh',
            render: (_: unknown, r, i) => (
              <Input
                aria-label={`${t('evaluations.labelZh')} ${i + 1}`}
                value={r.labelZh}
                onChange={(e) => set(i, { labelZh: e.target.value })}
              />
            ),
          },
          {
            title: t('evaluations.labelEn'),
            key: 'en',
            render: (_: unknown, r, i) => (
              <Input
                aria-label={`${t('evaluations.labelEn')} ${i + 1}`}
                value={r.labelEn}
                onChange={(e) => set(i, { labelEn: e.target.value })}
              />
            ),
          },
          {
            title: t('evaluations.weight'),
            key: 'w',
            render: (_: unknown, r, i) => (
              <InputNumber
                aria-label={`${t('evaluations.weight')} ${i + 1}`}
                min={1}
                max={100}
                value={r.weight}
                onChange={(v) => set(i, { weight: Number(v ?? 0) })}
              />
            ),
          },
          {
            title: '',
            key: 'rm',
            render: (_: unknown, _r, i) => (
              <Button danger onClick={() => setItems(items.filter((_x, j) => j !== i))}>
                {t('evaluations.remove')}
              </Button>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button
          onClick={() => setItems([...items, { key: `item_${items.length + 1}`, labelZh: '', labelEn: '', weight: 0 }])}
        >
          {t('evaluations.addItem')}
        </Button>
        <span role="status" style={{ color: sum === 100 ? undefined : '#b3261e' }} data-testid="rubric-sum">
          {t('evaluations.weightsSum', { sum })}
        </span>
        <Button
          type="primary"
          disabled={sum !== 100}
          loading={busy}
          onClick={() => void save()}
          data-testid="rubric-save"
        >
          {t('evaluations.save')}
        </Button>
      </Space>
    </Page>
  );
}
