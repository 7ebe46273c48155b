import { Link } from 'react-router-dom';
import { Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/useApi';
import './messages';

/**
 * For the topic page: the parking rule versions that carry out the topic's decision, each pointing at its car park.
 * Renders nothing when there is none or parking cannot be read.
 */
export function TopicParking({ communityId, topicId }: { communityId: string; topicId: string }) {
  const { t } = useTranslation();
  const { data } = useApi('/api/communities/{communityId}/parking/rules', {
    path: { communityId },
    query: { topicId },
  });
  if (!data?.items.length) return null;
  return (
    <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('parking.ofTopic')}</h2>}>
      <List
        size="small"
        dataSource={data.items}
        data-testid="topic-parking"
        renderItem={(r) => (
          <List.Item>
            <Link to={`/parking/${r.carParkId}`}>{r.carParkName}</Link>
            <span className="muted">
              {r.effectiveOn} · {t('parking.freeMinutes')} {r.freeMinutes} · {t(`parking.states.${r.state}`)}
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
