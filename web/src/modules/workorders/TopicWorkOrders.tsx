import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/useApi';
import { useSession } from '../../console/session';
import { CreateWorkOrder, MANAGERS } from './console/ListPage';
import { yuan } from './types';
import './messages';

/** For a 四方议事 topic's page: the work orders that carry out its decision; those who run them can start one from here. */
export function TopicWorkOrders({
  communityId,
  topic,
  implementing,
}: {
  communityId: string;
  topic: { id: string; title: string };
  implementing: boolean;
}) {
  const { t } = useTranslation();
  const { roles, platformAdmin } = useSession();
  const canCreate = implementing && (platformAdmin || MANAGERS.some((r) => roles.includes(r)));
  const nav = useNavigate();
  const [open, setOpen] = useState(false);
  const { data } = useApi('/api/communities/{communityId}/work-orders', {
    path: { communityId },
    query: { topicId: topic.id },
  });
  return (
    <Card
      style={{ marginTop: 16 }}
      title={<h2 className="card-title">{t('workorders.linkedWorkOrders')}</h2>}
      extra={
        canCreate && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="topic-new-work-order">
            {t('workorders.create')}
          </Button>
        )
      }
    >
      <List
        size="small"
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('workorders.noTickets') }}
        data-testid="topic-work-orders"
        renderItem={(w) => (
          <List.Item>
            <Link to={`/work-orders/${w.id}`}>
              {w.number} {w.title}
            </Link>
            <span className="muted">
              {t(`workorders.statuses.${w.status}`)} · {yuan(w.totalFen)}
            </span>
          </List.Item>
        )}
      />
      <CreateWorkOrder
        open={open}
        topic={topic}
        onClose={() => setOpen(false)}
        onCreated={(id) => nav(`/work-orders/${id}`)}
      />
    </Card>
  );
}
