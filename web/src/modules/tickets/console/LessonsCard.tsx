import { Link } from 'react-router-dom';
import { App, Button, Card, Popconfirm, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { call, client, errorText, type Item } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { testId } from '../../../lib/testid';

type Lesson = Item<'/api/communities/{communityId}/ticket-category-lessons'>;

/**
 * 分类学习: the corrections staff made to tickets' categories, which this community's suggestions learn
 * from; staff forget one that taught the wrong thing, or reset to the shared model.
 */
export function LessonsCard({ communityId, label }: { communityId: string; label: (code: string) => string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const path = { communityId };
  const lessons = useApi('/api/communities/{communityId}/ticket-category-lessons', { path });
  const forget = async (ticketId?: string) => {
    try {
      const { forgotten } = await call(
        ticketId
          ? client.DELETE('/api/communities/{communityId}/ticket-category-lessons/{ticketId}', {
              params: { path: { communityId, ticketId } },
            })
          : client.DELETE('/api/communities/{communityId}/ticket-category-lessons', { params: { path } }),
      );
      message.success(t('tickets.lessonsForgotten', { n: forgotten }));
      lessons.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const items = lessons.data?.items ?? [];
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={<h2 className="card-title">{t('tickets.lessonsTitle')}</h2>}
      extra={
        <Popconfirm
          title={t('tickets.lessonsResetConfirm')}
          onConfirm={() => void forget()}
          okText={t('common.yes')}
          cancelText={t('common.no')}
        >
          <Button danger size="small" disabled={!items.length} data-testid="lessons-reset">
            {t('tickets.lessonsReset')}
          </Button>
        </Popconfirm>
      }
    >
      <p className="muted">{t('tickets.lessonsHint')}</p>
      <Table<Lesson>
        rowKey="ticketId"
        size="small"
        loading={lessons.loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={items}
        onRow={() => testId('lesson-row')}
        locale={{ emptyText: t('tickets.lessonsEmpty') }}
        columns={[
          {
            title: t('tickets.number'),
            dataIndex: 'number',
            className: 'nowrap',
            render: (n: string, x) => <Link to={`/tickets/${x.ticketId}`}>{n}</Link>,
          },
          { title: t('tickets.title'), dataIndex: 'title' },
          {
            title: t('tickets.lessonMove'),
            key: 'move',
            className: 'nowrap',
            render: (_, x) => `${label(x.from)} → ${label(x.to)}`,
          },
          { title: t('tickets.lessonBy'), dataIndex: 'taughtBy', className: 'nowrap' },
          { title: t('tickets.lessonAt'), dataIndex: 'at', className: 'nowrap', render: (v: string) => formatTime(v) },
          {
            title: t('common.actions'),
            key: 'forget',
            render: (_, x) => (
              <Popconfirm
                title={t('tickets.lessonForgetConfirm')}
                onConfirm={() => void forget(x.ticketId)}
                okText={t('common.yes')}
                cancelText={t('common.no')}
              >
                <Button type="link" size="small" danger data-testid="lesson-forget">
                  {t('tickets.lessonForget')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
