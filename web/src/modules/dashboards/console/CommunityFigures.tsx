import type { ReactNode } from 'react';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BarChart } from '../../../components/BarChart';
import type { Answer } from '../../../lib/api';
import { yuan } from './format';

type D = Answer<'/api/communities/{communityId}/dashboard'>;

/** A figure's card that opens the records behind it (the console list, with the period in its address). */
export function FigureLink({ to, testId, children }: { to: string; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Link to={to} data-testid={testId} aria-label={t('dashboards.openRecords')} style={{ display: 'block' }}>
      <Card size="small" hoverable>
        {children}
      </Card>
    </Link>
  );
}

/** Volunteers, donations, project spend, property scores and the emergency fund of the period, each linking to its records. */
export function CommunityFigures({ d }: { d: D }) {
  const { t } = useTranslation();
  const f = d.figures;
  const period = `from=${d.from}&to=${d.to}`;
  const latest = f.propertyScores.byQuarter.at(-1);
  const chartTitle = t('dashboards.propertyScores');
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('dashboards.figuresTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]} data-testid="dashboard-figures">
        <Col xs={12} md={8} lg={4}>
          <FigureLink to={`/activities?when=past&${period}`} testId="dash-volunteers">
            <Statistic
              title={t('dashboards.volunteerTimes')}
              value={f.volunteers.personTimes}
              suffix={
                <small>{t('dashboards.volunteerHours', { n: f.volunteers.hours, people: f.volunteers.people })}</small>
              }
            />
          </FigureLink>
        </Col>
        <Col xs={12} md={8} lg={4}>
          <FigureLink to={`/resources?tab=donations&${period}`} testId="dash-donations">
            <Statistic
              title={t('dashboards.donationsValue')}
              value={yuan(f.donations.valueFen)}
              suffix={<small>{t('dashboards.donationsCount', { n: f.donations.count })}</small>}
            />
          </FigureLink>
        </Col>
        <Col xs={12} md={8} lg={4}>
          <FigureLink to={`/resources?tab=lists&${period}`} testId="dash-saved">
            <Statistic title={t('dashboards.valueSaved')} value={yuan(f.donations.savedFen)} />
          </FigureLink>
        </Col>
        <Col xs={12} md={8} lg={4}>
          <FigureLink to={`/projects?${period}`} testId="dash-projects">
            <Statistic
              title={t('dashboards.projectSpend')}
              value={yuan(f.projectSpend.spentFen)}
              suffix={
                <small>
                  {t('dashboards.projectPayments', { n: f.projectSpend.payments, projects: f.projectSpend.projects })}
                </small>
              }
            />
          </FigureLink>
        </Col>
        <Col xs={12} md={8} lg={4}>
          <FigureLink to={`/evaluations/trend?${period}`} testId="dash-property">
            <Statistic
              title={t('dashboards.propertyScore')}
              value={latest?.score ?? t('dashboards.none')}
              suffix={
                latest ? (
                  <small>{t('dashboards.propertyQuarter', { quarter: latest.quarter, n: latest.rounds })}</small>
                ) : null
              }
            />
          </FigureLink>
        </Col>
        <Col xs={12} md={8} lg={4}>
          <FigureLink to="/funds?kind=emergency" testId="dash-fund">
            <Statistic
              title={t('dashboards.fundBalance')}
              value={yuan(f.emergencyFund.balanceFen)}
              suffix={<small>{t('dashboards.fundSpent', { amount: yuan(f.emergencyFund.spentFen) })}</small>}
            />
          </FigureLink>
        </Col>
      </Row>
      {f.propertyScores.byQuarter.length > 0 && (
        <Card size="small" title={chartTitle} style={{ marginTop: 16 }}>
          <BarChart
            labels={f.propertyScores.byQuarter.map((q) => q.quarter)}
            values={f.propertyScores.byQuarter.map((q) => q.score ?? 0)}
            summary={t('dashboards.chartSummary', {
              title: chartTitle,
              items: f.propertyScores.byQuarter.map((q) => `${q.quarter} ${q.score ?? '—'}`).join('，'),
            })}
          />
        </Card>
      )}
    </>
  );
}
