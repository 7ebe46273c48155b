import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, getOp } from '../../../lib/api';
import { checkProof, type ProofOutcome } from '../proof';

/**
 * "Is my entry in the published chain?" without the whole archive: fetches the chain segment from the receipt
 * to the head and recomputes every hash in this browser, ending at the head printed on the notice.
 */
export function ProofCheck({ id, receipt, publishedHead }: { id: string; receipt: string; publishedHead: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ProofOutcome | { ok: false; reason: 'fetch'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const p = await getOp('/api/public/consultations/{id}/proofs/{hash}', { path: { id, hash: receipt } });
      setOutcome(await checkProof(p, receipt, publishedHead));
    } catch (e) {
      setOutcome({ ok: false, reason: 'fetch', message: e instanceof ApiError ? e.localized : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="h5-card cs-no-print" aria-labelledby="cs-proof-h" data-testid="proof-check">
      <h2 id="cs-proof-h" className="h5-h2" style={{ marginTop: 0 }}>
        {t('consultations.ev.proofTitle')}
      </h2>
      <p>{t('consultations.ev.proofIntro')}</p>
      <div className="cs-actions">
        <button
          type="button"
          className="cs-plain-button cs-primary"
          onClick={() => void run()}
          disabled={busy}
          data-testid="proof-run"
        >
          {t('consultations.ev.proofRun')}
        </button>
      </div>
      <div aria-live="polite">
        {busy && <p className="h5-loading">{t('common.loading')}</p>}
        {outcome &&
          !busy &&
          (outcome.ok ? (
            <p className="cs-ok" data-testid="proof-ok">
              ✓ {t('consultations.ev.proofOk', { n: outcome.recomputed, head: publishedHead.slice(0, 16) })}
            </p>
          ) : (
            <p className="cs-bad" data-testid="proof-bad">
              ✗{' '}
              {outcome.reason === 'fetch'
                ? outcome.message
                : t(`consultations.ev.proofBad.${outcome.reason}`, { seq: 'seq' in outcome ? outcome.seq : '' })}
            </p>
          ))}
      </div>
    </section>
  );
}
