import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { publicId } from '../../../lib/publicRecord';
import { formatTime } from '../../../lib/format';
import { Frame } from '../../../h5/Frame';
import { ChangedMark, SnapshotTable } from '../fields';

/** The online copy of a notice (the QR on the printed one points here): no sign-in, no names, whether the record changed. */
export default function PublicPage() {
  const { t } = useTranslation();
  const id = publicId('notices');
  const { data: d, error } = useApi('/api/public/notices/{id}', id ? { path: { id } } : null);
  return (
    <Frame title={t('notices.publicTitle')}>
      {!id || error ? (
        <div className="h5-error" role="alert" data-testid="public-error">
          {!id || error?.status === 404 ? t('notices.notFound') : error!.localized}
        </div>
      ) : !d ? (
        <p className="h5-loading" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <article className="h5-card nt-notice" data-testid="public-notice">
          <p className="nt-kind">{t('notices.community', { name: d.communityName })}</p>
          <p>{t(`notices.types.${d.sourceType}`, { defaultValue: d.labelZh })}</p>
          <h1 data-testid="public-notice-title">{d.title}</h1>
          <p className="nt-period">
            {t('notices.period')}：{d.periodFrom} — {d.periodTo}　{t('notices.publishedAt')}：
            {formatTime(d.publishedAt)}
          </p>
          {d.status === 'withdrawn' && (
            <p className="nt-changed" data-testid="public-withdrawn">
              {t('notices.withdrawnBanner', { reason: d.withdrawReason ?? '' })}
            </p>
          )}
          <ChangedMark check={d.check} />
          <SnapshotTable snapshot={d.snapshot} />
          <p>
            {t('notices.hash')}：<span className="nt-hash">{d.snapshotHash}</span>
          </p>
        </article>
      )}
    </Frame>
  );
}
