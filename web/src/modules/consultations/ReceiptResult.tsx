import { useTranslation } from 'react-i18next';
import { formatTime } from '../../lib/format';
import type { PublicReceipt } from './types';

/** What a public receipt check found: intact or not, counted or not, where it sits in the ledger. */
export function ReceiptResult({ r, seqMismatch }: { r: PublicReceipt; seqMismatch?: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="h5-card" aria-labelledby="cs-verified" data-testid="verify-result">
      <h2 id="cs-verified" className="h5-h2" style={{ marginTop: 0 }}>{r.title}</h2>
      {seqMismatch && <p className="cs-bad" role="alert" data-testid="verify-seq-mismatch">{t('consultations.seqMismatch', { seq: r.seq })}</p>}
      <p className={r.intact ? 'cs-ok' : 'cs-bad'} data-testid="verify-intact">{r.intact ? `✓ ${t('consultations.intact')}` : `✗ ${t('consultations.broken')}`}</p>
      <p data-testid="verify-counted">{r.counted ? t('consultations.counted') : t('consultations.notCounted')}</p>
      {r.superseded && <p className="cs-bad">{t('consultations.superseded')}</p>}
      <p className="cs-meta">{t('consultations.seq')}：{r.seq} · {t(`consultations.kind.${r.kind}`)} · {t(`consultations.status.${r.consultationStatus}`)}</p>
      <p className="cs-meta">{t('consultations.entryAt')}：{formatTime(r.at)}</p>
      <p className="cs-meta">{t('consultations.chainLength', { n: r.chainLength })}</p>
      <p className="cs-hash">{r.hash}</p>
    </section>
  );
}
