import { useState } from 'react';
import { DatePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

/**
 * The months a dashboard covers, chosen with a month range picker; left empty, the server answers for its
 * default (the last twelve months) and says which months those were.
 */
export function usePeriod() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const query = { from: range?.[0]?.format('YYYY-MM'), to: range?.[1]?.format('YYYY-MM') };
  const picker = (
    <DatePicker.RangePicker
      picker="month"
      value={range}
      onChange={(v) => setRange(v)}
      aria-label={t('dashboards.period')}
    />
  );
  return { query, picker };
}

/** The period the answer covers, as the server computed it. */
export function PeriodLine({ testId, from, to }: { testId: string; from: string; to: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Paragraph type="secondary" data-testid={testId}>
      {t('dashboards.period')}：{from} – {to}
    </Typography.Paragraph>
  );
}
