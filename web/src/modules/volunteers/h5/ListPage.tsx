import { useState } from 'react';
import { Button, List, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { call, client, errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';
import '../volunteers.css';
import { hours, type ActivitySummary } from '../types';

/** Activities to sign up for (one large button each), past ones, and the resident's own hours. */
export default function ListPage() {
  const { t } = useTranslation();
  const { me } = useH5Session();
  const c = homeCommunity(me!)?.id;
  const upcoming = useApi(
    '/api/communities/{communityId}/activities',
    c ? { path: { communityId: c }, query: { when: 'upcoming' } } : null,
  );
  const past = useApi(
    '/api/communities/{communityId}/activities',
    c ? { path: { communityId: c }, query: { when: 'past' } } : null,
  );
  const mine = useApi('/api/communities/{communityId}/activities/mine', c ? { path: { communityId: c } } : null);
  const [busy, setBusy] = useState<string>();

  const signUp = async (id: string) => {
    setBusy(id);
    try {
      await call(
        client.POST('/api/communities/{communityId}/activities/{id}/signups', {
          params: { path: { communityId: c!, id } },
        }),
      );
      Toast.show({ content: t('volunteers.signUpDone') });
      upcoming.reload();
    } catch (e) {
      Toast.show({ content: errorText(e) });
    } finally {
      setBusy(undefined);
    }
  };
  const state = (a: ActivitySummary) => {
    if (a.mine?.checkedOutAt) return t('volunteers.checkedOut', { h: hours(a.mine.minutes) });
    if (a.mine?.checkedInAt) return t('volunteers.checkedIn');
    if (a.mine) return t('volunteers.signedUp');
    return null;
  };

  return (
    <Shell title={t('volunteers.h5Title')} back="/">
      <section className="h5-card vo-mine" aria-labelledby="vo-mine" data-testid="vo-my-hours">
        <h2 id="vo-mine" className="h5-h2">
          {t('volunteers.myHours')}
        </h2>
        <p className="vo-figure">
          {mine.data ? t('volunteers.myHoursLine', { n: mine.data.personTimes, h: hours(mine.data.minutes) }) : '—'}
        </p>
      </section>
      {(upcoming.error ?? past.error) && (
        <div className="h5-error" role="alert">
          {(upcoming.error ?? past.error)!.localized}
        </div>
      )}
      <h2 className="h5-h2">{t('volunteers.upcoming')}</h2>
      {upcoming.data?.items.length === 0 && <p className="h5-intro">{t('volunteers.empty')}</p>}
      <List data-testid="vo-upcoming">
        {upcoming.data?.items.map((a) => (
          <List.Item
            key={a.id}
            data-testid={`vo-activity-${a.id}`}
            description={
              <>
                {formatTime(a.startsAt)} · {a.location}
                <br />
                {t('volunteers.seats', { n: a.signedUp, cap: a.capacity })}
              </>
            }
          >
            <span className="vo-title">{a.title}</span>{' '}
            <span className="h5-tag">{t(`volunteers.kinds.${a.kind}`)}</span>
            <div className="vo-action">
              {state(a) ? (
                <span className="vo-state" data-testid="vo-state">
                  {state(a)}
                </span>
              ) : (
                <Button
                  color="primary"
                  size="large"
                  block
                  disabled={a.signedUp >= a.capacity}
                  loading={busy === a.id}
                  onClick={() => void signUp(a.id)}
                  data-testid="vo-signup"
                >
                  {a.signedUp >= a.capacity ? t('volunteers.full') : t('volunteers.signUp')}
                </Button>
              )}
            </div>
          </List.Item>
        ))}
      </List>
      <h2 className="h5-h2">{t('volunteers.past')}</h2>
      <List data-testid="vo-past">
        {past.data?.items.slice(0, 20).map((a) => (
          <List.Item key={a.id} description={`${formatTime(a.startsAt)} · ${a.location}`}>
            <span className="vo-title">{a.title}</span>
            {state(a) && <span className="vo-state"> · {state(a)}</span>}
          </List.Item>
        ))}
      </List>
    </Shell>
  );
}
