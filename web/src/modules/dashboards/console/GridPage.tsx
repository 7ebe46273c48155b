import { useState } from 'react';
import { Alert, Card, Col, Row, Select, Space, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/BarChart';
import { Page } from '../../../components/Page';
import { errorText, type Answer } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { PeriodLine, usePeriod } from './period';
import { useCommunityId } from '../../../console/session';
import { FigureLink } from './CommunityFigures';
import { hoursText, num, pct } from './format';

type Group = Answer<'/api/communities/{communityId}/grid-dashboard'>['byCategory'][number];

/** One grid's tickets over a period: the grid leader's own grid; staff and the party branch pick any. */
export default function GridPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const [gridId, setGridId] = useState<string>();
  const period = usePeriod();
  const q = { gridId, ...period.query };
  const { data: d, error } = useApi('/api/communities/{communityId}/grid-dashboard', {
    path: { communityId: c },
    query: q,
  });
  const chart = (title: string, labels: string[], values: number[]) => (
    <BarChart
      labels={labels}
      values={values}
      summary={t('dashboards.chartSummary', { title, items: labels.map((l, i) => `${l} ${values[i]}`).join('，') })}
    />
  );
  const tickets = d ? `/tickets?gridId=${d.gridId}` : '/tickets';
  return (
    <Page
      title={d ? t('dashboards.gridTitle', { grid: d.gridName }) : t('dashboards.gridMenu')}
      extra={
        <Space wrap>
          {d && d.grids.length > 1 && (
            <Select
              aria-label={t('dashboards.chooseGrid')}
              data-testid="grid-select"
              value={d.gridId}
              onChange={setGridId}
              style={{ minWidth: 160 }}
              options={d.grids.map((g) => ({ value: g.id, label: g.name }))}
            />
          )}
          {period.picker}
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {d && (
        <>
          <PeriodLine testId="grid-period" from={d.from} to={d.to} />
          <Row gutter={[16, 16]} data-testid="grid-headline">
            <Col xs={12} md={6}>
              <FigureLink to={tickets} testId="grid-tickets">
                <Statistic
                  title={t('dashboards.tickets')}
                  value={d.tickets.tickets}
                  suffix={
                    <small>
                      {t('dashboards.open')} {d.tickets.open}
                    </small>
                  }
                />
              </FigureLink>
            </Col>
            <Col xs={12} md={6}>
              <FigureLink to={`/tickets/overdue?gridId=${d.gridId}`} testId="grid-overdue">
                <Statistic title={t('dashboards.overdue')} value={d.tickets.overdue} />
              </FigureLink>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={`${t('dashboards.response')} · ${t('dashboards.avg')}`}
                  value={hoursText(t, d.tickets.avgResponseHours)}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={`${t('dashboards.resolution')} · ${t('dashboards.avg')}`}
                  value={hoursText(t, d.tickets.avgResolutionHours)}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t('dashboards.satisfaction')}
                  value={num(d.tickets.avgSatisfaction)}
                  suffix={<small>{t('dashboards.rated', { n: d.tickets.rated })}</small>}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('dashboards.closed')} value={d.tickets.closed} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('dashboards.reopenRate')} value={pct(d.tickets.reopenRate)} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('dashboards.byState')} style={{ marginTop: 16 }}>
            {chart(
              t('dashboards.byState'),
              d.byState.map((s) => t(`tickets.state.${s.state}`)),
              d.byState.map((s) => s.count),
            )}
          </Card>
          <Card size="small" title={t('dashboards.byCategory')} style={{ marginTop: 16 }}>
            {d.byCategory.length > 0 &&
              chart(
                t('dashboards.byCategory'),
                d.byCategory.map((r) => r.label),
                d.byCategory.map((r) => r.tickets),
              )}
            <Table<Group>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={d.byCategory}
              data-testid="grid-categories"
              columns={[
                { title: t('dashboards.category'), dataIndex: 'label' },
                { title: t('dashboards.tickets'), dataIndex: 'tickets', align: 'right' },
                { title: t('dashboards.open'), dataIndex: 'open', align: 'right' },
                {
                  title: `${t('dashboards.response')} · ${t('dashboards.avg')}`,
                  dataIndex: 'avgResponseHours',
                  align: 'right',
                  render: (v: number | null) => hoursText(t, v),
                },
                {
                  title: `${t('dashboards.resolution')} · ${t('dashboards.avg')}`,
                  dataIndex: 'avgResolutionHours',
                  align: 'right',
                  render: (v: number | null) => hoursText(t, v),
                },
                { title: t('dashboards.satisfaction'), dataIndex: 'avgSatisfaction', align: 'right', render: num },
              ]}
            />
          </Card>
          <Card size="small" title={t('dashboards.byMonth')} style={{ marginTop: 16 }}>
            {d.byMonth.length > 0 &&
              chart(
                t('dashboards.byMonth'),
                d.byMonth.map((m) => m.month),
                d.byMonth.map((m) => m.tickets),
              )}
          </Card>
        </>
      )}
    </Page>
  );
}
