import { useTranslation } from 'react-i18next';
import { formatTime } from '../../lib/format';
import type { Consultation, PublicReceipt } from './types';

/**
 * What a public receipt check found: intact or not, counted or not, where it sits in the ledger; once closed,
 * what the entry recorded (the household's own answers, with the questions' labels when known) and the published head.
 */
export function ReceiptResult({
  r,
  seqMismatch,
  questions,
}: {
  r: PublicReceipt;
  seqMismatch?: boolean;
  questions?: Consultation['questions'];
}) {
  const { t } = useTranslation();
  return (
    <section className="h5-card" aria-labelledby="cs-verified" data-testid="verify-result">
      <h2 id="cs-verified" className="h5-h2" style={{ marginTop: 0 }}>
        {r.title}
      </h2>
      {seqMismatch && (
        <p className="cs-bad" role="alert" data-testid="verify-seq-mismatch">
          {t('consultations.seqMismatch', { seq: r.seq })}
        </p>
      )}
      <p className={r.intact ? 'cs-ok' : 'cs-bad'} data-testid="verify-intact">
        {r.intact ? `✓ ${t('consultations.intact')}` : `✗ ${t('consultations.broken')}`}
      </p>
      <p data-testid="verify-counted">{r.counted ? t('consultations.counted') : t('consultations.notCounted')}</p>
      {r.superseded && <p className="cs-bad">{t('consultations.superseded')}</p>}
      {r.answers && (
        <div data-testid="verify-answers">
          <p style={{ marginBottom: 4 }}>
            {t('consultations.ev.recorded')}
            {r.channel && `（${t(`consultations.c.channels.${r.channel}`)}）`}：
          </p>
          <ul className="cs-rules">
            {Object.entries(r.answers).map(([k, v]) => {
              const q = questions?.find((x) => x.key === k);
              return (
                <li key={k}>
                  {q?.text ?? k}：<strong>{q?.options.find((o) => o.key === v)?.label ?? v}</strong>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <p className="cs-meta">
        {t('consultations.seq')}：{r.seq} · {t(`consultations.kind.${r.kind}`)} ·{' '}
        {t(`consultations.status.${r.consultationStatus}`)}
      </p>
      <p className="cs-meta">
        {t('consultations.entryAt')}：{formatTime(r.at)}
      </p>
      <p className="cs-meta">{t('consultations.chainLength', { n: r.chainLength })}</p>
      <p className="cs-hash">{r.hash}</p>
      {r.chainHead && (
        <>
          <p className="cs-meta">{t('consultations.ev.headAtClose')}：</p>
          <p className="cs-hash" data-testid="verify-head">
            {r.chainHead}
          </p>
        </>
      )}
    </section>
  );
}
