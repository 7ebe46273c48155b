import { Link } from 'react-router-dom';
import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';

/** The work orders made from my tickets; those done wait for my acceptance. */
export default function MyRepairsPage() {
  const { t } = useTranslation();
  const { me } = useH5Session();
  const c = homeCommunity(me!)?.id;
  const { data } = useApi(
    '/api/communities/{communityId}/work-orders',
    c ? { path: { communityId: c }, query: { mine: '1' } } : null,
  );
  return (
    <Shell title={t('workorders.myRepairs')} back="/">
      {data && data.items.length === 0 && <p className="h5-intro">{t('workorders.noRepairs')}</p>}
      <List mode="card" data-testid="my-repairs">
        {(data?.items ?? []).map((x) => (
          <Link key={x.id} to={`/repairs/${x.id}`} style={{ color: 'inherit', textDecoration: 'none' }}>
            <List.Item
              data-testid="repair-row"
              description={`${x.number} · ${x.location}`}
              extra={t(`workorders.statuses.${x.status}`)}
            >
              {x.title}
            </List.Item>
          </Link>
        ))}
      </List>
    </Shell>
  );
}
