import { useEffect, useMemo, useRef } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';
import type { TrendView } from '../types';

/** The score of each estate's property company across quarters (ECharts), with the figures beside it in a table. */
export default function TrendPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { data, error } = useApi('/api/communities/{communityId}/evaluations/trend', { path: { communityId: c } });
  const { quarters, series } = useMemo(() => {
    const qs = [...new Set(data?.items.map((p) => p.quarter) ?? [])].sort();
    const by = new Map<string, Array<number | null>>();
    for (const p of data?.items ?? []) {
      const key = `${p.estateName} · ${p.companyName}`;
      const row = by.get(key) ?? qs.map(() => null);
      row[qs.indexOf(p.quarter)] = p.score;
      by.set(key, row);
    }
    return { quarters: qs, series: [...by.entries()].map(([name, values]) => ({ name, values })) };
  }, [data]);
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: { dispose(): void } | undefined;
    let gone = false;
    if (!series.length) return;
    void import('./echarts-line').then((echarts) => {
      if (gone || !el.current) return;
      const ch = echarts.init(el.current, undefined, { renderer: 'svg' });
      ch.setOption({
        grid: { left: 48, right: 16, top: 48, bottom: 32 },
        tooltip: { trigger: 'axis' },
        legend: { top: 0, textStyle: { color: '#333' } },
        xAxis: { type: 'category', data: quarters, axisLabel: { color: '#333' } },
        yAxis: {
          type: 'value',
          min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 10) * 10),
          max: 100,
          axisLabel: { color: '#333' },
        },
        series: series.map((s) => ({
          type: 'line',
          name: s.name,
          data: s.values,
          connectNulls: true,
          label: { show: true, color: '#333' },
        })),
      });
      chart = ch;
    });
    return () => {
      gone = true;
      chart?.dispose();
    };
  }, [quarters, series]);
  // The chart is decorative for screen readers: its numbers are the accessible name, and the table below.
  const summary = series
    .map((s) =>
      t('evaluations.trendSummary', {
        estate: s.name,
        points: quarters.map((q, i) => `${q} ${s.values[i] ?? '—'}`).join('，'),
      }),
    )
    .join('；');
  return (
    <Page title={t('evaluations.trend')}>
      {error && <p role="alert">{error.localized}</p>}
      <h2 style={{ fontSize: 16 }}>{t('evaluations.trendChart')}</h2>
      <div
        ref={el}
        role="img"
        aria-label={summary || t('evaluations.empty')}
        style={{ height: 320, width: '100%' }}
        data-testid="evaluation-trend-chart"
      />
      <Table
        rowKey="roundId"
        size="small"
        pagination={false}
        dataSource={data?.items}
        style={{ marginTop: 16 }}
        data-testid="evaluation-trend-table"
        columns={[
          { title: t('evaluations.quarter'), dataIndex: 'quarter' },
          { title: t('evaluations.estate'), dataIndex: 'estateName' },
          { title: t('evaluations.score'), dataIndex: 'score' },
          ...(data?.rubric ?? []).map((i) => ({
            title: i.labelZh,
            key: i.key,
            render: (_: unknown, r: TrendView['items'][number]) => r.items[i.key] ?? '—',
          })),
          {
            title: t('evaluations.tickets'),
            key: 'tickets',
            render: (_: unknown, r: TrendView['items'][number]) => r.figures.tickets,
          },
          {
            title: t('evaluations.satisfaction'),
            key: 'sat',
            render: (_: unknown, r: TrendView['items'][number]) => r.figures.avgSatisfaction ?? '—',
          },
          {
            title: t('evaluations.overdue'),
            key: 'overdue',
            render: (_: unknown, r: TrendView['items'][number]) => r.figures.overdue,
          },
        ]}
      />
    </Page>
  );
}
