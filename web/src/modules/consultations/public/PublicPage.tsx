import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/useApi';
import { publicId } from '../../../lib/publicRecord';
import { formatTime } from '../../../lib/format';
import { Frame } from '../../../h5/Frame';
import { TextField } from '../../../h5/TextField';
import type { Answer } from '../../../lib/api';
import { RulesCard } from '../rules';
import { StatusBadge } from '../Badge';
import { ResultCard } from '../h5/ResultCard';
import { ReceiptResult } from '../ReceiptResult';
import { ProofCheck } from './ProofCheck';

type PublicConsultation = Answer<'/api/public/consultations/{id}'>;

/**
 * The public copy of a consultation (no sign-in): question, rules, thresholds, and once closed the frozen
 * tally, pass/fail and chain head; anyone can check a receipt (sequence number + code) against the ledger.
 * Only what the public API serves is shown, so no personal data. Prints on A4 as a notice.
 */
export default function PublicPage() {
  const { t } = useTranslation();
  const id = publicId('consultations');
  const { data: d, error } = useApi('/api/public/consultations/{id}', id ? { path: { id } } : null);
  const title = d?.title ?? t('consultations.publicTitle');
  return (
    <Frame title={t('consultations.publicTitle')}>
      {!id || error ? (
        <div className="h5-error" role="alert" data-testid="public-error">
          {!id || error?.status === 404 ? t('consultations.publicNotFound') : error!.localized}
        </div>
      ) : !d ? (
        <p className="h5-loading" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <div className="cs-public" data-testid="public-consultation">
          <section className="h5-card" aria-labelledby="cs-title">
            <h2 id="cs-title" className="h5-h2" style={{ marginTop: 0 }}>
              {title} <StatusBadge status={d.status} />
            </h2>
            {d.description && <p style={{ whiteSpace: 'pre-wrap' }}>{d.description}</p>}
            <p className="cs-meta">
              {t('consultations.period', { from: formatTime(d.opensAt), to: formatTime(d.closesAt) })}
            </p>
            {d.eligibleCount !== null && (
              <p className="cs-meta">{t('consultations.eligible', { n: d.eligibleCount })}</p>
            )}
          </section>
          <Questions d={d} />
          <RulesCard d={d} />
          {d.result ? (
            <ResultCard d={d} result={d.result} />
          ) : (
            <p className="h5-card" data-testid="public-no-result">
              {t('consultations.resultLater')}
            </p>
          )}
          <ReceiptCheck d={d} />
          {d.publicArchive && <ArchiveDownload id={d.id} />}
          <p className="cs-no-print cs-actions">
            <button type="button" className="cs-plain-button" onClick={() => window.print()} data-testid="public-print">
              {t('consultations.c.print')}
            </button>
          </p>
        </div>
      )}
    </Frame>
  );
}

function Questions({ d }: { d: PublicConsultation }) {
  const { t } = useTranslation();
  return (
    <section className="h5-card" aria-labelledby="cs-questions">
      <h2 id="cs-questions" className="h5-h2" style={{ marginTop: 0 }}>
        {t('consultations.questions')}
      </h2>
      <ol className="cs-rules" data-testid="public-questions">
        {d.questions.map((q) => (
          <li key={q.key}>
            {q.text}（{q.options.map((o) => o.label).join(' / ')}）
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The public archive: anyone downloads it and recomputes the result (docs/consultation-archive.md), no names in it. */
function ArchiveDownload({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <section className="h5-card cs-no-print" aria-labelledby="cs-archive-h">
      <h2 id="cs-archive-h" className="h5-h2" style={{ marginTop: 0 }}>
        {t('consultations.ev.archiveTitle')}
      </h2>
      <p>{t('consultations.ev.archiveIntro')}</p>
      <p className="cs-meta">{t('consultations.ev.archiveHow')}</p>
      <a
        className="cs-link"
        href={`/api/public/consultations/${encodeURIComponent(id)}/archive`}
        download={`consultation-${id}-public.json`}
        data-testid="public-archive"
      >
        {t('consultations.ev.archiveDownload')}
      </a>
    </section>
  );
}

/** Sequence number and receipt code, as printed on the household's receipt; the code finds the entry, the number must match it. */
function ReceiptCheck({ d }: { d: PublicConsultation }) {
  const id = d.id;
  const { t } = useTranslation();
  const params = new URLSearchParams(window.location.search);
  const [seq, setSeq] = useState(params.get('s') ?? '');
  const [hash, setHash] = useState(params.get('h') ?? '');
  const [asked, setAsked] = useState<{ seq: string; hash: string } | null>(
    params.get('h') ? { seq: params.get('s') ?? '', hash: params.get('h')! } : null,
  );
  const {
    data: r,
    error,
    loading,
  } = useApi(
    '/api/public/consultations/{id}/receipts/{hash}',
    asked ? { path: { id, hash: asked.hash.toLowerCase() } } : null,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAsked({ seq: seq.trim(), hash: hash.trim() });
  };
  return (
    <>
      <form
        className="h5-card cs-no-print"
        onSubmit={submit}
        aria-labelledby="cs-check-h"
        data-testid="public-verify-form"
      >
        <h2 id="cs-check-h" className="h5-h2" style={{ marginTop: 0 }}>
          {t('consultations.verifyTitle')}
        </h2>
        <p>{t('consultations.verifyIntro')}</p>
        <label htmlFor="pv-seq" className="cs-label">
          {t('consultations.seq')}
        </label>
        <TextField
          id="pv-seq"
          value={seq}
          onChange={setSeq}
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={9}
          autoComplete="off"
          data-testid="public-verify-seq"
        />
        <label htmlFor="pv-hash" className="cs-label">
          {t('consultations.hash')}
        </label>
        <TextField
          id="pv-hash"
          value={hash}
          onChange={setHash}
          maxLength={128}
          autoComplete="off"
          required
          spellCheck={false}
          data-testid="public-verify-hash"
        />
        <div className="cs-actions">
          <button type="submit" className="cs-plain-button cs-primary" data-testid="public-verify-submit">
            {t('consultations.check')}
          </button>
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
      {r && !loading && (
        <ReceiptResult r={r} questions={d.questions} seqMismatch={!!asked?.seq && Number(asked.seq) !== r.seq} />
      )}
      {r && !loading && d.result && r.chainHead && (
        <ProofCheck key={r.hash} id={id} receipt={r.hash} publishedHead={d.result.chainHead} />
      )}
    </>
  );
}
