import { useState } from 'react';
import { Button, Card, Col, DatePicker, Row, Space, Statistic, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/BarChart';
import { Page } from '../../../components/Page';
import { download } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';
import type { FiguresT } from '../types';

type Row = FiguresT['byGrid'][number];

/** Response and resolution times, satisfaction and reopen rate by grid, category and month, with charts; the ledger export. */
export default function FiguresPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const q = { from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') };
  const params = { path: { communityId: c }, query: q };
  const { data: f } = useApi('/api/communities/{communityId}/tickets/figures', params);
  const columns = [
    { title: '', dataIndex: 'label' },
    { title: t('tickets.count'), dataIndex: 'tickets', align: 'right' as const },
    { title: t('tickets.responseHours'), dataIndex: 'avgResponseHours', align: 'right' as const },
    { title: t('tickets.resolutionHours'), dataIndex: 'avgResolutionHours', align: 'right' as const },
    { title: t('tickets.avgSatisfaction'), dataIndex: 'avgSatisfaction', align: 'right' as const },
    {
      title: t('tickets.reopenRate'),
      dataIndex: 'reopenRate',
      align: 'right' as const,
      render: (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`),
    },
    { title: t('tickets.overdue'), dataIndex: 'overdue', align: 'right' as const },
  ];
  const block = (key: 'byGrid' | 'byCategory' | 'byMonth', title: string) => (
    <Card size="small" title={title} style={{ marginTop: 16 }}>
      {f && (
        <BarChart
          labels={f[key].map((r) => r.label)}
          values={f[key].map((r) => r.tickets)}
          summary={`${title}: ${f[key].map((r) => `${r.label} ${r.tickets}`).join('，')}`}
        />
      )}
      <Table<Row> rowKey="key" size="small" pagination={false} dataSource={f?.[key] ?? []} columns={columns} />
    </Card>
  );
  return (
    <Page
      title={t('tickets.figures')}
      extra={
        <Space>
          <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} />
          <Button
            onClick={() =>
              void download('/api/communities/{communityId}/tickets/ledger.xlsx', params, '民呼我应台账.xlsx')
            }
            data-testid="ledger"
          >
            {t('tickets.ledger')}
          </Button>
        </Space>
      }
    >
      {f && (
        <Row gutter={16} data-testid="figures-total">
          <Col span={4}>
            <Statistic title={t('tickets.count')} value={f.total.tickets} />
          </Col>
          <Col span={5}>
            <Statistic title={t('tickets.responseHours')} value={f.total.avgResponseHours ?? '—'} />
          </Col>
          <Col span={5}>
            <Statistic title={t('tickets.resolutionHours')} value={f.total.avgResolutionHours ?? '—'} />
          </Col>
          <Col span={5}>
            <Statistic title={t('tickets.avgSatisfaction')} value={f.total.avgSatisfaction ?? '—'} />
          </Col>
          <Col span={5}>
            <Statistic
              title={t('tickets.reopenRate')}
              value={f.total.reopenRate === null ? '—' : `${(f.total.reopenRate * 100).toFixed(1)}%`}
            />
          </Col>
        </Row>
      )}
      {block('byGrid', t('tickets.byGrid'))}
      {block('byCategory', t('tickets.byCategory'))}
      {block('byMonth', t('tickets.byMonth'))}
    </Page>
  );
}
