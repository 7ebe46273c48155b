import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { App, Button, Select, Space, Switch, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { SearchBox } from '../../../components/SearchBox';
import { call, client, errorText } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { usePaged } from '../../../lib/usePaged';
import { useCommunityId } from '../../../console/session';
import { STATES, type Ticket } from '../types';
import { StateBadge } from '../StateBadge';
import { domAttrs, testId } from '../../../lib/testid';

/** The grid team's inbox (all tickets for staff): filters, 20 per page newest first, bulk assign. */
export function Inbox({ overdueOnly }: { overdueOnly?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const c = useCommunityId();
  // `?gridId=` (the grid dashboard's figures link here) opens the list filtered to that grid.
  const gridId = useSearchParams()[0].get('gridId') ?? undefined;
  const list = usePaged(
    '/api/communities/{communityId}/tickets',
    { communityId: c },
    {
      ...(overdueOnly ? { overdue: '1' } : {}),
      ...(gridId ? { gridId } : {}),
    },
  );
  const { data: cats } = useApi('/api/communities/{communityId}/ticket-categories', { path: { communityId: c } });
  const { data: people } = useApi('/api/communities/{communityId}/tickets/assignees', { path: { communityId: c } });
  const [selected, setSelected] = useState<string[]>([]);
  const [assignee, setAssignee] = useState<string>();
  const f = list.filters;

  const bulkAssign = async () => {
    try {
      await call(
        client.POST('/api/communities/{communityId}/tickets/bulk-assign', {
          params: { path: { communityId: c } },
          body: { ticketIds: selected, assigneeUserId: assignee! },
        }),
      );
      message.success(t('tickets.done'));
      setSelected([]);
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Page title={overdueOnly ? t('tickets.overdueList') : t('tickets.inbox')}>
      <Space wrap className="filters" role="search" aria-label={t('common.filters')}>
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('tickets.filterState')}
          aria-label={t('tickets.filterState')}
          value={f.state}
          options={STATES.map((s) => ({ value: s, label: t(`tickets.state.${s}`) }))}
          onChange={(state) => list.setFilters({ ...f, state })}
          data-testid="filter-state"
        />
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('tickets.filterCategory')}
          aria-label={t('tickets.filterCategory')}
          value={f.category}
          options={(cats?.items ?? []).map((x) => ({ value: x.code, label: x.labelZh }))}
          onChange={(category) => list.setFilters({ ...f, category })}
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('tickets.filterUrgency')}
          aria-label={t('tickets.filterUrgency')}
          value={f.urgency}
          options={[
            { value: 'normal', label: t('tickets.normal') },
            { value: 'urgent', label: t('tickets.urgent') },
          ]}
          onChange={(urgency) => list.setFilters({ ...f, urgency })}
        />
        {!overdueOnly && (
          <label>
            <Switch checked={!!f.overdue} onChange={(on) => list.setFilters({ ...f, overdue: on ? '1' : undefined })} />{' '}
            {t('tickets.onlyOverdue')}
          </label>
        )}
        <SearchBox label={t('tickets.search')} onSearch={(q) => list.setFilters({ ...f, q })} />
      </Space>
      {selected.length > 0 && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="bulk-bar">
          <span>{t('tickets.selected', { n: selected.length })}</span>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: 200 }}
            placeholder={t('tickets.assignTo')}
            aria-label={t('tickets.assignTo')}
            value={assignee}
            options={(people?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            onChange={setAssignee}
            data-testid="bulk-assignee"
          />
          <Button type="primary" disabled={!assignee} onClick={() => void bulkAssign()} data-testid="bulk-assign">
            {t('tickets.bulkAssign')}
          </Button>
        </Space>
      )}
      <Table<Ticket>
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={list.pagination}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (x) => domAttrs({ 'aria-label': x.number }),
        }}
        onRow={() => testId('ticket-row')}
        columns={[
          {
            title: t('tickets.number'),
            dataIndex: 'number',
            className: 'nowrap',
            render: (n, x) => <Link to={`/tickets/${x.id}`}>{n}</Link>,
          },
          {
            title: t('tickets.title'),
            dataIndex: 'title',
            render: (v, x) => (
              <>
                {x.urgency === 'urgent' && (
                  <span className="tk-state tk-state-overdue" style={{ marginRight: 4 }}>
                    {t('tickets.urgent')}
                  </span>
                )}
                {v}
              </>
            ),
          },
          { title: t('tickets.category'), dataIndex: 'categoryLabel', className: 'nowrap' },
          {
            title: t('tickets.filterState'),
            dataIndex: 'state',
            className: 'nowrap',
            render: (s, x) => <StateBadge state={s} overdue={x.overdue} />,
          },
          {
            title: t('tickets.location'),
            key: 'where',
            render: (_, x) => [x.estateName, x.buildingName, x.area].filter(Boolean).join(' '),
          },
          { title: t('tickets.grid'), dataIndex: 'gridName', className: 'nowrap' },
          {
            title: t('tickets.assignee'),
            key: 'assignee',
            className: 'nowrap',
            render: (_, x) => x.assignee?.name ?? '—',
          },
          { title: t('tickets.supportCol'), dataIndex: 'supportCount', align: 'right', className: 'nowrap' },
          { title: t('tickets.createdAt'), dataIndex: 'createdAt', className: 'nowrap', render: formatTime },
        ]}
      />
    </Page>
  );
}

export default function InboxPage() {
  return <Inbox />;
}
