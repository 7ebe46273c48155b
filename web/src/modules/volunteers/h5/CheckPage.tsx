import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { call, client, errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';
import '../volunteers.css';
import { hours } from '../types';

/**
 * Where the QR on the event's check-in screen leads: the activity and one big button — 签到 before,
 * 签退 after. Signed-out visitors come back here after signing in (the app keeps the URL with its code).
 */
export default function CheckPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const { me } = useH5Session();
  const c = homeCommunity(me!)?.id;
  const { data, error, reload } = useApi(
    '/api/communities/{communityId}/activities/{id}',
    c && id ? { path: { communityId: c, id } } : null,
  );
  const [msg, setMsg] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);

  const act = async (dir: 'in' | 'out') => {
    setBusy(true);
    try {
      const path = { communityId: c!, id: id! };
      const a =
        dir === 'in'
          ? await call(
              client.POST('/api/communities/{communityId}/activities/{id}/check-in', {
                params: { path },
                body: { code },
              }),
            )
          : await call(
              client.POST('/api/communities/{communityId}/activities/{id}/check-out', {
                params: { path },
                body: { code },
              }),
            );
      setMsg({
        ok: true,
        text:
          dir === 'in' ? t('volunteers.checkInDone') : t('volunteers.checkOutDone', { h: hours(a.mine?.minutes ?? 0) }),
      });
      reload();
    } catch (e) {
      setMsg({ ok: false, text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const mine = data?.mine;
  return (
    <Shell title={t('volunteers.checkTitle')} back="/activities">
      {error && (
        <div className="h5-error" role="alert">
          {error.localized}
        </div>
      )}
      {!code && (
        <div className="h5-error" role="alert">
          {t('volunteers.noCode')}
        </div>
      )}
      {data && (
        <div className="h5-card">
          <h2 className="h5-h2" data-testid="vo-check-title">
            {data.title}
          </h2>
          <p className="h5-intro">
            {t('volunteers.when')}：{formatTime(data.startsAt)} – {formatTime(data.endsAt)}
            <br />
            {t('volunteers.where')}：{data.location}
          </p>
          <div
            role="status"
            aria-live="polite"
            data-testid="vo-check-msg"
            className={msg ? (msg.ok ? 'vo-ok' : 'h5-error') : undefined}
          >
            {msg?.text}
          </div>
          {mine?.checkedOutAt ? (
            <p className="vo-figure" data-testid="vo-check-done">
              {t('volunteers.checkedOut', { h: hours(mine.minutes) })}
            </p>
          ) : (
            <Button
              color="primary"
              size="large"
              block
              className="vo-big"
              loading={busy}
              disabled={!code}
              onClick={() => void act(mine?.checkedInAt ? 'out' : 'in')}
              data-testid="vo-check-button"
            >
              {mine?.checkedInAt ? t('volunteers.checkOut') : t('volunteers.checkIn')}
            </Button>
          )}
          <p className="h5-alt">
            <Link to="/activities">{t('volunteers.myHours')}</Link>
          </p>
        </div>
      )}
    </Shell>
  );
}
