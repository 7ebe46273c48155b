import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';
import { yuan } from '../types';

/** The published projects of the resident's community (read-only), each opening its printable public disclosure. */
export default function ListPage() {
  const { t } = useTranslation();
  const { me } = useH5Session();
  const c = homeCommunity(me!)?.id;
  const { data, error } = useApi('/api/public/projects', c ? { query: { communityId: c } } : null);
  return (
    <Shell title={t('projects.h5Title')} back="/">
      {error && (
        <div className="h5-error" role="alert">
          {error.localized}
        </div>
      )}
      {!data && !error && <p className="h5-loading">{t('common.loading')}</p>}
      {data && data.items.length === 0 && <p className="h5-intro">{t('projects.h5Empty')}</p>}
      {data && data.items.length > 0 && (
        <List data-testid="h5-projects">
          {data.items.map((p) => (
            <List.Item
              key={p.id}
              arrow={false}
              description={t('projects.h5Line', {
                year: p.year,
                spent: yuan(p.spentFen),
                budget: yuan(p.budgetFen),
                progress: p.progress,
              })}
            >
              <a
                href={`/p/projects/${encodeURIComponent(p.id)}`}
                className="pj-item-link"
                data-testid={`h5-project-${p.id}`}
              >
                {p.name}
              </a>
            </List.Item>
          ))}
        </List>
      )}
    </Shell>
  );
}
