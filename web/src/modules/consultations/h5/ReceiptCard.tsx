import { Link } from 'react-router-dom';
import { Button, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { Receipt } from '../types';

/** The household's receipt: sequence number and hash, copy, and a link to the public check. */
export function ReceiptCard({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receipt.hash);
      Toast.show({ content: t('consultations.copied') });
    } catch {
      Toast.show({ content: t('consultations.copyFailed') });
    }
  };
  return (
    <section className="h5-card" aria-labelledby="cs-receipt" data-testid="receipt">
      <h2 id="cs-receipt" className="h5-h2" style={{ marginTop: 0 }}>
        {t('consultations.receipt')}
      </h2>
      <p role="status">
        {receipt.status === 'pending' ? t('consultations.pendingReceipt') : t('consultations.receiptIntro')}
      </p>
      <p>
        {t('consultations.seq')}：<strong data-testid="receipt-seq">{receipt.seq}</strong>
      </p>
      <p style={{ marginBottom: 4 }}>{t('consultations.hash')}：</p>
      <p className="cs-hash" data-testid="receipt-hash">
        {receipt.hash}
      </p>
      {receipt.chainHead && (
        <>
          <p style={{ marginBottom: 4 }}>
            {t('consultations.ev.headAtClose')}（{t('consultations.chainLength', { n: receipt.chainLength })}）：
          </p>
          <p className="cs-hash" data-testid="receipt-head">
            {receipt.chainHead}
          </p>
        </>
      )}
      <div className="cs-actions">
        <Button block size="large" onClick={() => void copy()} data-testid="receipt-copy">
          {t('consultations.copy')}
        </Button>
        <Link
          className="cs-link"
          to={`/verify?c=${encodeURIComponent(receipt.consultationId)}&h=${encodeURIComponent(receipt.hash)}`}
          data-testid="receipt-verify"
        >
          {t('consultations.verify')}
        </Link>
        {/* The public notice (another entry, so a plain link): rules, result once closed, and this receipt checked. */}
        <a
          className="cs-link"
          href={`/p/consultations/${encodeURIComponent(receipt.consultationId)}?s=${receipt.seq}&h=${encodeURIComponent(receipt.hash)}`}
          data-testid="receipt-public"
        >
          {t('consultations.publicCopy')}
        </a>
      </div>
    </section>
  );
}
