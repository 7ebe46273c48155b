import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import './messages';

/**
 * For the ticket page: the 四方议事 topics a ticket was escalated to, from the ticket detail's `links`
 * (the tickets module's link registry), each opening its topic. Renders nothing when there is none.
 */
export function TicketTopics({
  links,
}: {
  links: Array<{ targetType: string; targetId: string; title: string | null }>;
}) {
  const { t } = useTranslation();
  const topics = links.filter((l) => l.targetType === 'topic');
  if (!topics.length) return null;
  return (
    <p data-testid="ticket-topics">
      {t('topics.linkedTopic')}：
      {topics.map((l, i) => (
        <span key={l.targetId}>
          {i > 0 && '、'}
          <Link to={`/topics/${l.targetId}`} data-testid={`ticket-topic-${l.targetId}`}>
            {l.title ?? l.targetId}
          </Link>
        </span>
      ))}
    </p>
  );
}
