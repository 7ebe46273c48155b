import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { Shell } from '../../../h5/Shell';
import { TextField } from '../../../h5/TextField';
import { ReceiptResult } from '../ReceiptResult';

/** Public receipt check (no sign-in): /h5/verify?c=<consultationId>&h=<hash>. */
export default function VerifyPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const c = params.get('c') ?? '';
  const h = params.get('h') ?? '';
  const [cIn, setC] = useState(c);
  const [hIn, setH] = useState(h);
  const asked = !!(c && h);
  const {
    data: r,
    error,
    loading,
  } = useApi('/api/public/consultations/{id}/receipts/{hash}', asked ? { path: { id: c, hash: h } } : null);
  return (
    <Shell title={t('consultations.verifyTitle')} back="/">
      <p className="h5-intro">{t('consultations.verifyIntro')}</p>
      <form
        className="h5-card"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ c: cIn.trim(), h: hIn.trim() });
        }}
      >
        <label htmlFor="verify-c" className="cs-label">
          {t('consultations.consultationId')}
        </label>
        <TextField
          id="verify-c"
          value={cIn}
          onChange={setC}
          maxLength={64}
          autoComplete="off"
          required
          data-testid="verify-consultation"
        />
        <label htmlFor="verify-h" className="cs-label">
          {t('consultations.hash')}
        </label>
        <TextField
          id="verify-h"
          value={hIn}
          onChange={setH}
          maxLength={128}
          autoComplete="off"
          required
          data-testid="verify-hash"
        />
        <div className="cs-actions">
          <Button block type="submit" color="primary" size="large" data-testid="verify-submit">
            {t('consultations.check')}
          </Button>
        </div>
      </form>
      {asked && loading && (
        <p className="h5-loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {error && (
        <div className="h5-error" role="alert" data-testid="verify-error">
          {error.status === 404 ? t('consultations.notFound') : error.localized}
        </div>
      )}
      {r && !loading && <ReceiptResult r={r} />}
    </Shell>
  );
}
