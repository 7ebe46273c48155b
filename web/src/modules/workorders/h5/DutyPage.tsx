import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { Shell } from '../../../h5/Shell';
import { homeCommunity, useH5Session } from '../../../h5/session';

/** 24小时驻扎: who of the property company is on duty now, each with a button that calls the duty phone. */
export default function DutyPage() {
  const { t } = useTranslation();
  const { me } = useH5Session();
  const c = homeCommunity(me!)?.id;
  const { data, error } = useApi('/api/communities/{communityId}/duty/now', c ? { path: { communityId: c } } : null);
  return (
    <Shell title={t('workorders.onDuty')} back="/">
      {error && (
        <div className="h5-error" role="alert">
          {error.localized}
        </div>
      )}
      {data && data.items.length === 0 && (
        <div className="h5-card" role="status" data-testid="duty-nobody">
          {t('workorders.nobodyOnDuty')}
        </div>
      )}
      {(data?.items ?? []).map((s) => (
        <section key={`${s.staffName}-${s.until}`} className="h5-card" data-testid="duty-card">
          <p className="duty-name">{s.staffName}</p>
          <p>{t('workorders.until', { t: formatTime(s.until) })}</p>
          <a className="duty-call" href={`tel:${s.phone.replace(/[^0-9+]/g, '')}`} data-testid="duty-call">
            {t('workorders.callNow')} {s.phone}
          </a>
        </section>
      ))}
      {data?.nextGapAt && (
        <p className="h5-intro" data-testid="duty-next-gap">
          {t('workorders.nextGap', { t: formatTime(data.nextGapAt) })}
        </p>
      )}
    </Shell>
  );
}
