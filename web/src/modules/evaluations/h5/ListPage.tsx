import { Link } from 'react-router-dom';
import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';

/** Rounds of the community: the member's open ones first, marked "waiting for your scores". */
export default function ListPage() {
  const { t } = useTranslation();
  const { me } = useH5Session();
  const c = homeCommunity(me!)?.id;
  const { data, error } = useApi('/api/communities/{communityId}/evaluations', c ? { path: { communityId: c } } : null);
  const items = [...(data?.items ?? [])].sort((a, b) => Number(b.myTurn) - Number(a.myTurn));
  return (
    <Shell title={t('evaluations.h5Title')} back="/">
      {error && (
        <div className="h5-error" role="alert">
          {error.localized}
        </div>
      )}
      {!data && !error && <p className="h5-loading">{t('common.loading')}</p>}
      {data &&
        (items.length === 0 ? (
          <p className="h5-intro">{t('evaluations.empty')}</p>
        ) : (
          <List data-testid="evaluations-list">
            {items.map((x) => (
              <List.Item
                key={x.id}
                arrow={false}
                description={`${x.companyName} · ${x.myTurn ? t('evaluations.yourTurn') : t(`evaluations.status.${x.status}`)}${x.score !== null ? ` · ${x.score}` : ''}`}
              >
                <Link to={`/evaluations/${x.id}`} data-testid={`evaluation-${x.id}`} className="ev-item-link">
                  {x.quarter} {x.estateName}
                </Link>
              </List.Item>
            ))}
          </List>
        ))}
    </Shell>
  );
}
