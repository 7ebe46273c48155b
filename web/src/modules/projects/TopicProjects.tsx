import { Link } from 'react-router-dom';
import { Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/useApi';
import { yuan } from './types';
import './messages';

/**
 * For the topic page: the funded projects that implement the topic (a project names its topic), each with
 * spent / budget and progress. Renders nothing when there is none or the projects cannot be read.
 */
export function TopicProjects({ communityId, topicId }: { communityId: string; topicId: string }) {
  const { t } = useTranslation();
  const { data } = useApi('/api/communities/{communityId}/projects', { path: { communityId }, query: { topicId } });
  if (!data?.items.length) return null;
  return (
    <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('projects.ofTopic')}</h2>}>
      <List
        size="small"
        dataSource={data.items}
        data-testid="topic-projects"
        renderItem={(p) => (
          <List.Item>
            <Link to={`/projects/${p.id}`}>{p.name}</Link>
            <span className="muted">
              ¥{yuan(p.spentFen)} / ¥{yuan(p.budgetFen)} · {p.progress}%
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
