import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TurnoutByBuilding } from './types';

const pct = (n: number, of: number) => (of ? `${Math.round((n / of) * 1000) / 10}%` : '—');

/** Turnout by building: what every role that follows a consultation sees, never who voted how. */
export function TurnoutTable({ turnout, print }: { turnout: TurnoutByBuilding; print?: boolean }) {
  const { t } = useTranslation();
  if (print) {
    return (
      <table className="cs-report-table" data-testid="turnout-table">
        <thead>
          <tr>
            <th scope="col">{t('consultations.ev.building')}</th>
            <th scope="col">{t('consultations.c.eligibleHouseholds')}</th>
            <th scope="col">{t('consultations.c.counted')}</th>
            <th scope="col">{t('consultations.c.pending')}</th>
            <th scope="col">{t('consultations.c.turnout')}</th>
          </tr>
        </thead>
        <tbody>
          {turnout.items.map((b) => (
            <tr key={b.buildingId}>
              <td>
                {b.estate} {b.building}
              </td>
              <td>{b.eligible}</td>
              <td>{b.counted}</td>
              <td>{b.pending}</td>
              <td>{pct(b.counted, b.eligible)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <Table
      rowKey="buildingId"
      size="small"
      pagination={false}
      dataSource={turnout.items}
      data-testid="turnout-table"
      columns={[
        { title: t('consultations.ev.building'), key: 'b', render: (_: unknown, b) => `${b.estate} ${b.building}` },
        { title: t('consultations.c.eligibleHouseholds'), dataIndex: 'eligible' },
        { title: t('consultations.c.counted'), dataIndex: 'counted' },
        { title: t('consultations.c.pending'), dataIndex: 'pending' },
        { title: t('consultations.c.turnout'), key: 'p', render: (_: unknown, b) => pct(b.counted, b.eligible) },
      ]}
    />
  );
}
