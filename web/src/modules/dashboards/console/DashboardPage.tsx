import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/BarChart';
import { Page } from '../../../components/Page';
import { errorText, type Answer } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { PeriodLine, usePeriod } from './period';
import { useCommunityId } from '../../../console/session';
import { bandText, hoursText, num, pct } from './format';
import { CommunityFigures, FigureLink } from './CommunityFigures';
import { LatestScores } from '../../evaluations/figures';

type Group = Answer<'/api/communities/{communityId}/dashboard'>['byGrid'][number];

/** One community's figures over a period of months (default: the last twelve), with charts. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const period = usePeriod();
  const q = period.query;
  const { data: d, error } = useApi('/api/communities/{communityId}/dashboard', { path: { communityId: c }, query: q });
  const periodQuery = d ? `from=${d.from}&to=${d.to}` : '';

  const columns = [
    { title: '', dataIndex: 'label' },
    { title: t('dashboards.tickets'), dataIndex: 'tickets', align: 'right' as const },
    { title: t('dashboards.open'), dataIndex: 'open', align: 'right' as const },
    { title: t('dashboards.closed'), dataIndex: 'closed', align: 'right' as const },
    {
      title: `${t('dashboards.response')} · ${t('dashboards.avg')}`,
      dataIndex: 'avgResponseHours',
      align: 'right' as const,
      render: (v: number | null) => hoursText(t, v),
    },
    {
      title: `${t('dashboards.resolution')} · ${t('dashboards.avg')}`,
      dataIndex: 'avgResolutionHours',
      align: 'right' as const,
      render: (v: number | null) => hoursText(t, v),
    },
    { title: t('dashboards.satisfaction'), dataIndex: 'avgSatisfaction', align: 'right' as const, render: num },
    { title: t('dashboards.reopenRate'), dataIndex: 'reopenRate', align: 'right' as const, render: pct },
  ];
  const chart = (title: string, labels: string[], values: number[]) => (
    <BarChart
      labels={labels}
      values={values}
      summary={t('dashboards.chartSummary', { title, items: labels.map((l, i) => `${l} ${values[i]}`).join('，') })}
    />
  );
  const block = (key: 'byGrid' | 'byCategory', title: string) => (
    <Card size="small" title={title} style={{ marginTop: 16 }}>
      {d &&
        d[key].length > 0 &&
        chart(
          title,
          d[key].map((r) => r.label),
          d[key].map((r) => r.tickets),
        )}
      <Table<Group> rowKey="key" size="small" pagination={false} dataSource={d?.[key] ?? []} columns={columns} />
    </Card>
  );

  return (
    <Page title={t('dashboards.title')} extra={period.picker}>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {d && (
        <>
          <PeriodLine testId="dashboard-period" from={d.from} to={d.to} />
          <Row gutter={[16, 16]} data-testid="dashboard-headline">
            <Col xs={12} md={6}>
              <FigureLink to={`/meetings?status=closed&${periodQuery}`} testId="dash-meetings">
                <Statistic title={t('dashboards.meetingsHeld')} value={d.meetingsHeld} />
              </FigureLink>
            </Col>
            <Col xs={12} md={6}>
              <FigureLink to={`/topics?status=closed&${periodQuery}`} testId="dash-topics">
                <Statistic title={t('dashboards.topicsClosed')} value={d.topicsClosed} />
              </FigureLink>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('dashboards.consultationsHeld')} value={d.consultations.held} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('dashboards.participation')} value={pct(d.consultations.participationRate)} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t('dashboards.tickets')}
                  value={d.tickets.tickets}
                  suffix={
                    <small>
                      {t('dashboards.open')} {d.tickets.open}
                    </small>
                  }
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
                <Statistic title={t('dashboards.reopenRate')} value={pct(d.tickets.reopenRate)} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('dashboards.closed')} value={d.tickets.closed} />
              </Card>
            </Col>
          </Row>
          <CommunityFigures d={d} />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            {(['response', 'resolution'] as const).map((k) => (
              <Col xs={24} md={12} key={k}>
                <Card size="small" title={t(`dashboards.${k}`)} data-testid={`dashboard-${k}`}>
                  <Row gutter={16}>
                    <Col span={8}>
                      <Statistic title={t('dashboards.avg')} value={hoursText(t, d.tickets[k].avg)} />
                    </Col>
                    <Col span={8}>
                      <Statistic
                        title={t('dashboards.median')}
                        value={bandText(t, d.tickets[k].median, d.tickets[k].count)}
                      />
                    </Col>
                    <Col span={8}>
                      <Statistic
                        title={t('dashboards.p90')}
                        value={bandText(t, d.tickets[k].p90, d.tickets[k].count)}
                      />
                    </Col>
                  </Row>
                </Card>
              </Col>
            ))}
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('dashboards.quantileNote')}
          </Typography.Paragraph>
          <Card size="small" title={t('dashboards.byMonth')} style={{ marginTop: 16 }}>
            {d.byMonth.length > 0 &&
              chart(
                t('dashboards.byMonth'),
                d.byMonth.map((m) => m.month),
                d.byMonth.map((m) => m.tickets),
              )}
          </Card>
          <Card size="small" title={t('dashboards.byState')} style={{ marginTop: 16 }}>
            {chart(
              t('dashboards.byState'),
              d.byState.map((s) => t(`tickets.state.${s.state}`)),
              d.byState.map((s) => s.count),
            )}
          </Card>
        </>
      )}
      {block('byGrid', t('dashboards.byGrid'))}
      {block('byCategory', t('dashboards.byCategory'))}
      <LatestScores communityId={c} />
    </Page>
  );
}
