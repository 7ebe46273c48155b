import { useState } from 'react';
import { Alert, Button, Card, Empty, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { BarChart } from '../../../components/BarChart';
import { Page } from '../../../components/Page';
import { errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { PeriodLine, usePeriod } from './period';
import { useSession } from '../../../console/session';
import type { TownCompany, TownRow } from '../types';
import { bandText, hoursText, num, pct, yuan } from './format';
import { TownEvaluations } from '../../evaluations/figures';

/** Every community of a town side by side, one row each, with the town's total (platform admin). */
export default function TownPage() {
  const { t } = useTranslation();
  const { setCommunityId, communities } = useSession();
  const navigate = useNavigate();
  const { data: towns } = useApi('/api/towns');
  const [chosen, setChosen] = useState<string>();
  const town = chosen ?? towns?.items[0]?.id;
  const period = usePeriod();
  const q = period.query;
  const { data: o, error } = useApi('/api/towns/{townId}/overview', town ? { path: { townId: town }, query: q } : null);
  const visible = new Set(communities.map((c) => c.id));

  const columns = [
    {
      title: t('dashboards.community'),
      dataIndex: 'name',
      fixed: 'left' as const,
      render: (name: string, r: TownRow) =>
        visible.has(r.communityId) ? (
          <Button
            type="link"
            style={{ padding: 0 }}
            onClick={() => {
              setCommunityId(r.communityId);
              navigate('/dashboard');
            }}
          >
            {name}
          </Button>
        ) : (
          name
        ),
    },
    {
      title: t('dashboards.tickets'),
      dataIndex: 'tickets',
      align: 'right' as const,
      sorter: (a: TownRow, b: TownRow) => a.tickets - b.tickets,
    },
    {
      title: t('dashboards.open'),
      dataIndex: 'open',
      align: 'right' as const,
      sorter: (a: TownRow, b: TownRow) => a.open - b.open,
    },
    {
      title: t('dashboards.medianResponse'),
      dataIndex: 'medianResponseHours',
      align: 'right' as const,
      render: (v: number | null, r: TownRow) => bandText(t, v, r.tickets),
    },
    {
      title: `${t('dashboards.resolution')} · ${t('dashboards.avg')}`,
      dataIndex: 'avgResolutionHours',
      align: 'right' as const,
      render: (v: number | null) => hoursText(t, v),
    },
    {
      title: t('dashboards.p90Resolution'),
      dataIndex: 'p90ResolutionHours',
      align: 'right' as const,
      render: (v: number | null, r: TownRow) => bandText(t, v, r.resolved),
    },
    {
      title: t('dashboards.satisfaction'),
      dataIndex: 'avgSatisfaction',
      align: 'right' as const,
      render: num,
      sorter: (a: TownRow, b: TownRow) => (a.avgSatisfaction ?? 0) - (b.avgSatisfaction ?? 0),
    },
    { title: t('dashboards.reopenRate'), dataIndex: 'reopenRate', align: 'right' as const, render: pct },
    { title: t('dashboards.meetingsHeld'), dataIndex: 'meetingsHeld', align: 'right' as const },
    { title: t('dashboards.topicsClosed'), dataIndex: 'topicsClosed', align: 'right' as const },
    { title: t('dashboards.consultationsHeld'), dataIndex: 'consultationsHeld', align: 'right' as const },
    { title: t('dashboards.participation'), dataIndex: 'participationRate', align: 'right' as const, render: pct },
    {
      title: t('dashboards.scoreColumn'),
      dataIndex: 'propertyScore',
      align: 'right' as const,
      render: (v: number | null, r: TownRow) => (v === null ? '—' : `${v}（${r.propertyQuarter}）`),
      sorter: (a: TownRow, b: TownRow) => (a.propertyScore ?? 0) - (b.propertyScore ?? 0),
    },
    {
      title: t('dashboards.fundColumn'),
      dataIndex: 'emergencyFundBalanceFen',
      align: 'right' as const,
      render: (v: number) => yuan(v),
      sorter: (a: TownRow, b: TownRow) => a.emergencyFundBalanceFen - b.emergencyFundBalanceFen,
    },
  ];

  if (towns && !towns.items.length)
    return (
      <Page title={t('dashboards.town')}>
        <Empty description={t('dashboards.noTown')} />
      </Page>
    );
  const title = t('dashboards.chartTickets');
  return (
    <Page
      title={o ? t('dashboards.townTitle', { town: o.town.name }) : t('dashboards.town')}
      extra={
        <Space wrap>
          {towns && towns.items.length > 1 && (
            <Select
              aria-label={t('dashboards.chooseTown')}
              value={town}
              onChange={setChosen}
              style={{ minWidth: 160 }}
              options={towns.items.map((x) => ({ value: x.id, label: x.name }))}
            />
          )}
          {period.picker}
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {o && (
        <>
          <PeriodLine testId="town-period" from={o.from} to={o.to} />
          <Card size="small" title={title}>
            <BarChart
              labels={o.communities.map((c) => c.name)}
              values={o.communities.map((c) => c.tickets)}
              summary={t('dashboards.chartSummary', {
                title,
                items: o.communities.map((c) => `${c.name} ${c.tickets}`).join('，'),
              })}
            />
          </Card>
          <Table<TownRow>
            style={{ marginTop: 16 }}
            rowKey="communityId"
            size="small"
            pagination={false}
            scroll={{ x: 1300 }}
            dataSource={o.communities}
            columns={columns}
            data-testid="town-table"
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{t('dashboards.total')}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {o.total.tickets}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {o.total.open}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {bandText(t, o.total.medianResponseHours, o.total.tickets)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {hoursText(t, o.total.avgResolutionHours)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  {bandText(t, o.total.p90ResolutionHours, o.total.resolved)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  {num(o.total.avgSatisfaction)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={7} align="right">
                  {pct(o.total.reopenRate)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={8} align="right">
                  {o.total.meetingsHeld}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={9} align="right">
                  {o.total.topicsClosed}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={10} align="right">
                  {o.total.consultationsHeld}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={11} align="right">
                  {pct(o.total.participationRate)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={12} align="right">
                  {num(o.total.propertyScore)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={13} align="right">
                  {yuan(o.total.emergencyFundBalanceFen)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('dashboards.quantileNote')}
          </Typography.Paragraph>
          <Card size="small" title={t('dashboards.companies')} style={{ marginTop: 16 }}>
            <Table<TownCompany>
              rowKey="companyName"
              size="small"
              pagination={false}
              dataSource={o.companies}
              data-testid="town-companies"
              columns={[
                { title: t('dashboards.company'), dataIndex: 'companyName' },
                {
                  title: t('dashboards.communities'),
                  dataIndex: 'communities',
                  render: (v: string[]) => v.join('、'),
                },
                { title: t('dashboards.rounds'), dataIndex: 'rounds', align: 'right' },
                {
                  title: t('dashboards.avgScore'),
                  dataIndex: 'avgScore',
                  align: 'right',
                  render: num,
                  sorter: (a, b) => (a.avgScore ?? 0) - (b.avgScore ?? 0),
                },
                {
                  title: t('dashboards.latestScore'),
                  dataIndex: 'latestScore',
                  align: 'right',
                  render: (v: number | null, r) => `${num(v)}（${r.latestQuarter}）`,
                },
              ]}
            />
          </Card>
        </>
      )}
      {town && <TownEvaluations townId={town} />}
    </Page>
  );
}
