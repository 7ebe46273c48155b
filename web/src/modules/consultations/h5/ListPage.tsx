import { Link } from 'react-router-dom';
import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';
import { StatusBadge } from '../Badge';

/** The community's consultations: open ones first (to vote), then closed ones (to read the result). */
export default function ListPage() {
  const { t } = useTranslation();
  const { me } = useH5Session();
  const c = homeCommunity(me!)?.id;
  const { data, error } = useApi(
    '/api/communities/{communityId}/consultations',
    c ? { path: { communityId: c } } : null,
  );
  const groups = [
    { key: 'open', items: data?.items.filter((x) => x.status === 'open') ?? [] },
    { key: 'closed', items: data?.items.filter((x) => x.status === 'closed') ?? [] },
  ];
  return (
    <Shell title={t('consultations.listTitle')} back="/">
      {error && (
        <div className="h5-error" role="alert">
          {error.localized}
        </div>
      )}
      {!data && !error && <p className="h5-loading">{t('common.loading')}</p>}
      {data &&
        groups.map((g) => (
          <section key={g.key} aria-labelledby={`cs-${g.key}`}>
            <h2 id={`cs-${g.key}`} className="h5-h2">
              {t(`consultations.${g.key}`)}
            </h2>
            {g.items.length === 0 ? (
              <p className="h5-intro">{t('consultations.empty')}</p>
            ) : (
              <List data-testid={`consultations-${g.key}`}>
                {g.items.map((x) => (
                  <List.Item
                    key={x.id}
                    arrow={false}
                    description={t('consultations.period', { from: formatTime(x.opensAt), to: formatTime(x.closesAt) })}
                  >
                    <Link to={`/consultations/${x.id}`} data-testid={`consultation-${x.id}`} className="cs-item-link">
                      {x.title}
                    </Link>
                    <StatusBadge status={x.status} />
                  </List.Item>
                ))}
              </List>
            )}
          </section>
        ))}
    </Shell>
  );
}
