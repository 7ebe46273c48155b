import { useEffect, useRef } from 'react';

/**
 * A simple bar chart. The picture is decorative for screen readers: `summary` (its numbers in words)
 * is the accessible name, so nothing is lost without sight.
 */
export function BarChart({
  labels,
  values,
  summary,
  height = 260,
}: {
  labels: string[];
  values: number[];
  summary: string;
  height?: number;
}) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: { dispose(): void; resize(): void } | undefined;
    let gone = false;
    const onResize = () => chart?.resize();
    void import('./echarts-bar').then((echarts) => {
      if (gone || !el.current) return;
      const c = echarts.init(el.current, undefined, { renderer: 'svg' });
      c.setOption({
        grid: { left: 48, right: 16, top: 16, bottom: 32 },
        tooltip: {},
        xAxis: { type: 'category', data: labels, axisLabel: { color: '#333' } },
        yAxis: { type: 'value', axisLabel: { color: '#333' } },
        series: [{ type: 'bar', data: values, itemStyle: { color: '#0b57d0' }, barMaxWidth: 48 }],
      });
      chart = c;
      window.addEventListener('resize', onResize);
    });
    return () => {
      gone = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [labels, values]);
  return <div ref={el} role="img" aria-label={summary} style={{ height, width: '100%' }} />;
}
