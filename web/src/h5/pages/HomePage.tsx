import { Link } from 'react-router-dom';
import { Button, List, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../contract/auth';
import { useApi } from '../../lib/useApi';
import { h5Modules } from '../../modules/h5';
import { Shell } from '../Shell';
import { homeCommunity, useH5Session } from '../session';
import { Problem } from './LoginPage';

/** Home: my household (code, room, building, estate, members, representative), module tiles, sign out. */
export default function HomePage() {
  const { t } = useTranslation();
  const { me, logout } = useH5Session();
  const tiles = h5Modules.flatMap((m) => m.tiles ?? []);
  return (
    <Shell title={t('h5.myHousehold')}>
      <p className="h5-welcome">{t('h5.welcome', { name: me!.user.displayName })}</p>
      <Household me={me!} />
      {tiles.length > 0 && (
        <section aria-labelledby="h5-services">
          <h2 id="h5-services" className="h5-h2">
            {t('h5.services')}
          </h2>
          <div className="h5-tiles">
            {tiles.map((x) => (
              <Link key={x.key} to={`/${x.path}`} className="h5-tile" data-testid={`tile-${x.key}`}>
                {x.icon && (
                  <span aria-hidden="true" className="h5-tile-icon">
                    {x.icon}
                  </span>
                )}
                <span>{t(x.label)}</span>
              </Link>
            ))}
          </div>
        </section>
      )}
      <p className="h5-alt">
        <Link to="/password" data-testid="to-password">
          {t('password.change')}
        </Link>
      </p>
      <Button block size="large" className="h5-logout" onClick={() => void logout()} data-testid="logout">
        {t('common.logout')}
      </Button>
    </Shell>
  );
}

function Household({ me }: { me: Me }) {
  const { t } = useTranslation();
  const community = homeCommunity(me);
  const mine = community?.householdId ? { path: { communityId: community.id } } : null;
  const { data: h, error } = useApi('/api/communities/{communityId}/my/household', mine);
  if (!mine) {
    return (
      <div className="h5-card">
        <p>{t('h5.noHousehold')}</p>
        <Link to="/join" className="h5-link-button" data-testid="to-join">
          {t('h5.join')}
        </Link>
      </div>
    );
  }
  if (error) return <Problem text={t('h5.notAvailable')} />;
  if (!h) return null;
  return (
    <section aria-labelledby="h5-household" data-testid="my-household">
      <h2 id="h5-household" className="h5-h2">
        {community!.name}
      </h2>
      <List mode="card">
        <List.Item extra={<strong data-testid="my-household-code">{h.code}</strong>}>{t('h5.householdCode')}</List.Item>
        <List.Item extra={h.estateName}>{t('h5.estate')}</List.Item>
        <List.Item extra={h.buildingName}>{t('h5.building')}</List.Item>
        <List.Item extra={h.room}>{t('h5.room')}</List.Item>
        <List.Item extra={h.representative?.name ?? '—'}>{t('h5.representative')}</List.Item>
      </List>
      <h2 className="h5-h2">{t('h5.members')}</h2>
      <List mode="card" data-testid="my-household-members">
        {h.residents.map((r) => (
          <List.Item key={r.id} description={r.phone ?? undefined} data-testid="member-row">
            {r.name}
            {r.id === community!.residentId && (
              <Tag color="#1a6b2f" className="h5-tag">
                {t('h5.you')}
              </Tag>
            )}
            {r.isRepresentative && (
              <Tag color="#0b57d0" className="h5-tag">
                {t('h5.representative')}
              </Tag>
            )}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
