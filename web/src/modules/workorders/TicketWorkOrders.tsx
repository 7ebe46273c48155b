import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../lib/api';
import { CreateWorkOrder } from './console/ListPage';
import './messages';

/**
 * For the ticket page: the work orders a ticket was escalated to (from the ticket's `links`), and for those who
 * handle it a button that makes one, linked both ways; its acceptance later resolves the ticket.
 */
export function TicketWorkOrders({
  ticket,
  links,
  canEscalate,
}: {
  ticket: { id: string; title: string; location: string };
  links: Answer<'/api/communities/{communityId}/tickets/{id}'>['links'];
  canEscalate: boolean;
}) {
  const { t } = useTranslation();
  const nav = useNavigate();
  const [open, setOpen] = useState(false);
  const orders = links.filter((l) => l.targetType === 'workorder');
  if (!orders.length && !canEscalate) return null;
  return (
    <p data-testid="ticket-work-orders">
      {orders.length > 0 && (
        <>
          {t('workorders.linkedWorkOrders')}：
          {orders.map((l, i) => (
            <span key={l.targetId}>
              {i > 0 && '、'}
              <Link to={`/work-orders/${l.targetId}`}>{l.title ?? l.targetId}</Link>
            </span>
          ))}{' '}
        </>
      )}
      {canEscalate && (
        <Button size="small" onClick={() => setOpen(true)} data-testid="ticket-to-work-order">
          {t('workorders.toWorkOrder')}
        </Button>
      )}
      <CreateWorkOrder
        open={open}
        ticket={ticket}
        onClose={() => setOpen(false)}
        onCreated={(id) => nav(`/work-orders/${id}`)}
      />
    </p>
  );
}
