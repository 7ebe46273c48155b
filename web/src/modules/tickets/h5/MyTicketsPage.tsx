import { useState } from 'react';
import { Link } from 'react-router-dom';
import { List, Tabs } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';
import { StateBadge } from '../StateBadge';

/** My tickets and the ones my household supports. */
export default function MyTicketsPage() {
  const { t } = useTranslation();
  const { me } = useH5Session();
  const c = homeCommunity(me!)?.id;
  const [scope, setScope] = useState<'mine' | 'supported'>('mine');
  const { data } = useApi(
    '/api/communities/{communityId}/tickets',
    c ? { path: { communityId: c }, query: { scope } } : null,
  );
  return (
    <Shell title={t('tickets.mineTitle')} back="/">
      <Link to="/tickets/new" className="h5-link-button" data-testid="to-report">
        {t('tickets.tileNew')}
      </Link>
      <Tabs activeKey={scope} onChange={(k) => setScope(k as 'mine' | 'supported')}>
        <Tabs.Tab title={t('tickets.tabMine')} key="mine" />
        <Tabs.Tab title={t('tickets.tabSupported')} key="supported" />
      </Tabs>
      {data && data.items.length === 0 && <p className="h5-intro">{t('tickets.empty')}</p>}
      <List mode="card" data-testid="my-tickets">
        {(data?.items ?? []).map((x) => (
          <Link key={x.id} to={`/tickets/${x.id}`} style={{ color: 'inherit', textDecoration: 'none' }}>
            <List.Item
              data-testid="ticket-row"
              description={`${x.number} · ${x.categoryLabel} · ${formatTime(x.createdAt)}${x.supportCount ? ' · ' + t('tickets.supportCount', { n: x.supportCount }) : ''}`}
              extra={<StateBadge state={x.state} />}
            >
              {x.title}
            </List.Item>
          </Link>
        ))}
      </List>
    </Shell>
  );
}
