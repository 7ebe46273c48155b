import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/BarChart';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';

const COUNTS = [
  ['estates', 'org/estates'],
  ['grids', 'org/grids'],
  ['buildings', 'org/buildings'],
  ['households', 'org/households'],
  ['residents', 'org/residents'],
] as const;

/** The community at a glance: counts of estates, grids, buildings, households and residents. */
export default function OverviewPage() {
  const { t } = useTranslation();
  const communityId = useCommunityId();
  const { data, error } = useApi('/api/communities/{communityId}', { path: { communityId } });
  const estates = useApi('/api/communities/{communityId}/estates', { path: { communityId }, query: { pageSize: 100 } });
  const chart = useMemo(() => {
    const items = estates.data?.items ?? [];
    return { labels: items.map((e) => e.name), values: items.map((e) => e.households) };
  }, [estates.data]);

  return (
    <Page title={data ? `${data.name} · ${t('nav.overview')}` : t('nav.overview')}>
      {error && <Alert type="error" message={error.localized} showIcon />}
      {data && (
        <p className="muted">
          {data.town.name}
          {data.address ? ` · ${data.address}` : ''}
        </p>
      )}
      <Row gutter={[16, 16]}>
        {COUNTS.map(([k, path]) => (
          <Col key={k} xs={12} sm={8} lg={4}>
            <Link to={`/${path}`} className="stat-link" data-testid={`count-${k}`}>
              <Card hoverable>
                <Statistic title={t(`org.counts.${k}`)} value={data?.counts[k] ?? '—'} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      {chart.labels.length > 0 && (
        <Card title={<h2 className="card-title">{t('org.householdsPerEstate')}</h2>} style={{ marginTop: 16 }}>
          <BarChart
            labels={chart.labels}
            values={chart.values}
            summary={chart.labels.map((l, i) => t('org.householdsOf', { name: l, count: chart.values[i] })).join('；')}
          />
        </Card>
      )}
    </Page>
  );
}
