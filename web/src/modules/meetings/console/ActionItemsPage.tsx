import { Link, useSearchParams } from 'react-router-dom';
import { Radio, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';

const FILTERS = ['open', 'overdue', 'done', 'all'] as const;
type Filter = (typeof FILTERS)[number];
const QUERY: Record<Filter, { done?: 'true' | 'false'; overdue?: 'true' }> = {
  open: { done: 'false' },
  overdue: { overdue: 'true' },
  done: { done: 'true' },
  all: {},
};

/**
 * 待办事项 across meetings (`?show=open|overdue|done|all`, open by default; the meetings list's count links here),
 * earliest due first; each row opens its meeting, where it is ticked off.
 */
export default function ActionItemsPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const [params, setParams] = useSearchParams();
  const show: Filter = (FILTERS as readonly string[]).includes(params.get('show') ?? '')
    ? (params.get('show') as Filter)
    : 'open';
  const { data, loading, error } = useApi('/api/communities/{communityId}/meetings/action-items', {
    path: { communityId: c },
    query: QUERY[show],
  });
  return (
    <Page title={t('meetings.items.title')}>
      <Radio.Group
        optionType="button"
        value={show}
        onChange={(e) => setParams({ show: e.target.value as string }, { replace: true })}
        options={FILTERS.map((f) => ({ value: f, label: t(`meetings.items.${f}`) }))}
        aria-label={t('meetings.items.filter')}
        style={{ marginBottom: 16 }}
        data-testid="items-filter"
      />
      {error && <p role="alert">{error.localized}</p>}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.items}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: t('meetings.noItems') }}
        data-testid="items-table"
        columns={[
          { title: t('meetings.text'), dataIndex: 'text' },
          { title: t('meetings.owner'), dataIndex: 'ownerName' },
          {
            title: t('meetings.due'),
            dataIndex: 'dueDate',
            render: (v: string, r) => (
              <>
                {v}{' '}
                {r.done ? (
                  <Tag className="tag-ok">{t('meetings.done')}</Tag>
                ) : (
                  r.overdue && <Tag color="red">{t('meetings.overdue')}</Tag>
                )}
              </>
            ),
          },
          {
            title: t('meetings.items.meeting'),
            dataIndex: 'meetingTitle',
            render: (v: string, r) => (
              <Link to={`/meetings/${r.meetingId}`} data-testid={`item-meeting-${r.id}`}>
                {v}
              </Link>
            ),
          },
        ]}
      />
    </Page>
  );
}
