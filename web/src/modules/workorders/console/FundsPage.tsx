import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Input, InputNumber, Space, Statistic, Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { call, client } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { useCommunityId, useSession } from '../../../console/session';
import { yuan } from '../types';
import { useAction } from './useAction';

const FUNDS = ['emergency', 'property'] as const;

/** The ledger funds: balance, this year's spending and what is left of the budget, every entry; staff pay in and set budgets. */
export default function FundsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<(typeof FUNDS)[number]>('emergency');
  return (
    <Page title={t('workorders.funds')}>
      <Tabs
        activeKey={kind}
        onChange={(k) => setKind(k as (typeof FUNDS)[number])}
        items={FUNDS.map((f) => ({ key: f, label: t(`workorders.fundings.${f}`) }))}
      />
      <Ledger kind={kind} key={kind} />
    </Page>
  );
}

function Ledger({ kind }: { kind: (typeof FUNDS)[number] }) {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { roles, platformAdmin } = useSession();
  const edit = platformAdmin || roles.includes('staff') || roles.includes('party_branch');
  const { data, reload } = useApi('/api/communities/{communityId}/funds/{fund}', {
    path: { communityId: c, fund: kind },
  });
  const [amount, setAmount] = useState<number>();
  const [note, setNote] = useState('');
  const [budget, setBudget] = useState<number>();
  const path = { communityId: c, fund: kind };
  const run = useAction(reload);
  const f = data?.fund;
  return (
    <>
      {f && (
        <Space size={24} wrap style={{ marginBottom: 16 }} data-testid="fund-figures">
          <Card size="small">
            <Statistic title={t('workorders.balance')} value={yuan(f.balanceFen)} />
          </Card>
          <Card size="small">
            <Statistic title={`${f.year} ${t('workorders.yearBudget')}`} value={yuan(f.yearBudgetFen)} />
          </Card>
          <Card size="small">
            <Statistic title={t('workorders.spent')} value={yuan(f.spentThisYearFen)} />
          </Card>
          <Card size="small">
            <Statistic title={t('workorders.remaining')} value={yuan(f.remainingBudgetFen)} />
          </Card>
        </Space>
      )}
      {edit && (
        <Space wrap style={{ marginBottom: 16 }}>
          <InputNumber
            min={0.01}
            precision={2}
            value={amount}
            onChange={(v) => setAmount(v === null ? undefined : Number(v))}
            aria-label={t('workorders.amountYuan')}
            placeholder={t('workorders.amountYuan')}
          />
          <Input
            style={{ width: 260 }}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={200}
            aria-label={t('workorders.note')}
            placeholder={t('workorders.note')}
          />
          <Button
            disabled={!amount || !note.trim()}
            onClick={() =>
              void run(
                call(
                  client.POST('/api/communities/{communityId}/funds/{fund}/deposits', {
                    params: { path },
                    body: { amountFen: Math.round(amount! * 100), note: note.trim() },
                  }),
                ),
              )
            }
          >
            {t('workorders.deposit')}
          </Button>
          <InputNumber
            min={0}
            precision={2}
            value={budget}
            onChange={(v) => setBudget(v === null ? undefined : Number(v))}
            aria-label={t('workorders.yearBudget')}
            placeholder={t('workorders.yearBudget')}
          />
          <Button
            disabled={budget === undefined}
            onClick={() =>
              void run(
                call(
                  client.PUT('/api/communities/{communityId}/funds/{fund}/budget', {
                    params: { path },
                    body: { yearBudgetFen: Math.round(budget! * 100) },
                  }),
                ),
              )
            }
          >
            {t('workorders.setBudget')}
          </Button>
        </Space>
      )}
      <Table
        size="small"
        rowKey="id"
        dataSource={data?.entries}
        pagination={{ pageSize: 20 }}
        data-testid="fund-ledger"
        columns={[
          { title: t('workorders.at'), dataIndex: 'at', render: formatTime },
          { title: t('workorders.kind'), dataIndex: 'kind', render: (v: string) => t(`workorders.kinds.${v}`) },
          {
            title: t('workorders.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (v: number, r) => `${r.kind === 'spend' ? '−' : '+'}${yuan(v)}`,
          },
          { title: t('workorders.balanceAfter'), dataIndex: 'balanceAfterFen', align: 'right', render: yuan },
          {
            title: t('workorders.note'),
            dataIndex: 'note',
            render: (v: string, r) => (r.workOrderId ? <Link to={`/work-orders/${r.workOrderId}`}>{v}</Link> : v),
          },
        ]}
      />
    </>
  );
}
