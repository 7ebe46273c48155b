import { useParams, useSearchParams } from 'react-router-dom';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import { ChangedMark, SnapshotTable } from '../fields';

/**
 * The notice to print and post: A4 (`?size=a4`) or an A3 poster (`?size=a3`, large type read from a metre away), with
 * the QR code to the online copy, where anyone sees whether the record changed after publication.
 */
export default function PrintPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const a3 = params.get('size') === 'a3';
  const c = useCommunityId();
  const { data: n, error } = useApi('/api/communities/{communityId}/notices/{id}', {
    path: { communityId: c, id: id! },
  });
  if (error) return <p role="alert">{error.localized}</p>;
  if (!n) return <p>{t('common.loading')}</p>;
  return (
    <div className={a3 ? 'nt-a3' : 'nt-a4'} data-testid="notice-print-page">
      <div className="nt-no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => window.print()} data-testid="notice-print">
          {t(a3 ? 'notices.printA3' : 'notices.printA4')}
        </Button>
      </div>
      <article className="nt-notice">
        <header className="nt-head">
          <div>
            <p className="nt-kind">公　示</p>
            <p>{t(`notices.types.${n.sourceType}`, { defaultValue: n.labelZh })}</p>
            <h1>{n.title}</h1>
            <p className="nt-period">
              {t('notices.period')}：{n.periodFrom} — {n.periodTo}
            </p>
          </div>
          <figure className="nt-qr">
            {/* The SVG comes from our own server's QR encoder, not from user input. */}
            <div dangerouslySetInnerHTML={{ __html: n.qrSvg }} role="img" aria-label={t('notices.scan')} />
            <figcaption>
              {t('notices.scan')}
              <br />
              <a className="nt-hash" href={n.publicUrl} data-testid="notice-public-url">
                {n.publicUrl}
              </a>
            </figcaption>
          </figure>
        </header>
        {n.status === 'withdrawn' && (
          <p className="nt-changed">{t('notices.withdrawnBanner', { reason: n.withdrawReason ?? '' })}</p>
        )}
        <div className="nt-no-print">
          <ChangedMark check={n.check} />
        </div>
        <SnapshotTable snapshot={n.snapshot} />
        <p>
          {t('notices.publishedAt')}：{formatTime(n.publishedAt)}
        </p>
        <p>
          {t('notices.hash')}：<span className="nt-hash">{n.snapshotHash}</span>
        </p>
      </article>
    </div>
  );
}
